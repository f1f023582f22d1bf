// Schema upgrades: every fixture in tests/fixtures/schema-v*.sqlite (starting with an empty file,
// version 0) is brought to the current version with its records kept and ends with the same
// schema as a new database; with injected steps, the copy made before an upgrade, the rollback
// of a failing step and the order in which steps run.

#include "PlainConnection.h"
#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/EventRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PartnershipRepository.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace dd;
using namespace dd::storage;

namespace {

constexpr int fakeApplicationId = Schema::applicationId;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

QStringList tablesOf(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery query(db);
    if (query.exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))) {
        while (query.next())
            tables.append(query.value(0).toString());
    }
    return tables;
}

// Every object of the schema with its SQL, white space normalised, plus the two header values
// that belong to it.
QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList schema;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")))
        return { QStringLiteral("error: ") + query.lastError().text() };
    while (query.next()) {
        schema.append(QStringList { query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString().simplified() }
                          .join(QStringLiteral(" | ")));
    }
    schema.append(QStringLiteral("application_id = ")
        + scalar(db, QStringLiteral("PRAGMA application_id")).toString());
    schema.append(QStringLiteral("user_version = ")
        + scalar(db, QStringLiteral("PRAGMA user_version")).toString());
    return schema;
}

// The uids of every table that has them: the records of a file, by table.
QMap<QString, QSet<QString>> uidsOf(const QSqlDatabase &db)
{
    QMap<QString, QSet<QString>> result;
    for (const QString &table : tablesOf(db)) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table))
            || query.record().indexOf(QStringLiteral("uid")) < 0)
            continue;
        QSet<QString> &uids = result[table];
        if (query.exec(QStringLiteral("SELECT uid FROM %1").arg(table))) {
            while (query.next())
                uids.insert(query.value(0).toString());
        }
    }
    return result;
}

QString fixturesFolder()
{
    return QStringLiteral(DD_TEST_FIXTURES);
}

// schema-v7.sqlite -> 7; -1 for any other name.
int versionInName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^schema-v(\\d+)\\.sqlite$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

Migration step(int version, const QStringList &statements)
{
    return { version, [statements](QSqlDatabase &db, QString *error) {
                return Schema::execAll(db, statements, error);
            } };
}

// The first version of a made-up schema; like every first step, it marks the file as ours.
Migration fakeVersion1()
{
    return step(1,
        { QStringLiteral("PRAGMA application_id = %1").arg(fakeApplicationId),
            QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO notes (body) VALUES ('kept through every upgrade')") });
}

Migration failingStep(int version, const QString &table)
{
    return { version, [table, version](QSqlDatabase &db, QString *error) {
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("CREATE TABLE %1 (x)").arg(table))) {
                    *error = query.lastError().text();
                    return false;
                }
                *error = QStringLiteral("deliberate failure in step %1").arg(version);
                return false;
            } };
}

