#pragma once
// The form for a delegation: a new one, or (given a stored delegation) an existing one, saved in
// place with its partner organisations. The event, the coordinating organisation and the head
// of delegation (a contact) are chosen from the database, the partner organisations ticked in a
// list; dates are typed in the user's locale and may stay empty while unknown, and so may the
// planned size. The rules of app/domain/DelegationRules decide what is acceptable; a problem is
// shown beside its field and nothing is saved until all are solved.

#include "domain/Delegation.h"
#include "domain/EntityKind.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class DelegationDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::ui {

class DelegationDialog : public QDialog
{
    Q_OBJECT

public:
    // A new delegation.
    explicit DelegationDialog(storage::Database &database, QWidget *parent = nullptr);
    // A stored delegation, saved in place.
    DelegationDialog(storage::Database &database, const Delegation &delegation, QWidget *parent = nullptr);
    ~DelegationDialog() override;

    // The delegation as saved (with its row id and partners), once the dialog was accepted.
    const Delegation &delegation() const { return m_delegation; }

    // Validates and saves; stays open, with the problems beside their fields, when the
    // delegation cannot be saved.
    void accept() override;
    // Closing without saving asks first when something was changed.
    void reject() override;

private:
    void fillChoices(QComboBox *combo, EntityKind kind);
    void fillContactChoices(QComboBox *combo);
    void fillPartners();
    void selectChoice(QComboBox *combo, RowId id);
    void checkPartners(const QList<RowId> &partnerIds);
    QList<RowId> checkedPartners() const;
    void showDelegation(const Delegation &delegation);
    // The delegation as the fields say; fields that cannot be read (a date that is no date)
    // are left as they were, and accept() reports them.
    Delegation delegationFromFields() const;
    void showSaveError(const QString &message);

    std::unique_ptr<Ui::DelegationDialog> m_ui;
    class UnsavedChangesGuard *m_unsaved = nullptr;
    // The ticked partners as text, where UnsavedChangesGuard looks for changes: it reads line
    // edits, combos and buttons, not the check marks of a list. Never shown.
    QLineEdit *m_partnersMirror = nullptr;
    storage::Database &m_database;
    // The delegation being edited (stored) or an empty one; after accept(), the saved one.
    Delegation m_delegation;
};

} // namespace dd::ui
