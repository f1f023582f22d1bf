// Deleting a community or an organisation that is a party to partnerships, on the demonstration
// database: the question names the partnerships (up to three, then "and N more") and says they
// stay; the deletion removes the party rows and lowers a partnership's count of parties in all
// by as many, in the same transaction, leaving the partnership and its other parties alone.

#include "exchange/DemoScenario.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/Dependants.h"
#include "storage/OrganisationRepository.h"
#include "storage/PartnershipRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace dd;
using namespace dd::storage;

class TestPartyRemoval : public QObject
{
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
    RowId communityId(const QString &nameStart)
    {
        return idOf(QStringLiteral("SELECT id FROM communities WHERE name LIKE ? || '%'"), nameStart);
    }
    // The demo partnership whose first party is this community.
    RowId partnershipOf(RowId communityId)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT partnership_id FROM partnership_parties WHERE community_id = ?"));
        query.addBindValue(communityId);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }
    RowId addCommunity(const QString &name)
    {
        Community community;
        community.name = name;
        CommunityRepository repository(*m_db);
        if (!repository.insert(community))
            qFatal("community not saved: %s", qPrintable(repository.lastError()));
        return community.id;
    }
    RowId addPartnership(const QList<PartnershipParty> &parties, std::optional<qint64> partyCount)
    {
        Partnership partnership;
        partnership.parties = parties;
        partnership.partyCount = partyCount;
        PartnershipRepository repository(*m_db);
        if (!repository.insert(partnership))
            qFatal("partnership not saved: %s", qPrintable(repository.lastError()));
        return partnership.id;
    }
    static PartnershipParty community(RowId id)
    {
        PartnershipParty party;
        party.communityId = id;
        return party;
    }
    static PartnershipParty organisation(RowId id)
    {
        PartnershipParty party;
        party.organisationId = id;
        return party;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The English plural forms, as the window shows them.
        auto *english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(":/i18n/delegation-desk_en.qm")));
        QCoreApplication::installTranslator(english);
    }

    // A fresh demonstration for every test: the tests delete from it.
    void init()
    {
        Database::Error error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_run)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QString loadError;
        QVERIFY2(exchange::DemoScenario::load(*m_db, &loadError), qPrintable(loadError));
    }
    void cleanup() { m_db.reset(); }

    void questionNamesThePartnership()
    {
        const RowId boyarka = communityId(QStringLiteral("Боярська"));
        QVERIFY(boyarka > 0);
        const QList<Dependant> dependants = dependantsOf(*m_db, EntityKind::Community, boyarka);
        const auto party = std::find_if(dependants.cbegin(), dependants.cend(), [](const Dependant &d) {
            return d.table == u"partnership_parties";
        });
        QVERIFY(party != dependants.cend());
        QCOMPARE(party->partnerships, QStringList { QStringLiteral("Боярка – Palaiseau") });

        const QString question = Dependants::describe(QStringLiteral("Боярка"), dependants);
        // The partnership is named and said to stay; the party row is not "removed" as if it
        // were a record of its own. (The English plural form comes with the next lupdate.)
        QVERIFY2(question.contains(QStringLiteral(". It is a party to 1 partnership")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("(Боярка – Palaiseau), which will go on without it.")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("without it.")), qPrintable(question));
        QVERIFY2(!question.contains(QStringLiteral("removes")), qPrintable(question));
        QVERIFY2(question.startsWith(QStringLiteral("Deleting Боярка leaves 1 contact without a community")),
                 qPrintable(question));
    }

    void onlyAPartyIsAskedAboutToo()
    {
        const RowId a = addCommunity(QStringLiteral("Alpha"));
        const RowId b = addCommunity(QStringLiteral("Beta"));
        addPartnership({ community(a), community(b) }, std::nullopt);
        const QString question
            = Dependants::describe(QStringLiteral("Alpha"), dependantsOf(*m_db, EntityKind::Community, a));
        QVERIFY2(question.startsWith(QStringLiteral("Delete Alpha? It is a party to 1 partnership")),
                 qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("(Alpha – Beta)")), qPrintable(question));
    }

    void moreThanThreeAreCounted()
    {
        const RowId hub = addCommunity(QStringLiteral("Hub"));
        QStringList others;
        for (const char *name : { "One", "Two", "Three", "Four", "Five" }) {
            others.append(QLatin1String(name));
            addPartnership({ community(hub), community(addCommunity(QLatin1String(name))) }, std::nullopt);
        }
        const QList<Dependant> dependants = dependantsOf(*m_db, EntityKind::Community, hub);
        QCOMPARE(dependants.size(), 1);
        QCOMPARE(dependants.first().partnerships.size(), 5);
        const QString question = Dependants::describe(QStringLiteral("Hub"), dependants);
        QVERIFY2(question.contains(QStringLiteral("It is a party to 5 partnership")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("(Hub – One, Hub – Two, Hub – Three and 2 more)")),
                 qPrintable(question));
        QVERIFY2(!question.contains(QStringLiteral("Four")), qPrintable(question));
    }

    void partnershipStaysWithTheOtherParty()
    {
        const RowId boyarka = communityId(QStringLiteral("Боярська"));
        const RowId palaiseau = communityId(QStringLiteral("Palaiseau"));
        const RowId id = partnershipOf(boyarka);
        QVERIFY(id > 0);
        const std::optional<Partnership> before = PartnershipRepository(*m_db).find(id);
        QVERIFY(before);
        QVERIFY(!before->partyCount); // none given: nothing to lower

        CommunityRepository repository(*m_db);
        QVERIFY2(repository.remove(boyarka), qPrintable(repository.lastError()));
        const std::optional<Partnership> after = PartnershipRepository(*m_db).find(id);
        QVERIFY(after);
        QCOMPARE(after->parties.size(), 1);
        QCOMPARE(after->parties.first().communityId, palaiseau);
        QVERIFY(!after->partyCount);
        QCOMPARE(after->stage, before->stage);
        QCOMPARE(after->history.size(), before->history.size());
        QVERIFY(m_db->check().healthy);
    }

    void countInAllIsLowered()
    {
        // The Halych memorandum: 15 communities in all, only Halych named.
        const RowId halych = communityId(QStringLiteral("Галицька"));
        const RowId id = partnershipOf(halych);
        QVERIFY(id > 0);
        const std::optional<Partnership> before = PartnershipRepository(*m_db).find(id);
        QVERIFY(before);
        QCOMPARE(before->partyCount, std::optional<qint64>(15));

        QTest::qWait(5); // a later updated_at
        CommunityRepository repository(*m_db);
        QVERIFY2(repository.remove(halych), qPrintable(repository.lastError()));
        const std::optional<Partnership> after = PartnershipRepository(*m_db).find(id);
        QVERIFY(after);
        QCOMPARE(after->partyCount, std::optional<qint64>(14));
        QVERIFY(after->parties.isEmpty());
        QVERIFY(after->updatedAt > before->updatedAt);
        QCOMPARE(after->notes, before->notes);
    }

    void organisationPartyToo()
    {
        Organisation association;
        association.name = QStringLiteral("Association of twin towns");
        OrganisationRepository organisations(*m_db);
        QVERIFY(organisations.insert(association));
        const RowId a = addCommunity(QStringLiteral("Alpha"));
        const RowId b = addCommunity(QStringLiteral("Beta"));
        const RowId withCount = addPartnership({ community(a), organisation(association.id), community(b) }, 4);
        const RowId withoutCount = addPartnership({ organisation(association.id), community(a) }, std::nullopt);
        const RowId elsewhere = addPartnership({ community(a), community(b) }, 3);

        QVERIFY2(organisations.remove(association.id), qPrintable(organisations.lastError()));
        PartnershipRepository partnerships(*m_db);
        const std::optional<Partnership> counted = partnerships.find(withCount);
        QCOMPARE(counted->partyCount, std::optional<qint64>(3));
        QCOMPARE(counted->parties.size(), 2);
        QVERIFY(!partnerships.find(withoutCount)->partyCount);
        QCOMPARE(partnerships.find(withoutCount)->parties.size(), 1);
        QCOMPARE(partnerships.find(elsewhere)->partyCount, std::optional<qint64>(3)); // not a party there
    }

    void failedDeletionLowersNothing()
    {
        const RowId a = addCommunity(QStringLiteral("Alpha"));
        const RowId b = addCommunity(QStringLiteral("Beta"));
        const RowId id = addPartnership({ community(a), community(b) }, 5);
        // A delete that the database refuses (here: a trigger, as a future rule might) takes
        // the lowered count back with it.
        QSqlQuery trigger(m_db->connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE DELETE ON communities "
                                            "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        CommunityRepository repository(*m_db);
        QVERIFY(!repository.remove(a));
        QVERIFY(!repository.lastError().isEmpty());
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse")));
        const std::optional<Partnership> after = PartnershipRepository(*m_db).find(id);
        QCOMPARE(after->partyCount, std::optional<qint64>(5));
        QCOMPARE(after->parties.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPartyRemoval)
#include "tst_partyremoval.moc"
