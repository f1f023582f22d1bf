#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "CheckInDialog.h"
#include "CommunityDialog.h"
#include "ContactDialog.h"
#include "FastEntryDialog.h"
#include "DelegationPage.h"
#include "DetailsHtml.h"
#include "DocumentActions.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "ListDelegate.h"
#include "ListLayout.h"
#include "PreferencesDialog.h"
#include "RecordForms.h"
#include "SearchDialog.h"
#include "StageChangeDialog.h"
#include "UndoHistory.h"

#include "exchange/DemoScenario.h"
#include "models/EntityTableModel.h"
#include "models/RecordDetails.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/Dependants.h"
#include "storage/ListSource.h"
#include "storage/PartnershipRepository.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

#include <utility>

namespace dd::ui {
namespace {

constexpr int maxRecent = 8;
const QString recentKey = QStringLiteral("recentDatabases");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new models::EntityTableModel(this))
    , m_history(new UndoHistory(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/delegation-desk.svg")));
    m_showMessage = [this](QMessageBox::Icon icon, const QString &title, const QString &text,
                           QMessageBox::StandardButtons buttons) {
        QMessageBox box(icon, title, text, buttons, this);
        return QMessageBox::StandardButton(box.exec());
    };

    QFont titleFont = m_ui->welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->welcomeTitle->setFont(titleFont);
    // The welcome page's frame has a fixed width, but its layout sits in a stack that does not
    // ask wrapped labels for their height at that width: give it to them.
    const int textWidth = m_ui->welcomeFrame->minimumWidth() - 2 * m_ui->welcomeLayout->contentsRect().left() - 24;
    for (QLabel *label : { m_ui->welcomeText, m_ui->welcomeDemoText })
        label->setMinimumHeight(label->heightForWidth(textWidth));
    QFont listTitleFont = m_ui->listTitle->font();
    listTitleFont.setPointSizeF(listTitleFont.pointSizeF() * 1.25);
    listTitleFont.setBold(true);
    m_ui->listTitle->setFont(listTitleFont);

    for (EntityKind kind : Entity::all()) {
        auto *item = new QListWidgetItem(Entity::pluralLabel(kind), m_ui->sectionList);
        item->setData(Qt::UserRole, int(kind));
    }
    m_ui->recordTable->setModel(m_model);
    m_ui->recordTable->setItemDelegate(new ListDelegate(m_ui->recordTable));
    // Right-click on the header chooses the columns (remembered with the rest of the layout).
    m_listLayout = new ListLayout(m_ui->recordTable, m_model, this);
    m_ui->recordTable->verticalHeader()->setDefaultSectionSize(
        m_ui->recordTable->fontMetrics().height() + 8);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 1);
    m_ui->mainSplitter->setSizes({ 190, 760, 330 });

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);

    setUpActions();

    connect(m_ui->sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showSection(EntityKind(m_ui->sectionList->item(row)->data(Qt::UserRole).toInt()));
    });
    connect(m_ui->recordTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateDetails);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        if (m_model->rowCount() > 0)
            m_ui->recordTable->selectRow(0);
        updateStatus();
    });
    connect(m_ui->openDemoButton, &QPushButton::clicked, this, &MainWindow::openDemo);
    connect(m_ui->startEmptyButton, &QPushButton::clicked, this, &MainWindow::showBrowser);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    const QString section = settings.value(QStringLiteral("window/section")).toString();
    for (EntityKind kind : Entity::all()) {
        if (Entity::id(kind) == section)
            m_section = kind;
    }
    updateRecentMenu();
    updateStatus();
    showWelcome();
}

MainWindow::~MainWindow()
{
    // The lists hold queries on the connection: let them go before the database closes.
    closeDelegationPage(false);
    m_model->setSource(nullptr);
    if (m_searchDialog)
        m_searchDialog->setDatabase(nullptr);
    m_history->setDatabase(nullptr);
    m_database.reset();
}

