#pragma once
// One open Delegation Desk database file: it checks the file before touching it, holds the
// writer's lock, upgrades the schema (after copying the file beside itself) and hands out the
// Qt SQL connection to the repositories.

#include "Schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

namespace dd::storage {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode { ReadWrite, ReadOnly };

    enum class Problem {
        None,
        NotFound,        // no such file, and we were not asked to create it
        CannotCreate,    // the folder cannot be created or written
        NotADatabase,    // not an SQLite file at all
        Corrupt,         // an SQLite file that is truncated or damaged
        ForeignDatabase, // an SQLite file written by another program
        NewerVersion,    // written by a newer Delegation Desk
        Locked,          // another process holds it for writing
        ReadOnly,        // needs writing (a command or an upgrade) but is read-only
        MigrationFailed, // an upgrade step failed; the file is as it was
    };

    struct Error {
        Problem problem = Problem::None;
        QString message; // translated, names the file
    };

    struct Options {
        Mode mode = Mode::ReadWrite;
        bool createIfMissing = true;
        // Refuse a file that can only be opened read-only, instead of opening it so.
        bool requireWritable = false;
        QList<Migration> migrations = Schema::migrations(); // tests bring their own steps
    };

    // Opens path, or returns null and fills *error. A file that is refused is never modified.
    static std::unique_ptr<Database> open(const QString &path, const Options &options,
                                          Error *error);
    static std::unique_ptr<Database> open(const QString &path, Error *error)
    {
        return open(path, Options(), error);
    }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_version; }
    // The copy made before the last upgrade in this session; empty when there was none.
    QString backupPath() const { return m_backupPath; }

    QSqlDatabase connection() const;

    // True when no table holds a single record (a new database, shown with a welcome page).
    bool isEmpty() const;

    struct CheckReport {
        bool healthy = false;
        QStringList problems; // translated, one per finding
    };
    // Full integrity and foreign-key check (reads every page: slow on a big file), and, on a
    // connection that may write, the search index against its documents.
    CheckReport check() const;

    // A consistent copy of the whole database into a new file.
    bool backup(const QString &targetPath, QString *error) const;

    // Where the lock file of a database lives.
    static QString lockPath(const QString &databasePath);

private:
    explicit Database(const QString &path);
    bool openConnection(bool readOnly, QString *error);
    void closeConnection();
    bool migrate(const QList<Migration> &migrations, Error *error);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    int m_version = 0;
    QString m_backupPath;
};

// Commits when told to, rolls back otherwise: every write that belongs together is one of these.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorText() const { return m_error; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace dd::storage
