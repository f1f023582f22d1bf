// The main window on the offscreen platform: it opens the demonstration database and shows every
// section populated, shows the welcome page for an empty database, keeps the open database when
// another file is refused, and remembers its layout. Set DD_SCREENSHOT_DIR to save screenshots.

#include "GuiTestSupport.h"
#include "DelegationPage.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "exchange/DemoScenario.h"
#include "models/EntityTableModel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QCollator>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace dd;
using namespace dd::guitest;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    struct Message {
        QMessageBox::Icon icon;
        QString title;
        QString text;
    };

    QTemporaryDir m_dir;
    QString m_demoPath;
    QList<Message> m_messages;
    QMessageBox::StandardButton m_answer = QMessageBox::Ok; // what the "user" clicks

    void watchMessages(ui::MainWindow &window)
    {
        window.setMessageHandler([this](QMessageBox::Icon icon, const QString &title, const QString &text,
                                        QMessageBox::StandardButtons buttons) {
            m_messages.append({ icon, title, text });
            return buttons.testFlag(m_answer) ? m_answer : QMessageBox::NoButton;
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const QString demoError = createDemoDatabase(m_demoPath);
        QVERIFY2(demoError.isEmpty(), qPrintable(demoError));
    }

    void init()
    {
        m_messages.clear();
        m_answer = QMessageBox::Ok;
    }

    void showsEverySectionOfTheDemo()
    {
        ui::MainWindow window;
        watchMessages(window);
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demoPath));

        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("browsePage"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        auto *sections = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
        QVERIFY(table && details && sections);
        QCOMPARE(sections->count(), Entity::all().size());

        for (EntityKind kind : Entity::all()) {
            window.showSection(kind);
            const QString name = Entity::id(kind);
            QVERIFY2(window.listModel()->totalCount() > 0, qPrintable(name));
            QVERIFY2(table->model()->rowCount() > 0, qPrintable(name));
            QVERIFY2(table->currentIndex().isValid(), qPrintable(name));
            // The detail pane shows the selected row: its first cell's text is in it.
            const QString firstCell = table->model()->index(table->currentIndex().row(), 0).data().toString();
            QVERIFY2(!firstCell.isEmpty(), qPrintable(name));
            QVERIFY2(details->toPlainText().contains(firstCell), qPrintable(name + QStringLiteral(": ") + firstCell));
            // The section list says how many records there are.
            QVERIFY2(sections->currentItem()->text().contains(QString::number(window.listModel()->totalCount())),
                     qPrintable(sections->currentItem()->text()));
            QVERIFY(saveScreenshot(window, QStringLiteral("section-") + name));
        }

        auto *databaseLabel = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(databaseLabel);
        QVERIFY(databaseLabel->text().contains(QDir::toNativeSeparators(m_demoPath)));
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo.sqlite")));
        QVERIFY(m_messages.isEmpty());

        // The partnership page carries its stage history; the delegation page its members.
        window.showSection(EntityKind::Partnership);
        QVERIFY(details->toPlainText().contains(QStringLiteral("Stage history")));
        window.showSection(EntityKind::Delegation);
        QVERIFY(details->toPlainText().contains(QStringLiteral("Members")));
        QVERIFY(saveScreenshot(window, QStringLiteral("main-window")));

        // The largest delegation's page, as the README shows it.
        QSqlQuery largest(window.database()->connection());
        QVERIFY(largest.exec(QStringLiteral("SELECT delegation_id FROM delegation_members GROUP BY delegation_id "
                                            "ORDER BY COUNT(*) DESC LIMIT 1")));
        QVERIFY(largest.next());
        window.openDelegation(largest.value(0).toLongLong());
        QVERIFY(window.delegationPage());
        QVERIFY(window.delegationPage()->isVisible());
        QVERIFY(saveScreenshot(window, QStringLiteral("delegation-page")));
        QTest::keyClick(window.delegationPage(), Qt::Key_Escape);
        QTRY_VERIFY(!window.delegationPage());
        QVERIFY(m_messages.isEmpty());
    }

    void sortsInUkrainianOrder()
    {
        ui::MainWindow window;
        watchMessages(window);
        QVERIFY(window.openDatabase(m_demoPath));
        window.showSection(EntityKind::Community);
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        table->sortByColumn(0, Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names.append(table->model()->index(row, 0).data().toString());
        QVERIFY(names.size() > 10);
        // Latin names come before Cyrillic ones, and each script in its own alphabet.
        QCollator collator { QLocale(QStringLiteral("uk_UA")) };
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        QStringList expected = names;
        std::sort(expected.begin(), expected.end(), collator);
        QCOMPARE(names, expected);
        table->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 0).data().toString(), expected.constLast());
    }

    void ctrlKFindsAndOpensARecord()
    {
        ui::MainWindow window;
        watchMessages(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demoPath));
        window.showSection(EntityKind::Delegation);

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("searchDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *results = dialog->findChild<QTreeView *>(QStringLiteral("resultsView"));
        QVERIFY(edit && results);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("Pala"));
        QVERIFY(results->model()->rowCount() >= 2); // communities and partnerships
        QVERIFY(saveScreenshot(*dialog, QStringLiteral("search")));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!dialog->isVisible());

        QCOMPARE(window.currentSection(), EntityKind::Community);
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        QCOMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("Palaiseau"));
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        QVERIFY(details->toPlainText().contains(QStringLiteral("91477")));

        // Down moves to the next hit while typing stays in the box: the partnership.
        window.activateWindow(); // the offscreen platform does not give it back by itself
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(edit->selectedText(), QStringLiteral("Pala")); // ready to be typed over
        QTest::keyClick(edit, Qt::Key_Down);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(window.currentSection(), EntityKind::Partnership);
        QVERIFY(table->currentIndex().siblingAtColumn(0).data().toString().contains(QStringLiteral("Palaiseau")));
        QVERIFY(m_messages.isEmpty());
    }

    // File › Export as CSV takes the list as shown (filter, sort, visible columns); on a
    // delegation's page, that delegation's attendees.
    void exportStartsFromWhatIsShown()
    {
        ui::MainWindow window;
        watchMessages(window);
        QVERIFY(window.openDatabase(m_demoPath));
        window.showSection(EntityKind::Community);
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, QStringLiteral("ile-de-fr"));
        QCOMPARE(window.listModel()->totalCount(), 5);
        const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
        bool opened = false;
        whenDialogOpens<ui::ExportDialog>([&opened, path](ui::ExportDialog *dialog) {
            opened = true;
            QVERIFY(dialog->exportsShownList());
            dialog->setOutputPath(path);
            dialog->accept();
        });
        window.findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        QVERIFY(opened);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 5); // the header and the five communes the filter shows
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Palaiseau")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("shown.csv")),
                 qPrintable(window.statusBar()->currentMessage()));

        QSqlQuery delegation(window.database()->connection());
        QVERIFY(delegation.exec(QStringLiteral("SELECT id FROM delegations LIMIT 1")) && delegation.next());
        const RowId id = delegation.value(0).toLongLong();
        window.openDelegation(id);
        opened = false;
        whenDialogOpens<ui::ExportDialog>([&opened, id](ui::ExportDialog *dialog) {
            opened = true;
            QVERIFY(!dialog->exportsShownList());
            QCOMPARE(dialog->request().table, EntityKind::Member);
            QCOMPARE(dialog->request().delegationId, id);
        });
        window.findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        QVERIFY(opened);
        QVERIFY(m_messages.isEmpty());
    }

    void ctrlFFiltersTheList()
    {
        ui::MainWindow window;
        watchMessages(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demoPath));
        window.showSection(EntityKind::Community);
        const int all = window.listModel()->totalCount();
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        QVERIFY(filter && table);

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        // Latin letters find a hromada by the passport spelling of its centre.
        QTest::keyClicks(filter, QStringLiteral("koriuk"));
        QCOMPARE(window.listModel()->totalCount(), 2); // and Sosnytsia, in Koriukivka raion
        QTest::keyClicks(filter, QStringLiteral("ivka"));
        QCOMPARE(window.listModel()->totalCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(),
                 QStringLiteral("Корюківська міська територіальна громада"));
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY2(count->text().contains(QStringLiteral("1 record")), qPrintable(count->text()));
        QVERIFY(saveScreenshot(window, QStringLiteral("filter")));

        // A region narrows as well: the communes of Île-de-France (accents do not matter).
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("ile-de-fr"));
        QCOMPARE(window.listModel()->totalCount(), 5); // Palaiseau, Franconville, Vélizy, Santeny, Chaville

        // Down goes to the list; Esc in the box clears the filter.
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(table->hasFocus());
        QVERIFY(table->currentIndex().isValid());
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(window.listModel()->totalCount(), all);

        // Members are found by the person they are; the filter goes with its section.
        QTest::keyClicks(filter, QStringLiteral("zzz"));
        QCOMPARE(window.listModel()->totalCount(), 0);
        window.showSection(EntityKind::Member);
        QVERIFY(filter->text().isEmpty());
        const int members = window.listModel()->totalCount();
        QVERIFY(members > 1);
        QTest::keyClicks(filter, QStringLiteral("Savchuk"));
        QCOMPARE(window.listModel()->totalCount(), 1);
        QVERIFY(m_messages.isEmpty());
    }

    void emptyDatabaseShowsWelcome()
    {
        ui::MainWindow window;
        watchMessages(window);
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(window.openDatabase(path));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(saveScreenshot(window, QStringLiteral("welcome")));

        auto *start = window.findChild<QPushButton *>(QStringLiteral("startEmptyButton"));
        QVERIFY(start);
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("browsePage"));
        QCOMPARE(window.listModel()->totalCount(), 0);
        QVERIFY(m_messages.isEmpty());
    }

    void welcomePageOpensTheDemonstration()
    {
        // The demo is created in the (test-mode) application-data folder on first use.
        const QString demo = ui::MainWindow::demoDatabasePath();
        QFile::remove(demo);
        QFile::remove(demo + QStringLiteral("-wal"));
        QFile::remove(demo + QStringLiteral("-shm"));
        {
            ui::MainWindow window;
            watchMessages(window);
            QVERIFY(window.openDatabase(m_dir.filePath(QStringLiteral("own.sqlite"))));
            auto *openDemo = window.findChild<QPushButton *>(QStringLiteral("openDemoButton"));
            QVERIFY(openDemo);
            QTest::mouseClick(openDemo, Qt::LeftButton);
            QVERIFY2(m_messages.isEmpty(), m_messages.isEmpty() ? "" : qPrintable(m_messages.constFirst().text));
            QCOMPARE(window.database()->path(), QFileInfo(demo).absoluteFilePath());
            auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
            QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("browsePage"));
            window.showSection(EntityKind::Partnership);
            QCOMPARE(window.listModel()->totalCount(), 9);
        }
        // The user's own database stayed empty.
        storage::Database::Error error;
        auto own = storage::Database::open(m_dir.filePath(QStringLiteral("own.sqlite")), &error);
        QVERIFY(own);
        QVERIFY(own->isEmpty());
        QFile::remove(demo);
    }

    void refusedFileKeepsTheOpenDatabase()
    {
        ui::MainWindow window;
        watchMessages(window);
        QVERIFY(window.openDatabase(m_demoPath));
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Boyarka, Palaiseau\n");
        file.close();

        QVERIFY(!window.openDatabase(notes));
        QCOMPARE(m_messages.size(), 1);
        QCOMPARE(m_messages.constFirst().icon, QMessageBox::Warning);
        QVERIFY(m_messages.constFirst().text.contains(QStringLiteral("notes.txt")));
        QVERIFY(window.database());
        QCOMPARE(window.database()->path(), QFileInfo(m_demoPath).absoluteFilePath());
    }

    void lockedDatabaseCanBeOpenedReadOnly()
    {
        storage::Database::Error error;
        auto holder = storage::Database::open(m_demoPath, &error); // another window has it
        QVERIFY2(holder, qPrintable(error.message));

        ui::MainWindow window;
        watchMessages(window);
        m_answer = QMessageBox::No;
        QVERIFY(!window.openDatabase(m_demoPath));
        QCOMPARE(m_messages.size(), 1);
        QCOMPARE(m_messages.constFirst().icon, QMessageBox::Question);
        QVERIFY(m_messages.constFirst().text.contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(!window.database());

        m_answer = QMessageBox::Yes;
        QVERIFY(window.openDatabase(m_demoPath));
        QVERIFY(window.database()->isReadOnly());
        auto *databaseLabel = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(databaseLabel->text().contains(QStringLiteral("read-only")));
        window.showSection(EntityKind::Partnership);
        QCOMPARE(window.listModel()->totalCount(), 9);
    }

    void everyShortcutDoesOneThing()
    {
        ui::MainWindow window;
        watchMessages(window);
        QVERIFY(window.openDatabase(m_demoPath));
        const QStringList clashes = shortcutClashes(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        for (const char *name : { "actionSearch", "actionFilter", "actionNewDatabase", "actionOpenDatabase", "actionNewRecord", "actionUndo", "actionRedo" })
            QVERIFY2(!window.findChild<QAction *>(QLatin1String(name))->shortcut().isEmpty(), name);
        // The check itself sees a clash.
        auto *probe = new QAction(&window);
        probe->setObjectName(QStringLiteral("probe"));
        probe->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        QCOMPARE(shortcutClashes(window).size(), 1);
        QVERIFY(shortcutClashes(window).constFirst().contains(QStringLiteral("actionSearch")));
        delete probe;
    }

    void headerMenuChoosesColumns()
    {
        const auto patronymicColumn = [](ui::MainWindow &window) {
            for (int c = 0; c < window.listModel()->columnCount(); ++c) {
                if (window.listModel()->headerData(c, Qt::Horizontal, Qt::UserRole) == QStringLiteral("patronymic"))
                    return c;
            }
            return -1;
        };
        {
            ui::MainWindow window;
            watchMessages(window);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openDatabase(m_demoPath));
            window.showSection(EntityKind::Contact);
            auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
            const int column = patronymicColumn(window);
            QVERIFY(column >= 0);
            QVERIFY(table->isColumnHidden(column)); // not shown at first
            bool chosen = false;
            QTimer::singleShot(0, this, [&] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                const QList<QAction *> actions = menu->actions();
                for (QAction *action : actions) {
                    if (action->text() == QStringLiteral("Patronymic")) {
                        QVERIFY(!action->isChecked());
                        action->trigger();
                        chosen = true;
                    }
                }
                menu->close();
            });
            emit table->horizontalHeader()->customContextMenuRequested(QPoint(10, 5));
            QVERIFY(chosen);
            QVERIFY(!table->isColumnHidden(column));
            window.close();
        }
        ui::MainWindow window;
        watchMessages(window);
        QVERIFY(window.openDatabase(m_demoPath));
        window.showSection(EntityKind::Contact);
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        QVERIFY(!table->isColumnHidden(patronymicColumn(window))); // remembered
    }

    void remembersLayoutAndRecentFiles()
    {
        {
            ui::MainWindow window;
            watchMessages(window);
            QVERIFY(window.openDatabase(m_demoPath));
            window.showSection(EntityKind::Contact);
            auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
            table->horizontalHeader()->resizeSection(0, 234);
            table->sortByColumn(1, Qt::DescendingOrder);
            window.close();
        }
        ui::MainWindow window;
        watchMessages(window);
        QVERIFY(window.openDatabase(m_demoPath));
        QCOMPARE(window.currentSection(), EntityKind::Contact);
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        QCOMPARE(table->horizontalHeader()->sectionSize(0), 234);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 1);
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        const QStringList recent = QSettings().value(QStringLiteral("recentDatabases")).toStringList();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.constFirst(), QFileInfo(m_demoPath).absoluteFilePath());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