void MainWindow::setUpActions()
{
    // Ctrl+N makes what people make all day, a record; a database now and then.
    m_ui->actionNewDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_ui->actionOpenDatabase->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importCsv);

    // A delegation's paper and calendar.
    m_documents = new DocumentActions(this, m_history, [this](QMessageBox::Icon icon, const QString &title,
                                                              const QString &text) { showMessage(icon, title, text); });
    m_documents->addTo(m_ui->menuFile, m_ui->actionExport);
    connect(m_ui->menuFile, &QMenu::aboutToShow, this, &MainWindow::updateDocumentActions);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    m_newRecordAction = new QAction(this);
    m_newRecordAction->setObjectName(QStringLiteral("actionNewRecord"));
    m_newRecordAction->setShortcut(QKeySequence::New);
    m_newRecordAction->setToolTip(tr("Add a record to the list on screen"));
    connect(m_newRecordAction, &QAction::triggered, this, [this] { newRecord(m_section); });
    m_ui->menuRecords->insertAction(m_ui->actionNewCommunity, m_newRecordAction);
    m_ui->actionNewCommunity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_ui->actionNewCommunity, &QAction::triggered, this, [this] { newRecord(EntityKind::Community); });
    m_ui->actionNewContact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_ui->actionNewContact, &QAction::triggered, this, [this] { newRecord(EntityKind::Contact); });

    // Edit › Undo and Redo, named for the step they take back or again.
    auto *editMenu = new QMenu(tr("&Edit"), this);
    editMenu->setObjectName(QStringLiteral("menuEdit"));
    menuBar()->insertMenu(m_ui->menuRecords->menuAction(), editMenu);
    QAction *undo = m_history->stack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_history->stack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    // Edit › Preferences: the language, applied at the next start (the dialog says so).
    QAction *preferences = editMenu->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                  ? QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::Key_Comma) }
                                  : QKeySequence::keyBindings(QKeySequence::Preferences));
    connect(preferences, &QAction::triggered, this, [this] { PreferencesDialog(QString(), this).exec(); });
    connect(m_history, &UndoHistory::replayed, this, &MainWindow::showReplayed);
    connect(m_history, &UndoHistory::historyLost, this, [this](const QString &reason) {
        showMessage(QMessageBox::Warning, tr("Cannot undo"),
                    reason + QStringLiteral("\n\n") + tr("The undo history was cleared; the database is as it was."));
        refresh();
    });
    m_ui->actionCheckIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_ui->actionCheckIn, &QAction::triggered, this, &MainWindow::checkInDesk);
    m_ui->actionFastEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_ui->actionFastEntry, &QAction::triggered, this, &MainWindow::fastEntry);
    m_ui->actionChangeStage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_ui->actionChangeStage, &QAction::triggered, this, &MainWindow::changeStage);
    // Enter or a double-click on a row edits it too (QAbstractItemView::activated).
    m_ui->actionEdit->setShortcuts({ QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E) });
    connect(m_ui->actionEdit, &QAction::triggered, this, &MainWindow::editRecord);
    connect(m_ui->recordTable, &QAbstractItemView::activated, this, &MainWindow::openRecord);
    // Delete acts on the list only: in the filter box it deletes a character.
    m_ui->actionDelete->setShortcut(QKeySequence::Delete);
    m_ui->actionDelete->setShortcutContext(Qt::WidgetShortcut);
    m_ui->recordTable->addAction(m_ui->actionDelete);
    connect(m_ui->actionDelete, &QAction::triggered, this, &MainWindow::deleteRecord);

    QAction *search = new QAction(tr("&Search Everything…"), this);
    search->setObjectName(QStringLiteral("actionSearch"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setShortcutContext(Qt::ApplicationShortcut);
    connect(search, &QAction::triggered, this, &MainWindow::searchEverything);
    m_ui->menuView->insertAction(m_ui->actionRefresh, search);
    addAction(search);

    // Ctrl+F filters the list on screen; Esc in the box clears it, Down goes to the list.
    QAction *filter = new QAction(tr("&Filter This List"), this);
    filter->setObjectName(QStringLiteral("actionFilter"));
    filter->setShortcut(QKeySequence::Find);
    connect(filter, &QAction::triggered, this, [this] {
        if (m_ui->pages->currentWidget() != m_ui->browsePage)
            return;
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    m_ui->menuView->insertAction(m_ui->actionRefresh, filter);
    m_ui->filterEdit->installEventFilter(this);

    // Ctrl+1 … Ctrl+8 go to the sections in the order of the list.
    int number = 1;
    for (EntityKind kind : Entity::all()) {
        QAction *action = m_ui->menuView->addAction(Entity::pluralLabel(kind));
        action->setObjectName(QStringLiteral("actionSection_") + Entity::id(kind));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        connect(action, &QAction::triggered, this, [this, kind] {
            if (m_ui->pages->currentWidget() != m_ui->browsePage)
                showBrowser();
            showSection(kind);
        });
    }
}

QString MainWindow::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

void MainWindow::showMessage(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    m_showMessage(icon, title, text, QMessageBox::Ok);
}

bool MainWindow::openDatabase(const QString &path)
{
    storage::Database::Error error;
    auto database = storage::Database::open(path, &error);
    if (!database && error.problem == storage::Database::Problem::Locked) {
        const auto answer = m_showMessage(QMessageBox::Question, tr("The database is in use"),
                                          error.message + QStringLiteral("\n\n")
                                              + tr("Open it read-only instead?"),
                                          QMessageBox::Yes | QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        storage::Database::Options readOnly;
        readOnly.mode = storage::Database::Mode::ReadOnly;
        database = storage::Database::open(path, readOnly, &error);
    }
    if (!database) {
        showMessage(QMessageBox::Warning, tr("Cannot open the database"), error.message);
        return false;
    }
    m_listLayout->save();
    closeDelegationPage(false);
    m_model->setSource(nullptr);
    if (m_searchDialog)
        m_searchDialog->setDatabase(nullptr);
    m_history->setDatabase(nullptr);
    m_database = std::move(database);
    m_history->setDatabase(m_database.get());
    rememberRecent(m_database->path());
    updateStatus();
    if (m_database->isReadOnly()) {
        statusBar()->showMessage(tr("The file is read-only: you can look, but not change anything."), 8000);
    }
    if (!m_database->backupPath().isEmpty()) {
        statusBar()->showMessage(tr("The database was upgraded; the previous version is kept as “%1”.")
                                     .arg(QDir::toNativeSeparators(m_database->backupPath())),
                                 15000);
    }
    if (m_database->isEmpty())
        showWelcome();
    else
        showBrowser();
    return true;
}

void MainWindow::showWelcome()
{
    m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    updateRecordActions();
    m_ui->openDemoButton->setFocus();
}

void MainWindow::showBrowser()
{
    if (m_delegationPage)
        closeDelegationPage(false);
    m_ui->pages->setCurrentWidget(m_ui->browsePage);
    updateSectionCounts();
    showSection(m_section);
    m_ui->recordTable->setFocus();
}

void MainWindow::showSection(EntityKind kind)
{
    if (m_model->source())
        m_listLayout->save();
    m_section = kind;
    const int row = int(Entity::all().indexOf(kind));
    if (m_ui->sectionList->currentRow() != row) {
        const QSignalBlocker blocker(m_ui->sectionList);
        m_ui->sectionList->setCurrentRow(row);
    }
    m_ui->listTitle->setText(Entity::pluralLabel(kind));
    {
        // A filter belongs to the list it was typed for.
        const QSignalBlocker blocker(m_ui->filterEdit);
        m_ui->filterEdit->clear();
    }
    if (!m_database) {
        m_model->setSource(nullptr);
        updateStatus();
        return;
    }
    m_model->setSource(std::make_unique<storage::ListSource>(*m_database, kind));
    m_listLayout->setListId(Entity::id(kind));
    m_listLayout->restore();
    if (!m_model->lastError().isEmpty())
        showMessage(QMessageBox::Warning, tr("Cannot read the list"), m_model->lastError());
    if (m_model->rowCount() > 0)
        m_ui->recordTable->selectRow(0);
    updateStatus();
}

void MainWindow::searchEverything()
{
    if (!m_database)
        return;
    if (!m_searchDialog) {
        m_searchDialog = new SearchDialog(this);
        m_searchDialog->setObjectName(QStringLiteral("searchDialog"));
        connect(m_searchDialog, &SearchDialog::recordChosen, this, &MainWindow::showRecord);
    }
    m_searchDialog->setDatabase(m_database.get());
    m_searchDialog->start();
}

void MainWindow::showRecord(EntityKind kind, RowId id)
{
    if (m_ui->pages->currentWidget() != m_ui->browsePage)
        showBrowser();
    showSection(kind);
    // The list reads a page at a time: read on until the record is there.
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return;
    m_ui->recordTable->selectRow(row);
    m_ui->recordTable->scrollTo(m_model->index(row, 0));
    m_ui->recordTable->setFocus();
}

void MainWindow::updateSectionCounts()
{
    for (int row = 0; row < m_ui->sectionList->count(); ++row) {
        QListWidgetItem *item = m_ui->sectionList->item(row);
        const EntityKind kind = EntityKind(item->data(Qt::UserRole).toInt());
        QString text = Entity::pluralLabel(kind);
        if (m_database) {
            const int count = storage::ListSource(*m_database, kind).count();
            if (count >= 0)
                text = tr("%1 (%2)").arg(text, QLocale().toString(count));
        }
        item->setText(text);
    }
    // The longest section with its count fits without a horizontal scroll bar, in any language.
    const int wanted = m_ui->sectionList->sizeHintForColumn(0) + 2 * m_ui->sectionList->frameWidth() + 4;
    m_ui->sectionList->setMinimumWidth(qBound(170, wanted, m_ui->sectionList->maximumWidth()));
}

void MainWindow::updateDetails()
{
    updateRecordActions();
    const QModelIndex current = m_ui->recordTable->currentIndex();
    if (!m_database || !current.isValid()) {
        m_ui->detailView->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                                      .arg(tr("Select a row to see everything about it.")));
        return;
    }
    const RowId id = m_model->idAt(current.row());
    m_ui->detailView->setHtml(detailsHtml(models::RecordDetails::load(*m_database, m_section, id)));
}

void MainWindow::updateStatus()
{
    m_newRecordAction->setText(RecordForms::newActionText(m_section));
    m_newRecordAction->setEnabled(m_database && !m_database->isReadOnly() && RecordForms::hasForm(m_section));
    m_ui->actionExport->setEnabled(m_database != nullptr);
    updateDocumentActions();
    m_ui->actionNewCommunity->setEnabled(m_database && !m_database->isReadOnly());
    m_ui->actionNewContact->setEnabled(m_database && !m_database->isReadOnly());
    m_ui->actionCheckIn->setEnabled(m_database && !m_database->isReadOnly());
    m_ui->actionFastEntry->setEnabled(m_database && !m_database->isReadOnly());
    updateRecordActions();
    if (!m_database) {
        m_databaseLabel->setText(tr("No database open"));
        m_countLabel->clear();
        setWindowTitle(tr("Delegation Desk"));
        return;
    }
    const QString shownPath = QDir::toNativeSeparators(m_database->path());
    m_databaseLabel->setText(m_database->isReadOnly() ? tr("%1 (read-only)").arg(shownPath) : shownPath);
    m_databaseLabel->setToolTip(shownPath);
    QString count;
    if (m_ui->pages->currentWidget() == m_ui->browsePage) {
        count = m_ui->filterEdit->text().trimmed().isEmpty()
            ? tr("%n record(s)", nullptr, m_model->totalCount())
            : tr("%n record(s) match the filter", nullptr, m_model->totalCount());
    }
    m_countLabel->setText(count);
    setWindowTitle(tr("%1 — Delegation Desk").arg(QFileInfo(m_database->path()).fileName()));
}

void MainWindow::refresh()
{
    if (!m_database)
        return;
    updateSectionCounts();
    m_model->reload();
    updateStatus();
}

void MainWindow::newDatabase()
{
    const QString folder = m_database ? QFileInfo(m_database->path()).absolutePath()
                                      : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), folder,
                                                tr("Delegation Desk databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // The dialog asked about replacing it; a database is never silently emptied, so the
        // old file moves aside instead of being overwritten.
        const QString aside = path + QStringLiteral(".replaced-") +
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, aside)) {
            showMessage(QMessageBox::Warning, tr("Cannot create the database"),
                          tr("“%1” exists and cannot be moved aside.").arg(QDir::toNativeSeparators(path)));
            return;
        }
    }
    openDatabase(path);
}

