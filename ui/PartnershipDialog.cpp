#include "PartnershipDialog.h"

#include "ui_PartnershipDialog.h"

#include "ChoiceListWidget.h"
#include "FieldProblems.h"
#include "OptionalDate.h"
#include "RecordChoiceCombo.h"
#include "StageChangeDialog.h"
#include "UnsavedChangesGuard.h"

#include "domain/PartnershipRules.h"
#include "domain/Vocabulary.h"
#include "models/ChoiceLists.h"
#include "models/RecordChoices.h"
#include "storage/Database.h"
#include "storage/PartnershipRepository.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>

namespace dd::ui {
namespace {

// The parties' table: what each row's first cell carries besides the name.
constexpr int communityRole = Qt::UserRole;
constexpr int organisationRole = Qt::UserRole + 1;
constexpr int partyIdRole = Qt::UserRole + 2;
enum PartyColumn { PartyName, RatifiedOn, Decision };

// The party picker lists communities and organisations together; an organisation's id is
// negated there, so that one number says which record of which kind.
RowId pickerIdOf(const PartnershipParty &party)
{
    return party.communityId ? party.communityId : -party.organisationId;
}

// Edits a party's ratification date in its cell: a date edit with a calendar, opened at today
// when no date is set yet. An empty cell means "not ratified yet"; Delete empties it.
class RatifiedOnDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QDateEdit(parent);
        editor->setCalendarPopup(true);
        editor->setDisplayFormat(fourDigitYearFormat());
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QDate date = index.data(Qt::EditRole).toDate();
        static_cast<QDateEdit *>(editor)->setDate(date.isValid() ? date : QDate::currentDate());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
    }
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        const QDate date = value.toDate();
        return date.isValid() ? locale.toString(date, fourDigitYearFormat()) : QString();
    }
};

} // namespace

PartnershipDialog::PartnershipDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartnershipDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);

    m_ui->partyPicker->setMode(ChoiceListWidget::Mode::Pick);
    m_ui->partyPicker->setPlaceholderText(tr("Type a name: Боярка, Palaiseau…"));
    m_ui->facilitatorList->setPlaceholderText(tr("Filter organisations…"));
    for (const QString &kind : Vocabulary::ids(Vocab::PartnershipKind))
        m_ui->kindCombo->addItem(Vocabulary::label(Vocab::PartnershipKind, kind), kind);
    for (const QString &stage : Vocabulary::ids(Vocab::PartnershipStage))
        m_ui->stageCombo->addItem(Vocabulary::label(Vocab::PartnershipStage, stage), stage);
    fillChoices();

    // The party's name takes the room it needs; the date as wide as a date; the decision the rest.
    QHeaderView *header = m_ui->partiesTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PartyName, QHeaderView::Stretch);
    header->setSectionResizeMode(RatifiedOn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Decision, QHeaderView::Interactive);
    // At least as wide as its header in the user's language ("Délibération du conseil").
    header->resizeSection(Decision, qMax(130, header->sectionSizeHint(Decision)));
    // A hromada's official name wraps rather than hides behind an ellipsis.
    m_ui->partiesTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->partiesTable->setItemDelegateForColumn(RatifiedOn, new RatifiedOnDelegate(m_ui->partiesTable));
    m_ui->partiesTable->installEventFilter(this);
    m_ui->historyTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->historyTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_ui->partyCountSpin->setSpecialValueText(tr("as named"));
    setUpOptionalDate(m_ui->signedCheck, m_ui->signedEdit);
    setUpOptionalDate(m_ui->nextStepDueCheck, m_ui->nextStepDueEdit);
    showOptionalDate(m_ui->signedCheck, m_ui->signedEdit, {}, QDateTime::currentDateTime());
    showOptionalDate(m_ui->nextStepDueCheck, m_ui->nextStepDueEdit, {}, QDateTime::currentDateTime());

    connect(m_ui->partyPicker, &ChoiceListWidget::picked, this, &PartnershipDialog::addParty);
    connect(m_ui->addPartyButton, &QPushButton::clicked, this,
            [this] { addParty(m_ui->partyPicker->currentId()); });
    connect(m_ui->removePartyButton, &QPushButton::clicked, this, &PartnershipDialog::removeParty);
    connect(m_ui->partiesTable, &QTableWidget::itemChanged, this, &PartnershipDialog::partiesChanged);
    connect(m_ui->partiesTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_ui->removePartyButton->setEnabled(row >= 0); });
    connect(m_ui->changeStageButton, &QPushButton::clicked, this, &PartnershipDialog::changeStage);

    // A message beside a field goes as soon as the field changes.
    connect(m_ui->partyCountSpin, &QSpinBox::valueChanged, m_ui->partyCountError, &QWidget::hide);
    connect(m_ui->nextStepEdit, &QLineEdit::textChanged, m_ui->nextStepDueError, &QWidget::hide);
    connect(m_ui->nextStepDueCheck, &QCheckBox::toggled, m_ui->nextStepDueError, &QWidget::hide);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PartnershipDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PartnershipDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);

    showStage();
    partiesChanged();
    m_unsaved = new UnsavedChangesGuard(this);
    m_ui->partyPicker->setFocus();
}

