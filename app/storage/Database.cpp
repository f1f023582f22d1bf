#include "Database.h"

#include "SearchIndex.h"
#include "SqlDialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>

namespace dd::storage {
namespace {

constexpr int busyTimeoutMs = 5000;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Reads SQLite's 100-byte file header (https://www.sqlite.org/fileformat.html, section 1.3) and
// says what is wrong with the file, before SQLite is let near it.
Database::Problem inspectHeader(const QString &path, qint64 size, QString *detail)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *detail = file.errorString();
        return Database::Problem::NotADatabase;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        *detail = QString();
        return Database::Problem::NotADatabase;
    }
    if (header.size() < 100) {
        *detail = Database::tr("the file ends inside its header (%n byte(s))", nullptr,
                               int(header.size()));
        return Database::Problem::Corrupt;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        *detail = Database::tr("its header gives an impossible page size (%1)").arg(pageSize);
        return Database::Problem::Corrupt;
    }
    // The page count in the header is valid when the change counter equals the
    // version-valid-for number (every SQLite since 3.7.0 keeps them equal).
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const qint64 pageCount = qFromBigEndian<quint32>(bytes + 28);
    if (changeCounter == validFor && pageCount > 0 && size < pageCount * pageSize) {
        *detail = Database::tr("the file is truncated: %1 bytes, where its header promises %2")
                      .arg(size)
                      .arg(pageCount * pageSize);
        return Database::Problem::Corrupt;
    }
    if (size % pageSize != 0) {
        *detail = Database::tr("its size (%1 bytes) is not a whole number of pages of %2 bytes")
                      .arg(size)
                      .arg(pageSize);
        return Database::Problem::Corrupt;
    }
    return Database::Problem::None;
}

// A file whose mode says read-only is treated as read-only even where the process could write
// it anyway (root): the user marked it so.
bool isWritableFile(const QFileInfo &info)
{
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

bool isWritableFolder(const QString &path)
{
    const QFileInfo folder(path);
    return folder.isDir() && folder.isWritable();
}

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("dd-database-%1").arg(++counter);
}

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    closeConnection();
    if (m_lock)
        m_lock->unlock();
}

QString Database::lockPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::openConnection(bool readOnly, QString *error)
{
    closeConnection();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // The stored names are Ukrainian and Latin whatever language the window speaks: Ukrainian
    // collation is the root order for Latin (é beside e) plus the Ukrainian alphabet (Ї after І,
    // which an English or French collation files under І). One order also keeps SQL sorting
    // the same for every --lang.
    return SqlDialect::registerCollation(db, QLocale(QLocale::Ukrainian, QLocale::Ukraine), error);
}

