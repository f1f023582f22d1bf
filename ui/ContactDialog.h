#pragma once
// The form for a contact: a new one, or (given a stored contact) an existing one. The names are
// typed in the person's own script; the passport-Latin given and family names are suggested by
// the official transliteration while the native name has Cyrillic, follow it as it changes, and
// are never overwritten once the user has typed in them. The community and organisation are
// chosen from the database. The rules of app/domain/ContactRules decide what is acceptable; a
// problem is shown beside its field and nothing is saved until all are solved.

#include "domain/Contact.h"
#include "domain/EntityKind.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class ContactDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::ui {

class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    // A new contact.
    explicit ContactDialog(storage::Database &database, QWidget *parent = nullptr);
    // A stored contact, saved in place.
    ContactDialog(storage::Database &database, const Contact &contact, QWidget *parent = nullptr);
    ~ContactDialog() override;

    // The contact as saved (with its row id), once the dialog was accepted.
    const Contact &contact() const { return m_contact; }

    // Validates and saves; stays open, with the problems beside their fields, when the contact
    // cannot be saved.
    void accept() override;
    // Closing without saving asks first when something was changed.
    void reject() override;

private:
    // A native name and its passport-Latin twin.
    struct LatinField {
        QLineEdit *native = nullptr;
        QLineEdit *latin = nullptr;
        // What we suggested last; shown in grey while the field holds it.
        QString suggestion;
        // Set once the user typed in the field (emptying it included): from then on it is theirs.
        bool usersOwn = false;
    };

    void setUpLatinField(LatinField &field);
    void followNativeName(LatinField &field);
    void updateLatinStyle(LatinField &field);
    void fillChoices(QComboBox *combo, EntityKind kind);
    void selectChoice(QComboBox *combo, RowId id);
    void showContact(const Contact &contact);
    Contact contactFromFields() const;
    void showSaveError(const QString &message);

    std::unique_ptr<Ui::ContactDialog> m_ui;
    class UnsavedChangesGuard *m_unsaved = nullptr;
    storage::Database &m_database;
    LatinField m_givenName;
    LatinField m_familyName;
    // The contact being edited (stored) or an empty one; after accept(), the saved contact.
    Contact m_contact;
};

} // namespace dd::ui
