#include "DelegationPage.h"

#include "ui_DelegationPage.h"

#include "MemberDialog.h"
#include "MemberPickerDialog.h"
#include "RecordForms.h"

#include "domain/Vocabulary.h"
#include "models/AgendaModel.h"
#include "models/DelegationMembersModel.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/EventRepository.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QStyledItemDelegate>

#include <algorithm>
#include <memory>

namespace dd::ui {
namespace {

using models::DelegationMembersModel;

// "Add Members… (Ctrl+Shift+A)": what an action does, with its key, for a tooltip.
QString withKey(const QString &text, const QKeySequence &key)
{
    return DelegationPage::tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

QString withKeys(const QString &text, const QList<QKeySequence> &keys)
{
    return DelegationPage::tr("%1 (%2)").arg(text, QKeySequence::listToString(keys, QKeySequence::NativeText));
}

QMessageBox::StandardButton askWithBox(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                       const QString &text, QMessageBox::StandardButtons buttons)
{
    QMessageBox box(icon, title, text, buttons, parent);
    if (buttons & QMessageBox::No)
        box.setDefaultButton(QMessageBox::No);
    return QMessageBox::StandardButton(box.exec());
}

// The agenda's days stand out from their meetings.
class AgendaDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.parent().isValid())
            option->font.setBold(true);
    }
};

// A badge not printed yet is the usual state before the trip: said quietly, so that the
// printed ones are what the eye finds.
class MembersDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == DelegationMembersModel::Badge
            && !index.data(DelegationMembersModel::ValueRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
};

} // namespace

DelegationPage::DelegationPage(storage::Database &database, RowId delegationId, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DelegationPage>())
    , m_database(database)
    , m_delegationId(delegationId)
    , m_members(new models::DelegationMembersModel(database, delegationId, this))
    , m_agenda(new models::AgendaModel(database, delegationId, this))
{
    m_ui->setupUi(this);
    m_showMessage = [this](QMessageBox::Icon icon, const QString &title, const QString &text,
                           QMessageBox::StandardButtons buttons) {
        return askWithBox(this, icon, title, text, buttons);
    };

    QFont headingFont = m_ui->headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_ui->headingLabel->setFont(headingFont);
    QFont countsFont = m_ui->countsLabel->font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.1);
    countsFont.setBold(true);
    m_ui->countsLabel->setFont(countsFont);
    QFont agendaFont = m_ui->agendaLabel->font();
    agendaFont.setBold(true);
    m_ui->agendaLabel->setFont(agendaFont);

    m_ui->membersView->setModel(m_members);
    m_ui->membersView->setItemDelegate(new MembersDelegate(m_ui->membersView));
    m_ui->membersView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->membersView->sortByColumn(DelegationMembersModel::Name, Qt::AscendingOrder);
    m_ui->membersView->installEventFilter(this);
    connect(m_ui->membersView, &QAbstractItemView::doubleClicked, this, &DelegationPage::editCurrentMember);
    connect(m_ui->membersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DelegationPage::updateActions);
    connect(m_ui->membersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DelegationPage::updateActions);

    m_ui->agendaView->setModel(m_agenda);
    m_ui->agendaView->setItemDelegate(new AgendaDelegate(m_ui->agendaView));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    setUpActions();
    reload();
    m_ui->membersView->resizeColumnsToContents();
    m_ui->membersView->setFocus();
}

DelegationPage::~DelegationPage() = default;

void DelegationPage::setChangePerformer(ChangePerformer performer)
{
    m_perform = performer ? std::move(performer) : ChangePerformer(performDirectly);
}

void DelegationPage::setMessageHandler(MessageHandler handler)
{
    if (handler)
        m_showMessage = std::move(handler);
}

QMessageBox::StandardButton DelegationPage::showMessage(QMessageBox::Icon icon, const QString &title,
                                                        const QString &text, QMessageBox::StandardButtons buttons)
{
    return m_showMessage(icon, title, text, buttons);
}

QMenu *DelegationPage::termMenu(const QString &objectNamePrefix, int vocab,
                                const std::function<void(const QString &)> &apply)
{
    auto *menu = new QMenu(this);
    for (const QString &id : Vocabulary::ids(Vocab(vocab))) {
        QAction *action = menu->addAction(Vocabulary::label(Vocab(vocab), id));
        action->setObjectName(objectNamePrefix + id);
        connect(action, &QAction::triggered, this, [apply, id] { apply(id); });
    }
    return menu;
}

