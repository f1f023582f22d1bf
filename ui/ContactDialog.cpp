#include "ContactDialog.h"

#include "ui_ContactDialog.h"

#include "FieldProblems.h"
#include "RecordChoiceCombo.h"
#include "UnsavedChangesGuard.h"

#include "domain/ContactRules.h"
#include "domain/Transliteration.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace dd::ui {

ContactDialog::ContactDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);

    m_givenName.native = m_ui->givenNameEdit;
    m_givenName.latin = m_ui->givenNameLatinEdit;
    m_familyName.native = m_ui->familyNameEdit;
    m_familyName.latin = m_ui->familyNameLatinEdit;
    setUpLatinField(m_givenName);
    setUpLatinField(m_familyName);

    fillChoices(m_ui->communityCombo, EntityKind::Community);
    fillChoices(m_ui->organisationCombo, EntityKind::Organisation);

    m_ui->nationalityEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), this));
    connect(m_ui->nationalityEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper())
            m_ui->nationalityEdit->setText(text.toUpper());
    });

    // A message beside a field goes as soon as the field changes.
    const auto hideOnChange = [this](QLineEdit *edit, QLabel *error) {
        connect(edit, &QLineEdit::textChanged, error, &QWidget::hide);
    };
    hideOnChange(m_ui->familyNameEdit, m_ui->familyNameError);
    hideOnChange(m_ui->emailEdit, m_ui->emailError);
    hideOnChange(m_ui->phoneEdit, m_ui->phoneError);
    hideOnChange(m_ui->nationalityEdit, m_ui->nationalityError);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    m_unsaved = new UnsavedChangesGuard(this);

    m_ui->givenNameEdit->setFocus();
}