PartnershipDialog::PartnershipDialog(storage::Database &database, const Partnership &partnership,
                                     QWidget *parent)
    : PartnershipDialog(database, parent)
{
    setWindowTitle(tr("Edit Partnership"));
    m_partnership = partnership;
    showPartnership(partnership);
}

PartnershipDialog::~PartnershipDialog() = default;

void PartnershipDialog::fillChoices()
{
    fillCombo(m_ui->bornAtEventCombo, EntityKind::Event);
    m_ui->bornAtMeetingCombo->addItem(tr("(none)"), QVariant::fromValue(RowId(0)));
    QString error;
    const QList<models::RecordChoice> meetings = models::meetingChoices(m_database, &error);
    for (const models::RecordChoice &meeting : meetings)
        m_ui->bornAtMeetingCombo->addItem(meeting.label, QVariant::fromValue(meeting.id));

    // Communities first, then organisations, each in alphabetical order.
    QList<models::RecordChoice> parties;
    if (error.isEmpty())
        parties = models::communityChoices(m_database, &error);
    QList<models::RecordChoice> organisations;
    if (error.isEmpty())
        organisations = models::recordChoices(m_database, EntityKind::Organisation, &error);
    for (const models::RecordChoice &organisation : std::as_const(organisations))
        parties.append({ -organisation.id, tr("%1 (organisation)").arg(organisation.label) });
    m_ui->partyPicker->setChoices(parties);
    m_ui->facilitatorList->setChoices(organisations);
    if (!error.isEmpty())
        showSaveError(tr("The records to choose from could not be read: %1").arg(error));
}

void PartnershipDialog::fillCombo(QComboBox *combo, EntityKind kind)
{
    combo->addItem(tr("(none)"), QVariant::fromValue(RowId(0)));
    const QString error = addRecordChoices(combo, m_database, kind);
    if (!error.isEmpty())
        showSaveError(tr("The records to choose from could not be read: %1").arg(error));
}

