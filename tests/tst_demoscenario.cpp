// The demonstration scenario: the facts of the source article arrive in the database as they
// are stated (codes, stages, the Halych memorandum's fifteen parties), the invented people are
// marked as such, and a load is all or nothing and happens only once.

#include "domain/Vocabulary.h"
#include "exchange/DemoScenario.h"
#include "storage/Database.h"
#include "storage/OrganisationRepository.h"
#include "storage/PartnershipRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace dd;
using dd::exchange::DemoScenario;
using dd::storage::Database;

namespace {

const QString boyarkaCode = QStringLiteral("UA32140030000074165");
const QString halychCode = QStringLiteral("UA26040090000025932");
const QString congressName = QStringLiteral("Congress of Mayors of France");
const QString ileDeFrance = QStringLiteral("Région Île-de-France");

// The first column of every row, as text; an SQL error comes back as a single "row" that
// names it, so that a comparison against the expected rows fails and shows why.
QStringList column(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return { QStringLiteral("SQL error: ") + query.lastError().text() };
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return { QStringLiteral("SQL error: ") + query.lastError().text() };
    QStringList result;
    while (query.next())
        result.append(query.value(0).isNull() ? QStringLiteral("<null>") : query.value(0).toString());
    return result;
}

QString scalar(const Database &db, const QString &sql, const QVariantList &values = {})
{
    const QStringList rows = column(db, sql, values);
    return rows.size() == 1 ? rows.constFirst()
                            : QStringLiteral("<%1 rows: %2>").arg(rows.size()).arg(rows.join(u'|'));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Rows per table, for "nothing changed" comparisons: every table of the schema, link tables too.
QStringList tableCounts(const Database &db)
{
    QStringList counts;
    const QStringList tables = column(db, QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    for (const QString &table : tables)
        counts.append(table + QLatin1Char('=') + scalar(db, QStringLiteral("SELECT count(*) FROM ") + table));
    return counts;
}

// The partnership whose first party has code first and second party has code second.
QString partnershipId(const Database &db, const QString &first, const QString &second)
{
    return scalar(db, QStringLiteral(
        "SELECT p.id FROM partnerships p "
        "JOIN partnership_parties a ON a.partnership_id = p.id AND a.position = 0 "
        "JOIN communities ca ON ca.id = a.community_id "
        "JOIN partnership_parties b ON b.partnership_id = p.id AND b.position = 1 "
        "JOIN communities cb ON cb.id = b.community_id "
        "WHERE ca.official_code = ? AND cb.official_code = ?"), { first, second });
}

QByteArray demoDocument()
{
    QFile file(DemoScenario::resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestDemoScenario : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> openNew(QTemporaryDir &dir, const QString &name)
    {
        Database::Error error;
        auto db = Database::open(dir.filePath(name), &error);
        if (!db)
            qWarning("%s", qPrintable(error.message));
        return db;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db; // the scenario, loaded once for the read-only checks

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = openNew(m_dir, QStringLiteral("demo.sqlite"));
        QVERIFY(m_db);
        QVERIFY(m_db->isEmpty());
        QString error;
        QVERIFY2(DemoScenario::load(*m_db, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(!m_db->isEmpty());
    }

    void databaseIsHealthy()
    {
        const Database::CheckReport report = m_db->check();
        QVERIFY2(report.healthy, qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void recordCounts()
    {
        const Database &db = *m_db;
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organisations")), QStringLiteral("13"));
        // 11 named delegation communities, Halych, Lviv, 8 French communes, Sindelfingen.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM communities")), QStringLiteral("22"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("1"));
        // 11 fictitious mayors, a coordinator, an interpreter, and Едвард Майор.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")), QStringLiteral("14"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM delegations")), QStringLiteral("1"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM delegation_members")), QStringLiteral("13"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM meetings")), QStringLiteral("3"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM partnerships")), QStringLiteral("9"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contact_sensitive")), QStringLiteral("0"));
    }

    void officialCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("subregion");
        QTest::newRow("Palaiseau") << QStringLiteral("91477") << QStringLiteral("Palaiseau")
                                   << QStringLiteral("commune") << QStringLiteral("FR")
                                   << QStringLiteral("Île-de-France") << QStringLiteral("Essonne");
        // Not the homonym 54209 in Meurthe-et-Moselle.
        QTest::newRow("Franconville") << QStringLiteral("95252") << QStringLiteral("Franconville")
                                      << QStringLiteral("commune") << QStringLiteral("FR")
                                      << QStringLiteral("Île-de-France") << QStringLiteral("Val-d'Oise");
        // The leading zero survives: the code is text.
        QTest::newRow("Château-Thierry") << QStringLiteral("02168") << QStringLiteral("Château-Thierry")
                                         << QStringLiteral("commune") << QStringLiteral("FR")
                                         << QStringLiteral("Hauts-de-France") << QStringLiteral("Aisne");
        QTest::newRow("Boyarka") << boyarkaCode << QStringLiteral("Боярська міська територіальна громада")
                                 << QStringLiteral("hromada") << QStringLiteral("UA")
                                 << QStringLiteral("Київська область") << QStringLiteral("Фастівський район");
        QTest::newRow("Hostomel") << QStringLiteral("UA32080110000056605")
                                  << QStringLiteral("Гостомельська селищна територіальна громада")
                                  << QStringLiteral("hromada") << QStringLiteral("UA")
                                  << QStringLiteral("Київська область") << QStringLiteral("Бучанський район");
        QTest::newRow("Kruty") << QStringLiteral("UA74040170000037628")
                               << QStringLiteral("Крутівська сільська територіальна громада")
                               << QStringLiteral("hromada") << QStringLiteral("UA")
                               << QStringLiteral("Чернігівська область") << QStringLiteral("Ніжинський район");
        QTest::newRow("Halych") << halychCode << QStringLiteral("Галицька міська територіальна громада")
                                << QStringLiteral("hromada") << QStringLiteral("UA")
                                << QStringLiteral("Івано-Франківська область")
                                << QStringLiteral("Івано-Франківський район");
    }

    void officialCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, country);
        QFETCH(QString, region);
        QFETCH(QString, subregion);
        const QVariantList byCode { code };
        const QString where = QStringLiteral(" FROM communities WHERE official_code = ?");
        QCOMPARE(column(*m_db, QStringLiteral("SELECT name") + where, byCode), QStringList { name });
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT typeof(official_code)") + where, byCode),
                 QStringLiteral("text"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT kind") + where, byCode), kind);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT country") + where, byCode), country);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT region") + where, byCode), region);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT subregion") + where, byCode), subregion);
    }

