#include "EventDialog.h"

#include "ui_EventDialog.h"

#include "FieldProblems.h"
#include "RecordChoiceCombo.h"
#include "UnsavedChangesGuard.h"

#include "domain/EntityKind.h"
#include "domain/EventRules.h"
#include "domain/FormInput.h"
#include "domain/OrganisationRules.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/EventRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QTimeZone>

#include <algorithm>

namespace dd::ui {

EventDialog::EventDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EventDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);

    for (const QString &kind : Vocabulary::ids(Vocab::EventKind))
        m_ui->kindCombo->addItem(Vocabulary::label(Vocab::EventKind, kind), kind);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(Event().kind));

    m_ui->organiserCombo->addItem(tr("(none)"), QVariant::fromValue(RowId(0)));
    const QString error = addRecordChoices(m_ui->organiserCombo, m_database, EntityKind::Organisation);
    if (!error.isEmpty())
        showSaveError(tr("The organisations to choose from could not be read: %1").arg(error));

    // The system's IANA ids, typed or picked; a few letters complete "Europe/Pa" to Paris.
    QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    std::sort(zones.begin(), zones.end());
    m_ui->timeZoneCombo->addItem(QString());
    for (const QByteArray &zone : std::as_const(zones))
        m_ui->timeZoneCombo->addItem(QString::fromUtf8(zone));
    m_ui->timeZoneCombo->setCurrentIndex(0);
    m_ui->timeZoneCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->timeZoneCombo->lineEdit()->setPlaceholderText(QStringLiteral("Europe/Paris"));

    const QString exampleDate = FormInput::dateText(QDate(2025, 11, 18));
    m_ui->startsOnEdit->setPlaceholderText(exampleDate);
    m_ui->endsOnEdit->setPlaceholderText(exampleDate);

    m_ui->countryEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), this));
    connect(m_ui->countryEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper())
            m_ui->countryEdit->setText(text.toUpper());
    });

    // A message beside a field goes as soon as the field changes; the dates' order is a
    // problem of both dates.
    connect(m_ui->nameEdit, &QLineEdit::textChanged, m_ui->nameError, &QWidget::hide);
    connect(m_ui->expectedAttendanceEdit, &QLineEdit::textChanged, m_ui->expectedAttendanceError, &QWidget::hide);
    connect(m_ui->websiteEdit, &QLineEdit::textChanged, m_ui->websiteError, &QWidget::hide);
    connect(m_ui->countryEdit, &QLineEdit::textChanged, m_ui->countryError, &QWidget::hide);
    connect(m_ui->startsOnEdit, &QLineEdit::textChanged, m_ui->startsOnError, &QWidget::hide);
    connect(m_ui->startsOnEdit, &QLineEdit::textChanged, m_ui->endsOnError, &QWidget::hide);
    connect(m_ui->endsOnEdit, &QLineEdit::textChanged, m_ui->endsOnError, &QWidget::hide);
    connect(m_ui->timeZoneCombo, &QComboBox::editTextChanged, m_ui->timeZoneError, &QWidget::hide);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    m_unsaved = new UnsavedChangesGuard(this);

    m_ui->nameEdit->setFocus();
}

EventDialog::EventDialog(storage::Database &database, const Event &event, QWidget *parent)
    : EventDialog(database, parent)
{
    setWindowTitle(tr("Edit “%1”").arg(event.name));
    m_event = event;
    showRecord(event);
}

EventDialog::~EventDialog() = default;