void DelegationPage::setUpActions()
{
    // The page's keys work while the focus is anywhere on it, and never clash with the window's.
    const auto makeAction = [this](const char *name, const QString &text) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };

    m_backAction = makeAction("actionBack", tr("Back"));
    m_backAction->setShortcuts({ QKeySequence(QKeySequence::Back), QKeySequence(Qt::Key_Escape) });
    m_backAction->setToolTip(withKeys(tr("Back to the list"), m_backAction->shortcuts()));
    m_backAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    connect(m_backAction, &QAction::triggered, this, &DelegationPage::backRequested);
    m_ui->backButton->setDefaultAction(m_backAction);

    m_addAction = makeAction("actionAddMembers", tr("Add Members…"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addAction->setToolTip(withKey(tr("Add contacts to the delegation"), m_addAction->shortcut()));
    connect(m_addAction, &QAction::triggered, this, &DelegationPage::addMembers);
    m_ui->addMembersButton->setDefaultAction(m_addAction);

    // Status and role: a menu of the closed list, applied to every selected member at once.
    m_statusAction = makeAction("actionSetStatus", tr("Set Status"));
    m_statusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_statusAction->setToolTip(withKey(tr("Set the status of the selected members"), m_statusAction->shortcut()));
    m_statusAction->setMenu(termMenu(QStringLiteral("setStatus_"), int(Vocab::MemberStatus),
                                     [this](const QString &status) { setStatusOfSelected(status); }));
    m_statusAction->menu()->setObjectName(QStringLiteral("setStatusMenu"));
    connect(m_statusAction, &QAction::triggered, m_ui->setStatusButton, &QToolButton::showMenu);
    m_ui->setStatusButton->setDefaultAction(m_statusAction);

    m_roleAction = makeAction("actionSetRole", tr("Set Role"));
    m_roleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_roleAction->setToolTip(withKey(tr("Set the role of the selected members"), m_roleAction->shortcut()));
    m_roleAction->setMenu(termMenu(QStringLiteral("setRole_"), int(Vocab::MemberRole),
                                   [this](const QString &role) { setRoleOfSelected(role); }));
    m_roleAction->menu()->setObjectName(QStringLiteral("setRoleMenu"));
    connect(m_roleAction, &QAction::triggered, m_ui->setRoleButton, &QToolButton::showMenu);
    m_ui->setRoleButton->setDefaultAction(m_roleAction);

    // Enter, F2 and Delete are taken in the table itself (see eventFilter), where they belong.
    m_editAction = makeAction("actionEditMember", tr("Edit Member…"));
    m_editAction->setToolTip(withKeys(tr("Edit the current member"),
                                       { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_F2) }));
    connect(m_editAction, &QAction::triggered, this, &DelegationPage::editCurrentMember);
    m_ui->editMemberButton->setDefaultAction(m_editAction);

    m_removeAction = makeAction("actionRemoveMembers", tr("Remove from Delegation"));
    m_removeAction->setToolTip(withKey(tr("Remove the selected members from the delegation; their contacts "
                                          "stay"),
                                       QKeySequence(QKeySequence::Delete)));
    connect(m_removeAction, &QAction::triggered, this, &DelegationPage::removeSelected);
    m_ui->removeMemberButton->setDefaultAction(m_removeAction);
}

void DelegationPage::reload()
{
    const QList<RowId> selected = selectedMemberIds();
    const QModelIndex current = m_ui->membersView->currentIndex();
    const RowId currentId = current.isValid() ? m_members->idAt(current.row()) : 0;
    m_members->reload();
    m_agenda->reload();
    showHeading();
    showCounts();
    showAgenda();
    selectMembers(selected);
    if (currentId) {
        const int row = m_members->rowOf(currentId);
        if (row >= 0)
            m_ui->membersView->selectionModel()->setCurrentIndex(m_members->index(row, 0),
                                                                  QItemSelectionModel::NoUpdate);
    }
    updateActions();
}

