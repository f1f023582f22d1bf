#include "MeetingDialog.h"

#include "ui_MeetingDialog.h"

#include "ChoiceListWidget.h"
#include "FieldProblems.h"
#include "OptionalDate.h"
#include "RecordChoiceCombo.h"
#include "UnsavedChangesGuard.h"

#include "domain/MeetingRules.h"
#include "models/ChoiceLists.h"
#include "models/RecordChoices.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dd::ui {
namespace {

// Where a new meeting's time starts: the next full hour today, a likely slot at a congress.
QDateTime nextFullHour()
{
    const QDateTime now = QDateTime::currentDateTime();
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}

} // namespace

MeetingDialog::MeetingDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MeetingDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);

    m_ui->counterpartCommunityList->setPlaceholderText(tr("Filter communities…"));
    m_ui->counterpartOrganisationList->setPlaceholderText(tr("Filter organisations…"));
    m_ui->participantList->setPlaceholderText(tr("Filter people…"));
    fillChoices();

    setUpOptionalDate(m_ui->startsCheck, m_ui->startsEdit);
    setUpOptionalDate(m_ui->endsCheck, m_ui->endsEdit);
    setUpOptionalDate(m_ui->followUpDueCheck, m_ui->followUpDueEdit);
    showOptionalDate(m_ui->startsCheck, m_ui->startsEdit, {}, nextFullHour());
    showOptionalDate(m_ui->endsCheck, m_ui->endsEdit, {}, nextFullHour().addSecs(3600));
    showOptionalDate(m_ui->followUpDueCheck, m_ui->followUpDueEdit, {}, QDateTime::currentDateTime());
    // While the end is not given it keeps an hour after the start, so that checking it offers
    // a likely end rather than one before the start.
    connect(m_ui->startsEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &starts) {
        if (!m_ui->endsCheck->isChecked())
            m_ui->endsEdit->setDateTime(starts.addSecs(3600));
    });

    // A message beside a field goes as soon as the field changes.
    connect(m_ui->titleEdit, &QLineEdit::textChanged, m_ui->titleError, &QWidget::hide);
    connect(m_ui->startsCheck, &QCheckBox::toggled, m_ui->timesError, &QWidget::hide);
    connect(m_ui->endsCheck, &QCheckBox::toggled, m_ui->timesError, &QWidget::hide);
    connect(m_ui->startsEdit, &QDateTimeEdit::dateTimeChanged, m_ui->timesError, &QWidget::hide);
    connect(m_ui->endsEdit, &QDateTimeEdit::dateTimeChanged, m_ui->timesError, &QWidget::hide);
    connect(m_ui->followUpEdit, &QLineEdit::textChanged, m_ui->followUpDueError, &QWidget::hide);
    connect(m_ui->followUpDueCheck, &QCheckBox::toggled, m_ui->followUpDueError, &QWidget::hide);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    // Enter in a text field saves; the lists take Enter for themselves (to check a record).
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_unsaved = new UnsavedChangesGuard(this);

    m_ui->titleEdit->setFocus();
}

MeetingDialog::MeetingDialog(storage::Database &database, const Meeting &meeting, QWidget *parent)
    : MeetingDialog(database, parent)
{
    setWindowTitle(tr("Edit Meeting"));
    m_meeting = meeting;
    showMeeting(meeting);
}

MeetingDialog::~MeetingDialog() = default;

void MeetingDialog::fillChoices()
{
    fillCombo(m_ui->delegationCombo, EntityKind::Delegation);
    fillCombo(m_ui->eventCombo, EntityKind::Event);
    QString error;
    m_ui->counterpartCommunityList->setChoices(models::communityChoices(m_database, &error));
    if (error.isEmpty())
        m_ui->counterpartOrganisationList->setChoices(
            models::recordChoices(m_database, EntityKind::Organisation, &error));
    if (error.isEmpty())
        m_ui->participantList->setChoices(models::contactChoices(m_database, &error));
    if (!error.isEmpty())
        showSaveError(tr("The records to choose from could not be read: %1").arg(error));
}

void MeetingDialog::fillCombo(QComboBox *combo, EntityKind kind)
{
    combo->addItem(tr("(none)"), QVariant::fromValue(RowId(0)));
    const QString error = addRecordChoices(combo, m_database, kind);
    if (!error.isEmpty())
        showSaveError(tr("The records to choose from could not be read: %1").arg(error));
}