void PartnershipDialog::selectChoice(QComboBox *combo, RowId id)
{
    int index = combo->findData(QVariant::fromValue(id));
    if (index < 0) {
        // Not in the list read a moment ago (removed since?): kept, so that saving the rest of
        // the partnership does not silently drop the link.
        combo->addItem(tr("Record %1").arg(id), QVariant::fromValue(id));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void PartnershipDialog::showPartnership(const Partnership &partnership)
{
    m_ui->partiesTable->setRowCount(0);
    for (const PartnershipParty &party : partnership.parties)
        addPartyRow(party);
    m_ui->partiesTable->setCurrentCell(-1, -1);
    m_ui->partyCountSpin->setValue(partnership.partyCount ? int(*partnership.partyCount) : 0);
    int kind = m_ui->kindCombo->findData(partnership.kind);
    if (kind < 0) {
        // A kind this version does not know (a newer one wrote it): shown as it is, and kept.
        m_ui->kindCombo->addItem(partnership.kind, partnership.kind);
        kind = m_ui->kindCombo->count() - 1;
    }
    m_ui->kindCombo->setCurrentIndex(kind);
    m_ui->areasEdit->setText(partnership.areas);
    m_ui->facilitatorList->setChosenIds(partnership.facilitatorIds);
    selectChoice(m_ui->bornAtEventCombo, partnership.bornAtEventId);
    selectChoice(m_ui->bornAtMeetingCombo, partnership.bornAtMeetingId);
    showOptionalDate(m_ui->signedCheck, m_ui->signedEdit, partnership.signedOn.startOfDay(),
                     QDateTime::currentDateTime());
    m_ui->nextStepEdit->setText(partnership.nextStep);
    showOptionalDate(m_ui->nextStepDueCheck, m_ui->nextStepDueEdit, partnership.nextStepDue.startOfDay(),
                     QDateTime::currentDateTime());
    m_ui->notesEdit->setPlainText(partnership.notes);
    showStage();
    partiesChanged();
    m_ui->partyPicker->setFocus();
}

void PartnershipDialog::showStage()
{
    // A new partnership starts at a stage chosen here; a stored one moves only through a
    // recorded change, so that its history stays the story of what happened.
    const bool stored = m_partnership.isStored();
    m_ui->stageCombo->setVisible(!stored);
    m_ui->currentStageLabel->setVisible(stored);
    m_ui->changeStageButton->setVisible(stored);
    m_ui->historyLabel->setVisible(stored);
    m_ui->historyTable->setVisible(stored);
    if (!stored) {
        m_ui->stageLabel->setBuddy(m_ui->stageCombo);
        m_ui->stageCombo->setCurrentIndex(qMax(0, m_ui->stageCombo->findData(m_partnership.stage)));
        return;
    }
    m_ui->stageLabel->setBuddy(m_ui->changeStageButton);
    const QString stage = Vocabulary::label(Vocab::PartnershipStage, m_partnership.stage);
    const QDate since = m_partnership.history.isEmpty() ? QDate() : m_partnership.history.constLast().changedOn;
    const QLocale locale;
    m_ui->currentStageLabel->setText(
        since.isValid() ? tr("%1, since %2").arg(stage, locale.toString(since, fourDigitYearFormat())) : stage);

    // The newest change first: it is the one people look for.
    m_ui->historyTable->setRowCount(int(m_partnership.history.size()));
    int row = 0;
    for (auto change = m_partnership.history.crbegin(); change != m_partnership.history.crend(); ++change, ++row) {
        m_ui->historyTable->setItem(
            row, 0, new QTableWidgetItem(change->changedOn.isValid() ? locale.toString(change->changedOn, fourDigitYearFormat())
                                                                     : QString()));
        m_ui->historyTable->setItem(row, 1, new QTableWidgetItem(Vocabulary::label(Vocab::PartnershipStage, change->stage)));
        auto *note = new QTableWidgetItem(change->note);
        note->setToolTip(change->note);
        m_ui->historyTable->setItem(row, 2, note);
    }
    // As tall as a few entries; a long history scrolls.
    const int rowHeight = m_ui->historyTable->verticalHeader()->defaultSectionSize();
    m_ui->historyTable->setMaximumHeight(m_ui->historyTable->horizontalHeader()->sizeHint().height()
                                         + rowHeight * int(qBound(qsizetype(1), m_partnership.history.size(), qsizetype(4)))
                                         + 2 * m_ui->historyTable->frameWidth());
}

void PartnershipDialog::changeStage()
{
    StageChangeDialog dialog(m_database, m_partnership, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Saved by the stage form, as the partnership was stored; what this form has changed
    // meanwhile stays in its fields, to be saved (or not) with OK.
    m_partnership = dialog.partnership();
    m_stageChanged = true;
    showStage();
}

void PartnershipDialog::addPartyRow(const PartnershipParty &party)
{
    QString name = m_ui->partyPicker->labelOf(pickerIdOf(party));
    if (name.isEmpty())
        name = tr("Record %1").arg(party.communityId ? party.communityId : party.organisationId);
    const QSignalBlocker blocker(m_ui->partiesTable);
    const int row = m_ui->partiesTable->rowCount();
    m_ui->partiesTable->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    nameItem->setToolTip(name);
    nameItem->setData(communityRole, QVariant::fromValue(party.communityId));
    nameItem->setData(organisationRole, QVariant::fromValue(party.organisationId));
    nameItem->setData(partyIdRole, QVariant::fromValue(party.id));
    m_ui->partiesTable->setItem(row, PartyName, nameItem);
    auto *ratified = new QTableWidgetItem;
    if (party.ratifiedOn.isValid())
        ratified->setData(Qt::EditRole, party.ratifiedOn);
    ratified->setToolTip(tr("The day this party's council ratified the agreement. Delete clears it."));
    m_ui->partiesTable->setItem(row, RatifiedOn, ratified);
    auto *decision = new QTableWidgetItem(party.ratificationDecision);
    decision->setToolTip(tr("The council decision and its number."));
    m_ui->partiesTable->setItem(row, Decision, decision);
}

int PartnershipDialog::rowOfParty(const PartnershipParty &party) const
{
    for (int row = 0; row < m_ui->partiesTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_ui->partiesTable->item(row, PartyName);
        if ((party.communityId && item->data(communityRole).value<RowId>() == party.communityId)
            || (party.organisationId && item->data(organisationRole).value<RowId>() == party.organisationId))
            return row;
    }
    return -1;
}

void PartnershipDialog::addParty(RowId pickerId)
{
    if (pickerId == 0)
        return;
    PartnershipParty party;
    (pickerId > 0 ? party.communityId : party.organisationId) = qAbs(pickerId);
    const int existing = rowOfParty(party);
    if (existing >= 0) {
        // Told at once rather than at OK: the row is there already.
        m_ui->partiesError->setText(
            tr("%1 is already a party.").arg(m_ui->partiesTable->item(existing, PartyName)->text()));
        m_ui->partiesError->show();
        m_ui->partiesTable->selectRow(existing);
        return;
    }
    addPartyRow(party);
    m_ui->partiesTable->selectRow(m_ui->partiesTable->rowCount() - 1);
    partiesChanged();
    // Ready for the next one.
    m_ui->partyPicker->clearFilter();
    m_ui->partyPicker->setFocus();
}

void PartnershipDialog::removeParty()
{
    const int row = m_ui->partiesTable->currentRow();
    if (row < 0)
        return;
    m_ui->partiesTable->removeRow(row);
    partiesChanged();
}

QList<PartnershipParty> PartnershipDialog::partiesFromTable() const
{
    QList<PartnershipParty> parties;
    for (int row = 0; row < m_ui->partiesTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_ui->partiesTable->item(row, PartyName);
        PartnershipParty party;
        party.id = name->data(partyIdRole).value<RowId>();
        party.communityId = name->data(communityRole).value<RowId>();
        party.organisationId = name->data(organisationRole).value<RowId>();
        party.ratifiedOn = m_ui->partiesTable->item(row, RatifiedOn)->data(Qt::EditRole).toDate();
        party.ratificationDecision = m_ui->partiesTable->item(row, Decision)->text().simplified();
        parties.append(party);
    }
    return parties;
}

void PartnershipDialog::partiesChanged()
{
    m_ui->removePartyButton->setEnabled(m_ui->partiesTable->currentRow() >= 0);
    m_ui->partiesError->hide();
    // Only the parties named stand for the lower bound of the count.
    m_ui->partyCountError->hide();
}

bool PartnershipDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Delete in the parties' table clears a date or a decision, or removes the party. (While a
    // cell is being edited, its editor has the keys.)
    if (watched == m_ui->partiesTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        QTableWidgetItem *item = m_ui->partiesTable->currentItem();
        if (item && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
            if (item->column() == PartyName)
                removeParty();
            else
                item->setData(Qt::EditRole, QVariant());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

Partnership PartnershipDialog::partnershipFromFields() const
{
    Partnership partnership = m_partnership; // keeps the row id, uid, times, stage and history
    partnership.parties = partiesFromTable();
    const int count = m_ui->partyCountSpin->value();
    partnership.partyCount = count > 0 ? std::optional<qint64>(count) : std::nullopt;
    partnership.kind = m_ui->kindCombo->currentData().toString();
    if (!partnership.isStored())
        partnership.stage = m_ui->stageCombo->currentData().toString();
    partnership.areas = m_ui->areasEdit->text().simplified();
    partnership.facilitatorIds = m_ui->facilitatorList->chosenIds();
    partnership.bornAtEventId = m_ui->bornAtEventCombo->currentData().value<RowId>();
    partnership.bornAtMeetingId = m_ui->bornAtMeetingCombo->currentData().value<RowId>();
    partnership.signedOn = optionalDate(m_ui->signedCheck, m_ui->signedEdit);
    partnership.nextStep = m_ui->nextStepEdit->text().simplified();
    partnership.nextStepDue = optionalDate(m_ui->nextStepDueCheck, m_ui->nextStepDueEdit);
    partnership.notes = m_ui->notesEdit->toPlainText().trimmed();
    return partnership;
}

void PartnershipDialog::reject()
{
    // What was typed in a list's filter is a way of looking, not a change to keep.
    for (ChoiceListWidget *list : findChildren<ChoiceListWidget *>())
        list->clearFilter();
    if (m_unsaved->mayDiscard())
        QDialog::reject();
}

void PartnershipDialog::accept()
{
    m_ui->saveError->hide();
    Partnership partnership = partnershipFromFields();
    const bool fine = showFieldProblems({
        { m_ui->partiesError, m_ui->partiesTable, PartnershipRules::problemWithParties(partnership.parties) },
        { m_ui->partyCountError, m_ui->partyCountSpin,
          PartnershipRules::problemWithPartyCount(partnership.partyCount, partnership.parties.size()) },
        { m_ui->nextStepDueError, m_ui->nextStepEdit,
          PartnershipRules::problemWithNextStepDue(partnership.nextStep, partnership.nextStepDue) },
    });
    const qsizetype repeated = PartnershipRules::repeatedParty(partnership.parties);
    if (repeated >= 0)
        m_ui->partiesTable->selectRow(int(repeated));
    if (!fine)
        return;
    // The lists offer nothing else; a kind or stage from a newer version is kept as it was.
    const QString listProblem = partnership.isStored() ? QString() : PartnershipRules::problemWithStage(partnership.stage);
    if (!listProblem.isEmpty()) {
        showSaveError(listProblem);
        return;
    }

    storage::PartnershipRepository repository(m_database);
    const bool saved = partnership.isStored() ? repository.update(partnership) : repository.insert(partnership);
    if (!saved) {
        showSaveError(tr("The partnership could not be saved: %1").arg(repository.lastError()));
        return;
    }
    m_partnership = partnership;
    QDialog::accept();
}

void PartnershipDialog::showSaveError(const QString &message)
{
    m_ui->saveError->setText(message);
    m_ui->saveError->show();
}

} // namespace dd::ui
