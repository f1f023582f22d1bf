#pragma once
// The form for an organisation: a new one, or (given a stored organisation) an existing one,
// saved in place. The kind is chosen from the closed list of the domain model, the organisation
// it is part of from the database. The rules of app/domain/OrganisationRules decide what is
// acceptable; a problem is shown beside its field and nothing is saved until all are solved.

#include "domain/Organisation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OrganisationDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::ui {

class OrganisationDialog : public QDialog
{
    Q_OBJECT

public:
    // A new organisation.
    explicit OrganisationDialog(storage::Database &database, QWidget *parent = nullptr);
    // A stored organisation, saved in place.
    OrganisationDialog(storage::Database &database, const Organisation &organisation,
                       QWidget *parent = nullptr);
    ~OrganisationDialog() override;

    // The organisation as saved (with its row id), once the dialog was accepted.
    const Organisation &organisation() const { return m_organisation; }

    // Validates and saves; stays open, with the problems beside their fields, when the
    // organisation cannot be saved.
    void accept() override;
    // Closing without saving asks first when something was changed.
    void reject() override;

private:
    void showOrganisation(const Organisation &organisation);
    Organisation organisationFromFields() const;
    void showSaveError(const QString &message);

    std::unique_ptr<Ui::OrganisationDialog> m_ui;
    class UnsavedChangesGuard *m_unsaved = nullptr;
    storage::Database &m_database;
    // The organisation being edited (stored) or an empty one; after accept(), the saved one.
    Organisation m_organisation;
};

} // namespace dd::ui
