#include "MemberPickerDialog.h"

#include "ui_MemberPickerDialog.h"

#include "ContactDialog.h"

#include "models/EntityTableModel.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/ListSource.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>

#include <algorithm>

namespace dd::ui {

// The contacts as the picker offers them: the delegation's members hidden, and a tick in the
// first column for the chosen ones (kept by the dialog, so that they outlive a new filter).
class ContactChoiceProxy : public QSortFilterProxyModel
{
public:
    using Toggle = std::function<void(int sourceRow, bool chosen)>;

    ContactChoiceProxy(QSet<RowId> members, const QList<RowId> &chosen, Toggle toggle, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_members(std::move(members))
        , m_chosen(chosen)
        , m_toggle(std::move(toggle))
    {
    }

    models::EntityTableModel *contacts() const { return static_cast<models::EntityTableModel *>(sourceModel()); }

    void ticksChanged()
    {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, 0), { Qt::CheckStateRole });
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        const Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
        return index.column() == 0 ? flags | Qt::ItemIsUserCheckable : flags;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::CheckStateRole && index.column() == 0) {
            const RowId id = contacts()->idAt(mapToSource(index).row());
            return m_chosen.contains(id) ? Qt::Checked : Qt::Unchecked;
        }
        return QSortFilterProxyModel::data(index, role);
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::CheckStateRole || index.column() != 0)
            return false;
        m_toggle(mapToSource(index).row(), value.toInt() == Qt::Checked);
        return true;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        return !m_members.contains(contacts()->idAt(sourceRow));
    }

private:
    QSet<RowId> m_members;
    const QList<RowId> &m_chosen;
    Toggle m_toggle;
};

namespace {

// Enough to tell namesakes apart; the rest of a contact belongs to the contacts list.
const QStringList shownColumns = {
    QStringLiteral("family_name"),       QStringLiteral("given_name"), QStringLiteral("family_name_latin"),
    QStringLiteral("given_name_latin"),  QStringLiteral("position"),   QStringLiteral("community"),
    QStringLiteral("organisation"),
};

// Rows read ahead after each filter, so that the hidden members never leave the list short.
constexpr int wantedRows = 100;

} // namespace

MemberPickerDialog::MemberPickerDialog(storage::Database &database, RowId delegationId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberPickerDialog>())
    , m_database(database)
    , m_delegationId(delegationId)
    , m_contacts(new models::EntityTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(tr("Adds the ticked people (Ctrl+Enter)"));
    QPalette hintPalette = m_ui->hintLabel->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_ui->hintLabel->setPalette(hintPalette);
    // Enter ticks; it never closes the dialog by accident.
    const QList<QPushButton *> buttons = m_ui->buttonBox->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    storage::DelegationMemberRepository members(m_database);
    const QList<RowId> memberContacts = members.contactIdsOf(m_delegationId);
    m_contacts->setSource(std::make_unique<storage::ListSource>(m_database, EntityKind::Contact));
    m_proxy = new ContactChoiceProxy(QSet<RowId>(memberContacts.cbegin(), memberContacts.cend()), m_chosen,
                                     [this](int sourceRow, bool chosen) {
                                         setChosen(m_contacts->idAt(sourceRow), nameAt(sourceRow), chosen);
                                     },
                                     this);
    m_proxy->setSourceModel(m_contacts);
    m_ui->contactsView->setModel(m_proxy);
    m_ui->contactsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    const QList<storage::ListColumn> &columns = m_contacts->source()->columns();
    for (int column = 0; column < columns.size(); ++column)
        m_ui->contactsView->setColumnHidden(column, !shownColumns.contains(columns.at(column).id));

    m_ui->filterEdit->installEventFilter(this);
    m_ui->contactsView->installEventFilter(this);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &MemberPickerDialog::applyFilter);
    connect(m_ui->contactsView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { toggle({ index }); });
    connect(m_ui->newContactButton, &QPushButton::clicked, this, &MemberPickerDialog::newContact);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MemberPickerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MemberPickerDialog::reject);

    fillView();
    m_ui->contactsView->resizeColumnsToContents();
    updateChosenLabel();
    m_ui->filterEdit->setFocus();
}

MemberPickerDialog::~MemberPickerDialog() = default;

