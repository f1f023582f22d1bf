// Benchmark: CSV import of contacts at scale. Writes a CSV file of N fictitious contacts
// (Cyrillic names with empty passport-Latin columns, so that transliteration runs; an e-mail
// and a phone each; half of them in one of 200 communities named by name; positions and notes
// with commas, quotes and line breaks), then imports it with the real command line
// (`delegation-desk import contacts FILE`) into a database that holds the 200 communities and
// no contact, and, in the same run, the same file with the sqlite3 shell into a plain table
// (`sqlite3 -csv DB ".import FILE t"`). Ours includes validation, transliteration, reference
// resolution, the duplicate checks and the search index. Prints both times, their ratio
// (target: at most 5.0) and each process's peak memory; then a second reference, the shell's
// .import followed by the same search documents into the same documents table and FTS5 index,
// and that ratio.
//
//   bench_import [--contacts N] [--folder PATH] [--keep]
//
// Fails only when our import fails or stores a different number of contacts.

#include "BenchSupport.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

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

// Runs a program with stdout and stderr sent to files; its wall time and peak resident memory
// (wait4's rusage: the child's own). The same measurement as bench_export's.
ChildRun runChild(const QStringList &arguments, const QString &stdoutPath, const QString &stderrPath)
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
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
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

// A field as RFC 4180 writes it.
QByteArray quoted(const QByteArray &field)
{
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r'))
        return field;
    QByteArray copy = field;
    copy.replace("\"", "\"\"");
    return '"' + copy + '"';
}

bool writeCsv(const QString &path, int contacts)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "given_name,family_name,given_name_latin,family_name_latin,position,community,email,"
                       "phone,nationality,consent_public_list,notes\r\n";
    const QByteArray positions[] = { "Міський голова", "Депутат, секретар ради", "Staff \"A\"" };
    for (int i = 0; i < contacts; ++i) {
        const bench::PersonName name = bench::fictitiousPerson(i);
        chunk += name.given.toUtf8() + ',' + quoted(name.family.toUtf8()) + ",,," + quoted(positions[i % 3]) + ',';
        if (i % 2 == 0)
            chunk += QStringLiteral("Громада №%1").arg(1 + i % 200).toUtf8();
        chunk += ",person" + QByteArray::number(i) + "@example.org,";
        chunk += QStringLiteral("+380 00 %1 %2 %3")
                     .arg(i % 1000, 3, 10, QLatin1Char('0'))
                     .arg(i % 100, 2, 10, QLatin1Char('0'))
                     .arg((i / 100) % 100, 2, 10, QLatin1Char('0'))
                     .toUtf8();
        chunk += ",UA,";
        chunk += i % 2 ? "yes," : "no,";
        if (i % 10 == 0)
            chunk += quoted("Fictitious example person.\nSecond line");
        chunk += "\r\n";
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size() && file.flush();
}

bool prepareDatabase(const QString &path)
{
    storage::Database::Error error;
    auto db = storage::Database::open(path, &error);
    if (!db) {
        bench::say(error.message);
        return false;
    }
    QSqlQuery query(db->connection());
    if (!query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
            "INSERT INTO communities (uid, created_at, updated_at, name, kind, country, official_code) "
            "SELECT 'community-' || i, '2025-11-01T08:00:00Z', '2025-11-01T08:00:00Z', 'Громада №' || i, "
            "'hromada', 'UA', printf('UA74%015d', i) FROM n"))) {
        bench::say(query.lastError().text());
        return false;
    }
    return true;
}

