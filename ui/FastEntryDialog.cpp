#include "FastEntryDialog.h"

#include "RecordChoiceCombo.h"

#include "domain/Contact.h"
#include "domain/ContactRules.h"
#include "domain/Meeting.h"
#include "domain/Transliteration.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/MeetingRepository.h"
#include "ui_FastEntryDialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QShortcut>
#include <algorithm>

namespace dd::ui {

FastEntryDialog::FastEntryDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FastEntryDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);

    setUpChoices(m_ui->communityCombo, EntityKind::Community);
    setUpChoices(m_ui->organisationCombo, EntityKind::Organisation);
    setUpChoices(m_ui->delegationCombo, EntityKind::Delegation);
    setUpChoices(m_ui->counterpartCombo, EntityKind::Community);

    // Enter saves wherever it is pressed; typing takes back an Esc that asked to discard.
    for (QLineEdit *edit : entryFields()) {
        connect(edit, &QLineEdit::returnPressed, this, &FastEntryDialog::save);
        connect(edit, &QLineEdit::textEdited, this, [this] { m_closeArmed = false; });
    }
    for (QComboBox *combo : { m_ui->communityCombo, m_ui->organisationCombo, m_ui->delegationCombo,
             m_ui->counterpartCombo })
        connect(combo->lineEdit(), &QLineEdit::returnPressed, this, &FastEntryDialog::save);

    const auto switchTo = [this](QKeySequence keys, int page) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this,
            [this, page] { m_ui->modeTabs->setCurrentIndex(page); });
    };
    switchTo(QKeySequence(Qt::CTRL | Qt::Key_1), 0);
    switchTo(QKeySequence(Qt::CTRL | Qt::Key_2), 1);
    connect(m_ui->modeTabs, &QTabWidget::currentChanged, this, &FastEntryDialog::focusFirstField);

    focusFirstField();
}

FastEntryDialog::~FastEntryDialog() = default;

void FastEntryDialog::setUpChoices(QComboBox *combo, EntityKind kind)
{
    // An empty first entry is "none"; the text typed is completed from anywhere in the names
    // (a hromada's official name starts with the town, but people may type any part of it).
    combo->addItem(QString(), QVariant::fromValue(RowId(0)));
    combo->lineEdit()->setPlaceholderText(tr("(none)"));
    const QString error = addRecordChoices(combo, m_database, kind);
    if (QCompleter *completer = combo->completer()) {
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
    }
    if (!error.isEmpty())
        showStatus(
            tr("The choices of the list “%1” could not be read: %2").arg(Entity::pluralLabel(kind), error),
            Tone::Problem);
}

bool FastEntryDialog::chosenId(const QComboBox *combo, RowId *id)
{
    const QString text = combo->currentText().trimmed();
    *id = 0;
    if (text.isEmpty())
        return true;
    const int index = combo->findText(text, Qt::MatchFixedString);
    if (index < 0)
        return false;
    *id = combo->itemData(index).value<RowId>();
    return true;
}

QList<QLineEdit *> FastEntryDialog::entryFields() const
{
    return { m_ui->givenNameEdit, m_ui->familyNameEdit, m_ui->positionEdit, m_ui->emailEdit,
        m_ui->phoneEdit, m_ui->titleEdit, m_ui->outcomeEdit, m_ui->followUpEdit };
}

bool FastEntryDialog::hasUnsavedText() const
{
    const QList<QLineEdit *> fields = entryFields();
    return std::any_of(fields.cbegin(), fields.cend(),
        [](const QLineEdit *edit) { return !edit->text().trimmed().isEmpty(); });
}

void FastEntryDialog::clearEntryFields()
{
    // Only the page just saved: a half-typed entry on the other page stays.
    QWidget *page = m_ui->modeTabs->currentWidget();
    for (QLineEdit *edit : entryFields()) {
        if (page->isAncestorOf(edit))
            edit->clear();
    }
}

void FastEntryDialog::focusFirstField()
{
    QLineEdit *first = m_ui->modeTabs->currentWidget() == m_ui->contactPage ? m_ui->givenNameEdit
                                                                            : m_ui->titleEdit;
    first->setFocus();
}

void FastEntryDialog::save()
{
    m_closeArmed = false;
    if (m_ui->modeTabs->currentWidget() == m_ui->contactPage)
        saveContact();
    else
        saveMeeting();
}