void MeetingDialog::selectChoice(QComboBox *combo, RowId id)
{
    int index = combo->findData(QVariant::fromValue(id));
    if (index < 0) {
        // Not in the list read a moment ago (removed since?): kept, so that saving the rest of
        // the meeting does not silently drop the link.
        combo->addItem(tr("Record %1", "a linked record that is not among the choices, by its number").arg(id), QVariant::fromValue(id));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void MeetingDialog::showMeeting(const Meeting &meeting)
{
    m_ui->titleEdit->setText(meeting.title);
    selectChoice(m_ui->delegationCombo, meeting.delegationId);
    selectChoice(m_ui->eventCombo, meeting.eventId);
    showOptionalDate(m_ui->startsCheck, m_ui->startsEdit, meeting.startsAt, nextFullHour());
    showOptionalDate(m_ui->endsCheck, m_ui->endsEdit, meeting.endsAt,
                     m_ui->startsEdit->dateTime().addSecs(3600));
    m_ui->locationEdit->setText(meeting.location);
    m_ui->counterpartCommunityList->setChosenIds(meeting.counterpartCommunityIds);
    m_ui->counterpartOrganisationList->setChosenIds(meeting.counterpartOrganisationIds);
    m_ui->participantList->setChosenIds(meeting.participantContactIds);
    m_ui->outcomeEdit->setPlainText(meeting.outcome);
    m_ui->followUpEdit->setText(meeting.followUp);
    showOptionalDate(m_ui->followUpDueCheck, m_ui->followUpDueEdit, meeting.followUpDue.startOfDay(),
                     QDateTime::currentDateTime());
    m_ui->notesEdit->setPlainText(meeting.notes);
    m_ui->titleEdit->setFocus();
}

Meeting MeetingDialog::meetingFromFields() const
{
    Meeting meeting = m_meeting; // keeps the row id, uid, times and time zone of a stored meeting
    meeting.title = m_ui->titleEdit->text().simplified();
    meeting.delegationId = m_ui->delegationCombo->currentData().value<RowId>();
    meeting.eventId = m_ui->eventCombo->currentData().value<RowId>();
    meeting.startsAt = optionalDateTime(m_ui->startsCheck, m_ui->startsEdit);
    meeting.endsAt = optionalDateTime(m_ui->endsCheck, m_ui->endsEdit);
    meeting.location = m_ui->locationEdit->text().simplified();
    meeting.counterpartCommunityIds = m_ui->counterpartCommunityList->chosenIds();
    meeting.counterpartOrganisationIds = m_ui->counterpartOrganisationList->chosenIds();
    meeting.participantContactIds = m_ui->participantList->chosenIds();
    meeting.outcome = m_ui->outcomeEdit->toPlainText().trimmed();
    meeting.followUp = m_ui->followUpEdit->text().simplified();
    meeting.followUpDue = optionalDate(m_ui->followUpDueCheck, m_ui->followUpDueEdit);
    meeting.notes = m_ui->notesEdit->toPlainText().trimmed();
    return meeting;
}

void MeetingDialog::reject()
{
    // What was typed in a list's filter is a way of looking, not a change to keep.
    for (ChoiceListWidget *list : findChildren<ChoiceListWidget *>())
        list->clearFilter();
    if (m_unsaved->mayDiscard())
        QDialog::reject();
}

void MeetingDialog::accept()
{
    m_ui->saveError->hide();
    Meeting meeting = meetingFromFields();
    // An end without a start is fixed at the start; any other problem with the times at the end.
    QWidget *timesField = meeting.endsAt.isValid() && !meeting.startsAt.isValid()
        ? static_cast<QWidget *>(m_ui->startsCheck)
        : static_cast<QWidget *>(m_ui->endsEdit);
    const bool fine = showFieldProblems({
        { m_ui->titleError, m_ui->titleEdit, MeetingRules::problemWithTitle(meeting.title) },
        { m_ui->timesError, timesField, MeetingRules::problemWithTimes(meeting.startsAt, meeting.endsAt) },
        { m_ui->followUpDueError, m_ui->followUpEdit,
          MeetingRules::problemWithFollowUpDue(meeting.followUp, meeting.followUpDue) },
    });
    if (!fine)
        return;

    storage::MeetingRepository repository(m_database);
    const bool saved = meeting.isStored() ? repository.update(meeting) : repository.insert(meeting);
    if (!saved) {
        showSaveError(tr("The meeting could not be saved: %1").arg(repository.lastError()));
        return;
    }
    m_meeting = meeting;
    QDialog::accept();
}

void MeetingDialog::showSaveError(const QString &message)
{
    m_ui->saveError->setText(message);
    m_ui->saveError->show();
}

} // namespace dd::ui