void EventDialog::showRecord(const Event &event)
{
    m_ui->nameEdit->setText(event.name);
    int kind = m_ui->kindCombo->findData(event.kind);
    if (kind < 0) {
        // An id this version does not know (written by a newer one?) is kept, not replaced.
        m_ui->kindCombo->addItem(event.kind, event.kind);
        kind = m_ui->kindCombo->count() - 1;
    }
    m_ui->kindCombo->setCurrentIndex(kind);
    int organiser = m_ui->organiserCombo->findData(QVariant::fromValue(event.organiserId));
    if (organiser < 0) {
        // Not in the list read a moment ago (removed since?): kept, so that saving the rest
        // does not silently drop the link.
        m_ui->organiserCombo->addItem(tr("Record %1", "a linked record that is not among the choices, by its number").arg(event.organiserId),
                                      QVariant::fromValue(event.organiserId));
        organiser = m_ui->organiserCombo->count() - 1;
    }
    m_ui->organiserCombo->setCurrentIndex(organiser);
    m_ui->expectedAttendanceEdit->setText(
        event.expectedAttendance ? QLocale().toString(*event.expectedAttendance) : QString());
    m_ui->websiteEdit->setText(event.website);
    m_ui->cityEdit->setText(event.city);
    m_ui->countryEdit->setText(event.country);
    m_ui->venueEdit->setText(event.venue);
    m_ui->startsOnEdit->setText(FormInput::dateText(event.startsOn));
    m_ui->endsOnEdit->setText(FormInput::dateText(event.endsOn));
    const int zone = m_ui->timeZoneCombo->findText(event.timeZone);
    if (zone >= 0)
        m_ui->timeZoneCombo->setCurrentIndex(zone);
    else
        m_ui->timeZoneCombo->setEditText(event.timeZone); // unknown here: shown, and reported on saving
    m_ui->notesEdit->setPlainText(event.notes);
}

Event EventDialog::eventFromFields() const
{
    Event event = m_event; // keeps the row id, uid and times of a stored event
    event.name = m_ui->nameEdit->text().simplified();
    event.kind = m_ui->kindCombo->currentData().toString();
    event.organiserId = m_ui->organiserCombo->currentData().value<RowId>();
    bool countRead = false;
    const std::optional<qint64> expected = FormInput::parseCount(m_ui->expectedAttendanceEdit->text(), &countRead);
    if (countRead)
        event.expectedAttendance = expected;
    event.website = m_ui->websiteEdit->text().trimmed();
    event.city = m_ui->cityEdit->text().simplified();
    event.country = m_ui->countryEdit->text().trimmed().toUpper();
    event.venue = m_ui->venueEdit->text().simplified();
    if (const std::optional<QDate> startsOn = FormInput::parseDate(m_ui->startsOnEdit->text()))
        event.startsOn = *startsOn;
    if (const std::optional<QDate> endsOn = FormInput::parseDate(m_ui->endsOnEdit->text()))
        event.endsOn = *endsOn;
    event.timeZone = m_ui->timeZoneCombo->currentText().trimmed();
    event.notes = m_ui->notesEdit->toPlainText().trimmed();
    return event;
}

void EventDialog::reject()
{
    if (m_unsaved->mayDiscard())
        QDialog::reject();
}

void EventDialog::accept()
{
    m_ui->saveError->hide();
    Event event = eventFromFields();
    // A field that cannot be read says so; only fields that were read are judged by the rules.
    const QString startsProblem = FormInput::problemWithDate(m_ui->startsOnEdit->text());
    const QString endsProblem = FormInput::problemWithDate(m_ui->endsOnEdit->text());
    const QString countProblem = FormInput::problemWithCount(m_ui->expectedAttendanceEdit->text());
    const bool fine = showFieldProblems({
        { m_ui->nameError, m_ui->nameEdit, EventRules::problemWithName(event.name) },
        { m_ui->expectedAttendanceError, m_ui->expectedAttendanceEdit,
          !countProblem.isEmpty() ? countProblem
                                  : EventRules::problemWithExpectedAttendance(event.expectedAttendance) },
        { m_ui->websiteError, m_ui->websiteEdit, OrganisationRules::problemWithWebsite(event.website) },
        { m_ui->countryError, m_ui->countryEdit, OrganisationRules::problemWithCountry(event.country) },
        { m_ui->startsOnError, m_ui->startsOnEdit, startsProblem },
        { m_ui->endsOnError, m_ui->endsOnEdit,
          !endsProblem.isEmpty()                                  ? endsProblem
              : startsProblem.isEmpty() ? EventRules::problemWithDates(event.startsOn, event.endsOn)
                                        : QString() },
        { m_ui->timeZoneError, m_ui->timeZoneCombo, EventRules::problemWithTimeZone(event.timeZone) },
    });
    if (!fine)
        return;

    storage::EventRepository repository(m_database);
    const bool saved = event.isStored() ? repository.update(event) : repository.insert(event);
    if (!saved) {
        showSaveError(tr("The event could not be saved: %1").arg(repository.lastError()));
        return;
    }
    m_event = event;
    QDialog::accept();
}

void EventDialog::showSaveError(const QString &message)
{
    m_ui->saveError->setText(message);
    m_ui->saveError->show();
}

} // namespace dd::ui
