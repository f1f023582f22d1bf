#pragma once
// Exports to CSV from the window: a whole table, a delegation's attendee list by purpose
// (public, rooming, transport, badges, visa, full) or with chosen columns, or the list on
// screen as it is shown (its visible columns, filter and sort). Sensitive fields are listed
// apart, with a sentence saying what they are, and are never ticked by a preset. "For Excel"
// (semicolon or comma as the locale's Excel expects, with a byte-order mark) or "Standard CSV"
// (comma, no mark) is remembered, as is the header style. The file is written whole or not at
// all; a failure is said in the dialog, which stays open.
//
// The window opens it with what it is showing:
//     ExportDialog dialog(database, this);
//     dialog.setShownList(ShownList::of(*model->source(), visibleColumnIds));  // optional
//     dialog.setTable(EntityKind::Member);                                    // optional
//     dialog.selectDelegation(delegationId);                                  // optional
//     if (dialog.exec() == QDialog::Accepted) statusBar()->showMessage(dialog.resultMessage());

#include "domain/EntityKind.h"
#include "domain/Record.h"
#include "exchange/CsvExport.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ExportDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::ui {

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportDialog(storage::Database &database, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Offers the list on screen as the first choice, and chooses it.
    void setShownList(const exchange::ShownList &list);
    // Chooses a whole table (attendees for a delegation's list).
    void setTable(EntityKind table);
    // Chooses the delegation whose attendees (or meetings) are exported; 0: all delegations.
    void selectDelegation(RowId delegationId);
    // Chooses a preset (attendees); nullopt: the columns ticked by hand.
    void selectPreset(std::optional<exchange::FieldCatalog::Preset> preset);
    // Ticks exactly these fields (sensitive ones included, when named).
    void setColumns(const QStringList &fieldIds);
    void setOutputPath(const QString &path);
    QString outputPath() const;

    // How the file chooser is asked for a path; tests replace it so that no file dialog opens.
    // Gets the suggested path, returns the chosen one (empty: cancelled).
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // What the dialog would export now.
    bool exportsShownList() const;
    exchange::ExportRequest request() const;
    exchange::HeaderStyle headerStyle() const;
    exchange::CsvWriter::Options csvOptions() const;

    // Writes the file; false with the message shown in the dialog. accept() calls it.
    bool exportNow();
    // After a successful export: "Exported 12 rows to “…/rooming.csv”."
    QString resultMessage() const { return m_result; }
    QString errorMessage() const;

    // The delimiter "For Excel" uses in a locale: a semicolon where the decimal separator is a
    // comma (French, Ukrainian, German Excel), a comma elsewhere.
    static exchange::CsvWriter::Delimiter excelDelimiter(const QLocale &locale);

public slots:
    void accept() override;

private:
    void fillTables();
    void fillDelegations();
    void tableChanged();
    void presetChanged();
    void delegationChanged();
    void columnTicked();
    void chooseFile();
    void showMessage(const QString &text, bool error);
    void saveSettings() const;
    std::optional<EntityKind> currentTable() const;
    std::optional<exchange::FieldCatalog::Preset> currentPreset() const;
    QStringList tickedColumns(bool sensitive) const;
    QString suggestedFileName() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    storage::Database &m_database;
    std::optional<exchange::ShownList> m_shown;
    FileChooser m_chooseFile;
    QString m_result;
    bool m_ticking = false; // columns being ticked by a preset, not by hand
};

} // namespace dd::ui