    void boyarkaInPassportLatin()
    {
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT name_latin FROM communities WHERE official_code = ?"),
                        { boyarkaCode }),
                 QStringLiteral("Boiarska miska terytorialna hromada"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT centre FROM communities WHERE official_code = ?"),
                        { boyarkaCode }),
                 QStringLiteral("Боярка"));
        // The source gives no population for the hromadas: none is invented.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM communities "
                                              "WHERE kind = 'hromada' AND population IS NOT NULL")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT population FROM communities WHERE official_code = '91477'")),
                 QStringLiteral("37471"));
    }

    void partnershipsBornWithIleDeFrance_data()
    {
        QTest::addColumn<QString>("hromada");
        QTest::addColumn<QString>("commune");
        QTest::newRow("Boyarka–Palaiseau") << boyarkaCode << QStringLiteral("91477");
        QTest::newRow("Slavutych–Franconville") << QStringLiteral("UA32100130000093505") << QStringLiteral("95252");
        QTest::newRow("Hostomel–Vélizy-Villacoublay") << QStringLiteral("UA32080110000056605") << QStringLiteral("78640");
        QTest::newRow("Kruty–Santeny") << QStringLiteral("UA74040170000037628") << QStringLiteral("94070");
        QTest::newRow("Koriukivka–Chaville") << QStringLiteral("UA74020010000010449") << QStringLiteral("92022");
    }

    void partnershipsBornWithIleDeFrance()
    {
        QFETCH(QString, hromada);
        QFETCH(QString, commune);
        bool ok = false;
        const RowId id = partnershipId(*m_db, hromada, commune).toLongLong(&ok);
        QVERIFY2(ok && id > 0, qPrintable(partnershipId(*m_db, hromada, commune)));

        storage::PartnershipRepository partnerships(*m_db);
        const std::optional<Partnership> partnership = partnerships.find(id);
        QVERIFY(partnership);
        QCOMPARE(partnership->parties.size(), 2);
        QCOMPARE(partnership->stage, QStringLiteral("signed"));
        QCOMPARE(partnership->kind, QStringLiteral("cooperation"));
        QVERIFY(!partnership->partyCount);
        QVERIFY(!partnership->signedOn.isValid()); // the source gives no date
        QCOMPARE(partnership->bornAtEventId, RowId(0));

        storage::OrganisationRepository organisations(*m_db);
        QCOMPARE(partnership->facilitatorIds.size(), 1);
        const std::optional<Organisation> facilitator = organisations.find(partnership->facilitatorIds.constFirst());
        QVERIFY(facilitator);
        QCOMPARE(facilitator->name, ileDeFrance);
        QCOMPARE(facilitator->kind, QStringLiteral("regional_authority"));

        QCOMPARE(partnership->history.size(), 1);
        QCOMPARE(partnership->history.constFirst().stage, QStringLiteral("signed"));
        QVERIFY(partnership->history.constFirst().changedOn.isValid());
        QVERIFY(partnership->history.constFirst().note.contains(QStringLiteral("no date")));
    }

    void partnershipsBeingBornAtTheCongress_data()
    {
        QTest::addColumn<QString>("hromada");
        QTest::addColumn<QString>("commune");
        QTest::newRow("Chuhuiv–Château-Thierry") << QStringLiteral("UA63140170000087785") << QStringLiteral("02168");
        QTest::newRow("Opishnia–Vallauris") << QStringLiteral("UA53080350000070563") << QStringLiteral("06155");
        QTest::newRow("Verkhivtseve–Béziers") << QStringLiteral("UA12040030000066040") << QStringLiteral("34032");
    }

    void partnershipsBeingBornAtTheCongress()
    {
        QFETCH(QString, hromada);
        QFETCH(QString, commune);
        bool ok = false;
        const RowId id = partnershipId(*m_db, hromada, commune).toLongLong(&ok);
        QVERIFY2(ok && id > 0, qPrintable(partnershipId(*m_db, hromada, commune)));

        storage::PartnershipRepository partnerships(*m_db);
        const std::optional<Partnership> partnership = partnerships.find(id);
        QVERIFY(partnership);
        QCOMPARE(partnership->parties.size(), 2);
        const int rank = Vocabulary::rank(Vocab::PartnershipStage, partnership->stage);
        QVERIFY2(rank >= 0, qPrintable(partnership->stage));
        QVERIFY2(rank < Vocabulary::rank(Vocab::PartnershipStage, QStringLiteral("signed")),
                 qPrintable(partnership->stage));
        QVERIFY(!partnership->signedOn.isValid());
        QVERIFY(partnership->bornAtEventId != 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT name FROM events WHERE id = ?"),
                        { partnership->bornAtEventId }),
                 congressName);
        QCOMPARE(partnership->history.size(), 1);
        QCOMPARE(partnership->history.constFirst().stage, partnership->stage);
    }

    void halychMemorandum()
    {
        const QStringList ids = column(*m_db, QStringLiteral("SELECT id FROM partnerships WHERE kind = 'memorandum'"));
        QCOMPARE(ids.size(), 1);
        storage::PartnershipRepository partnerships(*m_db);
        const std::optional<Partnership> memorandum = partnerships.find(ids.constFirst().toLongLong());
        QVERIFY(memorandum);
        QCOMPARE(memorandum->partyCount, std::optional<qint64>(15));
        QCOMPARE(memorandum->parties.size(), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT official_code FROM communities WHERE id = ?"),
                        { memorandum->parties.constFirst().communityId }),
                 halychCode);
        QCOMPARE(memorandum->stage, QStringLiteral("signed"));
        QCOMPARE(memorandum->signedOn, QDate(2026, 1, 30));
        QCOMPARE(memorandum->history.size(), 1);
        QCOMPARE(memorandum->history.constFirst().changedOn, QDate(2026, 1, 30));
        QCOMPARE(memorandum->history.constFirst().stage, QStringLiteral("signed"));
        QVERIFY(memorandum->notes.contains(QStringLiteral("15 territorial communities")));
    }

    void delegation()
    {
        const Database &db = *m_db;
        const QString id = scalar(db, QStringLiteral("SELECT id FROM delegations"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT planned_size FROM delegations WHERE id = ?"), { id }),
                 QStringLiteral("20"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM delegations WHERE id = ?"), { id }),
                 QStringLiteral("confirmed"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT e.name FROM delegations d JOIN events e ON e.id = d.event_id "
                                           "WHERE d.id = ?"), { id }),
                 congressName);
        QCOMPARE(scalar(db, QStringLiteral("SELECT o.name FROM delegations d "
                                           "JOIN organisations o ON o.id = d.coordinator_id WHERE d.id = ?"), { id }),
                 QStringLiteral("Cities4Cities | United4Ukraine"));
        QCOMPARE(sorted(column(db, QStringLiteral("SELECT o.name FROM delegation_partners p "
                                                  "JOIN organisations o ON o.id = p.organisation_id "
                                                  "WHERE p.delegation_id = ?"), { id })),
                 sorted({ QStringLiteral("Stand with Ukraine"),
                          QStringLiteral("Association des maires de France (AMF)"),
                          QStringLiteral("Commission nationale de la coopération décentralisée (CNCD)"),
                          QStringLiteral("Régions de France"), QStringLiteral("Départements de France"),
                          ileDeFrance }));

        // The eleven communities the source names, each with one member.
        const QStringList named { boyarkaCode,
                                  QStringLiteral("UA32100130000093505"), QStringLiteral("UA32080110000056605"),
                                  QStringLiteral("UA74040170000037628"), QStringLiteral("UA74020010000010449"),
                                  QStringLiteral("UA63140170000087785"), QStringLiteral("UA53080350000070563"),
                                  QStringLiteral("UA12040030000066040"), QStringLiteral("UA74040290000072674"),
                                  QStringLiteral("UA74020070000037186"), QStringLiteral("UA32020190000084133") };
        QCOMPARE(sorted(column(db, QStringLiteral("SELECT c.official_code FROM delegation_members m "
                                                  "JOIN communities c ON c.id = m.community_id "
                                                  "WHERE m.delegation_id = ?"), { id })),
                 sorted(named));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT community_id) FROM delegation_members "
                                           "WHERE delegation_id = ?"), { id }),
                 QStringLiteral("11"));

        // The head is the fictitious coordinator, who is a member in that role.
        QCOMPARE(scalar(db, QStringLiteral("SELECT m.role FROM delegations d JOIN delegation_members m "
                                           "ON m.delegation_id = d.id AND m.contact_id = d.head_id WHERE d.id = ?"),
                        { id }),
                 QStringLiteral("coordinator"));

        // Mostly confirmed, some still on the way: the counts look like a real delegation's.
        QCOMPARE(column(db, QStringLiteral("SELECT status || '=' || count(*) FROM delegation_members "
                                           "GROUP BY status ORDER BY status")),
                 (QStringList { QStringLiteral("confirmed=11"), QStringLiteral("invited=1"),
                                QStringLiteral("nominated=1") }));
        QCOMPARE(column(db, QStringLiteral("SELECT DISTINCT visa_status FROM delegation_members")),
                 QStringList { QStringLiteral("not_needed") });
        // Travel data is fictitious, and says so wherever it is given.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM delegation_members WHERE hotel IS NOT NULL "
                                           "OR arrival_at IS NOT NULL")),
                 QStringLiteral("8"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM delegation_members WHERE (hotel IS NOT NULL "
                                           "OR arrival_at IS NOT NULL) AND notes NOT LIKE '%fictitious%'")),
                 QStringLiteral("0"));
        // The coordinator and the interpreter share a room, both ways.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM delegation_members a JOIN delegation_members b "
                                           "ON a.sharing_with_id = b.id AND b.sharing_with_id = a.id")),
                 QStringLiteral("2"));
    }

    void fictitiousPeopleAreMarked()
    {
        const Database &db = *m_db;
        const QString fictitious = QStringLiteral(" FROM contacts WHERE family_name <> 'Майор'");
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*)") + fictitious), QStringLiteral("13"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*)") + fictitious
                                + QStringLiteral(" AND notes LIKE '%Example person (fictitious)%'")),
                 QStringLiteral("13"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*)") + fictitious
                                + QStringLiteral(" AND email LIKE '%_@example.org'")),
                 QStringLiteral("13"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*)") + fictitious
                                + QStringLiteral(" AND phone LIKE '+380 00 %'")),
                 QStringLiteral("13"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*)") + fictitious
                                + QStringLiteral(" AND given_name_latin <> '' AND family_name_latin <> ''")),
                 QStringLiteral("13"));
        // No address or number anywhere that could reach a real person.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE email IS NOT NULL "
                                           "AND email NOT LIKE '%@example.org'")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE phone IS NOT NULL "
                                           "AND phone NOT LIKE '+380 00 %'")),
                 QStringLiteral("0"));
        // A sample of the passport Latin (KMU resolution No. 55).
        QCOMPARE(column(db, QStringLiteral("SELECT given_name_latin || ' ' || family_name_latin FROM contacts "
                                           "WHERE family_name = 'Олійник'")),
                 QStringList { QStringLiteral("Liudmyla Oliinyk") });
    }

    void edvardMaiorKeepsHisName()
    {
        const Database &db = *m_db;
        const QString where = QStringLiteral(" FROM contacts WHERE given_name = 'Едвард' AND family_name = 'Майор'");
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*)") + where), QStringLiteral("1"));
        // His Latin name is for the user to enter from his passport, not a transliteration.
        QCOMPARE(scalar(db, QStringLiteral("SELECT given_name_latin") + where), QStringLiteral("<null>"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT family_name_latin") + where), QStringLiteral("<null>"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT o.name FROM contacts c JOIN organisations o "
                                           "ON o.id = c.organisation_id WHERE c.family_name = 'Майор'")),
                 QStringLiteral("Stand with Ukraine"));
        // Nothing is invented about a real person.
        QCOMPARE(scalar(db, QStringLiteral("SELECT coalesce(email, '') || coalesce(phone, '')") + where),
                 QString());
        QVERIFY(!scalar(db, QStringLiteral("SELECT notes") + where).contains(QStringLiteral("fictitious")));
    }

    void meetingsWithIleDeFrance()
    {
        const Database &db = *m_db;
        const QString meetings = QStringLiteral(
            " FROM meetings m JOIN meeting_counterparts c ON c.meeting_id = m.id "
            "JOIN organisations o ON o.id = c.organisation_id WHERE o.name = ?");
        QCOMPARE(sorted(column(db, QStringLiteral("SELECT m.title") + meetings, { ileDeFrance })),
                 (QStringList { QStringLiteral("Nosivka – Île-de-France region"),
                                QStringLiteral("Sosnytsia – Île-de-France region"),
                                QStringLiteral("Tarashcha – Île-de-France region") }));
        QCOMPARE(column(db, QStringLiteral("SELECT DISTINCT m.outcome") + meetings, { ileDeFrance }),
                 QStringList { QStringLiteral("Began to develop cooperation (source)") });
        // The source gives no times; none is invented.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM meetings WHERE starts_at IS NOT NULL")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM meetings WHERE delegation_id IS NULL "
                                           "OR event_id IS NULL")),
                 QStringLiteral("0"));
        // Each participant is the member from the hromada that met the region.
        QCOMPARE(sorted(column(db, QStringLiteral(
                     "SELECT k.official_code FROM meetings m "
                     "JOIN meeting_participants p ON p.meeting_id = m.id "
                     "JOIN contacts ct ON ct.id = p.contact_id "
                     "JOIN meeting_counterparts c ON c.meeting_id = m.id AND c.community_id = ct.community_id "
                     "JOIN communities k ON k.id = c.community_id"))),
                 (QStringList { QStringLiteral("UA32020190000084133"), QStringLiteral("UA74020070000037186"),
                                QStringLiteral("UA74040290000072674") }));
    }

    void secondLoadIsRefused()
    {
        const QStringList before = tableCounts(*m_db);
        QVERIFY(before.size() > 10);
        QString error;
        QVERIFY(!DemoScenario::load(*m_db, &error));
        QVERIFY2(error.contains(QStringLiteral("already holds records")), qPrintable(error));
        QCOMPARE(tableCounts(*m_db), before);
    }

    void refusesADatabaseWithOneRecord()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = openNew(dir, QStringLiteral("one.sqlite"));
        QVERIFY(db);
        storage::OrganisationRepository organisations(*db);
        Organisation mine;
        mine.name = QStringLiteral("Somebody's own organisation");
        QVERIFY2(organisations.insert(mine), qPrintable(organisations.lastError()));
        const QStringList before = tableCounts(*db);
        QString error;
        QVERIFY(!DemoScenario::load(*db, &error));
        QVERIFY2(error.contains(QStringLiteral("already holds records")), qPrintable(error));
        QCOMPARE(tableCounts(*db), before);
    }

    // A failure of the database itself late in the load (here a trigger refuses the stage
    // history, which the partnerships come last with) undoes everything written before it.
    void failureLateInTheLoadChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = openNew(dir, QStringLiteral("failing.sqlite"));
        QVERIFY(db);
        const QStringList empty = tableCounts(*db);
        QSqlQuery query(db->connection());
        QVERIFY2(query.exec(QStringLiteral(
                     "CREATE TEMP TRIGGER refuse_history BEFORE INSERT ON partnership_stage_changes "
                     "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")),
                 qPrintable(query.lastError().text()));

        QString error;
        QVERIFY(!DemoScenario::load(*db, &error));
        QVERIFY2(error.contains(QStringLiteral("partnerships[0]")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("simulated failure")), qPrintable(error));
        QVERIFY(db->isEmpty());
        QCOMPARE(tableCounts(*db), empty);

        // Without the trigger the same database takes the scenario: the failure was the trigger.
        QVERIFY2(query.exec(QStringLiteral("DROP TRIGGER temp.refuse_history")),
                 qPrintable(query.lastError().text()));
        error.clear();
        QVERIFY2(DemoScenario::load(*db, &error), qPrintable(error));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM partnerships")), QStringLiteral("9"));
        QVERIFY(db->check().healthy);
    }

    void brokenDocumentsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // a part of the message

        QTest::newRow("not JSON") << QByteArray("{ \"format\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("a list") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("another format")
            << QByteArray(R"({"format": "something-else", "format_version": 1})")
            << QStringLiteral("not a demonstration scenario");

        // The real document with one late mistake: everything before it was written already.
        const QByteArray original = demoDocument();
        QVERIFY(!original.isEmpty());
        const QJsonObject root = QJsonDocument::fromJson(original).object();
        auto withLastPartnership = [&root](const std::function<void(QJsonObject &)> &change) {
            QJsonObject copy = root;
            QJsonArray partnerships = copy.value(QStringLiteral("partnerships")).toArray();
            QJsonObject last = partnerships.last().toObject();
            change(last);
            partnerships.replace(partnerships.size() - 1, last);
            copy.insert(QStringLiteral("partnerships"), partnerships);
            return QJsonDocument(copy).toJson();
        };
        QTest::newRow("unknown reference")
            << withLastPartnership([](QJsonObject &p) {
                   p.insert(QStringLiteral("parties"),
                            QJsonArray { QJsonObject { { QStringLiteral("community"), QStringLiteral("nowhere") } } });
               })
            << QStringLiteral("“nowhere”");
        QTest::newRow("unknown stage")
            << withLastPartnership([](QJsonObject &p) { p.insert(QStringLiteral("stage"), QStringLiteral("born")); })
            << QStringLiteral("“born”");
        QTest::newRow("misspelt field")
            << withLastPartnership([](QJsonObject &p) { p.insert(QStringLiteral("signed_at"), QStringLiteral("2026-01-30")); })
            << QStringLiteral("“signed_at”");
        QTest::newRow("impossible date")
            << withLastPartnership([](QJsonObject &p) { p.insert(QStringLiteral("signed_on"), QStringLiteral("2026-02-30")); })
            << QStringLiteral("“2026-02-30”");
        QTest::newRow("fewer parties than named")
            << withLastPartnership([](QJsonObject &p) { p.insert(QStringLiteral("party_count"), 0); })
            << QStringLiteral("party_count");
        QTest::newRow("history ends elsewhere")
            << withLastPartnership([](QJsonObject &p) { p.insert(QStringLiteral("stage"), QStringLiteral("active")); })
            << QStringLiteral("history");
    }

    void brokenDocumentsChangeNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = openNew(dir, QStringLiteral("broken.sqlite"));
        QVERIFY(db);
        const QStringList empty = tableCounts(*db);
        QString error;
        QVERIFY(!DemoScenario::loadFrom(*db, json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(db->isEmpty());
        QCOMPARE(tableCounts(*db), empty);
    }

    void cleanupTestCase()
    {
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestDemoScenario)
#include "tst_demoscenario.moc"
