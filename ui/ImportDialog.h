#pragma once
// Imports contacts, communities, organisations or a delegation's members from a CSV file, from
// the window. Picking a file reads it once without writing (a dry run of exchange::CsvImport):
// the encoding and delimiter found (both changeable), one row per column of the file with the
// field it goes to (a combo each, changeable; "not imported" is a choice), a preview of the
// first rows as they will be stored (Latin names filled, references resolved), every problem
// by line and field, and the duplicates (against the database and within the file) with skip,
// update or create per row and for all. Nothing is written before Import; the import then runs
// in one transaction with a progress bar and a Cancel button (cancel rolls back: nothing
// changes). With "leave out the rows with problems", the rejected rows can be saved as a CSV to
// fix. Messages are shown in the dialog, never in a message box, so tests cannot hang.
//
// The window opens it so:
//     ImportDialog dialog(database, this);
//     dialog.setTable(EntityKind::Member);      // contacts when not said
//     dialog.setDelegation(delegationId);        // attendees only
//     if (dialog.exec() == QDialog::Accepted) statusBar()->showMessage(dialog.resultMessage());
//     // then reload the lists: dialog.importedCount() records were created or updated

#include "domain/EntityKind.h"
#include "domain/Record.h"
#include "exchange/CsvImport.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class ImportDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::ui {

class ImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportDialog(storage::Database &database, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // What to import into: Contact (the default), Community, Organisation or Member.
    void setTable(EntityKind table);
    EntityKind table() const { return m_table; }
    // The delegation whose members are imported (Member only).
    void setDelegation(RowId delegationId);
    // Chooses the file and reads it (the seam tests use instead of the file chooser).
    void setFilePath(const QString &path);
    QString filePath() const { return m_path; }

    // The field each column of the file goes to ("" = not imported), as the combos say.
    QStringList columnFields() const;
    // Sets one column's field, as choosing in its combo does, and reads the file again.
    void setColumnField(int column, const QString &fieldId);
    // What to do with the duplicate that starts on line, as its combo does.
    void setDuplicatePolicy(qint64 line, exchange::DuplicatePolicy policy);
    void setAllDuplicatesPolicy(exchange::DuplicatePolicy policy);

    // The last dry run (or the import, after it ran).
    const exchange::ImportReport &report() const { return m_report; }
    // Records created or updated by the import (0 until it ran).
    qint64 importedCount() const { return m_imported; }
    // One translated sentence saying what was imported, for the status bar.
    QString resultMessage() const { return m_resultMessage; }

    // Writes the rejected rows of the last run as CSV; false (and the reason shown) on failure.
    bool saveRejected(const QString &path);

    // How a file is asked for; tests replace them so that no file dialog opens.
    using FileChooser = std::function<QString(QWidget *parent)>;
    void setOpenFileChooser(FileChooser chooser) { m_chooseOpen = std::move(chooser); }
    void setSaveFileChooser(FileChooser chooser) { m_chooseSave = std::move(chooser); }

    // Runs the import (the Import button). True when it landed; the dialog is then accepted.
    bool runImport();
    // Asks a running import to stop (the Cancel import button).
    void cancelImport() { m_cancelRequested = true; }
    // Tests: called with each progress step of an import (return false to cancel).
    void setProgressObserver(std::function<bool(qint64 done, qint64 total)> observer)
    {
        m_observer = std::move(observer);
    }

private:
    exchange::ImportRequest request(bool dryRun) const;
    void analyse();
    void fillMapping();
    void fillPreview();
    void fillProblems();
    void fillDuplicates();
    void updateState();
    void showMessage(const QString &text, bool error);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    storage::Database &m_database;
    EntityKind m_table = EntityKind::Contact;
    RowId m_delegationId = 0;
    QString m_path;
    QStringList m_columnFields; // empty: automatic mapping
    QHash<qint64, exchange::DuplicatePolicy> m_rowPolicies;
    exchange::ImportReport m_report;
    bool m_analysed = false;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_filling = false;
    qint64 m_imported = 0;
    QString m_resultMessage;
    FileChooser m_chooseOpen;
    FileChooser m_chooseSave;
    std::function<bool(qint64, qint64)> m_observer;
};

} // namespace dd::ui
