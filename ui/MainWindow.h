#pragma once
// The main window: one database at a time, its records by section (communities, contacts,
// delegations...) in sortable lists with a detail pane, a welcome page for an empty database,
// and File > New / Open / Recent. Window layout is remembered between runs.

#include "domain/EntityKind.h"
#include "domain/Record.h"
#include "exchange/DocumentData.h"
#include "storage/ChangeLog.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace dd::storage {
class Database;
}

namespace dd::models {
class EntityTableModel;
}

namespace dd::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file (creating it when it does not exist). On failure the message is
    // shown and the database open before, if any, stays open. A file another process holds
    // can be opened read-only instead, if the user says so.
    bool openDatabase(const QString &path);
    storage::Database *database() const { return m_database.get(); }

    // Where the demonstration database lives when opened from the window.
    static QString demoDatabasePath();

    // Shows a message to the user and returns the button chosen. Tests replace it, so that no
    // modal box waits for a click.
    using MessageHandler = std::function<QMessageBox::StandardButton(
        QMessageBox::Icon, const QString &title, const QString &text, QMessageBox::StandardButtons buttons)>;
    void setMessageHandler(MessageHandler handler) { m_showMessage = std::move(handler); }
    // Where a file is saved (a PDF, the calendar); tests replace the file dialog. Gets a
    // suggested path, returns the chosen one or an empty string.
    using PathChooser = std::function<QString(const QString &suggested)>;
    void setPathChooser(PathChooser chooser);

    // The delegation the documents are for: the one whose page is open, or the one selected
    // in the delegations list; 0 when neither.
    RowId currentDelegation() const;
    // A document of that delegation, gathered as File › Print would before its options are
    // chosen: badges and letters for the members selected on its page, or everyone taking part.
    std::optional<exchange::DocumentData> gatherDocument(exchange::DocumentKind kind, QString *error) const;

    EntityKind currentSection() const { return m_section; }
    void showSection(EntityKind kind);
    // Shows a record in its section, selected, with its details.
    void showRecord(EntityKind kind, RowId id);
    // Ctrl+K.
    void searchEverything();
    // The delegation's page in place of the lists: its members, their statuses, its agenda.
    void openDelegation(RowId id);
    class DelegationPage *delegationPage() const { return m_delegationPage; }
    models::EntityTableModel *listModel() const { return m_model; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text);
    void newDatabase();
    void chooseDatabase();
    void openDemo();
    void refresh();
    void about();
    // File › Export as CSV: the list as shown, or the attendees of the delegation on screen.
    void exportCsv();
    // File › Import from CSV: into the list on screen, or the delegation on screen.
    void importCsv();
    void updateDocumentActions();
    // A new record of kind in its form (Records › New…); the list then shows it.
    void newRecord(EntityKind kind);
    void checkInDesk();
    void fastEntry();
    void changeStage();
    // The selected record, in its form; deleted after the user was told what goes with it.
    void editRecord();
    // Enter or a double-click on a row: a delegation opens its page, any other record its form.
    void openRecord();
    // Back from a delegation's page to the list, the delegation selected. Deletes the page;
    // later when the page itself asked (it is still in its signal).
    void closeDelegationPage(bool later);
    void deleteRecord();
    // The name the user knows the record by, as the list shows it.
    QString recordName(int row) const;
    void updateRecordActions();
    // After Edit › Undo or Redo: the lists read anew, the record it touched shown.
    void showReplayed(const QList<storage::ChangeLog::TouchedRecord> &records, const QString &description,
                      bool undone);
    void showWelcome();
    void showBrowser();
    void updateSectionCounts();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void updateDetails();
    void updateStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<storage::Database> m_database;
    models::EntityTableModel *m_model = nullptr;
    EntityKind m_section = EntityKind::Delegation;
    MessageHandler m_showMessage;
    class QLabel *m_databaseLabel = nullptr;
    class QLabel *m_countLabel = nullptr;
    class SearchDialog *m_searchDialog = nullptr;
    class UndoHistory *m_history = nullptr;
    class ListLayout *m_listLayout = nullptr;
    class DelegationPage *m_delegationPage = nullptr;
    // File › Print Preview, Save as PDF and Export Calendar.
    class DocumentActions *m_documents = nullptr;
    QAction *m_newRecordAction = nullptr;
};

} // namespace dd::ui