ContactDialog::ContactDialog(storage::Database &database, const Contact &contact, QWidget *parent)
    : ContactDialog(database, parent)
{
    setWindowTitle(tr("Edit Contact"));
    m_contact = contact;
    showContact(contact);
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::setUpLatinField(LatinField &field)
{
    connect(field.native, &QLineEdit::textChanged, this, [this, &field] { followNativeName(field); });
    connect(field.latin, &QLineEdit::textEdited, this, [this, &field] {
        field.usersOwn = true;
        updateLatinStyle(field);
    });
    updateLatinStyle(field);
}

void ContactDialog::followNativeName(LatinField &field)
{
    if (field.usersOwn)
        return;
    // Only a name with Cyrillic is transliterated; a name typed in Latin letters is the user's
    // to copy (a French Marie Dupont's passport may well say "Marie-Hélène" or not).
    const QString native = field.native->text();
    field.suggestion = Transliteration::hasCyrillic(native) ? Transliteration::ukrainianToLatin(native)
                                                            : QString();
    field.latin->setText(field.suggestion);
    updateLatinStyle(field);
}

void ContactDialog::updateLatinStyle(LatinField &field)
{
    // Our suggestion is grey until the user makes it theirs by typing; it is saved as it is.
    const bool suggested = !field.usersOwn && !field.suggestion.isEmpty()
        && field.latin->text() == field.suggestion;
    QPalette palette = this->palette();
    if (suggested)
        palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
    field.latin->setPalette(palette);
    field.latin->setToolTip(suggested ? tr("Suggested by the official transliteration of Ukrainian; "
                                           "type to change it.")
                                      : tr("As written in the passport."));
}

void ContactDialog::fillChoices(QComboBox *combo, EntityKind kind)
{
    combo->addItem(tr("(none)"), QVariant::fromValue(RowId(0)));
    const QString error = addRecordChoices(combo, m_database, kind);
    if (!error.isEmpty())
        showSaveError(kind == EntityKind::Community
                          ? tr("The communities to choose from could not be read: %1").arg(error)
                          : tr("The organisations to choose from could not be read: %1").arg(error));
}

void ContactDialog::selectChoice(QComboBox *combo, RowId id)
{
    int index = combo->findData(QVariant::fromValue(id));
    if (index < 0) {
        // Not in the list read a moment ago (removed since?): kept, so that saving the rest of
        // the contact does not silently drop the link.
        combo->addItem(tr("Record %1", "a linked record that is not among the choices, by its number").arg(id), QVariant::fromValue(id));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void ContactDialog::showContact(const Contact &contact)
{
    // The Latin names first: a stored one is the user's, and the native names that follow do
    // not replace it. An empty one takes the suggestion as in a new contact.
    for (LatinField *field : { &m_givenName, &m_familyName }) {
        const QString &latin = field == &m_givenName ? contact.givenNameLatin : contact.familyNameLatin;
        field->latin->setText(latin);
        field->usersOwn = !latin.isEmpty();
    }
    m_ui->salutationEdit->setText(contact.salutation);
    m_ui->givenNameEdit->setText(contact.givenName);
    m_ui->patronymicEdit->setText(contact.patronymic);
    m_ui->familyNameEdit->setText(contact.familyName);
    updateLatinStyle(m_givenName);
    updateLatinStyle(m_familyName);
    m_ui->positionEdit->setText(contact.position);
    selectChoice(m_ui->communityCombo, contact.communityId);
    selectChoice(m_ui->organisationCombo, contact.organisationId);
    m_ui->emailEdit->setText(contact.email);
    m_ui->phoneEdit->setText(contact.phone);
    m_ui->languagesEdit->setText(contact.languages);
    m_ui->nationalityEdit->setText(contact.nationality);
    m_ui->publicListCheck->setChecked(contact.consentPublicList);
    m_ui->notesEdit->setPlainText(contact.notes);
}

Contact ContactDialog::contactFromFields() const
{
    Contact contact = m_contact; // keeps the row id, uid and times of a stored contact
    contact.salutation = m_ui->salutationEdit->text().simplified();
    contact.givenName = m_ui->givenNameEdit->text().simplified();
    contact.patronymic = m_ui->patronymicEdit->text().simplified();
    contact.familyName = m_ui->familyNameEdit->text().simplified();
    contact.givenNameLatin = m_ui->givenNameLatinEdit->text().simplified();
    contact.familyNameLatin = m_ui->familyNameLatinEdit->text().simplified();
    contact.position = m_ui->positionEdit->text().simplified();
    contact.communityId = m_ui->communityCombo->currentData().value<RowId>();
    contact.organisationId = m_ui->organisationCombo->currentData().value<RowId>();
    contact.email = m_ui->emailEdit->text().trimmed();
    contact.phone = m_ui->phoneEdit->text().simplified();
    contact.languages = m_ui->languagesEdit->text().simplified();
    contact.nationality = m_ui->nationalityEdit->text().trimmed().toUpper();
    contact.consentPublicList = m_ui->publicListCheck->isChecked();
    contact.notes = m_ui->notesEdit->toPlainText().trimmed();
    return contact;
}

void ContactDialog::reject()
{
    if (m_unsaved->mayDiscard())
        QDialog::reject();
}

void ContactDialog::accept()
{
    m_ui->saveError->hide();
    Contact contact = contactFromFields();
    const bool fine = showFieldProblems({
        { m_ui->familyNameError, m_ui->familyNameEdit, ContactRules::problemWithFamilyName(contact.familyName) },
        { m_ui->emailError, m_ui->emailEdit, ContactRules::problemWithEmail(contact.email) },
        { m_ui->phoneError, m_ui->phoneEdit, ContactRules::problemWithPhone(contact.phone) },
        { m_ui->nationalityError, m_ui->nationalityEdit,
          ContactRules::problemWithNationality(contact.nationality) },
    });
    if (!fine)
        return;

    storage::ContactRepository repository(m_database);
    const bool saved = contact.isStored() ? repository.update(contact) : repository.insert(contact);
    if (!saved) {
        showSaveError(tr("The contact could not be saved: %1").arg(repository.lastError()));
        return;
    }
    m_contact = contact;
    QDialog::accept();
}

void ContactDialog::showSaveError(const QString &message)
{
    m_ui->saveError->setText(message);
    m_ui->saveError->show();
}

} // namespace dd::ui
