// The dialog for a new community on the offscreen platform, driven by keys as a user would:
// typing a name opens the gazetteers' completion, Down and Enter choose a row and fill the
// form, OK saves. Free entry, the Latin name (suggested, never overwriting the user's), an
// empty name, and Records > New Community… in the main window. Set DD_SCREENSHOT_DIR to save
// screenshots of the dialog with its completion open.

#include "GuiTestSupport.h"
#include "CommunityDialog.h"
#include "MainWindow.h"
#include "models/EntityTableModel.h"
#include "models/GazetteerCompletionModel.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/ListSource.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dd;
using namespace dd::guitest;

class TestCommunityDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_fileNumber = 0;

    int communityCount() const { return storage::ListSource(*m_db, EntityKind::Community).count(); }

    static void saveScreenshots(QWidget &dialog, QWidget *popup, const QString &name)
    {
        const QString folder = qEnvironmentVariable("DD_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        QTest::qWait(50);
        const QPixmap dialogShot = dialog.grab();
        QVERIFY(dialogShot.save(QDir(folder).filePath(name + QStringLiteral("-dialog.png"))));
        if (!popup || !popup->isVisible())
            return;
        const QPixmap popupShot = popup->grab();
        QVERIFY(popupShot.save(QDir(folder).filePath(name + QStringLiteral("-popup.png"))));
        // Both as a user sees them: the popup over the dialog, where it opened.
        const QRect dialogRect(dialog.mapToGlobal(QPoint(0, 0)), dialogShot.deviceIndependentSize().toSize());
        const QRect popupRect(popup->mapToGlobal(QPoint(0, 0)), popupShot.deviceIndependentSize().toSize());
        const QRect all = dialogRect.united(popupRect);
        QPixmap canvas(all.size());
        canvas.fill(Qt::darkGray);
        QPainter painter(&canvas);
        painter.drawPixmap(dialogRect.topLeft() - all.topLeft(), dialogShot);
        painter.drawPixmap(popupRect.topLeft() - all.topLeft(), popupShot);
        painter.end();
        QVERIFY(canvas.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    }

    static QStringList popupRows(QCompleter *completer)
    {
        QStringList rows;
        QAbstractItemModel *model = completer->popup()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->index(row, 0).data().toString());
        return rows;
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
        storage::Database::Error error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_fileNumber)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
    }

    void cleanup() { m_db.reset(); }

    void picksAHromadaByKeyboard()
    {
        ui::CommunityDialog dialog(*m_db);
        QAbstractItemModelTester tester(dialog.completionModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = field<QLineEdit>(dialog, "nameEdit");
        QCOMPARE(QApplication::focusWidget(), name);
        QCompleter *completer = dialog.completer();

        // A long list first, narrowed as the user types on: "Покров" is a town, and the start
        // of four hromadas' names; the town's own hromada comes first.
        type(name, QStringLiteral("Нов"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->popup()->model()->rowCount(), dialog.completionModel()->limit());
        saveScreenshots(dialog, completer->popup(), QStringLiteral("community-dialog-nov"));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(name->text().isEmpty());
        QTRY_VERIFY(!completer->popup()->isVisible());
        type(name, QStringLiteral("Покров"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->popup()->model()->rowCount(), 4);
        QVERIFY(popupRows(completer).constFirst().startsWith(QStringLiteral("Покровська міська громада — Покров,")));
        name->clear();
        QVERIFY(!completer->popup()->isVisible());

        type(name, QStringLiteral("Корюк"));
        QTRY_VERIFY(completer->popup()->isVisible());
        const QStringList rows = popupRows(completer);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.constFirst(),
                 QStringLiteral("Корюківська міська громада — Корюківка, Корюківський р-н, Чернігівська обл."));
        QCOMPARE(name->text(), QStringLiteral("Корюк")); // what was typed, until a row is chosen
        // The popup is wide enough to show its longest row whole.
        const QFontMetrics metrics(completer->popup()->font());
        for (const QString &row : rows)
            QVERIFY2(metrics.horizontalAdvance(row) < completer->popup()->viewport()->width(), qPrintable(row));
        saveScreenshots(dialog, completer->popup(), QStringLiteral("community-dialog-koriuk"));

        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QVERIFY(!completer->popup()->isVisible());
        QVERIFY(dialog.isVisible()); // Enter chose the row; it did not press OK

        QCOMPARE(name->text(), QStringLiteral("Корюківська міська територіальна громада"));
        QCOMPARE(field<QLineEdit>(dialog, "officialCodeEdit")->text(), QStringLiteral("UA74020010000010449"));
        QCOMPARE(field<QLineEdit>(dialog, "regionEdit")->text(), QStringLiteral("Чернігівська область"));
        QCOMPARE(field<QLineEdit>(dialog, "subregionEdit")->text(), QStringLiteral("Корюківський район"));
        QCOMPARE(field<QLineEdit>(dialog, "centreEdit")->text(), QStringLiteral("Корюківка"));
        QCOMPARE(field<QLineEdit>(dialog, "countryEdit")->text(), QStringLiteral("UA"));
        QCOMPARE(field<QComboBox>(dialog, "kindCombo")->currentData().toString(), QStringLiteral("hromada"));
        QCOMPARE(field<QLineEdit>(dialog, "nameLatinEdit")->text(),
                 QStringLiteral("Koriukivska miska terytorialna hromada"));
        QVERIFY(field<QLabel>(dialog, "sourceLabel")->text().contains(QStringLiteral("KATOTTG")));
        saveScreenshots(dialog, nullptr, QStringLiteral("community-dialog-filled"));

        QTest::mouseClick(field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.community().isStored());

        storage::CommunityRepository repository(*m_db);
        const std::optional<Community> saved = repository.find(dialog.community().id);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Корюківська міська територіальна громада"));
        QCOMPARE(saved->nameLatin, QStringLiteral("Koriukivska miska terytorialna hromada"));
        QCOMPARE(saved->kind, QStringLiteral("hromada"));
        QCOMPARE(saved->country, QStringLiteral("UA"));
        QCOMPARE(saved->region, QStringLiteral("Чернігівська область"));
        QCOMPARE(saved->subregion, QStringLiteral("Корюківський район"));
        QCOMPARE(saved->officialCode, QStringLiteral("UA74020010000010449"));
        QCOMPARE(saved->centre, QStringLiteral("Корюківка"));
        QVERIFY(!saved->population);
    }

    void picksOneOfTwoFranconvilles()
    {
        ui::CommunityDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = field<QLineEdit>(dialog, "nameEdit");
        QTest::keyClicks(name, QStringLiteral("franconv"));
        QCompleter *completer = dialog.completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(popupRows(completer),
                 QStringList({ QStringLiteral("Franconville (95252) — Val-d'Oise, Île-de-France"),
                               QStringLiteral("Franconville (54209) — Meurthe-et-Moselle, Grand Est") }));
        saveScreenshots(dialog, completer->popup(), QStringLiteral("community-dialog-franconville"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);

        QCOMPARE(name->text(), QStringLiteral("Franconville"));
        QCOMPARE(field<QLineEdit>(dialog, "officialCodeEdit")->text(), QStringLiteral("54209"));
        QCOMPARE(field<QLineEdit>(dialog, "subregionEdit")->text(), QStringLiteral("Meurthe-et-Moselle"));
        QCOMPARE(field<QLineEdit>(dialog, "regionEdit")->text(), QStringLiteral("Grand Est"));
        QCOMPARE(field<QLineEdit>(dialog, "countryEdit")->text(), QStringLiteral("FR"));
        QCOMPARE(field<QComboBox>(dialog, "kindCombo")->currentData().toString(), QStringLiteral("commune"));
        QCOMPARE(field<QSpinBox>(dialog, "populationSpin")->value(), 63);
        QVERIFY(field<QLineEdit>(dialog, "centreEdit")->text().isEmpty());
        QVERIFY(field<QLabel>(dialog, "sourceLabel")->text().contains(QStringLiteral("INSEE")));

        // Choosing another place replaces what the first one filled.
        name->clear();
        type(name, QStringLiteral("Корюк"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(field<QLineEdit>(dialog, "officialCodeEdit")->text(), QStringLiteral("UA74020010000010449"));
        QCOMPARE(field<QSpinBox>(dialog, "populationSpin")->value(), field<QSpinBox>(dialog, "populationSpin")->minimum());
        QCOMPARE(field<QLineEdit>(dialog, "centreEdit")->text(), QStringLiteral("Корюківка"));
    }

    void freeEntrySavesWithoutCode()
    {
        ui::CommunityDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = field<QLineEdit>(dialog, "nameEdit");
        QTest::keyClicks(name, QStringLiteral("Sindelfingen"));
        QTest::qWait(20);
        QVERIFY(!dialog.completer()->popup()->isVisible());
        auto *kind = field<QComboBox>(dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("city")));
        QTest::keyClicks(field<QLineEdit>(dialog, "countryEdit"), QStringLiteral("de"));
        QCOMPARE(field<QLineEdit>(dialog, "countryEdit")->text(), QStringLiteral("DE"));
        QTest::keyClicks(field<QLineEdit>(dialog, "regionEdit"), QStringLiteral("Baden-Wuerttemberg"));
        QVERIFY(field<QLineEdit>(dialog, "officialCodeEdit")->text().isEmpty());
        QVERIFY(field<QLineEdit>(dialog, "nameLatinEdit")->text().isEmpty()); // no Cyrillic, no suggestion

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<Community> saved = storage::CommunityRepository(*m_db).find(dialog.community().id);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Sindelfingen"));
        QCOMPARE(saved->kind, QStringLiteral("city"));
        QCOMPARE(saved->country, QStringLiteral("DE"));
        QCOMPARE(saved->region, QStringLiteral("Baden-Wuerttemberg"));
        QVERIFY(saved->officialCode.isEmpty());
        QVERIFY(saved->nameLatin.isEmpty());
        QVERIFY(saved->centre.isEmpty());
        QVERIFY(!saved->population);
    }

    void onlyAChosenRowIsTaken()
    {
        // "Bern" (Switzerland) has French communes that start like it: Enter or Tab without
        // moving to one of them keeps what was typed, fills nothing and does not press OK.
        ui::CommunityDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = field<QLineEdit>(dialog, "nameEdit");
        QCompleter *completer = dialog.completer();
        for (const Qt::Key key : { Qt::Key_Return, Qt::Key_Tab }) {
            name->clear();
            QTest::keyClicks(name, QStringLiteral("Bern"));
            QTRY_VERIFY(completer->popup()->isVisible());
            if (key == Qt::Key_Return)
                saveScreenshots(dialog, completer->popup(), QStringLiteral("community-dialog-bern"));
            QTest::keyClick(completer->popup(), key);
            QVERIFY(!completer->popup()->isVisible());
            QVERIFY(dialog.isVisible());
            QCOMPARE(name->text(), QStringLiteral("Bern"));
            QVERIFY(field<QLineEdit>(dialog, "officialCodeEdit")->text().isEmpty());
            QVERIFY(field<QLineEdit>(dialog, "countryEdit")->text().isEmpty());
        }
        // Escape closes the list, not the dialog.
        QTest::keyClicks(name, QStringLiteral("e"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QVERIFY(!completer->popup()->isVisible());
        QVERIFY(dialog.isVisible());
        QCOMPARE(name->text(), QStringLiteral("Berne"));
    }

    void latinNameIsSuggestedNeverImposed()
    {
        ui::CommunityDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = field<QLineEdit>(dialog, "nameEdit");
        auto *latin = field<QLineEdit>(dialog, "nameLatinEdit");

        // A suggestion, in grey, follows the name while the user leaves it alone.
        type(name, QStringLiteral("Боярка"));
        QCOMPARE(latin->text(), QStringLiteral("Boiarka"));
        QCOMPARE(latin->palette().color(QPalette::Text), latin->palette().color(QPalette::PlaceholderText));
        type(name, QStringLiteral(" і Юрів"));
        QCOMPARE(latin->text(), QStringLiteral("Boiarka i Yuriv"));
        name->clear();
        QVERIFY(latin->text().isEmpty());

        // What the user types is theirs: in black, and neither a new name nor a choice from the
        // gazetteers replaces it.
        QTest::keyClicks(latin, QStringLiteral("Koriukivka community"));
        QVERIFY(latin->palette().color(QPalette::Text) != latin->palette().color(QPalette::PlaceholderText));
        name->setFocus();
        type(name, QStringLiteral("Корюк"));
        QCOMPARE(latin->text(), QStringLiteral("Koriukivka community"));
        QCompleter *completer = dialog.completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(field<QLineEdit>(dialog, "officialCodeEdit")->text(), QStringLiteral("UA74020010000010449"));
        QCOMPARE(latin->text(), QStringLiteral("Koriukivka community"));

        // Emptied by the user, the field takes suggestions again.
        latin->clear();
        name->clear();
        type(name, QStringLiteral("Київ"));
        QCOMPARE(latin->text(), QStringLiteral("Kyiv"));

        dialog.accept();
        const std::optional<Community> saved = storage::CommunityRepository(*m_db).find(dialog.community().id);
        QVERIFY(saved);
        QCOMPARE(saved->nameLatin, QStringLiteral("Kyiv"));
    }

    void emptyNameIsRefused()
    {
        ui::CommunityDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *error = field<QLabel>(dialog, "nameError");
        QVERIFY(!error->isVisible());
        QTest::keyClicks(field<QLineEdit>(dialog, "regionEdit"), QStringLiteral("Bavaria"));
        QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("   "));

        QTest::mouseClick(field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "nameEdit"));
        QCOMPARE(communityCount(), 0);
        saveScreenshots(dialog, nullptr, QStringLiteral("community-dialog-empty-name"));

        // Typing a name takes the message away; then OK saves.
        QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Munich"));
        QVERIFY(!error->isVisible());
        QTest::mouseClick(field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(communityCount(), 1);
    }

    void badCountryIsRefused()
    {
        ui::CommunityDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Uppsala"));
        QTest::keyClicks(field<QLineEdit>(dialog, "countryEdit"), QStringLiteral("S"));
        dialog.accept();
        QVERIFY(field<QLabel>(dialog, "saveError")->isVisible());
        QCOMPARE(communityCount(), 0);
        QTest::keyClicks(field<QLineEdit>(dialog, "countryEdit"), QStringLiteral("e"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(storage::CommunityRepository(*m_db).find(dialog.community().id)->country, QStringLiteral("SE"));
    }

    void mainWindowAddsAndSelects()
    {
        const QString path = m_db->path();
        m_db.reset(); // the window holds it now
        ui::MainWindow window;
        warnOnMessages(window);
        auto *action = window.findChild<QAction *>(QStringLiteral("actionNewCommunity"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no database yet
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        QVERIFY2(shortcutClashes(window).isEmpty(), qPrintable(shortcutClashes(window).join(QLatin1Char('\n'))));
        QVERIFY(window.openDatabase(path));
        QVERIFY(action->isEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        bool worked = false;
        whenDialogOpens<ui::CommunityDialog>([&worked](ui::CommunityDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Palais"));
            QTest::keyClick(dialog->completer()->popup(), Qt::Key_Down);
            QTest::keyClick(dialog->completer()->popup(), Qt::Key_Return);
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
            worked = true;
        });
        action->trigger();
        QVERIFY(worked);
        QCOMPARE(window.currentSection(), EntityKind::Community);
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        QVERIFY(table->currentIndex().isValid());
        QCOMPARE(table->model()->index(table->currentIndex().row(), 0).data().toString(), QStringLiteral("Palaiseau"));
        QCOMPARE(window.listModel()->totalCount(), 1);

        // A second one: the list now holds both, the new one selected.
        whenDialogOpens<ui::CommunityDialog>([](ui::CommunityDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Aachen"));
            dialog->accept();
        });
        action->trigger();
        QCOMPARE(window.listModel()->totalCount(), 2);
        QCOMPARE(table->model()->index(table->currentIndex().row(), 0).data().toString(), QStringLiteral("Aachen"));

        // Cancel adds nothing.
        whenDialogOpens<ui::CommunityDialog>([](ui::CommunityDialog *dialog) { dialog->reject(); });
        action->trigger();
        QCOMPARE(window.listModel()->totalCount(), 2);
    }

    void readOnlyDatabaseCannotAdd()
    {
        const QString path = m_db->path(); // m_db holds the lock: the window may only read
        ui::MainWindow window;
        window.setMessageHandler([](QMessageBox::Icon, const QString &, const QString &,
                                    QMessageBox::StandardButtons) { return QMessageBox::Yes; });
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.database()->isReadOnly());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionNewCommunity"))->isEnabled());
    }
};

QTEST_MAIN(TestCommunityDialog)
#include "tst_communitydialog.moc"