enum class Failure { StepReturnsFalse, SqlError, LaterStepFails, FirstStepOfNewFile };

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath(const QString &name)
    {
        const QString folder = m_dir.filePath(QString::number(++m_counter));
        QDir().mkpath(folder);
        return folder + QLatin1Char('/') + name;
    }

    static Database::Options withSteps(const QList<Migration> &steps)
    {
        Database::Options options;
        options.migrations = steps;
        return options;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    // --- the fixtures ------------------------------------------------------------------------

    void everyEarlierVersionHasAFixture()
    {
        QVERIFY2(QFileInfo(fixturesFolder()).isDir(), qPrintable(fixturesFolder()));
        for (int version = 0; version < Schema::currentVersion(); ++version) {
            const QString name = QStringLiteral("schema-v%1.sqlite").arg(version);
            QVERIFY2(QFileInfo::exists(QDir(fixturesFolder()).filePath(name)),
                qPrintable(name
                    + QStringLiteral(" is missing: add it when raising the schema version "
                                     "(see tests/fixtures/README.md)")));
        }
        QCOMPARE(
            QFileInfo(QDir(fixturesFolder()).filePath(QStringLiteral("schema-v0.sqlite"))).size(),
            0);
    }

    void upgradesFixture_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QStringList names
            = QDir(fixturesFolder())
                  .entryList({ QStringLiteral("schema-v*.sqlite") }, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QTest::newRow(qPrintable(name))
                << QDir(fixturesFolder()).filePath(name) << versionInName(name);
        }
    }

    void upgradesFixture()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QVERIFY2(version >= 0,
            qPrintable(fixture + QStringLiteral(": name it schema-v<version>.sqlite")));
        QVERIFY(version <= Schema::currentVersion());

        const QString path = freshPath(QStringLiteral("upgraded.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

        QMap<QString, QSet<QString>> before;
        {
            PlainConnection look(path, PlainConnection::ReadOnly);
            QVERIFY(look.isOpen());
            QCOMPARE(scalar(look.db(), QStringLiteral("PRAGMA user_version")).toInt(), version);
            before = uidsOf(look.db());
        }
        if (version > 0)
            QVERIFY2(!before.isEmpty(), "a fixture after version 0 should hold some records");

        Database::Error error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Schema::currentVersion());
        QVERIFY(!db->isReadOnly());
        const Database::CheckReport report = db->check();
        QVERIFY2(report.healthy, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
            QStringLiteral("wal"));
        QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);

        // A copy is made only when there was something to upgrade.
        if (version > 0 && version < Schema::currentVersion()) {
            QCOMPARE(db->backupPath(), path + QStringLiteral(".bak-v%1").arg(version));
            QVERIFY(QFileInfo::exists(db->backupPath()));
        } else {
            QVERIFY(db->backupPath().isEmpty());
            QVERIFY(QDir(QFileInfo(path).absolutePath())
                        .entryList({ QStringLiteral("*.bak-v*") })
                        .isEmpty());
        }

        // Every record the fixture held is still there.
        const QMap<QString, QSet<QString>> after = uidsOf(db->connection());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            const QSet<QString> lost = QSet<QString>(it.value()).subtract(after.value(it.key()));
            QVERIFY2(lost.isEmpty(), qPrintable(it.key() + QStringLiteral(": records lost")));
        }

        // The upgraded schema is the one a new database gets.
        auto fresh = Database::open(freshPath(QStringLiteral("fresh.sqlite")), &error);
        QVERIFY2(fresh, qPrintable(error.message));
        QCOMPARE(schemaOf(db->connection()), schemaOf(fresh->connection()));
    }

    void versionOneFixtureKeepsItsRecords()
    {
        const QString fixture = QDir(fixturesFolder()).filePath(QStringLiteral("schema-v1.sqlite"));
        QVERIFY(QFileInfo::exists(fixture));
        const QString path = freshPath(QStringLiteral("from-v1.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        Database::Error error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Schema::currentVersion());

        const auto uid = [](int n) {
            return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
        };
        CommunityRepository communities(*db);
        OrganisationRepository organisations(*db);
        ContactRepository contacts(*db);
        EventRepository events(*db);
        DelegationRepository delegations(*db);
        DelegationMemberRepository members(*db);
        MeetingRepository meetings(*db);
        PartnershipRepository partnerships(*db);

        const auto koriukivka = communities.findByUid(uid(201));
        QVERIFY(koriukivka);
        QCOMPARE(koriukivka->name, QStringLiteral("Корюківська громада"));
        QCOMPARE(koriukivka->centre, QStringLiteral("Корюківка"));
        const auto example = communities.findByUid(uid(204));
        QVERIFY(example);
        QCOMPARE(example->officialCode, QStringLiteral("00042"));
        QCOMPARE(example->population, std::optional<qint64>(1234));
        const auto chaville = communities.findByUid(uid(202));
        QVERIFY(chaville);
        const auto region = organisations.findByUid(uid(101));
        QVERIFY(region);
        QCOMPARE(region->name, QStringLiteral("Région Île-de-France"));

        const auto olena = contacts.findByUid(uid(301));
        QVERIFY(olena);
        QCOMPARE(olena->familyName, QStringLiteral("Приклад"));
        QCOMPARE(olena->communityId, koriukivka->id);
        QVERIFY(olena->consentPublicList);
        const auto secret = contacts.sensitive(olena->id);
        QVERIFY(secret);
        QCOMPARE(secret->dateOfBirth, QDate(1980, 2, 29));
        QCOMPARE(secret->passportNumber, QStringLiteral("XX000000"));

        const auto visit = events.findByUid(uid(401));
        QVERIFY(visit);
        QCOMPARE(visit->startsOn, QDate(2025, 11, 17));
        QCOMPARE(visit->organiserId, region->id);

        const auto delegation = delegations.findByUid(uid(501));
        QVERIFY(delegation);
        QCOMPARE(delegation->partnerIds.size(), 2);
        QCOMPARE(delegation->plannedSize, std::optional<qint64>(20));
        const QList<DelegationMember> team = members.membersOf(delegation->id);
        QCOMPARE(team.size(), 2);
        QCOMPARE(team.at(0).contactId, olena->id);
        QCOMPARE(team.at(0).checkedInAt, QDateTime(QDate(2025, 11, 17), QTime(10, 5), Qt::UTC));
        QCOMPARE(team.at(0).arrivalAt, QDateTime(QDate(2025, 11, 17), QTime(9, 30)));
        QCOMPARE(team.at(0).arrivalAt.timeSpec(), Qt::LocalTime);
        QCOMPARE(team.at(1).sharingWithId, team.at(0).id);

        const auto meeting = meetings.findByUid(uid(701));
        QVERIFY(meeting);
        QCOMPARE(meeting->counterpartCommunityIds, QList<RowId> { chaville->id });
        QCOMPARE(meeting->counterpartOrganisationIds, QList<RowId> { region->id });
        QCOMPARE(meeting->participantContactIds, QList<RowId> { olena->id });

        const auto twins = partnerships.findByUid(uid(801));
        QVERIFY(twins);
        QCOMPARE(twins->stage, QStringLiteral("exploring"));
        QCOMPARE(twins->parties.size(), 2);
        QCOMPARE(twins->parties.at(0).communityId, koriukivka->id);
        QCOMPARE(twins->parties.at(1).ratifiedOn, QDate(2025, 12, 1));
        QCOMPARE(twins->facilitatorIds, QList<RowId> { region->id });
        QCOMPARE(twins->bornAtMeetingId, meeting->id);
        QCOMPARE(twins->history.size(), 2);
        QCOMPARE(twins->history.at(0).stage, QStringLiteral("contact"));
        QCOMPARE(twins->history.at(1).stage, QStringLiteral("exploring"));
        const auto memorandum = partnerships.findByUid(uid(802));
        QVERIFY(memorandum);
        QCOMPARE(memorandum->partyCount, std::optional<qint64>(15));
        QCOMPARE(memorandum->parties.size(), 1);
        QCOMPARE(memorandum->signedOn, QDate(2026, 1, 30));
    }

    // --- injected steps ----------------------------------------------------------------------

    void upgradeCopiesTheFileFirst()
    {
        const QString path = freshPath(QStringLiteral("to-upgrade.sqlite"));
        const QString backup = path + QStringLiteral(".bak-v1");
        Database::Error error;
        {
            auto db = Database::open(path, withSteps({ fakeVersion1() }), &error);
            QVERIFY2(db, qPrintable(error.message));
            QCOMPARE(db->schemaVersion(), 1);
            QVERIFY(db->backupPath().isEmpty()); // a new file has nothing to keep
        }
        QVERIFY(!QFileInfo::exists(backup));
        {
            // A copy left by an earlier upgrade is replaced, not kept.
            QFile stale(backup);
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("an old copy");
        }

        {
            auto db = Database::open(path,
                withSteps({ fakeVersion1(),
                    step(2,
                        { QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY)"),
                            QStringLiteral("DELETE FROM notes") }) }),
                &error);
            QVERIFY2(db, qPrintable(error.message));
            QCOMPARE(db->schemaVersion(), 2);
            QCOMPARE(db->backupPath(), backup);
            QCOMPARE(
                scalar(db->connection(), QStringLiteral("SELECT count(*) FROM notes")).toInt(), 0);
        }

        // The copy is the file as it was before the upgrade.
        QVERIFY(fileBytes(backup) != QByteArray("an old copy"));
        {
            PlainConnection look(backup, PlainConnection::ReadOnly);
            QVERIFY(look.isOpen());
            QCOMPARE(scalar(look.db(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QCOMPARE(scalar(look.db(), QStringLiteral("PRAGMA application_id")).toInt(),
                fakeApplicationId);
            QCOMPARE(tablesOf(look.db()), QStringList { QStringLiteral("notes") });
            QCOMPARE(scalar(look.db(), QStringLiteral("SELECT body FROM notes")).toString(),
                QStringLiteral("kept through every upgrade"));
        }
        auto restored = Database::open(backup, withSteps({ fakeVersion1() }), &error);
        QVERIFY2(restored, qPrintable(error.message));
        QCOMPARE(restored->schemaVersion(), 1);
        QVERIFY(restored->backupPath().isEmpty());
    }

    void failingStepRollsBack_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("versionAfter");
        QTest::addColumn<QStringList>("tablesAfter");
        QTest::addColumn<QString>("messageNames");
        QTest::newRow("step returns false")
            << int(Failure::StepReturnsFalse) << 1 << QStringList { QStringLiteral("notes") }
            << QStringLiteral("deliberate failure in step 2");
        QTest::newRow("SQL error in the step")
            << int(Failure::SqlError) << 1 << QStringList { QStringLiteral("notes") }
            << QStringLiteral("no_such_table");
        QTest::newRow("the later of two steps fails")
            << int(Failure::LaterStepFails) << 2
            << QStringList { QStringLiteral("notes"), QStringLiteral("tags") }
            << QStringLiteral("deliberate failure in step 3");
        QTest::newRow("first step of a new file fails")
            << int(Failure::FirstStepOfNewFile) << 0 << QStringList()
            << QStringLiteral("deliberate failure in step 1");
    }

    void failingStepRollsBack()
    {
        QFETCH(int, failure);
        QFETCH(int, versionAfter);
        QFETCH(QStringList, tablesAfter);
        QFETCH(QString, messageNames);

        const QString path = freshPath(QStringLiteral("failing.sqlite"));
        Database::Error error;
        const bool newFile = Failure(failure) == Failure::FirstStepOfNewFile;
        if (!newFile) {
            QVERIFY(Database::open(path, withSteps({ fakeVersion1() }), &error));
        }
        const QByteArray bytesBefore = fileBytes(path);

        QList<Migration> steps;
        switch (Failure(failure)) {
        case Failure::StepReturnsFalse:
            steps = { fakeVersion1(), failingStep(2, QStringLiteral("tags")) };
            break;
        case Failure::SqlError:
            steps = { fakeVersion1(),
                step(2,
                    { QStringLiteral("CREATE TABLE tags (x)"), QStringLiteral("DELETE FROM notes"),
                        QStringLiteral("INSERT INTO no_such_table VALUES (1)") }) };
            break;
        case Failure::LaterStepFails:
            steps = { fakeVersion1(), step(2, { QStringLiteral("CREATE TABLE tags (x)") }),
                failingStep(3, QStringLiteral("labels")) };
            break;
        case Failure::FirstStepOfNewFile:
            steps = { failingStep(1, QStringLiteral("notes")) };
            break;
        }

        QVERIFY(!Database::open(path, withSteps(steps), &error));
        QCOMPARE(int(error.problem), int(Database::Problem::MigrationFailed));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY2(error.message.contains(messageNames), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(Database::lockPath(path)));
        if (versionAfter == 1)
            QVERIFY2(fileBytes(path) == bytesBefore, "the file is not as it was");
        // The copy was made before the first step, from the version the file had.
        QCOMPARE(QFileInfo::exists(path + QStringLiteral(".bak-v1")), !newFile);

        {
            PlainConnection look(path, PlainConnection::ReadOnly);
            QVERIFY(look.isOpen());
            QCOMPARE(
                scalar(look.db(), QStringLiteral("PRAGMA user_version")).toInt(), versionAfter);
            QCOMPARE(tablesOf(look.db()), tablesAfter);
            if (!newFile) {
                QCOMPARE(
                    scalar(look.db(), QStringLiteral("SELECT count(*) FROM notes")).toInt(), 1);
            }
        }

        // What is left opens with the steps that work.
        QList<Migration> working = steps;
        working.removeLast();
        if (working.isEmpty())
            working.append(fakeVersion1());
        auto db = Database::open(path, withSteps(working), &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), qMax(versionAfter, 1));
    }

    void stepsRunInOrderEachOnce()
    {
        const QString path = freshPath(QStringLiteral("order.sqlite"));
        // (step, the version the file had when the step began)
        auto calls = std::make_shared<QList<QPair<int, int>>>();
        const auto recorded = [calls](int version, const QStringList &statements) {
            return Migration { version,
                [calls, version, statements](QSqlDatabase &db, QString *error) {
                    calls->append(
                        { version, scalar(db, QStringLiteral("PRAGMA user_version")).toInt() });
                    return Schema::execAll(db, statements, error);
                } };
        };
        const QList<Migration> three {
            recorded(1,
                { QStringLiteral("PRAGMA application_id = %1").arg(fakeApplicationId),
                    QStringLiteral("CREATE TABLE one (x)") }),
            recorded(2, { QStringLiteral("CREATE TABLE two (x)") }),
            recorded(3, { QStringLiteral("CREATE TABLE three (x)") }),
        };
        using Calls = QList<QPair<int, int>>;

        Database::Error error;
        {
            auto db = Database::open(path, withSteps(three), &error);
            QVERIFY2(db, qPrintable(error.message));
            QCOMPARE(db->schemaVersion(), 3);
        }
        QCOMPARE(*calls, (Calls { { 1, 0 }, { 2, 1 }, { 3, 2 } }));

        calls->clear();
        {
            auto db = Database::open(path, withSteps(three), &error);
            QVERIFY2(db, qPrintable(error.message));
            QCOMPARE(db->schemaVersion(), 3);
            QVERIFY(db->backupPath().isEmpty());
        }
        QVERIFY(calls->isEmpty());

        QList<Migration> four = three;
        four.append(recorded(4, { QStringLiteral("CREATE TABLE four (x)") }));
        {
            auto db = Database::open(path, withSteps(four), &error);
            QVERIFY2(db, qPrintable(error.message));
            QCOMPARE(db->schemaVersion(), 4);
            QCOMPARE(db->backupPath(), path + QStringLiteral(".bak-v3"));
            QCOMPARE(tablesOf(db->connection()),
                (QStringList { QStringLiteral("four"), QStringLiteral("one"),
                    QStringLiteral("three"), QStringLiteral("two") }));
        }
        QCOMPARE(*calls, (Calls { { 4, 3 } }));

        // An older program (knowing steps up to 3) refuses the file and does not touch it.
        const QByteArray bytes = fileBytes(path);
        QVERIFY(!Database::open(path, withSteps(three), &error));
        QCOMPARE(int(error.problem), int(Database::Problem::NewerVersion));
        QVERIFY(fileBytes(path) == bytes);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