void Database::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &path, const Options &options,
                                         Error *error)
{
    // SQLite counts every allocation under a process-wide lock unless told otherwise before it
    // starts (at a million-row import, half a second of the writer thread's time in that
    // lock). It may have started already (a test's plain connection): then it keeps counting.
    static const bool uncounted = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(uncounted)
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    auto fail = [&](Problem problem, const QString &message) -> std::unique_ptr<Database> {
        if (error)
            *error = { problem, message };
        return nullptr;
    };

    const bool exists = info.exists();
    if (exists && !info.isFile())
        return fail(Problem::NotADatabase, tr("“%1” is a folder, not a database file.").arg(shown(absolute)));

    if (!exists) {
        if (options.mode == Mode::ReadOnly || !options.createIfMissing)
            return fail(Problem::NotFound, tr("The database “%1” does not exist.").arg(shown(absolute)));
        if (!QDir().mkpath(info.absolutePath()) || !isWritableFolder(info.absolutePath())) {
            return fail(Problem::CannotCreate,
                        tr("Cannot create the database “%1”: the folder cannot be written.")
                            .arg(shown(absolute)));
        }
    }

    const qint64 size = exists ? info.size() : 0;
    if (size > 0) {
        QString detail;
        switch (inspectHeader(absolute, size, &detail)) {
        case Problem::None:
            break;
        case Problem::Corrupt:
            return fail(Problem::Corrupt,
                        tr("“%1” is a damaged database: %2. It was not changed; restore it from a "
                           "backup (a copy named “.bak-v…” may lie beside it).")
                            .arg(shown(absolute), detail));
        default:
            return fail(Problem::NotADatabase,
                        tr("“%1” is not a Delegation Desk database (it is not an SQLite file).")
                            .arg(shown(absolute)));
        }
    }

    // SQLite writes its journal beside the file, so a file in a read-only folder is read-only too.
    const bool writable = !exists || (isWritableFile(info) && isWritableFolder(info.absolutePath()));
    const bool readOnly = options.mode == Mode::ReadOnly || !writable;
    if (readOnly && options.mode == Mode::ReadWrite && options.requireWritable) {
        return fail(Problem::ReadOnly,
                    tr("“%1” is read-only; it can be opened for reading only.").arg(shown(absolute)));
    }

    std::unique_ptr<Database> db(new Database(absolute));
    db->m_readOnly = readOnly;

    if (!readOnly) {
        db->m_lock = std::make_unique<QLockFile>(lockPath(absolute));
        db->m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
        if (!db->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            const bool known = db->m_lock->getLockInfo(&pid, &host, &application);
            const QString user = QFileInfo(lockPath(absolute)).owner();
            if (db->m_lock->error() == QLockFile::LockFailedError && known) {
                return fail(Problem::Locked,
                            tr("“%1” is already open for writing by user %2 on %3 (process %4, %5). "
                               "Close it there first, or open a copy.")
                                .arg(shown(absolute), user.isEmpty() ? tr("unknown") : user, host,
                                     QString::number(pid), application));
            }
            return fail(Problem::Locked,
                        tr("Cannot lock “%1” for writing: the lock file “%2” cannot be created.")
                            .arg(shown(absolute), shown(lockPath(absolute))));
        }
    }

    // First look through a read-only connection: a file we refuse stays byte-for-byte as it was.
    QString sqlError;
    int version = 0;
    if (size > 0) {
        if (!db->openConnection(true, &sqlError))
            return fail(Problem::Corrupt, tr("Cannot open “%1”: %2").arg(shown(absolute), sqlError));
        QSqlQuery query(db->connection());
        int applicationId = 0;
        int tableCount = 0;
        const bool readable = query.exec(QStringLiteral("PRAGMA application_id")) && query.next()
            && (applicationId = query.value(0).toInt(), query.exec(QStringLiteral("PRAGMA user_version")))
            && query.next() && (version = query.value(0).toInt(), true)
            && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && query.next()
            && (tableCount = query.value(0).toInt(), true);
        if (!readable) {
            sqlError = query.lastError().text();
            query.finish();
            return fail(Problem::Corrupt,
                        tr("“%1” is a damaged database: %2. It was not changed.")
                            .arg(shown(absolute), sqlError));
        }
        query.finish();
        if (applicationId != Schema::applicationId && (applicationId != 0 || tableCount > 0)) {
            return fail(Problem::ForeignDatabase,
                        tr("“%1” is an SQLite database of another program, not of Delegation Desk. "
                           "It was not changed.")
                            .arg(shown(absolute)));
        }
        const int current = options.migrations.isEmpty() ? 0 : options.migrations.constLast().toVersion;
        if (version > current) {
            return fail(Problem::NewerVersion,
                        tr("“%1” was written by a newer version of Delegation Desk (database "
                           "version %2; this version reads up to %3). Update Delegation Desk to "
                           "open it.")
                            .arg(shown(absolute))
                            .arg(version)
                            .arg(current));
        }
        if (version < current && readOnly) {
            return fail(Problem::ReadOnly,
                        (writable ? tr("“%1” needs an upgrade from database version %2 to %3, "
                                       "which needs it opened for writing.")
                                  : tr("“%1” needs an upgrade from database version %2 to %3, but it "
                                       "is read-only."))
                            .arg(shown(absolute))
                            .arg(version)
                            .arg(current));
        }
    }
    db->m_version = version;

    if (readOnly) {
        if (size == 0) {
            return fail(Problem::ReadOnly,
                        tr("“%1” is empty and read-only: there is nothing to show.").arg(shown(absolute)));
        }
        if (!db->connection().isOpen() && !db->openConnection(true, &sqlError))
            return fail(Problem::Corrupt, tr("Cannot open “%1”: %2").arg(shown(absolute), sqlError));
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        return db;
    }

    if (!db->openConnection(false, &sqlError))
        return fail(Problem::CannotCreate, tr("Cannot open “%1”: %2").arg(shown(absolute), sqlError));
    QSqlQuery query(db->connection());
    // A new file gets 8 KiB pages (an existing one keeps its own): a million contacts fill
    // half as many pages of each b-tree, split them half as often, and import 7 % faster
    // (bench_import: 11.8 s with 4 KiB, 11.0 s so).
    const bool configured = query.exec(QStringLiteral("PRAGMA page_size = 8192"))
        && query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        && query.exec(QStringLiteral("PRAGMA synchronous = FULL")) // an entry saved is kept
        && query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!configured) {
        return fail(Problem::Corrupt,
                    tr("Cannot prepare “%1”: %2").arg(shown(absolute), query.lastError().text()));
    }
    query.finish();

    Error migrationError;
    if (!db->migrate(options.migrations, &migrationError))
        return fail(migrationError.problem, migrationError.message);
    return db;
}

