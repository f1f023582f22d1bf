// Benchmark: per-keystroke latency of the one search over everything (Ctrl+K, `search`), with
// many contacts and both gazetteers loaded as communities. Each query is typed letter by letter
// and every prefix is searched as the window does (FTS5 match + titles for up to 50 hits).
// Reference, measured in the same run on the same database: the per-keystroke cost of the
// naive way, a LIKE scan of contacts and communities (which, besides, folds ASCII only).
//
//   bench_search [--contacts N] [--no-gazetteers] [--database PATH]
//
// Prints figures; asserts nothing but that the expected records are found.

#include "exchange/Gazetteer.h"
#include "models/SearchResults.h"
#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace dd;


int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("Contacts to create."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption noGazetteers(QStringLiteral("no-gazetteers"), QStringLiteral("Load no gazetteer."));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Where to build the database (default: a temporary folder)."),
                                            QStringLiteral("PATH"));
    parser.addOptions({ contactsOption, noGazetteers, databaseOption });
    parser.process(app);
    const int contactCount = parser.value(contactsOption).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                      : dir.filePath(QStringLiteral("bench-search.sqlite"));
    QFile::remove(path);
    storage::Database::Error error;
    auto db = storage::Database::open(path, &error);
    if (!db) {
        bench::say(error.message);
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    int communityCount = 0;
    {
        storage::Transaction transaction(db->connection());
        storage::ContactRepository contacts(*db);
        for (int i = 0; i < contactCount; ++i) {
            Contact contact = bench::fictitiousContact(i);
            if (!contacts.insert(contact)) {
                bench::say(contacts.lastError());
                return 1;
            }
        }
        if (!parser.isSet(noGazetteers)) {
            storage::CommunityRepository communities(*db);
            const QList<exchange::GazetteerEntry> &entries = exchange::Gazetteer::instance().entries();
            for (const exchange::GazetteerEntry &entry : entries) {
                Community community;
                community.name = entry.name;
                community.nameLatin = entry.nameLatin;
                community.kind = entry.kind;
                community.country = entry.country;
                community.region = entry.region;
                community.subregion = entry.subregion;
                community.officialCode = entry.officialCode;
                community.centre = entry.centre;
                community.population = entry.population;
                if (!communities.insert(community)) {
                    bench::say(communities.lastError());
                    return 1;
                }
                ++communityCount;
            }
        }
        if (!transaction.commit()) {
            bench::say(transaction.errorText());
            return 1;
        }
    }
    const double loadSeconds = double(timer.elapsed()) / 1000.0;
    bench::say(QStringLiteral("database: %1 contacts, %2 communities, written through the repositories "
                       "(search index kept in step) in %3 s")
            .arg(contactCount)
            .arg(communityCount)
            .arg(loadSeconds, 0, 'f', 1));

    timer.restart();
    {
        storage::Transaction transaction(db->connection());
        storage::SearchIndex index(db->connection());
        if (!index.rebuild() || !transaction.commit()) {
            bench::say(index.lastError());
            return 1;
        }
    }
    bench::say(QStringLiteral("bulk rebuild of the search index: %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2));

    // Words people type, in both scripts, each typed letter by letter.
    QStringList queries { QStringLiteral("Шевченко"), QStringLiteral("Koval"), QStringLiteral("олена бонд"),
                          QStringLiteral("Їжена"), QStringLiteral("person123@"), QStringLiteral("yurchenko") };
    if (communityCount > 0) {
        queries += { QStringLiteral("Koriukivka"), QStringLiteral("КОРЮКІВКА"), QStringLiteral("velizy"),
                     QStringLiteral("Franconville"), QStringLiteral("Château-Thierry"), QStringLiteral("Кам'янське"),
                     QStringLiteral("saint-"), QStringLiteral("91477") };
    }

    QList<double> searchTimes;
    QList<double> likeTimes;
    QSqlQuery like(db->connection());
    like.prepare(QStringLiteral(
        "SELECT id FROM contacts WHERE family_name LIKE ? OR given_name LIKE ? OR family_name_latin LIKE ? "
        "UNION ALL SELECT id FROM communities WHERE name LIKE ? OR centre LIKE ? OR name_latin LIKE ? LIMIT 50"));
    int misses = 0;
    for (const QString &query : std::as_const(queries)) {
        for (int length = 1; length <= query.size(); ++length) {
            const QString typed = query.left(length);
            QElapsedTimer keystroke;
            keystroke.start();
            const QList<models::SearchHit> hits = models::search(*db, typed, models::SearchResultsModel::limit);
            searchTimes.append(double(keystroke.nsecsElapsed()) / 1e6);
            if (length == query.size() && hits.isEmpty()) {
                bench::say(QStringLiteral("MISSING: nothing found for %1").arg(query));
                ++misses;
            }

            keystroke.restart();
            const QString pattern = typed + QLatin1Char('%');
            for (int i = 0; i < 6; ++i)
                like.bindValue(i, pattern);
            if (!like.exec()) {
                bench::say(QStringLiteral("reference query failed: %1").arg(like.lastError().text()));
                return 1;
            }
            while (like.next()) { }
            likeTimes.append(double(keystroke.nsecsElapsed()) / 1e6);
        }
    }
    const bench::Summary fts = bench::summarise(searchTimes);
    const bench::Summary scan = bench::summarise(likeTimes);
    bench::say(QStringLiteral("keystrokes: %1").arg(searchTimes.size()));
    bench::say(QStringLiteral("search (FTS5 + titles):   median %1 ms   p95 %2 ms   max %3 ms")
            .arg(fts.median, 0, 'f', 2).arg(fts.p95, 0, 'f', 2).arg(fts.max, 0, 'f', 2));
    bench::say(QStringLiteral("reference (LIKE scan):    median %1 ms   p95 %2 ms   max %3 ms")
            .arg(scan.median, 0, 'f', 2).arg(scan.p95, 0, 'f', 2).arg(scan.max, 0, 'f', 2));
    bench::say(QStringLiteral("ratio search/reference at p95: %1   (target: search p95 under 30 ms)")
            .arg(scan.p95 > 0 ? fts.p95 / scan.p95 : 0.0, 0, 'f', 2));
    return misses == 0 ? 0 : 1;
}
