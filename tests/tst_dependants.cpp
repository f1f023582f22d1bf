// What deleting a record takes with it, on the demonstration database: the counts the question
// shows before a deletion, read from the schema's foreign keys, and the database left without a
// dangling reference after it.

#include "exchange/DemoScenario.h"
#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/Dependants.h"
#include "storage/OrganisationRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

using namespace dd;
using namespace dd::storage;

class TestDependants : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;

    RowId idOf(const QString &sql, const QString &value)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(sql);
        query.addBindValue(value);
        if (!query.exec() || !query.next())
            return 0;
        return query.value(0).toLongLong();
    }
    RowId contactId(const QString &familyName)
    {
        return idOf(QStringLiteral("SELECT id FROM contacts WHERE family_name = ?"), familyName);
    }
    RowId communityId(const QString &uniqueNameStart)
    {
        return idOf(
            QStringLiteral("SELECT id FROM communities WHERE name LIKE ? || '%'"), uniqueNameStart);
    }
    int rows(const QString &table, const QString &column, RowId id)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(table, column));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }
    static const Dependant *find(
        const QList<Dependant> &list, const char *table, const char *column)
    {
        for (const Dependant &dependant : list) {
            if (dependant.table == QLatin1String(table)
                && dependant.column == QLatin1String(column))
                return &dependant;
        }
        return nullptr;
    }
    // After a deletion: healthy, no foreign key left pointing nowhere, and nothing that pointed
    // to the record still does.
    void verifyNothingDangles(const QList<Dependant> &before, RowId id)
    {
        const Database::CheckReport report = m_db->check();
        QVERIFY2(report.healthy, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QSqlQuery check(m_db->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
        for (const Dependant &dependant : before) {
            if (dependant.table == u"delegation_members" && dependant.column == u"sharing_with_id")
                continue; // points to a removed membership, not to the record itself
            QCOMPARE(rows(dependant.table, dependant.column, id), 0);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The English plural forms ("1 delegation membership", "2 delegation memberships").
        auto *english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(":/i18n/delegation-desk_en.qm")));
        QCoreApplication::installTranslator(english);
    }

    // A fresh demonstration for every test: the tests delete from it.
    void init()
    {
        Database::Error error;
        m_db
            = Database::open(m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_run)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QString loadError;
        QVERIFY2(exchange::DemoScenario::load(*m_db, &loadError), qPrintable(loadError));
    }
    void cleanup() { m_db.reset(); }

    void meetingMayorHasAMembershipAndAParticipation_data()
    {
        QTest::addColumn<QString>("familyName");
        QTest::newRow("Nosivka") << QStringLiteral("Олійник");
        QTest::newRow("Sosnytsia") << QStringLiteral("Зінченко");
        QTest::newRow("Tarashcha") << QStringLiteral("Пилипенко");
    }
    void meetingMayorHasAMembershipAndAParticipation()
    {
        QFETCH(QString, familyName);
        const RowId id = contactId(familyName);
        QVERIFY(id > 0);
        const QList<Dependant> dependants = dependantsOf(*m_db, EntityKind::Contact, id);
        QCOMPARE(dependants.size(), 2);
        const Dependant *membership = find(dependants, "delegation_members", "contact_id");
        QVERIFY(membership);
        QCOMPARE(membership->count, 1);
        QCOMPARE(membership->effect, Dependant::Removed);
        QCOMPARE(membership->what, QStringLiteral("1 delegation membership"));
        const Dependant *participation = find(dependants, "meeting_participants", "contact_id");
        QVERIFY(participation);
        QCOMPARE(participation->count, 1);
        QCOMPARE(participation->effect, Dependant::Removed);
        QCOMPARE(participation->what, QStringLiteral("1 meeting participation"));
        QCOMPARE(Dependants::describe(QStringLiteral("Людмила Олійник"), dependants),
            QStringLiteral("Deleting Людмила Олійник also removes 1 delegation membership and "
                           "1 meeting participation."));

        ContactRepository repository(*m_db);
        QVERIFY2(repository.remove(id), qPrintable(repository.lastError()));
        QVERIFY(!repository.find(id));
        verifyNothingDangles(dependants, id);
    }

    void headOfTheDelegationIsUnlinked()
    {
        // The coordinator heads the delegation and shares a room with the interpreter.
        const RowId id = contactId(QStringLiteral("Руденко"));
        QVERIFY(id > 0);
        const QList<Dependant> dependants = dependantsOf(*m_db, EntityKind::Contact, id);
        const Dependant *head = find(dependants, "delegations", "head_id");
        QVERIFY(head);
        QCOMPARE(head->count, 1);
        QCOMPARE(head->effect, Dependant::Unlinked);
        const Dependant *roommate = find(dependants, "delegation_members", "sharing_with_id");
        QVERIFY(roommate);
        QCOMPARE(roommate->count, 1);
        QCOMPARE(roommate->effect, Dependant::Unlinked);
        QVERIFY(Dependants::describe(QStringLiteral("Марія Руденко"), dependants)
                    .contains(QStringLiteral("and leaves 1 delegation without a head")));

        ContactRepository repository(*m_db);
        QVERIFY2(repository.remove(id), qPrintable(repository.lastError()));
        verifyNothingDangles(dependants, id);
        QCOMPARE(
            rows(QStringLiteral("delegation_members"), QStringLiteral("sharing_with_id"), 0), 0);
    }

    void sensitiveDataGoesWithItsContact()
    {
        ContactRepository repository(*m_db);
        Contact contact;
        contact.familyName = QStringLiteral("Test");
        QVERIFY(repository.insert(contact));
        ContactSensitive sensitive;
        sensitive.contactId = contact.id;
        sensitive.passportNumber = QStringLiteral("XX123456");
        QVERIFY2(repository.setSensitive(sensitive), qPrintable(repository.lastError()));
        const QList<Dependant> dependants = dependantsOf(*m_db, EntityKind::Contact, contact.id);
        QCOMPARE(dependants.size(), 1);
        QCOMPARE(dependants.first().table, QStringLiteral("contact_sensitive"));
        QCOMPARE(dependants.first().effect, Dependant::Removed);
        QVERIFY(repository.remove(contact.id));
        verifyNothingDangles(dependants, contact.id);
    }

    void boyarkaIsAPartyAContactsAndAMembersCommunity()
    {
        const RowId id = communityId(QStringLiteral("Боярська"));
        QVERIFY(id > 0);
        const QList<Dependant> dependants = dependantsOf(*m_db, EntityKind::Community, id);
        QCOMPARE(dependants.size(), 3);
        const Dependant *party = find(dependants, "partnership_parties", "community_id");
        QVERIFY(party);
        QCOMPARE(party->count, 1);
        QCOMPARE(party->effect, Dependant::Removed);
        const Dependant *contact = find(dependants, "contacts", "community_id");
        QVERIFY(contact);
        QCOMPARE(contact->count, 1);
        QCOMPARE(contact->effect, Dependant::Unlinked);
        const Dependant *member = find(dependants, "delegation_members", "community_id");
        QVERIFY(member);
        QCOMPARE(member->count, 1);
        QCOMPARE(member->effect, Dependant::Unlinked);

        const RowId mayor = contactId(QStringLiteral("Савчук"));
        CommunityRepository repository(*m_db);
        QVERIFY2(repository.remove(id), qPrintable(repository.lastError()));
        verifyNothingDangles(dependants, id);
        // Unlinked, not removed: the mayor stays, without a community.
        const auto contactAfter = ContactRepository(*m_db).find(mayor);
        QVERIFY(contactAfter);
        QCOMPARE(contactAfter->communityId, RowId(0));
    }

    void meetingCounterpartIsRemoved()
    {
        const RowId id = communityId(QStringLiteral("Носівська"));
        QVERIFY(id > 0);
        const QList<Dependant> dependants = dependantsOf(*m_db, EntityKind::Community, id);
        const Dependant *counterpart = find(dependants, "meeting_counterparts", "community_id");
        QVERIFY(counterpart);
        QCOMPARE(counterpart->count, 1);
        QCOMPARE(counterpart->effect, Dependant::Removed);
        QVERIFY(CommunityRepository(*m_db).remove(id));
        verifyNothingDangles(dependants, id);
    }

    void organisationsToo()
    {
        const RowId id = idOf(QStringLiteral("SELECT id FROM organisations WHERE name = ?"),
            QStringLiteral("Région Île-de-France"));
        QVERIFY(id > 0);
        const QList<Dependant> dependants = dependantsOf(*m_db, EntityKind::Organisation, id);
        QVERIFY(find(dependants, "delegation_partners", "organisation_id"));
        QVERIFY(find(dependants, "meeting_counterparts", "organisation_id"));
        QVERIFY(find(dependants, "partnership_facilitators", "organisation_id"));
        for (const Dependant &dependant : dependants)
            QVERIFY2(!dependant.what.contains(QStringLiteral("other record")),
                qPrintable(dependant.table));
        QVERIFY(OrganisationRepository(*m_db).remove(id));
        verifyNothingDangles(dependants, id);
    }

    void recordWithNoneHasNone()
    {
        Community community;
        community.name = QStringLiteral("Nowhere");
        CommunityRepository repository(*m_db);
        QVERIFY(repository.insert(community));
        const QList<Dependant> dependants
            = dependantsOf(*m_db, EntityKind::Community, community.id);
        QVERIFY(dependants.isEmpty());
        QCOMPARE(Dependants::describe(QStringLiteral("Nowhere"), dependants),
            QStringLiteral("Delete Nowhere? Nothing else refers to it."));
        QVERIFY(repository.remove(community.id));
        verifyNothingDangles(dependants, community.id);
    }
};

QTEST_GUILESS_MAIN(TestDependants)
#include "tst_dependants.moc"
