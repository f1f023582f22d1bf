// Fast entry on the offscreen platform, by the keyboard alone: three contacts typed one after
// another (Tab between fields, Enter saves), their passport-Latin names filled, the community
// kept from one entry to the next, each entry committed as it is saved (the file reopened shows
// it); a bad e-mail refused with the focus on it; a meeting note linked to its delegation; Esc
// that warns before discarding typed text; and Records › Fast Entry… in the main window. Set
// DD_SCREENSHOT_DIR to save screenshots of the dialog.

#include "FastEntryDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "models/EntityTableModel.h"
#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/EventRepository.h"
#include "storage/ListSource.h"
#include "storage/MeetingRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace dd::guitest;

class TestFastEntry : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QString m_path;
    int m_fileNumber = 0;
    RowId m_boyarka = 0;
    RowId m_palaiseau = 0;

    RowId addCommunity(const QString &name)
    {
        Community community;
        community.name = name;
        storage::CommunityRepository repository(*m_db);
        if (!repository.insert(community))
            qFatal("community not saved: %s", qPrintable(repository.lastError()));
        return community.id;
    }

    // Types text where the focus is, then Tab to the next field.
    static void typeAndTab(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        type(focus, text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }

    static void pressEnter() { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); }

    static QList<Contact> contactsIn(storage::Database &db)
    {
        QList<Contact> contacts;
        storage::ContactRepository repository(db);
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT id FROM contacts ORDER BY id")))
            qFatal("contacts not read");
        while (query.next()) {
            if (auto contact = repository.find(query.value(0).toLongLong()))
                contacts.append(*contact);
        }
        return contacts;
    }

    // A new connection to the file, as after a crash: what it reads was committed.
    std::unique_ptr<storage::Database> reopen()
    {
        m_db.reset();
        storage::Database::Error error;
        auto db = storage::Database::open(m_path, &error);
        if (!db)
            qFatal("not reopened: %s", qPrintable(error.message));
        return db;
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
        m_path = m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_fileNumber));
        m_db = storage::Database::open(m_path, &error);
        QVERIFY2(m_db, qPrintable(error.message));
        m_boyarka = addCommunity(QStringLiteral("Боярська міська територіальна громада"));
        m_palaiseau = addCommunity(QStringLiteral("Palaiseau"));
    }

    void cleanup() { m_db.reset(); }

    void threeContactsByKeyboard()
    {
        { // the dialog goes before the file is reopened
            ui::FastEntryDialog dialog(*m_db);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *given = field<QLineEdit>(dialog, "givenNameEdit");
            auto *community = field<QComboBox>(dialog, "communityCombo");
            auto *status = field<QLabel>(dialog, "statusLabel");
            auto *saved = field<QListWidget>(dialog, "savedList");
            QCOMPARE(QApplication::focusWidget(), given);

            // given, family, position, community (completed from part of its name), Enter.
            typeAndTab(QStringLiteral("Тарас"));
            typeAndTab(QStringLiteral("Шевченко"));
            typeAndTab(QStringLiteral("Міський голова"));
            type(QApplication::focusWidget(),
                QStringLiteral("Боярська міська територіальна громада"));
            pressEnter();
            QCOMPARE(saved->count(), 1);
            QCOMPARE(QApplication::focusWidget(), given);
            QVERIFY(given->text().isEmpty());
            QCOMPARE(
                community->currentText(), QStringLiteral("Боярська міська територіальна громада"));

            // The community stays; Enter in the family name saves.
            typeAndTab(QStringLiteral("Олена"));
            type(QApplication::focusWidget(), QStringLiteral("Савчук"));
            pressEnter();
            QCOMPARE(saved->count(), 2);
            QCOMPARE(status->text(), QStringLiteral("Saved Олена Савчук (2 this session)"));

            // Tab through every field to the phone.
            typeAndTab(QStringLiteral("Юрій"));
            typeAndTab(QStringLiteral("Згурський"));
            typeAndTab(QString());
            typeAndTab(QString()); // community kept
            typeAndTab(QString());
            typeAndTab(QStringLiteral("yurii@example.org"));
            type(QApplication::focusWidget(), QStringLiteral("+380 44 123 45 67"));
            QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "phoneEdit"));
            pressEnter();

            QCOMPARE(saved->count(), 3);
            QCOMPARE(status->text(), QStringLiteral("Saved Юрій Згурський (3 this session)"));
            QVERIFY2(saved->item(0)->text().contains(QStringLiteral("Згурський")),
                qPrintable(saved->item(0)->text()));
            QVERIFY(saved->item(2)->text().contains(QStringLiteral("Шевченко")));
            QCOMPARE(dialog.savedCount(), 3);
            QVERIFY(saveScreenshot(dialog, QStringLiteral("fast-entry-contacts")));
        }

        // Committed one by one: a new connection to the file sees all three.
        auto db = reopen();
        const QList<Contact> contacts = contactsIn(*db);
        QCOMPARE(contacts.size(), 3);
        QCOMPARE(contacts.at(0).familyName, QStringLiteral("Шевченко"));
        QCOMPARE(contacts.at(0).familyNameLatin, QStringLiteral("Shevchenko"));
        QCOMPARE(contacts.at(0).givenNameLatin, QStringLiteral("Taras"));
        QCOMPARE(contacts.at(0).position, QStringLiteral("Міський голова"));
        QCOMPARE(contacts.at(1).displayNameLatin(), QStringLiteral("Olena Savchuk"));
        QCOMPARE(contacts.at(2).familyNameLatin, QStringLiteral("Zghurskyi"));
        QCOMPARE(contacts.at(2).email, QStringLiteral("yurii@example.org"));
        QCOMPARE(contacts.at(2).phone, QStringLiteral("+380 44 123 45 67"));
        for (const Contact &contact : contacts)
            QCOMPARE(contact.communityId, m_boyarka);
    }

    void badEmailSavesNothing()
    {
        ui::FastEntryDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *email = field<QLineEdit>(dialog, "emailEdit");
        type(field<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Савчук"));
        type(email, QStringLiteral("olena at example"));
        QTest::keyClick(field<QLineEdit>(dialog, "familyNameEdit"), Qt::Key_Return);

        QCOMPARE(contactsIn(*m_db).size(), 0);
        QCOMPARE(field<QListWidget>(dialog, "savedList")->count(), 0);
        const QString message = field<QLabel>(dialog, "statusLabel")->text();
        QVERIFY2(message.startsWith(QStringLiteral("E-mail:")), qPrintable(message));
        QCOMPARE(QApplication::focusWidget(), email);
        QCOMPARE(email->text(), QStringLiteral("olena at example")); // kept, to be corrected
        QVERIFY(saveScreenshot(dialog, QStringLiteral("fast-entry-bad-email")));

        // Corrected, Enter saves it.
        QTest::keyClick(email, Qt::Key_A, Qt::ControlModifier);
        type(email, QStringLiteral("olena@example.org"));
        QTest::keyClick(email, Qt::Key_Return);
        QCOMPARE(contactsIn(*m_db).size(), 1);
        QVERIFY(email->text().isEmpty());

        // No family name: nothing saved, the focus on the family name.
        type(field<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Марія"));
        pressEnter();
        QCOMPARE(contactsIn(*m_db).size(), 1);
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "familyNameEdit"));
        QVERIFY(field<QLabel>(dialog, "statusLabel")
                    ->text()
                    .startsWith(QStringLiteral("Family name:")));
    }

    void meetingNoteByKeyboard()
    {
        Event event;
        Delegation delegation;
        { // the repositories and the dialog go before the file is reopened
            event.name = QStringLiteral("Congrès des maires");
            storage::EventRepository events(*m_db);
            QVERIFY2(events.insert(event), qPrintable(events.lastError()));
            delegation.name = QStringLiteral("Boyarka to Paris");
            delegation.eventId = event.id;
            storage::DelegationRepository delegations(*m_db);
            QVERIFY2(delegations.insert(delegation), qPrintable(delegations.lastError()));

            ui::FastEntryDialog dialog(*m_db);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClick(&dialog, Qt::Key_2, Qt::ControlModifier);
            QCOMPARE(field<QTabWidget>(dialog, "modeTabs")->currentIndex(), 1);
            QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "titleEdit"));

            // An empty title is refused.
            pressEnter();
            QVERIFY(
                field<QLabel>(dialog, "statusLabel")->text().startsWith(QStringLiteral("Title:")));

            typeAndTab(QStringLiteral("Зустріч з мером Палезо"));
            typeAndTab(QStringLiteral("Boyarka to Paris"));
            typeAndTab(QStringLiteral("Palaiseau"));
            typeAndTab(QStringLiteral("Лист про наміри до червня"));
            type(QApplication::focusWidget(), QStringLiteral("Надіслати проєкт угоди"));
            pressEnter();
            QCOMPARE(field<QListWidget>(dialog, "savedList")->count(), 1);
            QVERIFY(field<QLineEdit>(dialog, "titleEdit")->text().isEmpty());
            QCOMPARE(field<QComboBox>(dialog, "delegationCombo")->currentText(),
                QStringLiteral("Boyarka to Paris"));
            QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "titleEdit"));
            QVERIFY(saveScreenshot(dialog, QStringLiteral("fast-entry-meeting")));

            // Ctrl+1 goes back to contacts.
            QTest::keyClick(&dialog, Qt::Key_1, Qt::ControlModifier);
            QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "givenNameEdit"));
        }

        auto db = reopen();
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM meetings")));
        QVERIFY(query.next());
        const auto meeting = storage::MeetingRepository(*db).find(query.value(0).toLongLong());
        QVERIFY(meeting);
        QVERIFY(!query.next());
        QCOMPARE(meeting->title, QStringLiteral("Зустріч з мером Палезо"));
        QCOMPARE(meeting->outcome, QStringLiteral("Лист про наміри до червня"));
        QCOMPARE(meeting->followUp, QStringLiteral("Надіслати проєкт угоди"));
        QCOMPARE(meeting->delegationId, delegation.id);
        QCOMPARE(meeting->eventId, event.id);
        QCOMPARE(meeting->counterpartCommunityIds, QList<RowId> { m_palaiseau });
    }

    void escapeWarnsBeforeDiscarding()
    {
        ui::FastEntryDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *given = field<QLineEdit>(dialog, "givenNameEdit");

        // Typed text: the first Esc keeps it and warns; typing takes the warning back.
        type(given, QStringLiteral("Ган"));
        QTest::keyClick(given, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QCOMPARE(given->text(), QStringLiteral("Ган"));
        QVERIFY(field<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("Esc again")));
        type(given, QStringLiteral("на"));
        QTest::keyClick(given, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        // Two Escs in a row discard it and close.
        QTest::keyClick(given, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(contactsIn(*m_db).size(), 0);

        // An empty form (the kept community does not count) closes at the first Esc.
        ui::FastEntryDialog second(*m_db);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        type(field<QComboBox>(second, "communityCombo")->lineEdit(), QStringLiteral("Palaiseau"));
        QTest::keyClick(field<QLineEdit>(second, "givenNameEdit"), Qt::Key_Escape);
        QVERIFY(!second.isVisible());
    }

    void mainWindowOpensItAndShowsTheNewContacts()
    {
        const QString path = m_db->path();
        m_db.reset(); // the window holds it now
        ui::MainWindow window;
        warnOnMessages(window);
        auto *action = window.findChild<QAction *>(QStringLiteral("actionFastEntry"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no database yet
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY2(shortcutClashes(window).isEmpty(),
            qPrintable(shortcutClashes(window).join(QLatin1Char('\n'))));
        QVERIFY(window.openDatabase(path));
        QVERIFY(action->isEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(EntityKind::Contact);
        QCOMPARE(window.listModel()->totalCount(), 0);

        bool worked = false;
        whenDialogOpens<ui::FastEntryDialog>([&worked](ui::FastEntryDialog *dialog) {
            for (const QString &name : { QStringLiteral("Руденко"), QStringLiteral("Dupont") }) {
                type(dialog->findChild<QLineEdit *>(QStringLiteral("familyNameEdit")), name);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            }
            worked = dialog->savedCount() == 2;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // empty form: closes
        });
        action->trigger();
        QVERIFY(worked);
        QCOMPARE(window.listModel()->totalCount(), 2);
    }
};

QTEST_MAIN(TestFastEntry)
#include "tst_fastentry.moc"