void FastEntryDialog::saveContact()
{
    Contact contact;
    contact.givenName = m_ui->givenNameEdit->text().simplified();
    contact.familyName = m_ui->familyNameEdit->text().simplified();
    contact.position = m_ui->positionEdit->text().simplified();
    contact.email = m_ui->emailEdit->text().trimmed();
    contact.phone = m_ui->phoneEdit->text().simplified();

    // The first problem, in the order of the fields, is shown; its field gets the focus.
    if (const QString problem = ContactRules::problemWithFamilyName(contact.familyName);
        !problem.isEmpty())
        return showProblem(m_ui->familyNameEdit, tr("Family name"), problem);
    if (!chosenId(m_ui->communityCombo, &contact.communityId))
        return showProblem(m_ui->communityCombo, tr("Community"),
            tr("There is no community of that name; choose one from the list or "
               "leave it empty."));
    if (!chosenId(m_ui->organisationCombo, &contact.organisationId))
        return showProblem(m_ui->organisationCombo, tr("Organisation"),
            tr("There is no organisation of that name; choose one from the list or "
               "leave it empty."));
    if (const QString problem = ContactRules::problemWithEmail(contact.email); !problem.isEmpty())
        return showProblem(m_ui->emailEdit, tr("E-mail"), problem);
    if (const QString problem = ContactRules::problemWithPhone(contact.phone); !problem.isEmpty())
        return showProblem(m_ui->phoneEdit, tr("Phone"), problem);

    // No Latin fields in this compact form: a Cyrillic name gets its passport spelling by the
    // official table (to be corrected in the full form when a passport says otherwise).
    const auto latin = [](const QString &name) {
        return Transliteration::hasCyrillic(name) ? Transliteration::ukrainianToLatin(name)
                                                  : QString();
    };
    contact.givenNameLatin = latin(contact.givenName);
    contact.familyNameLatin = latin(contact.familyName);

    // One insert, committed by itself (no transaction is held open across entries).
    storage::ContactRepository repository(m_database);
    if (!repository.insert(contact)) {
        showStatus(
            tr("The contact could not be saved: %1").arg(repository.lastError()), Tone::Problem);
        return;
    }
    QString listText = contact.displayName();
    if (!contact.displayNameLatin().isEmpty()
        && contact.displayNameLatin() != contact.displayName())
        listText += QStringLiteral(" (") + contact.displayNameLatin() + QStringLiteral(")");
    if (contact.communityId != 0)
        listText += QStringLiteral(" — ") + m_ui->communityCombo->currentText().trimmed();
    entrySaved(tr("Contact: %1").arg(listText), contact.displayName());
}

void FastEntryDialog::saveMeeting()
{
    Meeting meeting;
    meeting.title = m_ui->titleEdit->text().simplified();
    meeting.outcome = m_ui->outcomeEdit->text().simplified();
    meeting.followUp = m_ui->followUpEdit->text().simplified();

    if (meeting.title.isEmpty())
        return showProblem(m_ui->titleEdit, tr("Title"), tr("Give the meeting a title."));
    if (!chosenId(m_ui->delegationCombo, &meeting.delegationId))
        return showProblem(m_ui->delegationCombo, tr("Delegation"),
            tr("There is no delegation of that name; choose one from the list or "
               "leave it empty."));
    RowId counterpart = 0;
    if (!chosenId(m_ui->counterpartCombo, &counterpart))
        return showProblem(m_ui->counterpartCombo, tr("Counterpart"),
            tr("There is no community of that name; choose one from the list or "
               "leave it empty."));
    if (counterpart != 0)
        meeting.counterpartCommunityIds = { counterpart };
    // The meeting happened at the event the delegation travelled to.
    if (meeting.delegationId != 0) {
        if (const auto delegation
            = storage::DelegationRepository(m_database).find(meeting.delegationId))
            meeting.eventId = delegation->eventId;
    }

    storage::MeetingRepository repository(m_database);
    if (!repository.insert(meeting)) {
        showStatus(
            tr("The meeting could not be saved: %1").arg(repository.lastError()), Tone::Problem);
        return;
    }
    QString listText = meeting.title;
    if (meeting.delegationId != 0)
        listText += QStringLiteral(" — ") + m_ui->delegationCombo->currentText().trimmed();
    entrySaved(tr("Meeting: %1").arg(listText), meeting.title);
}

void FastEntryDialog::entrySaved(const QString &listText, const QString &name)
{
    ++m_savedCount;
    m_ui->savedList->insertItem(0, listText);
    m_ui->savedList->setCurrentRow(0);
    clearEntryFields();
    showStatus(tr("Saved %1 (%n this session)", nullptr, m_savedCount).arg(name), Tone::Done);
    focusFirstField();
}

void FastEntryDialog::showProblem(QWidget *field, const QString &fieldName, const QString &problem)
{
    showStatus(tr("%1: %2").arg(fieldName, problem), Tone::Problem);
    field->setFocus();
}

void FastEntryDialog::showStatus(const QString &text, Tone tone)
{
    QPalette statusPalette = palette();
    switch (tone) {
    case Tone::Neutral:
        break;
    case Tone::Done:
        statusPalette.setColor(QPalette::WindowText, QColor(0x1b, 0x7a, 0x35));
        break;
    case Tone::Problem:
        statusPalette.setColor(QPalette::WindowText, QColor(0xa3, 0x1b, 0x1b));
        break;
    }
    m_ui->statusLabel->setPalette(statusPalette);
    m_ui->statusLabel->setText(text);
}

void FastEntryDialog::reject()
{
    if (!hasUnsavedText() || m_closeArmed) {
        QDialog::reject();
        return;
    }
    m_closeArmed = true;
    showStatus(tr("The form holds text that is not saved: Enter saves it, Esc again discards it "
                  "and closes."),
        Tone::Problem);
}

} // namespace dd::ui
