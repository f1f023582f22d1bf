// Moving a partnership along its stages, and overdue next steps, on the demonstration database
// and the offscreen platform: Records › Change Stage… driven by keys (stored, in the history and
// in the detail pane, the partnership still selected), a future date and the same stage refused
// with nothing stored, and a partnership with a next step due in the past standing out in the
// list (the model's role, the delegate's colours). Set DD_SCREENSHOT_DIR to save screenshots.

#include "GuiTestSupport.h"
#include "ListDelegate.h"
#include "MainWindow.h"
#include "StageChangeDialog.h"
#include "exchange/DemoScenario.h"
#include "models/EntityTableModel.h"
#include "storage/Database.h"
#include "storage/ListSource.h"
#include "storage/PartnershipRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace dd;
using namespace dd::guitest;

class TestStageChange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_fileNumber = 0;

    // The id of the demo partnership whose parties name this place.
    static RowId partnershipNaming(storage::Database &db, const QString &party)
    {
        storage::ListSource list(db, EntityKind::Partnership);
        const int parties = list.columnIndex(QStringLiteral("parties"));
        for (const QVariantList &row : list.fetch(0, 100)) {
            if (row.at(parties + 2).toString().contains(party))
                return row.at(0).toLongLong();
        }
        qFatal("no partnership names %s", qPrintable(party));
        return 0;
    }

    std::unique_ptr<storage::Database> openDemo()
    {
        storage::Database::Error error;
        auto db = storage::Database::open(m_path, &error);
        if (!db)
            qFatal("cannot open: %s", qPrintable(error.message));
        return db;
    }

    static void failOnMessage(ui::MainWindow &window)
    {
        warnOnMessages(window);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("demo%1.sqlite").arg(++m_fileNumber));
        auto db = openDemo();
        QString loadError;
        QVERIFY2(exchange::DemoScenario::load(*db, &loadError), qPrintable(loadError));
    }

    void changeStageByKeyboard()
    {
        ui::MainWindow window;
        failOnMessage(window);
        QVERIFY(window.openDatabase(m_path));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionChangeStage"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QVERIFY2(shortcutClashes(window).isEmpty(), qPrintable(shortcutClashes(window).join(QLatin1Char('\n'))));

        window.showSection(EntityKind::Community);
        QVERIFY(!action->isEnabled()); // only for partnerships
        const RowId id = partnershipNaming(*window.database(), QStringLiteral("Château-Thierry"));
        window.showRecord(EntityKind::Partnership, id);
        QVERIFY(action->isEnabled());

        const QString note = QStringLiteral("Letter of intent signed by both mayors at the congress");
        bool worked = false;
        whenDialogOpens<ui::StageChangeDialog>([&](ui::StageChangeDialog *dialog) {
            auto *combo = field<QComboBox>(*dialog, "stageCombo");
            auto *date = field<QDateEdit>(*dialog, "dateEdit");
            auto *problem = field<QLabel>(*dialog, "problemLabel");
            QCOMPARE(QApplication::focusWidget(), combo);
            QVERIFY(date->calendarPopup());
            QCOMPARE(date->date(), QDate::currentDate());
            // The next stage is offered first; Up goes back to the current one, refused at once.
            QCOMPARE(combo->currentData().toString(), QStringLiteral("letter_of_intent"));
            QTest::keyClick(combo, Qt::Key_Up);
            QCOMPARE(combo->currentData().toString(), QStringLiteral("exploring"));
            QVERIFY(problem->isVisibleTo(dialog));
            QTest::keyClick(combo, Qt::Key_Down);
            QCOMPARE(combo->currentData().toString(), QStringLiteral("letter_of_intent"));
            QVERIFY(!problem->isVisibleTo(dialog));
            QTest::keyClick(combo, Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), date);
            // Tab goes through the date's day, month and year before it leaves.
            for (int i = 0; i < 4 && QApplication::focusWidget() == date; ++i)
                QTest::keyClick(date, Qt::Key_Tab);
            auto *noteEdit = field<QLineEdit>(*dialog, "noteEdit");
            QCOMPARE(QApplication::focusWidget(), noteEdit);
            QTest::keyClicks(noteEdit, note);
            QVERIFY(saveScreenshot(*dialog, QStringLiteral("stage-dialog")));
            QTest::keyClick(noteEdit, Qt::Key_Return);
            worked = true;
        });
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(worked);

        const auto stored = storage::PartnershipRepository(*window.database()).find(id);
        QVERIFY(stored);
        QCOMPARE(stored->stage, QStringLiteral("letter_of_intent"));
        QCOMPARE(stored->history.size(), 2);
        QCOMPARE(stored->history.at(1).stage, QStringLiteral("letter_of_intent"));
        QCOMPARE(stored->history.at(1).note, note);
        QCOMPARE(stored->history.at(1).changedOn, QDate::currentDate());

        // The same partnership stays selected, its new stage in the list, the note in the pane.
        QCOMPARE(window.currentSection(), EntityKind::Partnership);
        auto *table = field<QTableView>(window, "recordTable");
        QVERIFY(table->currentIndex().isValid());
        QCOMPARE(window.listModel()->idAt(table->currentIndex().row()), id);
        const int stageColumn = window.listModel()->source()->columnIndex(QStringLiteral("stage"));
        QCOMPARE(window.listModel()->index(table->currentIndex().row(), stageColumn).data().toString(),
                 QStringLiteral("Letter of intent"));
        QVERIFY(field<QTextBrowser>(window, "detailView")->toPlainText().contains(note));
    }

    void futureDateRefused()
    {
        auto db = openDemo();
        const RowId id = partnershipNaming(*db, QStringLiteral("Château-Thierry"));
        const auto partnership = storage::PartnershipRepository(*db).find(id);
        QVERIFY(partnership);
        ui::StageChangeDialog dialog(*db, *partnership);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *problem = field<QLabel>(dialog, "problemLabel");
        QVERIFY(!problem->isVisibleTo(&dialog));
        field<QDateEdit>(dialog, "dateEdit")->setDate(QDate::currentDate().addDays(3));
        QVERIFY(problem->isVisibleTo(&dialog));
        QVERIFY(problem->text().contains(QStringLiteral("future")));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("stage-dialog-future")));
        field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        const auto stored = storage::PartnershipRepository(*db).find(id);
        QCOMPARE(stored->stage, QStringLiteral("exploring"));
        QCOMPARE(stored->history.size(), 1);
    }

    void sameStageRefused()
    {
        auto db = openDemo();
        const RowId id = partnershipNaming(*db, QStringLiteral("Château-Thierry"));
        const auto partnership = storage::PartnershipRepository(*db).find(id);
        QVERIFY(partnership);
        ui::StageChangeDialog dialog(*db, *partnership);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *combo = field<QComboBox>(dialog, "stageCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("exploring")));
        field<QLineEdit>(dialog, "noteEdit")->setText(QStringLiteral("again"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(field<QLabel>(dialog, "problemLabel")->isVisibleTo(&dialog));
        QVERIFY(!dialog.problem().isEmpty());

        const auto stored = storage::PartnershipRepository(*db).find(id);
        QCOMPARE(stored->stage, QStringLiteral("exploring"));
        QCOMPARE(stored->history.size(), 1);
    }

    void overdueRowStandsOut()
    {
        const QDate due = QDate::currentDate().addDays(-5);
        RowId overdueId = 0;
        {
            auto db = openDemo();
            overdueId = partnershipNaming(*db, QStringLiteral("Vallauris"));
            storage::PartnershipRepository repository(*db);
            auto partnership = repository.find(overdueId);
            QVERIFY(partnership);
            partnership->nextStep = QStringLiteral("Send the draft letter of intent");
            partnership->nextStepDue = due;
            QVERIFY2(repository.update(*partnership), qPrintable(repository.lastError()));
            // Due long ago, but the partnership ended: nothing to chase.
            const RowId endedId = partnershipNaming(*db, QStringLiteral("Béziers"));
            auto ended = repository.find(endedId);
            ended->nextStepDue = due.addDays(-30);
            QVERIFY(repository.changeStage(*ended, QStringLiteral("ended"), QDate::currentDate(), QString()));
        }

        ui::MainWindow window;
        failOnMessage(window);
        QVERIFY(window.openDatabase(m_path));
        window.resize(1280, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(EntityKind::Partnership);
        models::EntityTableModel *model = window.listModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const int overdueRow = model->rowOf(overdueId);
        QVERIFY(overdueRow >= 0);
        int normalRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool overdue = model->index(row, 0).data(models::EntityTableModel::OverdueRole).toBool();
            QCOMPARE(overdue, row == overdueRow);
            if (row != overdueRow && normalRow < 0)
                normalRow = row;
        }
        QVERIFY(normalRow >= 0);
        for (int column = 0; column < model->columnCount(); ++column)
            QVERIFY(model->index(overdueRow, column).data(models::EntityTableModel::OverdueRole).toBool());
        QCOMPARE(model->index(overdueRow, 0).data(models::EntityTableModel::OverdueSinceRole).toDate(), due);
        QVERIFY(model->index(normalRow, 0).data(models::EntityTableModel::OverdueSinceRole).isNull());

        // The delegate paints the overdue row otherwise, and says why.
        auto *table = field<QTableView>(window, "recordTable");
        auto *delegate = qobject_cast<ui::ListDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        QStyleOptionViewItem overdueOption;
        overdueOption.initFrom(table);
        QStyleOptionViewItem normalOption = overdueOption;
        delegate->initStyleOption(&overdueOption, model->index(overdueRow, 0));
        delegate->initStyleOption(&normalOption, model->index(normalRow, 0));
        QVERIFY(overdueOption.backgroundBrush != normalOption.backgroundBrush);
        QVERIFY(overdueOption.palette.color(QPalette::Text) != normalOption.palette.color(QPalette::Text));
        const QString tip = ui::ListDelegate::overdueToolTip(model->index(overdueRow, 0));
        QVERIFY2(tip.contains(QLocale().toString(due, QLocale::ShortFormat)), qPrintable(tip));
        QVERIFY(ui::ListDelegate::overdueToolTip(model->index(normalRow, 0)).isEmpty());

        // The due date itself is in bold.
        const int dueColumn = model->source()->columnIndex(QStringLiteral("next_step_due"));
        QStyleOptionViewItem dueOption;
        dueOption.initFrom(table);
        delegate->initStyleOption(&dueOption, model->index(overdueRow, dueColumn));
        QVERIFY(dueOption.font.bold());

        // Another row selected, so that the tint shows in the picture.
        table->selectRow(normalRow);
        table->setColumnHidden(dueColumn, false);
        table->setColumnHidden(model->source()->columnIndex(QStringLiteral("next_step")), false);
        QVERIFY(saveScreenshot(window, QStringLiteral("partnerships-overdue")));
        table->selectRow(overdueRow);
        QVERIFY(saveScreenshot(window, QStringLiteral("partnerships-overdue-selected")));
    }

    void readOnlyCannotChange()
    {
        auto holder = openDemo(); // holds the lock: the window may only read
        ui::MainWindow window;
        window.setMessageHandler([](QMessageBox::Icon, const QString &, const QString &,
                                    QMessageBox::StandardButtons) { return QMessageBox::Yes; });
        QVERIFY(window.openDatabase(m_path));
        QVERIFY(window.database()->isReadOnly());
        window.showRecord(EntityKind::Partnership, partnershipNaming(*holder, QStringLiteral("Château-Thierry")));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionChangeStage"))->isEnabled());
    }
};

QTEST_MAIN(TestStageChange)
#include "tst_stagechange.moc"
