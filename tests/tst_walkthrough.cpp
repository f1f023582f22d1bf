// An organiser's afternoon, through the real window and its forms, from the keyboard where a
// person would use it: a French town from the gazetteer, a new event, a delegation to it, ten
// members picked from the contacts and confirmed, one member's hotel and arrival, three
// meetings, and a new partnership. Every step is checked in the database; with
// DD_SCREENSHOT_DIR set, each screen is saved as a user sees it ("walk-*.png").

#include "ChoiceListWidget.h"
#include "CommunityDialog.h"
#include "DelegationPage.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "exchange/DemoScenario.h"
#include "models/AgendaModel.h"
#include "models/DelegationMembersModel.h"
#include "models/EntityTableModel.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/PartnershipRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace dd;
using namespace dd::guitest;

class TestWalkthrough : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;

    storage::Database &db() { return *m_window->database(); }
    QTableView *table() { return field<QTableView>(*m_window, "recordTable"); }

    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db().connection());
        query.prepare(sql);
        for (const QVariant &bound : values)
            query.addBindValue(bound);
        return query.exec() && query.next() ? query.value(0) : QVariant();
    }

    void shot(const QString &name, QWidget *widget = nullptr)
    {
        QVERIFY(saveScreenshot(widget ? *widget : *m_window, QStringLiteral("walk-") + name));
    }

    // Opens a form with the key given (on the list), fills it with work, and saves with Ctrl+S.
    void inForm(Qt::Key key, Qt::KeyboardModifiers modifiers, const QString &screenshot,
                const std::function<void(QDialog *)> &work)
    {
        bool saved = false;
        whenDialogOpens<QDialog>([&, this](QDialog *dialog) {
            // Shortcuts reach the active window; the offscreen platform activates late.
            QApplication::setActiveWindow(dialog);
            work(dialog);
            if (QTest::currentTestFailed())
                return;
            shot(screenshot, dialog);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
            saved = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
        });
        QTest::keyClick(table(), key, modifiers);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY2(saved, qPrintable(screenshot));
    }

    static void typeInto(QDialog *dialog, const char *name, const QString &text)
    {
        auto *edit = field<QLineEdit>(*dialog, name);
        edit->setFocus();
        type(edit, text);
    }
    static void choose(QDialog *dialog, const char *name, const QString &start)
    {
        auto *combo = field<QComboBox>(*dialog, name);
        const int index = combo->findText(start, Qt::MatchStartsWith);
        QVERIFY2(index >= 0, qPrintable(start));
        combo->setCurrentIndex(index);
    }
    // A record in a filtered check list: its filter, then Enter checks the one left.
    static void check(QDialog *dialog, const char *list, const QString &filter)
    {
        auto *choices = field<ui::ChoiceListWidget>(*dialog, list);
        choices->filterEdit()->setFocus();
        type(choices->filterEdit(), filter);
        QTest::keyClick(choices->filterEdit(), Qt::Key_Return);
        choices->clearFilter();
    }
    static void setDateTime(QDialog *dialog, const char *check, const char *edit, const QDateTime &when)
    {
        if (check)
            field<QCheckBox>(*dialog, check)->setChecked(true);
        field<QDateTimeEdit>(*dialog, edit)->setDateTime(when);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        auto *english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(":/i18n/delegation-desk_en.qm")));
        QCoreApplication::installTranslator(english);
        const QString path = m_dir.filePath(QStringLiteral("organiser.sqlite"));
        {
            storage::Database::Error error;
            auto demo = storage::Database::open(path, &error);
            QVERIFY2(demo, qPrintable(error.message));
            QString loadError;
            QVERIFY2(exchange::DemoScenario::load(*demo, &loadError), qPrintable(loadError));
        }
        m_window = std::make_unique<ui::MainWindow>();
        warnOnMessages(*m_window);
        QVERIFY(m_window->openDatabase(path));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }
    void cleanupTestCase() { m_window.reset(); }

    void aTownFromTheGazetteer()
    {
        m_window->showSection(EntityKind::Community);
        inForm(Qt::Key_N, Qt::ControlModifier, QStringLiteral("community"), [](QDialog *dialog) {
            auto *name = field<QLineEdit>(*dialog, "nameEdit");
            name->setFocus();
            type(name, QStringLiteral("Lyon"));
            QCompleter *completer = qobject_cast<ui::CommunityDialog *>(dialog)->completer();
            QVERIFY(completer);
            QTRY_VERIFY(completer->popup()->isVisible());
            QTest::keyClick(completer->popup(), Qt::Key_Down);
            QTest::keyClick(completer->popup(), Qt::Key_Return);
            QCOMPARE(field<QLineEdit>(*dialog, "officialCodeEdit")->text(), QStringLiteral("69123"));
        });
        QCOMPARE(value(QStringLiteral("SELECT region FROM communities WHERE official_code = '69123'")).toString(),
                 QStringLiteral("Auvergne-Rhône-Alpes"));
    }

    void aNewEvent()
    {
        m_window->showSection(EntityKind::Event);
        inForm(Qt::Key_N, Qt::ControlModifier, QStringLiteral("event"), [](QDialog *dialog) {
            typeInto(dialog, "nameEdit", QStringLiteral("Forum des villes jumelles franco-ukrainiennes"));
            typeInto(dialog, "cityEdit", QStringLiteral("Lyon"));
            typeInto(dialog, "countryEdit", QStringLiteral("fr"));
            typeInto(dialog, "startsOnEdit", QStringLiteral("2026-06-10"));
            typeInto(dialog, "endsOnEdit", QStringLiteral("2026-06-12"));
        });
        QCOMPARE(value(QStringLiteral("SELECT starts_on || ' ' || ends_on || ' ' || country FROM events WHERE city = 'Lyon'"))
                     .toString(),
                 QStringLiteral("2026-06-10 2026-06-12 FR"));
    }

    void aDelegationToIt()
    {
        m_window->showSection(EntityKind::Delegation);
        inForm(Qt::Key_N, Qt::ControlModifier, QStringLiteral("delegation"), [](QDialog *dialog) {
            typeInto(dialog, "nameEdit", QStringLiteral("Делегація громад на форумі в Ліоні"));
            choose(dialog, "eventCombo", QStringLiteral("Forum des villes"));
            typeInto(dialog, "startsOnEdit", QStringLiteral("2026-06-09"));
            typeInto(dialog, "endsOnEdit", QStringLiteral("2026-06-13"));
            typeInto(dialog, "plannedSizeEdit", QStringLiteral("12"));
        });
        QCOMPARE(value(QStringLiteral("SELECT e.city FROM delegations d JOIN events e ON e.id = d.event_id "
                                      "WHERE d.name LIKE 'Делегація громад%'"))
                     .toString(),
                 QStringLiteral("Lyon"));
    }

    void tenMembersPickedAndConfirmed()
    {
        // Enter on the new delegation opens its page.
        QTest::keyClick(table(), Qt::Key_Return);
        ui::DelegationPage *page = m_window->delegationPage();
        QVERIFY(page);
        QCOMPARE(page->membersModel()->rowCount(), 0);

        QStringList families;
        QSqlQuery contacts(db().connection());
        QVERIFY(contacts.exec(QStringLiteral("SELECT family_name FROM contacts WHERE email LIKE '%example.org' "
                                             "ORDER BY id LIMIT 10")));
        while (contacts.next())
            families.append(contacts.value(0).toString());
        QCOMPARE(families.size(), 10);

        bool added = false;
        whenDialogOpens<QDialog>([&](QDialog *picker) {
            QApplication::setActiveWindow(picker);
            auto *filter = field<QLineEdit>(*picker, "filterEdit");
            for (const QString &family : std::as_const(families)) {
                filter->selectAll();
                type(filter, family);
                QTest::keyClick(filter, Qt::Key_Return); // ticks the match
            }
            QVERIFY(field<QLabel>(*picker, "chosenLabel")->text().startsWith(QStringLiteral("10")));
            shot(QStringLiteral("picker"), picker);
            QTest::keyClick(filter, Qt::Key_Return, Qt::ControlModifier);
            added = picker->result() == QDialog::Accepted;
        });
        QTest::keyClick(page, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(added);
        QCOMPARE(page->membersModel()->rowCount(), 10);
        QCOMPARE(page->membersModel()->countsByStatus().text, QStringLiteral("10 invited"));

        QList<RowId> everyone;
        for (int row = 0; row < page->membersModel()->rowCount(); ++row)
            everyone.append(page->membersModel()->idAt(row));
        page->selectMembers(everyone);
        page->setStatusOfSelected(QStringLiteral("confirmed"));
        QCOMPARE(page->membersModel()->countsByStatus().text, QStringLiteral("10 confirmed"));
        QCOMPARE(field<QAction>(*m_window, "actionUndo")->text(), QStringLiteral("&Undo Set 10 members to “Confirmed”"));
    }

    void oneMembersHotelAndArrival()
    {
        ui::DelegationPage *page = m_window->delegationPage();
        QVERIFY(page);
        const RowId member = page->membersModel()->idAt(0);
        page->selectMembers({ member });
        bool saved = false;
        whenDialogOpens<QDialog>([&](QDialog *dialog) {
            QApplication::setActiveWindow(dialog);
            auto *hotel = field<QLineEdit>(*dialog, "hotelEdit");
            hotel->setFocus();
            type(hotel, QStringLiteral("Hôtel Exemple Lyon (fictitious)"));
            typeInto(dialog, "roomTypeEdit", QStringLiteral("single"));
            setDateTime(dialog, nullptr, "arrivalEdit", QDateTime(QDate(2026, 6, 9), QTime(14, 30)));
            setDateTime(dialog, nullptr, "departureEdit", QDateTime(QDate(2026, 6, 13), QTime(11, 0)));
            typeInto(dialog, "arrivalNumberEdit", QStringLiteral("XX 0101"));
            shot(QStringLiteral("member"), dialog);
            QTest::keyClick(hotel, Qt::Key_S, Qt::ControlModifier);
            saved = !dialog->isVisible();
        });
        QTest::keyClick(field<QTableView>(*page, "membersView"), Qt::Key_Return);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(saved);
        const auto stored = storage::DelegationMemberRepository(db()).find(member);
        QVERIFY(stored);
        QCOMPARE(stored->hotel, QStringLiteral("Hôtel Exemple Lyon (fictitious)"));
        QCOMPARE(stored->arrivalAt.time(), QTime(14, 30));
        QCOMPARE(stored->arrivalNumber, QStringLiteral("XX 0101"));
        shot(QStringLiteral("delegation-page"));
        QTest::keyClick(page, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->delegationPage());
    }

    void threeMeetings()
    {
        m_window->showSection(EntityKind::Meeting);
        struct Planned {
            QString title;
            QDateTime starts;
            QString counterpart;
        };
        const Planned meetings[] = {
            { QStringLiteral("Зустріч з мерією Ліона"), QDateTime(QDate(2026, 6, 10), QTime(10, 0)), QStringLiteral("Lyon") },
            { QStringLiteral("Освітні обміни: школи Боярки й Ліона"), QDateTime(QDate(2026, 6, 10), QTime(15, 30)),
              QStringLiteral("Боярськ") },
            { QStringLiteral("Підсумкова зустріч делегації"), QDateTime(QDate(2026, 6, 11), QTime(9, 0)), QString() },
        };
        int i = 0;
        for (const Planned &planned : meetings) {
            inForm(Qt::Key_N, Qt::ControlModifier, QStringLiteral("meeting-%1").arg(++i), [&planned](QDialog *dialog) {
                typeInto(dialog, "titleEdit", planned.title);
                choose(dialog, "delegationCombo", QStringLiteral("Делегація громад"));
                setDateTime(dialog, "startsCheck", "startsEdit", planned.starts);
                setDateTime(dialog, "endsCheck", "endsEdit", planned.starts.addSecs(90 * 60));
                typeInto(dialog, "locationEdit", QStringLiteral("Hôtel de Ville de Lyon"));
                if (!planned.counterpart.isEmpty())
                    check(dialog, "counterpartCommunityList", planned.counterpart);
            });
        }
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM meetings m JOIN delegations d ON d.id = m.delegation_id "
                                      "WHERE d.name LIKE 'Делегація громад%'"))
                     .toInt(),
                 3);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM meeting_counterparts c JOIN meetings m ON m.id = c.meeting_id "
                                      "WHERE m.title LIKE 'Освітні обміни%'"))
                     .toInt(),
                 1);

        // The delegation's agenda: two days, three meetings.
        const RowId delegation
            = value(QStringLiteral("SELECT id FROM delegations WHERE name LIKE 'Делегація громад%'")).toLongLong();
        m_window->openDelegation(delegation);
        ui::DelegationPage *page = m_window->delegationPage();
        QVERIFY(page);
        QCOMPARE(page->agendaModel()->rowCount(), 2);
        QCOMPARE(page->agendaModel()->meetingCount(), 3);
        shot(QStringLiteral("delegation-agenda"));
        QTest::keyClick(page, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->delegationPage());
    }

    void aPartnershipIsBorn()
    {
        m_window->showSection(EntityKind::Partnership);
        inForm(Qt::Key_N, Qt::ControlModifier, QStringLiteral("partnership"), [](QDialog *dialog) {
            auto *parties = field<ui::ChoiceListWidget>(*dialog, "partyPicker");
            for (const QString &party : { QStringLiteral("Боярськ"), QStringLiteral("Lyon") }) {
                parties->filterEdit()->setFocus();
                parties->filterEdit()->selectAll();
                type(parties->filterEdit(), party);
                QTest::keyClick(parties->filterEdit(), Qt::Key_Return); // adds the party
            }
            typeInto(dialog, "areasEdit", QStringLiteral("освіта, культура"));
            typeInto(dialog, "nextStepEdit", QStringLiteral("Лист про наміри від обох мерів"));
            choose(dialog, "bornAtEventCombo", QStringLiteral("Forum des villes"));
        });
        const RowId id = value(QStringLiteral("SELECT partnership_id FROM partnership_parties p "
                                              "JOIN communities c ON c.id = p.community_id WHERE c.official_code = '69123'"))
                             .toLongLong();
        QVERIFY(id > 0);
        const auto partnership = storage::PartnershipRepository(db()).find(id);
        QVERIFY(partnership);
        QCOMPARE(partnership->parties.size(), 2);
        QCOMPARE(partnership->stage, QStringLiteral("contact"));
        QCOMPARE(partnership->history.size(), 1);
        QCOMPARE(m_window->listModel()->idAt(table()->currentIndex().row()), id);
        shot(QStringLiteral("partnerships"));

        const storage::Database::CheckReport report = db().check();
        QVERIFY2(report.healthy, qPrintable(report.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
