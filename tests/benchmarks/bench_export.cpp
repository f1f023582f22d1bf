// Benchmark: CSV export of delegation members at scale. Builds a database of N attendees (each a
// contact in one of four delegations, with a community, arrival, hotel and room sharing; some
// names, positions and notes with commas, quotes and line breaks), then exports every attendee
// with the real command line (`delegation-desk export attendees --output FILE`, the default
// columns: every field that is not sensitive, 37 of them) and, in the same run, the same joined
// rows with the sqlite3 shell (`sqlite3 -csv -header DB "SELECT …"`, the statement our export
// cursor runs). Each is run twice, alternately; the better time of each is compared. Prints
// both times, their ratio (target: at most 1.0) and each process's peak memory.
//
//   bench_export [--attendees N] [--database PATH] [--keep]
//
// Fails only when our export fails or writes a different number of rows.

#include "BenchSupport.h"
#include "exchange/CsvExport.h"
#include "storage/Database.h"
#include "storage/ExportCursor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace dd;

namespace {

struct ChildRun {
    bool ok = false;
    double seconds = 0;
    double peakMiB = 0;
};

// Runs a program with stdout (and stderr) sent to files, and measures its wall time and peak
// resident memory (wait4's rusage: the child's own, not ours).
ChildRun runChild(
    const QStringList &arguments, const QString &stdoutPath, const QString &stderrPath)
{
    std::vector<QByteArray> storage;
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const QByteArray out = stdoutPath.toLocal8Bit();
    const QByteArray err = stderrPath.toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(
        &actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(
        &actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ChildRun result;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return result;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return result;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.peakMiB = double(usage.ru_maxrss) / 1024.0;
    result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return result;
}

bool exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    bench::say(QStringLiteral("SQL failed: %1\n%2").arg(query.lastError().text(), sql));
    return false;
}

// N attendees in four delegations, written by SQL in one transaction (the repositories would
// take minutes for a million: this is about reading, not writing).
bool build(storage::Database &db, int attendees)
{
    QSqlDatabase connection = db.connection();
    QSqlQuery query(connection);
    storage::Transaction transaction(connection);
    const QString stamp = QStringLiteral("'2025-11-01T08:00:00Z'");
    const QStringList statements {
        // The index in the LOCALIZED order costs a QCollator comparison per step of each insert:
        // it is built once at the end instead.
        QStringLiteral("DROP INDEX IF EXISTS contacts_family_name_localized"),
        QStringLiteral("CREATE TEMP TABLE given_names (k INTEGER PRIMARY KEY, g TEXT, gl TEXT)"),
        QStringLiteral("INSERT INTO given_names VALUES "
                       "(0,'Олена','Olena'),(1,'Тарас','Taras'),(2,'Ірина','Iryna'),"
                       "(3,'Микола','Mykola'),(4,'Наталія','Nataliia'),(5,'Сергій','Serhii'),(6,'"
                       "Оксана','Oksana'),"
                       "(7,'Віктор','Viktor'),(8,'Людмила','Liudmyla'),(9,'Богдан','Bohdan'),(10,'"
                       "Юлія','Yuliia'),"
                       "(11,'Євген','Yevhen')"),
        QStringLiteral("CREATE TEMP TABLE family_names (k INTEGER PRIMARY KEY, f TEXT, fl TEXT)"),
        QStringLiteral(
            "INSERT INTO family_names VALUES (0,'Коваленко','Kovalenko'),(1,'Бондар','Bondar'),"
            "(2,'Ткачук','Tkachuk'),(3,'Мельник','Melnyk'),(4,'Шевчук','Shevchuk'),(5,'Кравченко','"
            "Kravchenko'),"
            "(6,'Олійник','Oliinyk'),(7,'Савчук','Savchuk'),(8,'Зінченко','Zinchenko'),(9,'Гончар',"
            "'Honchar'),"
            "(10,'Лисенко','Lysenko'),(11,'Єрмоленко','Yermolenko')"),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
            "INSERT INTO communities (id, uid, created_at, updated_at, name, name_latin, kind, "
            "country, "
            "region, official_code, centre) "
            "SELECT i, 'community-' || i, STAMP, STAMP, 'Громада №' || i, 'Hromada ' || i, "
            "'hromada', 'UA', "
            "'Чернігівська область', printf('UA74%015d', i), 'Центр ' || i FROM n"),
        QStringLiteral(
            "INSERT INTO events (id, uid, created_at, updated_at, name, kind, city, country) "
            "VALUES (1, 'event-1', STAMP, STAMP, 'Congrès des maires de France', 'conference', "
            "'Paris', 'FR')"),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4) "
            "INSERT INTO delegations (id, uid, created_at, updated_at, name, event_id, status) "
            "SELECT i, 'delegation-' || i, STAMP, STAMP, 'Delegation ' || i || ', Paris', 1, "
            "'confirmed' FROM n"),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ROWS) "
            "INSERT INTO contacts (id, uid, created_at, updated_at, given_name, family_name, "
            "given_name_latin, "
            "family_name_latin, position, community_id, email, phone, nationality, "
            "consent_public_list, notes) "
            "SELECT i, 'contact-' || i, STAMP, STAMP, g.g, f.f || '-' || (i / 144), g.gl, f.fl || "
            "'-' || (i / 144), "
            "CASE i % 3 WHEN 0 THEN 'Міський голова' WHEN 1 THEN 'Депутат, секретар ради' "
            "ELSE 'Staff \"A\"' END, 1 + i % 200, 'person' || i || '@example.org', "
            "printf('+380 00 %03d %02d %02d', i % 1000, i % 100, (i / 100) % 100), 'UA', i % 2, "
            "CASE WHEN i % 10 = 0 THEN 'Fictitious example person.' || char(10) || 'Second line' "
            "END "
            "FROM n JOIN given_names g ON g.k = i % 12 JOIN family_names f ON f.k = (i / 12) % 12"),
        // Members two by two share a room in the same delegation.
        QStringLiteral(
            "INSERT INTO delegation_members (id, uid, created_at, updated_at, delegation_id, "
            "contact_id, "
            "community_id, role, status, arrival_at, arrival_transport, arrival_number, "
            "arrival_place, "
            "departure_at, departure_transport, departure_number, departure_place, hotel, "
            "room_type, "
            "sharing_with_id, check_in_on, check_out_on, visa_status, invitation_sent, "
            "badge_printed, dietary) "
            "SELECT c.id, 'member-' || c.id, STAMP, STAMP, 1 + ((c.id - 1) / 2) % 4, c.id, "
            "c.community_id, "
            "CASE c.id % 4 WHEN 0 THEN 'mayor' WHEN 1 THEN 'deputy' WHEN 2 THEN 'staff' ELSE "
            "'interpreter' END, "
            "CASE c.id % 5 WHEN 0 THEN 'invited' WHEN 1 THEN 'declined' ELSE 'confirmed' END, "
            "'2025-11-17T09:30', 'plane', 'PS ' || (100 + c.id % 900), 'Paris CDG', "
            "'2025-11-21T18:00', "
            "'train', 'TGV ' || (6000 + c.id % 100), 'Gare de Lyon', 'Hôtel Lutetia', 'twin', "
            "CASE WHEN c.id % 2 = 0 THEN c.id - 1 END, '2025-11-17', '2025-11-21', 'not_needed', "
            "1, "
            "c.id % 2, CASE WHEN c.id % 7 = 0 THEN 'vegetarian' END FROM contacts c ORDER BY c.id"),
    };
    for (QString statement : statements) {
        // Tokens, not arg(): the statements hold printf formats of their own.
        statement.replace(QStringLiteral("STAMP"), stamp)
            .replace(QStringLiteral("ROWS"), QString::number(attendees));
        if (!exec(query, statement))
            return false;
    }
    if (!transaction.commit()) {
        bench::say(transaction.errorText());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    if (!exec(query,
            QStringLiteral("CREATE INDEX contacts_family_name_localized ON contacts (family_name "
                           "COLLATE LOCALIZED)")))
        return false;
    bench::say(QStringLiteral("  (the LOCALIZED name index built again in %1 s)")
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return true;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption attendeesOption(QStringLiteral("attendees"),
        QStringLiteral("Attendees to create."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QStringLiteral("Where to build the database (default: a temporary folder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the CSV files beside the database."));
    parser.addOptions({ attendeesOption, databaseOption, keepOption });
    parser.process(app);
    const int attendees = parser.value(attendeesOption).toInt();
    if (attendees < 1) {
        bench::say(QStringLiteral("--attendees takes a whole number of at least 1"));
        return 2;
    }

    QTemporaryDir dir;
    const QString path = parser.isSet(databaseOption)
        ? parser.value(databaseOption)
        : dir.filePath(QStringLiteral("bench-export.sqlite"));
    const QString folder = QFileInfo(path).absolutePath();
    QFile::remove(path);
    QString sql;
    {
        storage::Database::Error error;
        auto db = storage::Database::open(path, &error);
        if (!db) {
            bench::say(error.message);
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (!build(*db, attendees))
            return 1;
        bench::say(QStringLiteral("database: %1 attendees written in %2 s (%3 MiB)")
                       .arg(attendees)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                       .arg(double(fileSize(path)) / 1048576.0, 0, 'f', 0));
        // The statement our export runs, for the shell to run the same.
        exchange::ExportRequest request;
        request.table = EntityKind::Member;
        QString columnsError;
        const QStringList columns = exchange::CsvExport(*db).columnsFor(request, &columnsError);
        sql = storage::ExportCursor(*db, EntityKind::Member, columns).sql();
        bench::say(QStringLiteral("columns: %1").arg(columns.size()));
    } // closed: the command line takes the database's lock itself

    const QString ours = QDir(folder).filePath(QStringLiteral("bench-export-ours.csv"));
    const QString shell = QDir(folder).filePath(QStringLiteral("bench-export-sqlite3.csv"));
    const QString log = QDir(folder).filePath(QStringLiteral("bench-export-stderr.txt"));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    ChildRun bestOurs;
    ChildRun bestShell;
    for (int round = 0; round < 2; ++round) {
        const ChildRun run
            = runChild({ QStringLiteral(DD_EXECUTABLE), QStringLiteral("--database"), path,
                           QStringLiteral("export"), QStringLiteral("attendees"),
                           QStringLiteral("--output"), ours },
                QStringLiteral("/dev/null"), log);
        if (!run.ok) {
            QFile messages(log);
            messages.open(QIODevice::ReadOnly);
            bench::say(QStringLiteral("WRONG: our export failed: %1")
                           .arg(QString::fromUtf8(messages.readAll())));
            return 1;
        }
        if (round == 0 || run.seconds < bestOurs.seconds)
            bestOurs = run;
        if (sqlite3.isEmpty())
            continue;
        const ChildRun other
            = runChild({ sqlite3, QStringLiteral("-csv"), QStringLiteral("-header"), path, sql },
                shell, QStringLiteral("/dev/null"));
        if (other.ok && (round == 0 || other.seconds < bestShell.seconds))
            bestShell = other;
    }
    QFile messages(log);
    messages.open(QIODevice::ReadOnly);
    const QString summary = QString::fromUtf8(messages.readAll()).trimmed();
    bench::say(QStringLiteral("ours:    %1 s  peak %2 MiB  %3 MB  (%4)")
                   .arg(bestOurs.seconds, 0, 'f', 2)
                   .arg(bestOurs.peakMiB, 0, 'f', 1)
                   .arg(double(fileSize(ours)) / 1e6, 0, 'f', 1)
                   .arg(summary));
    if (!summary.contains(QString::number(attendees))) {
        bench::say(QStringLiteral("WRONG: expected %1 rows").arg(attendees));
        return 1;
    }
    if (sqlite3.isEmpty() || !bestShell.ok) {
        bench::say(QStringLiteral("sqlite3: not run (%1)")
                       .arg(sqlite3.isEmpty() ? QStringLiteral("no sqlite3 shell found")
                                              : QStringLiteral("it failed")));
    } else {
        bench::say(QStringLiteral("sqlite3: %1 s  peak %2 MiB  %3 MB")
                       .arg(bestShell.seconds, 0, 'f', 2)
                       .arg(bestShell.peakMiB, 0, 'f', 1)
                       .arg(double(fileSize(shell)) / 1e6, 0, 'f', 1));
        bench::say(QStringLiteral("ratio ours / sqlite3: %1 (target: at most 1.0)")
                       .arg(bestOurs.seconds / bestShell.seconds, 0, 'f', 2));
    }
    if (!parser.isSet(keepOption)) {
        QFile::remove(ours);
        QFile::remove(shell);
        QFile::remove(log);
    }
    return 0;
}
