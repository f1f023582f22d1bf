#pragma once
// The SQL of a CSV import (exchange::CsvImport decides what to write; this class writes it):
// reads once what duplicate checks and references need (every contact's e-mail and name,
// every community's name and code, every organisation's name), holds the one transaction of
// the import, inserts rows through statements prepared once and bound natively, updates
// existing rows, and brings the search index in step at the end: the records it created in
// one pass, those it updated one by one.
//
// It binds through SQLite's own handle, as storage::ExportCursor reads through it: at a million
// rows Qt SQL's per-value QVariant cost would be most of the import's time. Values come as
// QVariant lists in the order columns() gives: a null or empty text is stored as NULL.
//
// New records get version 7 UUIDs (time-ordered, RFC 9562), so that a million inserts append
// to the uid index instead of writing to random pages of it; they are as unique as version 4.
//
// Large imports drop the table's indexes in the LOCALIZED collation (each insert would
// otherwise call QCollator a score of times) and build them again before the commit, all
// inside the transaction, so that a rollback puts everything back as it was. They also run
// with a rollback journal instead of the WAL, which would have every page written twice.

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>

struct sqlite3_stmt;

namespace dd::storage {

class Database;
class Transaction;

class ImportWriter {
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    // The tables an import writes.
    enum class Table { Communities, Organisations, Contacts, ContactSensitive, Members };

    explicit ImportWriter(const Database &database);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    // The columns an insert takes, in order (uid and times are added by the writer; a uid
    // given as the first value is kept when not empty, a new one is time-ordered).
    static QStringList columns(Table table);

    // What the duplicate checks and references read, once.
    struct CommunityRow {
        RowId id;
        QString uid, name, country, officialCode;
    };
    struct OrganisationRow {
        RowId id;
        QString uid, name, country;
    };
    struct ContactRow {
        RowId id;
        QString uid, givenName, familyName, email;
        RowId communityId;
    };
    struct MemberRow {
        RowId id;
        RowId delegationId, contactId;
    };
    bool readCommunities(const std::function<void(const CommunityRow &)> &each);
    bool readOrganisations(const std::function<void(const OrganisationRow &)> &each);
    bool readContacts(const std::function<void(const ContactRow &)> &each);
    bool readMembers(const std::function<void(const MemberRow &)> &each);
    // The names a member is known by, for room sharing: their contact's, native and Latin.
    struct MemberName {
        RowId id; // the member; 0 when read by contact
        QString givenName, familyName, givenNameLatin, familyNameLatin;
    };
    // The members of a delegation, as the transaction sees them.
    bool readMemberNames(RowId delegationId, const std::function<void(const MemberName &)> &each);
    // One contact's names (a contact not yet a member in a dry run).
    bool readContactNames(RowId contactId, const std::function<void(const MemberName &)> &each);
    qint64 count(Table table);

    // Starts the transaction. expectedRows: how many rows the file may bring (a guess from
    // its size), to decide on the index work above.
    bool begin(EntityKind table, qint64 expectedRows);
    // Inserts a row; *id is its row id. values as columns(table) lists them.
    bool insert(Table table, const QVariantList &values, RowId *id);
    // Sets the named columns of a row (updated_at too).
    bool update(Table table, RowId id, const QStringList &columns, const QVariantList &values);
    // Deletes a row this import inserted, for a row left out after it was written.
    bool remove(Table table, RowId id);
    // The sensitive row of a contact, written whole: inserted or replaced.
    bool setSensitive(RowId contactId, const QVariantList &values);
    // Builds again what begin() dropped, writes the search documents of the records created
    // (read back in one pass) and refreshes those of the records updated (touched: their kind
    // and id), and commits. False (rolled back) on error.
    bool commit(const QList<QPair<EntityKind, RowId>> &touched);
    // Undoes everything since begin().
    void rollback();

    QString lastError() const { return m_error; }

private:
    sqlite3_stmt *prepare(const QString &sql);
    bool bindAll(sqlite3_stmt *statement, int first, const QVariantList &values);
    bool step(sqlite3_stmt *statement);
    bool execSql(const QString &sql);
    bool fail(const QString &message);
    static QString tableName(Table table);
    void restoreCache();
    void restoreJournal();
    QString nextUid();
    bool indexCreated(Table table, RowId first);

    QSqlDatabase m_db;
    std::unique_ptr<Transaction> m_transaction;
    QHash<int, sqlite3_stmt *> m_inserts;
    QHash<QString, sqlite3_stmt *> m_updates;
    QHash<int, RowId> m_firstCreated; // by table: the first row this import inserted
    QStringList m_droppedIndexes; // their CREATE statements, run again before the commit
    QString m_now;
    int m_cacheSize = 0; // the connection's own, put back after the import
    bool m_walSuspended = false; // a rollback journal for a big import, WAL again after it
    quint64 m_uidMillis = 0; // nextUid()'s time and counter
    quint32 m_uidCounter = 0;
    QString m_error;
};

} // namespace dd::storage