void DelegationPage::showHeading()
{
    const auto delegation = storage::DelegationRepository(m_database).find(m_delegationId);
    if (!delegation) {
        m_ui->headingLabel->setText(tr("This delegation no longer exists."));
        m_ui->detailsLabel->clear();
        return;
    }
    m_ui->headingLabel->setText(delegation->name);
    QStringList details;
    if (delegation->eventId) {
        if (const auto event = storage::EventRepository(m_database).find(delegation->eventId))
            details.append(event->name);
    }
    const QLocale locale;
    if (delegation->startsOn.isValid() && delegation->endsOn.isValid())
        details.append(tr("%1 – %2", "from date – to date")
                           .arg(locale.toString(delegation->startsOn, QLocale::LongFormat),
                                locale.toString(delegation->endsOn, QLocale::LongFormat)));
    else if (delegation->startsOn.isValid())
        details.append(tr("from %1").arg(locale.toString(delegation->startsOn, QLocale::LongFormat)));
    else
        details.append(tr("dates not set yet"));
    details.append(Vocabulary::label(Vocab::DelegationStatus, delegation->status));
    if (delegation->plannedSize)
        details.append(tr("planned size: %n", "the number of people the delegation plans to bring",
                          int(*delegation->plannedSize)));
    m_ui->detailsLabel->setText(details.join(QStringLiteral(" · ")));
}

void DelegationPage::showCounts()
{
    if (!m_members->lastError().isEmpty()) {
        m_ui->countsLabel->setText(tr("The members could not be read: %1").arg(m_members->lastError()));
        return;
    }
    const DelegationMembersModel::StatusCounts counts = m_members->countsByStatus();
    if (counts.total == 0) {
        m_ui->countsLabel->setText(tr("No members yet — add them with Add Members…"));
        return;
    }
    m_ui->countsLabel->setText(tr("%n member(s): %1", nullptr, counts.total).arg(counts.text));
}

void DelegationPage::showAgenda()
{
    const int meetings = m_agenda->meetingCount();
    if (!m_agenda->lastError().isEmpty())
        m_ui->agendaLabel->setText(tr("The meetings could not be read: %1").arg(m_agenda->lastError()));
    else if (meetings == 0)
        m_ui->agendaLabel->setText(tr("Agenda: no meetings yet"));
    else
        m_ui->agendaLabel->setText(tr("Agenda: %n meeting(s)", nullptr, meetings));
    for (int row = 0; row < m_agenda->rowCount(); ++row)
        m_ui->agendaView->setFirstColumnSpanned(row, {}, true);
    m_ui->agendaView->expandAll();
    for (int column = 0; column < m_agenda->columnCount() - 1; ++column)
        m_ui->agendaView->resizeColumnToContents(column);
}

void DelegationPage::updateActions()
{
    const bool writable = !m_database.isReadOnly();
    const bool any = !selectedMemberIds().isEmpty();
    m_addAction->setEnabled(writable);
    m_statusAction->setEnabled(writable && any);
    m_roleAction->setEnabled(writable && any);
    m_editAction->setEnabled(writable && m_ui->membersView->currentIndex().isValid());
    m_removeAction->setEnabled(writable && any);
}

QList<RowId> DelegationPage::selectedMemberIds() const
{
    QList<RowId> ids;
    const QModelIndexList rows = m_ui->membersView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_members->idAt(index.row()));
    // In the order the table shows them, whatever the order of selecting.
    std::sort(ids.begin(), ids.end(), [this](RowId a, RowId b) { return m_members->rowOf(a) < m_members->rowOf(b); });
    return ids;
}

void DelegationPage::selectMembers(const QList<RowId> &memberIds)
{
    QItemSelection selection;
    for (RowId id : memberIds) {
        const int row = m_members->rowOf(id);
        if (row >= 0)
            selection.select(m_members->index(row, 0), m_members->index(row, m_members->columnCount() - 1));
    }
    auto *selectionModel = m_ui->membersView->selectionModel();
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        const QModelIndex first = selection.first().topLeft();
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_ui->membersView->scrollTo(first);
    }
}

QStringList DelegationPage::namesOf(const QList<RowId> &memberIds) const
{
    QStringList names;
    for (RowId id : memberIds)
        names.append(m_members->nameAt(m_members->rowOf(id)));
    return names;
}

bool DelegationPage::perform(const QString &description,
                             const std::function<bool(storage::DelegationMemberRepository &)> &write)
{
    // The change may be made again later (Edit › Redo): it holds copies, never the page.
    auto error = std::make_shared<QString>();
    storage::Database *database = &m_database;
    const bool done = m_perform(description, [database, write, error] {
        storage::DelegationMemberRepository repository(*database);
        const bool ok = write(repository);
        *error = repository.lastError();
        return ok;
    });
    reload();
    if (!done) {
        showMessage(QMessageBox::Warning, tr("Not Changed"),
                    tr("“%1” could not be done: %2").arg(description, error->isEmpty() ? tr("unknown error") : *error));
        return false;
    }
    emit changed();
    return true;
}