void MainWindow::chooseDatabase()
{
    const QString folder = m_database ? QFileInfo(m_database->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), folder,
        tr("Delegation Desk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openDemo()
{
    const QString path = demoDatabasePath();
    if (!QFileInfo::exists(path)) {
        storage::Database::Error error;
        auto demo = storage::Database::open(path, &error);
        QString loadError;
        if (!demo || !exchange::DemoScenario::load(*demo, &loadError)) {
            demo.reset();
            QFile::remove(path);
            showMessage(QMessageBox::Warning, tr("Cannot create the demonstration"),
                          demo ? loadError : error.message);
            return;
        }
    }
    openDatabase(path);
}

void MainWindow::exportCsv()
{
    if (!m_database)
        return;
    ExportDialog dialog(*m_database, this);
    dialog.setObjectName(QStringLiteral("exportDialog"));
    if (m_delegationPage) {
        dialog.setTable(EntityKind::Member);
        dialog.selectDelegation(m_delegationPage->delegationId());
    } else if (m_model->source() && m_ui->pages->currentWidget() == m_ui->browsePage) {
        dialog.setShownList(exchange::ShownList::of(*m_model->source(), m_listLayout->visibleColumnIds()));
    }
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.resultMessage(), 10000);
}

void MainWindow::importCsv()
{
    if (!m_database || m_database->isReadOnly())
        return;
    ImportDialog dialog(*m_database, this);
    dialog.setObjectName(QStringLiteral("importDialog"));
    if (m_delegationPage) {
        dialog.setTable(EntityKind::Member);
        dialog.setDelegation(m_delegationPage->delegationId());
    } else if (m_section == EntityKind::Community || m_section == EntityKind::Organisation) {
        dialog.setTable(m_section);
    }
    const auto step = m_history->begin(tr("Import from CSV"));
    if (dialog.exec() != QDialog::Accepted && dialog.importedCount() == 0)
        return;
    step->setDescription(tr("Import of %n record(s)", nullptr, int(dialog.importedCount())));
    if (!dialog.resultMessage().isEmpty())
        statusBar()->showMessage(dialog.resultMessage(), 10000);
    if (m_delegationPage)
        m_delegationPage->reload();
    else
        refresh();
    updateSectionCounts();
}

RowId MainWindow::currentDelegation() const
{
    if (m_delegationPage)
        return m_delegationPage->delegationId();
    const QModelIndex current = m_ui->recordTable->currentIndex();
    if (m_database && m_section == EntityKind::Delegation && current.isValid()
        && m_ui->pages->currentWidget() == m_ui->browsePage)
        return m_model->idAt(current.row());
    return 0;
}

std::optional<exchange::DocumentData> MainWindow::gatherDocument(exchange::DocumentKind kind, QString *error) const
{
    return m_documents->gather(m_documents->request(kind), error);
}

void MainWindow::setPathChooser(PathChooser chooser)
{
    m_documents->setPathChooser(std::move(chooser));
}

void MainWindow::updateDocumentActions()
{
    m_documents->updateActions();
    m_ui->actionImport->setEnabled(m_database && !m_database->isReadOnly());
}

void MainWindow::about()
{
    showMessage(QMessageBox::Information, tr("About Delegation Desk"),
                  tr("Delegation Desk %1\n\nOrganises municipal delegations and city-to-city "
                     "partnerships, offline.")
                      .arg(QStringLiteral(DD_VERSION)));
}

void MainWindow::newRecord(EntityKind kind)
{
    if (!m_database || m_database->isReadOnly() || !RecordForms::hasForm(kind))
        return;
    const auto step = m_history->begin(RecordForms::newActionText(kind));
    const RowId id = RecordForms::create(kind, *m_database, this);
    if (id == 0)
        return;
    const QString name = models::RecordDetails::load(*m_database, kind, id).title;
    step->setDescription(tr("New “%1”", "undo history: the record named %1 was created").arg(name));
    updateSectionCounts();
    showRecord(kind, id);
}

void MainWindow::updateRecordActions()
{
    const bool writable = m_database && !m_database->isReadOnly();
    const bool onList = m_ui->pages->currentWidget() == m_ui->browsePage;
    const bool selected = onList && m_ui->recordTable->currentIndex().isValid();
    m_ui->actionChangeStage->setEnabled(writable && selected && m_section == EntityKind::Partnership);
    m_ui->actionEdit->setEnabled(writable && selected && RecordForms::hasForm(m_section));
    m_ui->actionDelete->setEnabled(writable && selected);
}

QString MainWindow::recordName(int row) const
{
    // As the detail pane heads it: a contact's full name, not only the family name of the list.
    const QString title = models::RecordDetails::load(*m_database, m_section, m_model->idAt(row)).title;
    return title.isEmpty() ? m_model->index(row, 0).data().toString() : title;
}

void MainWindow::editRecord()
{
    updateRecordActions();
    if (!m_ui->actionEdit->isEnabled())
        return;
    const int row = m_ui->recordTable->currentIndex().row();
    const RowId id = m_model->idAt(row);
    const EntityKind kind = m_section;
    const auto step = m_history->begin(tr("Edit “%1”").arg(recordName(row)));
    QString error;
    if (!RecordForms::edit(kind, *m_database, id, this, &error)) {
        if (!error.isEmpty())
            showMessage(QMessageBox::Warning, tr("Cannot read the record"), error);
        return;
    }
    // The list reads it anew (it may sort elsewhere now), and the pane shows what was saved.
    showRecord(kind, id);
}

void MainWindow::deleteRecord()
{
    updateRecordActions();
    if (!m_ui->actionDelete->isEnabled())
        return;
    const int row = m_ui->recordTable->currentIndex().row();
    const RowId id = m_model->idAt(row);
    const EntityKind kind = m_section;
    const QString name = recordName(row);
    const QList<storage::Dependant> dependants = storage::dependantsOf(*m_database, kind, id);
    const QString question = storage::Dependants::describe(name, dependants) + QStringLiteral("\n\n")
        + tr("Edit › Undo (%1) brings it back.").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    if (m_showMessage(QMessageBox::Question, RecordForms::deleteQuestionTitle(kind), question,
                      QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return;
    QString error;
    {
        const auto step = m_history->begin(tr("Delete “%1”").arg(name));
        if (!RecordForms::remove(kind, *m_database, id, &error)) {
            showMessage(QMessageBox::Warning, tr("Cannot delete %1").arg(name), error);
            return;
        }
    }
    updateSectionCounts();
    m_model->reload();
    // The row that took its place, or the new last one.
    const int rows = m_model->rowCount();
    if (rows > 0) {
        const int next = qMin(row, rows - 1);
        m_ui->recordTable->selectRow(next);
        m_ui->recordTable->scrollTo(m_model->index(next, 0));
    }
    updateStatus();
    statusBar()->showMessage(tr("%1 was deleted.").arg(name), 8000);
}

void MainWindow::showReplayed(const QList<storage::ChangeLog::TouchedRecord> &records, const QString &description,
                              bool undone)
{
    const QString done = undone ? tr("Undone: %1").arg(description) : tr("Redone: %1").arg(description);
    // On a delegation's page, the page shows what came back (unless the delegation went).
    if (m_delegationPage) {
        const RowId delegation = m_delegationPage->delegationId();
        if (!storage::DelegationRepository(*m_database).find(delegation)) {
            closeDelegationPage(false);
        } else {
            m_delegationPage->reload();
            updateSectionCounts();
            statusBar()->showMessage(done, 8000);
            return;
        }
    }
    if (m_ui->pages->currentWidget() != m_ui->browsePage)
        showBrowser();
    updateSectionCounts();
    m_model->reload();
    // The record of this list the step touched, if it is still there.
    for (const storage::ChangeLog::TouchedRecord &record : records) {
        if (record.kind == m_section && m_model->rowOf(record.id) >= 0) {
            showRecord(record.kind, record.id);
            break;
        }
    }
    updateDetails();
    updateStatus();
    statusBar()->showMessage(done, 8000);
}

void MainWindow::openRecord()
{
    if (m_section != EntityKind::Delegation || !m_database) {
        editRecord();
        return;
    }
    const QModelIndex current = m_ui->recordTable->currentIndex();
    if (current.isValid())
        openDelegation(m_model->idAt(current.row()));
}

void MainWindow::openDelegation(RowId id)
{
    if (!m_database)
        return;
    if (m_ui->pages->currentWidget() != m_ui->browsePage)
        showBrowser();
    if (m_section != EntityKind::Delegation)
        showRecord(EntityKind::Delegation, id);
    m_delegationPage = new DelegationPage(*m_database, id, m_ui->pages);
    m_delegationPage->setObjectName(QStringLiteral("delegationPage"));
    m_delegationPage->setMessageHandler(m_showMessage);
    if (!m_database->isReadOnly())
        m_delegationPage->setChangePerformer(m_history->performer());
    connect(m_delegationPage, &DelegationPage::backRequested, this, [this] { closeDelegationPage(true); });
    connect(m_delegationPage, &DelegationPage::changed, this, &MainWindow::updateSectionCounts);
    m_ui->pages->addWidget(m_delegationPage);
    m_ui->pages->setCurrentWidget(m_delegationPage);
    m_delegationPage->setFocus();
    updateRecordActions();
    updateStatus();
}

void MainWindow::closeDelegationPage(bool later)
{
    if (!m_delegationPage)
        return;
    DelegationPage *page = std::exchange(m_delegationPage, nullptr);
    const RowId id = page->delegationId();
    m_ui->pages->removeWidget(page);
    if (later)
        page->deleteLater();
    else
        delete page;
    if (!later)
        return;
    // Back to the list, which reads the members' counts anew, with the delegation selected.
    m_ui->pages->setCurrentWidget(m_ui->browsePage);
    updateSectionCounts();
    m_model->reload();
    showRecord(EntityKind::Delegation, id);
}

void MainWindow::changeStage()
{
    updateRecordActions();
    if (!m_ui->actionChangeStage->isEnabled())
        return;
    const RowId id = m_model->idAt(m_ui->recordTable->currentIndex().row());
    storage::PartnershipRepository repository(*m_database);
    const auto partnership = repository.find(id);
    if (!partnership) {
        showMessage(QMessageBox::Warning, tr("Cannot read the partnership"), repository.lastError());
        return;
    }
    const auto step = m_history->begin(tr("Change the stage of “%1”").arg(recordName(m_ui->recordTable->currentIndex().row())));
    StageChangeDialog dialog(*m_database, *partnership, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The list reads the new stage, and the pane the new history entry.
    showRecord(EntityKind::Partnership, id);
}

void MainWindow::checkInDesk()
{
    if (!m_database || m_database->isReadOnly())
        return;
    {
        const auto step = m_history->begin(tr("Check-in at the desk"));
        CheckInDialog dialog(*m_database, this);
        dialog.exec();
    }
    // Statuses and check-in times changed under the lists.
    refresh();
}

void MainWindow::fastEntry()
{
    if (!m_database || m_database->isReadOnly())
        return;
    {
        const auto step = m_history->begin(tr("Fast entry"));
        FastEntryDialog dialog(*m_database, this);
        dialog.exec();
    }
    // Each Enter saved a contact or a meeting under the lists.
    refresh();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    int number = 1;
    for (const QString &path : recent) {
        const QString label = QStringLiteral("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path));
        QAction *action = m_ui->menuRecent->addAction(label);
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    m_ui->menuRecent->setEnabled(!recent.isEmpty());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_ui->filterEdit->text().isEmpty()) {
            m_ui->filterEdit->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_ui->recordTable->setFocus(Qt::ShortcutFocusReason);
            if (!m_ui->recordTable->currentIndex().isValid() && m_model->rowCount() > 0)
                m_ui->recordTable->selectRow(0);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_listLayout->save();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/section"), Entity::id(m_section));
    event->accept();
}

} // namespace dd::ui
