#pragma once
// The form for a partnership: a new one, or (given a stored partnership) an existing one. Its
// named parties, each a community or an organisation picked from a filtered list, with the day
// each ratified and its council decision; how many took part in all when more did than are
// named; its kind and stage; areas of cooperation, facilitators, where it was born, when it was
// signed, and the next step. A new partnership gets its initial stage here; an existing one moves
// through the Change Stage form (StageChangeDialog), which keeps the history shown read-only. The
// rules of app/domain/PartnershipRules decide what is acceptable; a problem is shown beside its
// field and nothing is saved until all are solved.

#include "domain/EntityKind.h"
#include "domain/Partnership.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class PartnershipDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::ui {

class PartnershipDialog : public QDialog
{
    Q_OBJECT

public:
    // A new partnership.
    explicit PartnershipDialog(storage::Database &database, QWidget *parent = nullptr);
    // A stored partnership, saved in place.
    PartnershipDialog(storage::Database &database, const Partnership &partnership, QWidget *parent = nullptr);
    ~PartnershipDialog() override;

    // The partnership as saved (with its row id), once the dialog was accepted; after a stage
    // change, as that change saved it.
    const Partnership &partnership() const { return m_partnership; }
    // True once a stage change was recorded from this form: it is saved at once, whether or not
    // the form is then accepted, so a list showing the partnership should read it again.
    bool stageChanged() const { return m_stageChanged; }

    // Validates and saves; stays open, with the problems beside their fields, when the
    // partnership cannot be saved.
    void accept() override;
    // Closing without saving asks first when something was changed.
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillChoices();
    void fillCombo(QComboBox *combo, EntityKind kind);
    void selectChoice(QComboBox *combo, RowId id);
    void showPartnership(const Partnership &partnership);
    void showStage();
    Partnership partnershipFromFields() const;
    void showSaveError(const QString &message);

    // The named parties' table: a row per party, in order.
    void addParty(RowId pickerId);
    void addPartyRow(const PartnershipParty &party);
    void removeParty();
    QList<PartnershipParty> partiesFromTable() const;
    int rowOfParty(const PartnershipParty &party) const;
    void partiesChanged();
    void changeStage();

    std::unique_ptr<Ui::PartnershipDialog> m_ui;
    class UnsavedChangesGuard *m_unsaved = nullptr;
    storage::Database &m_database;
    // The partnership being edited (stored) or an empty one; after accept(), the saved one.
    Partnership m_partnership;
    bool m_stageChanged = false;
};

} // namespace dd::ui
