#pragma once
// The form that moves a partnership to another stage: the new stage (in workflow order), the
// day it happened (today unless told otherwise) and a note, recorded in the partnership's
// history. app/domain/PartnershipRules decides what may be recorded; its objection is shown
// under the fields as they change, and nothing is saved while there is one.

#include "domain/Partnership.h"

#include <QDialog>

#include <memory>

namespace Ui {
class StageChangeDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::ui {

class StageChangeDialog : public QDialog
{
    Q_OBJECT

public:
    StageChangeDialog(storage::Database &database, const Partnership &partnership, QWidget *parent = nullptr);
    ~StageChangeDialog() override;

    // The partnership as saved, with its new history entry, once the dialog was accepted.
    const Partnership &partnership() const { return m_partnership; }
    // What the rules say about the fields as they are now; empty when they may be saved.
    QString problem() const;

    // Checks and saves; stays open, with the problem shown, when the change cannot be recorded.
    void accept() override;

private:
    void showProblem(const QString &problem);
    QString chosenStage() const;

    std::unique_ptr<Ui::StageChangeDialog> m_ui;
    storage::Database &m_database;
    Partnership m_partnership;
};

} // namespace dd::ui