QString MemberPickerDialog::nameAt(int sourceRow) const
{
    const auto text = [this, sourceRow](const QString &column) {
        const int index = m_contacts->source()->columnIndex(column);
        return index < 0 ? QString() : m_contacts->index(sourceRow, index).data().toString();
    };
    const QString given = text(QStringLiteral("given_name"));
    const QString family = text(QStringLiteral("family_name"));
    return given.isEmpty() ? family : given + QLatin1Char(' ') + family;
}

void MemberPickerDialog::applyFilter(const QString &typed)
{
    m_contacts->setFilter(typed);
    fillView();
}

void MemberPickerDialog::fillView()
{
    // The members hidden by the proxy may leave a page short: read on until the list is full.
    while (m_proxy->rowCount() < wantedRows && m_contacts->canFetchMore({}))
        m_contacts->fetchMore({});
    if (!m_ui->filterEdit->text().trimmed().isEmpty() && m_proxy->rowCount() > 0)
        m_ui->contactsView->setCurrentIndex(m_proxy->index(0, 0));
    else
        m_ui->contactsView->setCurrentIndex({});
    m_ui->contactsView->scrollToTop();
    if (!m_contacts->lastError().isEmpty())
        m_ui->chosenLabel->setText(tr("The contacts could not be read: %1").arg(m_contacts->lastError()));
}

void MemberPickerDialog::setChosen(RowId contactId, const QString &name, bool chosen)
{
    if (contactId == 0)
        return;
    if (chosen && !m_chosen.contains(contactId)) {
        m_chosen.append(contactId);
        m_names.insert(contactId, name);
    } else if (!chosen) {
        m_chosen.removeAll(contactId);
        m_names.remove(contactId);
    }
    m_proxy->ticksChanged();
    updateChosenLabel();
}

void MemberPickerDialog::toggle(const QModelIndexList &rows)
{
    QList<int> sourceRows;
    for (const QModelIndex &index : rows) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && !sourceRows.contains(row))
            sourceRows.append(row);
    }
    const bool allChosen = std::all_of(sourceRows.cbegin(), sourceRows.cend(), [this](int row) {
        return m_chosen.contains(m_contacts->idAt(row));
    });
    for (int row : std::as_const(sourceRows))
        setChosen(m_contacts->idAt(row), nameAt(row), !allChosen);
}

void MemberPickerDialog::updateChosenLabel()
{
    if (m_chosen.isEmpty()) {
        m_ui->chosenLabel->setText(tr("Nobody ticked yet."));
        return;
    }
    QStringList names;
    for (RowId id : std::as_const(m_chosen))
        names.append(m_names.value(id));
    m_ui->chosenLabel->setText(tr("%n ticked: %1", nullptr, int(m_chosen.size()))
                                   .arg(names.join(tr(", ", "between names"))));
}

void MemberPickerDialog::newContact()
{
    ContactDialog dialog(m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Contact &contact = dialog.contact();
    // Shown ticked: found by the name just typed.
    m_contacts->reload();
    setChosen(contact.id, contact.displayName(), true);
    m_ui->filterEdit->setText(contact.familyName);
    m_ui->filterEdit->setFocus();
    m_ui->filterEdit->selectAll();
}

void MemberPickerDialog::accept()
{
    if (m_chosen.isEmpty()) {
        const QModelIndexList selected = m_ui->contactsView->selectionModel()->selectedRows();
        for (const QModelIndex &index : selected) {
            const int row = m_proxy->mapToSource(index).row();
            setChosen(m_contacts->idAt(row), nameAt(row), true);
        }
    }
    if (m_chosen.isEmpty()) {
        m_ui->chosenLabel->setText(tr("Tick at least one person, or Cancel."));
        m_ui->filterEdit->setFocus();
        return;
    }
    QDialog::accept();
}

bool MemberPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && (key->modifiers() & Qt::ControlModifier)) {
        accept();
        return true;
    }
    if (watched == m_ui->filterEdit) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_ui->contactsView->currentIndex().isValid())
                toggle({ m_ui->contactsView->currentIndex() });
            // The next name is typed over this one.
            m_ui->filterEdit->selectAll();
            return true;
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            // The arrows move among the matches while the typing stays in the box.
            QCoreApplication::sendEvent(m_ui->contactsView, event);
            return true;
        default:
            break;
        }
    } else if (watched == m_ui->contactsView && (enter || key->key() == Qt::Key_Space)) {
        toggle(m_ui->contactsView->selectionModel()->selectedRows());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace dd::ui