void DelegationPage::addMembers()
{
    if (m_database.isReadOnly())
        return;
    // A contact made in the picker (New Contact…) and the members then added are one change:
    // Edit › Undo takes both away. The adding, when it comes, names it.
    m_perform(tr("Add members to the delegation"), [this] {
        addChosenMembers();
        return true;
    });
}

void DelegationPage::addChosenMembers()
{
    MemberPickerDialog picker(m_database, m_delegationId, this);
    if (picker.exec() != QDialog::Accepted)
        return;
    const QList<RowId> contacts = picker.chosenContactIds();
    if (contacts.isEmpty())
        return;
    const RowId delegation = m_delegationId;
    auto added = std::make_shared<QList<RowId>>();
    const bool done = perform(tr("Add %n member(s) to the delegation", nullptr, int(contacts.size())),
                              [delegation, contacts, added](storage::DelegationMemberRepository &members) {
                                  return members.addContacts(delegation, contacts, QStringLiteral("staff"),
                                                             QStringLiteral("invited"), added.get());
                              });
    if (done)
        selectMembers(*added);
    m_ui->membersView->setFocus();
}

void DelegationPage::setStatusOfSelected(const QString &status)
{
    const QList<RowId> ids = selectedMemberIds();
    if (ids.isEmpty() || m_database.isReadOnly())
        return;
    perform(tr("Set %n member(s) to “%1”", nullptr, int(ids.size()))
                .arg(Vocabulary::label(Vocab::MemberStatus, status)),
            [ids, status](storage::DelegationMemberRepository &members) { return members.setStatus(ids, status); });
}

void DelegationPage::setRoleOfSelected(const QString &role)
{
    const QList<RowId> ids = selectedMemberIds();
    if (ids.isEmpty() || m_database.isReadOnly())
        return;
    perform(tr("Make %n member(s) “%1”", nullptr, int(ids.size())).arg(Vocabulary::label(Vocab::MemberRole, role)),
            [ids, role](storage::DelegationMemberRepository &members) { return members.setRole(ids, role); });
}

void DelegationPage::editCurrentMember()
{
    const QModelIndex current = m_ui->membersView->currentIndex();
    if (!current.isValid() || m_database.isReadOnly())
        return;
    const auto member = storage::DelegationMemberRepository(m_database).find(m_members->idAt(current.row()));
    if (!member) {
        reload();
        return;
    }
    MemberDialog dialog(m_database, *member, m_members->nameAt(current.row()), this);
    RecordForms::addSaveShortcut(dialog);
    dialog.setChangePerformer(m_perform);
    const bool saved = dialog.exec() == QDialog::Accepted;
    reload();
    if (saved)
        emit changed();
    m_ui->membersView->setFocus();
}

void DelegationPage::removeSelected()
{
    const QList<RowId> ids = selectedMemberIds();
    if (ids.isEmpty() || m_database.isReadOnly())
        return;
    const QStringList names = namesOf(ids);
    const QString question = ids.size() == 1
        ? tr("Remove %1 from the delegation? The contact stays in the database.").arg(names.first())
        : tr("Remove %n members from the delegation: %1? Their contacts stay in the database.", nullptr,
             int(ids.size()))
              .arg(names.join(tr(", ", "between names")));
    if (showMessage(QMessageBox::Question, tr("Remove from Delegation"), question, QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const QString description = ids.size() == 1
        ? tr("Remove %1 from the delegation").arg(names.first())
        : tr("Remove %n members from the delegation", nullptr, int(ids.size()));
    perform(description, [ids](storage::DelegationMemberRepository &members) { return members.removeAll(ids); });
    m_ui->membersView->setFocus();
}

bool DelegationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_ui->membersView
        || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier);
    const bool plain = modifiers == Qt::NoModifier;
    const bool edit = plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_F2);
    const bool remove = plain && key->key() == Qt::Key_Delete;
    if (!edit && !remove)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // These keys mean this table's members here, not the window's current list.
        event->accept();
        return true;
    }
    if (edit)
        editCurrentMember();
    else
        removeSelected();
    return true;
}

} // namespace dd::ui