qint64 contactCount(const QString &path)
{
    storage::Database::Options options;
    options.mode = storage::Database::Mode::ReadOnly;
    storage::Database::Error error;
    auto db = storage::Database::open(path, options, &error);
    if (!db)
        return -1;
    QSqlQuery query(db->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM contacts")) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption contactsOption(QStringLiteral("contacts"),
        QStringLiteral("Contacts in the file."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption folderOption(QStringLiteral("folder"),
        QStringLiteral("Where to write the file and the databases (default: a temporary folder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the files."));
    parser.addOptions({ contactsOption, folderOption, keepOption });
    parser.process(app);
    const int contacts = parser.value(contactsOption).toInt();
    if (contacts < 1) {
        bench::say(QStringLiteral("--contacts takes a whole number of at least 1"));
        return 2;
    }
    QTemporaryDir dir;
    const QDir folder(parser.isSet(folderOption) ? parser.value(folderOption) : dir.path());
    const QString csv = folder.filePath(QStringLiteral("bench-import.csv"));
    const QString ours = folder.filePath(QStringLiteral("bench-import-ours.sqlite"));
    const QString plain = folder.filePath(QStringLiteral("bench-import-sqlite3.sqlite"));
    const QString plainFts = folder.filePath(QStringLiteral("bench-import-sqlite3-fts.sqlite"));
    const QString log = folder.filePath(QStringLiteral("bench-import-stderr.txt"));
    for (const QString &file : QStringList { ours, plain, ours + QStringLiteral(".lock") })
        QFile::remove(file);

    QElapsedTimer timer;
    timer.start();
    if (!writeCsv(csv, contacts)) {
        bench::say(QStringLiteral("cannot write %1").arg(csv));
        return 1;
    }
    bench::say(QStringLiteral("file: %1 contacts, %2 MB, written in %3 s")
                   .arg(contacts)
                   .arg(double(QFileInfo(csv).size()) / 1e6, 0, 'f', 1)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    if (!prepareDatabase(ours))
        return 1;

    const ChildRun run = runChild({ QStringLiteral(DD_EXECUTABLE), QStringLiteral("--database"), ours,
                                      QStringLiteral("import"), QStringLiteral("contacts"), csv },
        QStringLiteral("/dev/null"), log);
    QFile messages(log);
    messages.open(QIODevice::ReadOnly);
    const QString summary = QString::fromUtf8(messages.readAll()).trimmed();
    if (!run.ok) {
        bench::say(QStringLiteral("WRONG: our import failed: %1").arg(summary.left(2000)));
        return 1;
    }
    bench::say(QStringLiteral("ours:    %1 s  peak %2 MiB  (%3)")
                   .arg(run.seconds, 0, 'f', 2)
                   .arg(run.peakMiB, 0, 'f', 1)
                   .arg(summary));
    const qint64 stored = contactCount(ours);
    if (stored != contacts) {
        bench::say(QStringLiteral("WRONG: %1 contacts stored, expected %2").arg(stored).arg(contacts));
        return 1;
    }

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        bench::say(QStringLiteral("sqlite3: not run (no sqlite3 shell found)"));
    } else {
        const ChildRun other = runChild({ sqlite3, QStringLiteral("-csv"), plain,
                                            QStringLiteral(".import '%1' t").arg(csv) },
            QStringLiteral("/dev/null"), QStringLiteral("/dev/null"));
        if (!other.ok) {
            bench::say(QStringLiteral("sqlite3: failed"));
        } else {
            bench::say(QStringLiteral("sqlite3: %1 s  peak %2 MiB  (.import into a plain table)")
                           .arg(other.seconds, 0, 'f', 2)
                           .arg(other.peakMiB, 0, 'f', 1));
            bench::say(QStringLiteral("ratio ours / sqlite3: %1 (target: at most 5.0)")
                           .arg(run.seconds / other.seconds, 0, 'f', 2));
        }
        // A second reference that does the storage work ours cannot skip: the same .import,
        // then the same search documents (taken from our database) into a documents table and
        // an FTS5 index created exactly as ours. What is left between the two is reading, checking, transliterating,
        // duplicate checks and the contacts table's own indexes.
        QFile::remove(plainFts);
        QStringList shell { sqlite3, QStringLiteral("-csv"), plainFts, QStringLiteral(".import '%1' t").arg(csv),
            QStringLiteral("ATTACH '%1' AS ours").arg(ours) };
        const QStringList create = storage::SearchIndex::createStatements();
        for (const QString &statement : create)
            shell.append(statement);
        shell.append(QStringLiteral("INSERT INTO search_documents (id, terms) SELECT id, terms FROM ours.search_documents"));
        shell.append(QStringLiteral("INSERT INTO search_index (rowid, terms) SELECT id, terms FROM search_documents"));
        const ChildRun withIndex = runChild(shell, QStringLiteral("/dev/null"), QStringLiteral("/dev/null"));
        if (withIndex.ok && other.ok) {
            bench::say(QStringLiteral("sqlite3: %1 s  peak %2 MiB  (.import, then the same search documents into "
                                      "the same documents table and FTS5 index)")
                           .arg(withIndex.seconds, 0, 'f', 2)
                           .arg(withIndex.peakMiB, 0, 'f', 1));
            bench::say(QStringLiteral("ratio ours / sqlite3 with the search index: %1; the index alone costs the "
                                      "shell %2 × its plain .import")
                           .arg(run.seconds / withIndex.seconds, 0, 'f', 2)
                           .arg((withIndex.seconds - other.seconds) / other.seconds, 0, 'f', 2));
        } else if (!withIndex.ok) {
            bench::say(QStringLiteral("sqlite3 with the search index: failed"));
        }
    }
    if (!parser.isSet(keepOption)) {
        for (const QString &file : QStringList { csv, ours, plain, plainFts, log })
            QFile::remove(file);
    }
    return 0;
}