bool Database::migrate(const QList<Migration> &migrations, Error *error)
{
    const int target = migrations.isEmpty() ? 0 : migrations.constLast().toVersion;
    if (m_version >= target)
        return true;

    QSqlDatabase db = connection();
    if (m_version > 0) {
        // A copy to go back to if the upgrade surprises someone after it succeeded.
        const QString backup = m_path + QStringLiteral(".bak-v%1").arg(m_version);
        QString copyError;
        QFile::remove(backup);
        if (!SqlDialect::copyDatabase(db, backup, &copyError)) {
            *error = { Problem::MigrationFailed,
                       tr("Cannot upgrade “%1”: the backup copy “%2” could not be written (%3). "
                          "The database was not changed.")
                           .arg(shown(m_path), shown(backup), copyError) };
            return false;
        }
        m_backupPath = backup;
    }

    for (const Migration &step : migrations) {
        if (step.toVersion <= m_version)
            continue;
        Transaction transaction(db);
        QString stepError;
        bool ok = transaction.isActive();
        if (!ok)
            stepError = transaction.errorText();
        ok = ok && step.apply(db, &stepError);
        if (ok) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion));
            if (!ok)
                stepError = query.lastError().text();
        }
        if (ok && !transaction.commit()) {
            ok = false;
            stepError = transaction.errorText();
        }
        if (!ok) {
            *error = { Problem::MigrationFailed,
                       tr("Upgrading “%1” from database version %2 to %3 failed: %4. The database "
                          "was left at version %2.")
                           .arg(shown(m_path))
                           .arg(m_version)
                           .arg(step.toVersion)
                           .arg(stepError) };
            return false;
        }
        m_version = step.toVersion;
    }
    return true;
}

bool Database::isEmpty() const
{
    QSqlQuery query(connection());
    for (const QString &table : Schema::recordTables()) {
        if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table)) || !query.next())
            return false;
        if (query.value(0).toBool())
            return false;
    }
    return true;
}

Database::CheckReport Database::check() const
{
    CheckReport report;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.problems.append(tr("The integrity check could not run: %1").arg(query.lastError().text()));
        return report;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems.append(tr("Integrity: %1").arg(line));
    }
    // FTS5 runs its check as a write command, which a read-only connection (the CLI's check)
    // refuses; there PRAGMA integrity_check above is all.
    if (m_version == Schema::currentVersion() && !m_readOnly) {
        const QString searchProblem = SearchIndex(connection()).checkProblem();
        if (!searchProblem.isEmpty())
            report.problems.append(tr("The search index does not match its documents: %1").arg(searchProblem));
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.problems.append(tr("The foreign-key check could not run: %1").arg(query.lastError().text()));
        return report;
    }
    while (query.next()) {
        report.problems.append(tr("Table %1, row %2 refers to a missing record in %3.")
                                   .arg(query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString()));
    }
    if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next()
        && query.value(0).toInt() != Schema::applicationId) {
        report.problems.append(tr("The file is not marked as a Delegation Desk database."));
    }
    if (m_version != Schema::currentVersion()) {
        report.problems.append(tr("The database is at version %1; this program expects version %2.")
                                   .arg(m_version)
                                   .arg(Schema::currentVersion()));
    }
    report.healthy = report.problems.isEmpty();
    return report;
}

bool Database::backup(const QString &targetPath, QString *error) const
{
    QSqlDatabase db = connection();
    return SqlDialect::copyDatabase(db, targetPath, error);
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    m_active = query.exec(SqlDialect::beginWrite());
    if (!m_active)
        m_error = query.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace dd::storage
