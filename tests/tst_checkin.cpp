// The registration desk on the demonstration database: the repository's check-in (the first
// one stamps the time and "attended", a second one changes nothing and says when the first
// was) and its count of arrived and expected members; the Check-in Desk dialog driven by keys
// as at a real desk (Cyrillic and Latin typing, ↓ among namesakes, Enter, an unknown name);
// and Records › Check-in Desk… in the main window. Set DD_SCREENSHOT_DIR to save screenshots.

#include "GuiTestSupport.h"
#include "CheckInDialog.h"
#include "MainWindow.h"
#include "exchange/DemoScenario.h"
#include "models/EntityTableModel.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/ListSource.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>

using namespace dd;
using namespace dd::guitest;

class TestCheckIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_fileNumber = 0;
    RowId m_delegation = 0;

    // The member of the demo delegation found by typed text (the only match expected).
    RowId memberFound(const QString &typed)
    {
        storage::ListSource source(*m_db, EntityKind::Member,
                                   { { QStringLiteral("delegation_id"), m_delegation } });
        source.setFilter(typed);
        const QList<QVariantList> rows = source.fetch(0, 10);
        if (rows.size() != 1)
            qFatal("%s finds %d members", qPrintable(typed), int(rows.size()));
        return rows.first().first().toLongLong();
    }

    DelegationMember member(RowId id)
    {
        storage::DelegationMemberRepository members(*m_db);
        const auto found = members.find(id);
        if (!found)
            qFatal("member %lld not found", id);
        return *found;
    }

    storage::DelegationMemberRepository::Attendance attendance()
    {
        storage::DelegationMemberRepository members(*m_db);
        const auto result = members.attendance(m_delegation);
        if (!members.lastError().isEmpty())
            qFatal("attendance: %s", qPrintable(members.lastError()));
        return result;
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
        QString loadError;
        QVERIFY2(exchange::DemoScenario::load(*m_db, &loadError), qPrintable(loadError));
        const QList<QVariantList> delegations = storage::ListSource(*m_db, EntityKind::Delegation).fetch(0, 10);
        QCOMPARE(delegations.size(), 1);
        m_delegation = delegations.first().first().toLongLong();
    }

    void cleanup() { m_db.reset(); }

    void firstCheckInStampsTimeAndStatus()
    {
        const RowId savchuk = memberFound(QStringLiteral("Савчук"));
        QVERIFY(!member(savchuk).checkedInAt.isValid());
        QCOMPARE(member(savchuk).status, QStringLiteral("confirmed"));

        const QDateTime first(QDate(2025, 11, 18), QTime(8, 42), Qt::UTC);
        storage::DelegationMemberRepository members(*m_db);
        QDateTime already(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY2(members.checkIn(savchuk, first, &already), qPrintable(members.lastError()));
        QVERIFY(!already.isValid());
        const DelegationMember checkedIn = member(savchuk);
        QCOMPARE(checkedIn.checkedInAt, first);
        QCOMPARE(checkedIn.checkedInAt.timeSpec(), Qt::UTC);
        QCOMPARE(checkedIn.status, QStringLiteral("attended"));

        // A second check-in keeps the first time and touches nothing.
        const QDateTime second = first.addSecs(3600);
        QVERIFY(!members.checkIn(savchuk, second, &already));
        QVERIFY2(members.lastError().isEmpty(), qPrintable(members.lastError()));
        QCOMPARE(already, first);
        const DelegationMember after = member(savchuk);
        QCOMPARE(after.checkedInAt, first);
        QCOMPARE(after.updatedAt, checkedIn.updatedAt);
        QCOMPARE(after.status, QStringLiteral("attended"));

        // A time in another zone is stored as the same moment in UTC.
        const RowId bondar = memberFound(QStringLiteral("bondar"));
        const QDateTime paris(QDate(2025, 11, 18), QTime(10, 5), QTimeZone(QByteArrayLiteral("Europe/Paris")));
        QVERIFY(members.checkIn(bondar, paris, nullptr));
        QCOMPARE(member(bondar).checkedInAt, QDateTime(QDate(2025, 11, 18), QTime(9, 5), Qt::UTC));
    }

    void unknownMemberIsAnError()
    {
        storage::DelegationMemberRepository members(*m_db);
        QDateTime already;
        QVERIFY(!members.checkIn(999999, QDateTime::currentDateTimeUtc(), &already));
        QVERIFY(!members.lastError().isEmpty());
        QVERIFY(!already.isValid());
    }

    void attendanceCountsArrivedOfExpected()
    {
        // The demo delegation has thirteen members entered, none declined.
        QCOMPARE(attendance().arrived, 0);
        QCOMPARE(attendance().expected, 13);

        storage::DelegationMemberRepository members(*m_db);
        QVERIFY(members.checkIn(memberFound(QStringLiteral("Савчук")), QDateTime::currentDateTimeUtc(), nullptr));
        QCOMPARE(attendance().arrived, 1);
        QCOMPARE(attendance().expected, 13);

        // Declined, cancelled and replaced members are not expected.
        for (const QString &status : { QStringLiteral("declined"), QStringLiteral("cancelled"), QStringLiteral("replaced") }) {
            DelegationMember kravets = member(memberFound(QStringLiteral("kravets")));
            kravets.status = status;
            QVERIFY2(members.update(kravets), qPrintable(members.lastError()));
            QCOMPARE(attendance().expected, 12);
        }
        // ...unless they come after all: then they attended.
        QVERIFY(members.checkIn(memberFound(QStringLiteral("kravets")), QDateTime::currentDateTimeUtc(), nullptr));
        QCOMPARE(attendance().arrived, 2);
        QCOMPARE(attendance().expected, 13);

        // Another delegation's count is its own.
        const auto none = members.attendance(m_delegation + 1000);
        QCOMPARE(none.arrived, 0);
        QCOMPARE(none.expected, 0);
    }

    void desk()
    {
        ui::CheckInDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *delegation = field<QComboBox>(dialog, "delegationCombo");
        auto *name = field<QLineEdit>(dialog, "nameEdit");
        auto *matches = field<QTableView>(dialog, "matchesList");
        auto *status = field<QLabel>(dialog, "statusLabel");
        auto *count = field<QLabel>(dialog, "attendanceLabel");
        QCOMPARE(delegation->count(), 1);
        QCOMPARE(dialog.delegationId(), m_delegation);
        QCOMPARE(QApplication::focusWidget(), name);
        QCOMPARE(count->text(), QStringLiteral("Arrived: 0 of 13"));
        QCOMPARE(matches->model()->rowCount(), 13); // nothing typed: everyone, nobody chosen
        QVERIFY(!matches->currentIndex().isValid());
        QVERIFY(saveScreenshot(dialog, QStringLiteral("checkin-empty")));

        // Enter in an empty box checks in no one.
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(status->text().contains(QStringLiteral("Type a few letters")));
        QCOMPARE(attendance().arrived, 0);
        QVERIFY(dialog.isVisible());

        // A few Cyrillic letters find her; Enter checks her in and empties the box.
        type(name, QStringLiteral("Савч"));
        QCOMPARE(dialog.matches()->totalCount(), 1);
        QCOMPARE(matches->currentIndex().row(), 0);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("checkin-typed")));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Enter never closes the desk
        const RowId savchuk = memberFound(QStringLiteral("Савчук"));
        const DelegationMember checkedIn = member(savchuk);
        QVERIFY(checkedIn.checkedInAt.isValid());
        QVERIFY(qAbs(checkedIn.checkedInAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(checkedIn.status, QStringLiteral("attended"));
        const QString at = checkedIn.checkedInAt.toLocalTime().toString(QStringLiteral("HH:mm"));
        QCOMPARE(status->text(), QStringLiteral("✓ Олена Савчук checked in at %1").arg(at));
        QCOMPARE(count->text(), QStringLiteral("Arrived: 1 of 13"));
        QVERIFY(name->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), name);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("checkin-done")));

        // Her again, in passport Latin: said so, nothing changed.
        type(name, QStringLiteral("savchuk"));
        QCOMPARE(dialog.matches()->totalCount(), 1);
        QTest::keyClick(name, Qt::Key_Enter);
        QVERIFY2(status->text().startsWith(QStringLiteral("Олена Савчук was already checked in at %1 (on ").arg(at)),
                 qPrintable(status->text()));
        QCOMPARE(count->text(), QStringLiteral("Arrived: 1 of 13"));
        QCOMPARE(member(savchuk).checkedInAt, checkedIn.checkedInAt);
        QCOMPARE(member(savchuk).updatedAt, checkedIn.updatedAt);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("checkin-already")));

        // "Ол" finds several (Олійник; Руденко by her patronymic Олександрівна; Олена Савчук):
        // ↓ chooses the second while the typing stays in the box.
        QVERIFY(name->hasSelectedText()); // the next letters replace the old name
        type(name, QStringLiteral("Ол"));
        QCOMPARE(name->text(), QStringLiteral("Ол"));
        QVERIFY(dialog.matches()->totalCount() >= 2);
        QCOMPARE(matches->currentIndex().row(), 0);
        QTest::keyClick(name, Qt::Key_Down);
        QCOMPARE(matches->currentIndex().row(), 1);
        QCOMPARE(QApplication::focusWidget(), name);
        const int nameColumn = dialog.matches()->source()->columnIndex(QStringLiteral("name"));
        const QString second = dialog.matches()->index(1, nameColumn).data().toString();
        const RowId secondId = dialog.matches()->idAt(1);
        QTest::keyClick(name, Qt::Key_Up);
        QCOMPARE(matches->currentIndex().row(), 0);
        QTest::keyClick(name, Qt::Key_Down);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY2(status->text().startsWith(QStringLiteral("✓ ") + second + QStringLiteral(" checked in at")),
                 qPrintable(status->text()));
        QVERIFY(member(secondId).checkedInAt.isValid());
        QCOMPARE(count->text(), QStringLiteral("Arrived: 2 of 13"));

        // Nobody by that name: said so, nothing changed.
        type(name, QStringLiteral("Zzyzx"));
        QCOMPARE(dialog.matches()->totalCount(), 0);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(status->text(), QStringLiteral("Nobody in this delegation matches “Zzyzx”."));
        QCOMPARE(attendance().arrived, 2);
        QCOMPARE(count->text(), QStringLiteral("Arrived: 2 of 13"));
        QVERIFY(dialog.isVisible());
        QVERIFY(saveScreenshot(dialog, QStringLiteral("checkin-nobody")));

        // Esc closes the desk.
        QTest::keyClick(name, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void mainWindowOpensTheDesk()
    {
        const QString path = m_db->path();
        m_db.reset(); // the window holds it now
        ui::MainWindow window;
        warnOnMessages(window);
        auto *action = window.findChild<QAction *>(QStringLiteral("actionCheckIn"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no database yet
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY2(shortcutClashes(window).isEmpty(), qPrintable(shortcutClashes(window).join(QLatin1Char('\n'))));
        QVERIFY(window.openDatabase(path));
        QVERIFY(action->isEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(EntityKind::Member);
        const int statusColumn = window.listModel()->source()->columnIndex(QStringLiteral("status"));

        bool worked = false;
        whenDialogOpens<ui::CheckInDialog>([&worked](ui::CheckInDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            type(name, QStringLiteral("Бондар"));
            QTest::keyClick(name, Qt::Key_Return);
            worked = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().startsWith(QStringLiteral("✓"));
            QTest::keyClick(name, Qt::Key_Escape);
        });
        action->trigger();
        QVERIFY(worked);

        // The list shows the new status at once.
        QStringList statuses;
        for (int row = 0; row < window.listModel()->rowCount(); ++row)
            statuses.append(window.listModel()->index(row, statusColumn).data().toString());
        QCOMPARE(statuses.count(QStringLiteral("Attended")), 1);
    }

    void readOnlyDatabaseHasNoDesk()
    {
        const QString path = m_db->path(); // m_db holds the lock: the window may only read
        ui::MainWindow window;
        window.setMessageHandler([](QMessageBox::Icon, const QString &, const QString &,
                                    QMessageBox::StandardButtons) { return QMessageBox::Yes; });
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.database()->isReadOnly());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionCheckIn"))->isEnabled());
    }
};

QTEST_MAIN(TestCheckIn)
#include "tst_checkin.moc"
