#pragma once
// The SQL of a CSV import (exchange::CsvImport decides what to write; this class writes it):
// reads once what duplicate checks and references need (every contact's e-mail and name,
// every community's name and code, every organisation's name), holds the one transaction of
// the import, inserts rows through statements prepared once and bound natively, updates
// existing rows, and writes the search document of each record it creates with the record.
//
// The writes run on a thread of their own, in the order given, while the caller reads and
// checks the next rows of the file: on a machine with two cores the import then takes about
// as long as the longer of the two halves instead of their sum (bench_import). So that the
// caller never waits for a write, row ids are given here (one above the table's largest, as
// SQLite itself would), and a write the database refuses is reported by the next call that
// hands one over, or by flush(). Nothing else may use the connection while the writer
// thread runs: reads here wait for the writes first, and whilePaused() stops the thread for
// what may (a window processing its events between rows).
//
// It binds through SQLite's own handle, as storage::ExportCursor reads through it: at a million
// rows Qt SQL's per-value QVariant cost would be most of the import's time. Values come as
// QVariant lists in the order columns() gives: a null or empty text is stored as NULL.
//
// New records get version 7 UUIDs (time-ordered, RFC 9562), so that a million inserts append
// to the uid index instead of writing to random pages of it; they are as unique as version 4.
//
// Large imports run with a rollback journal instead of the WAL, which would have every page
// written twice. The indexes in the LOCALIZED collation are kept and written with each row:
// the writer thread has the time, where dropping them and building them again after the
// rows made the caller wait two seconds at a million rows.

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
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

    // Starts the transaction and the writer thread. expectedRows: how many rows the file may
    // bring (a guess from its size), to decide on the journal above.
    bool begin(EntityKind table, qint64 expectedRows);
    // The line of the file the next writes come from, named when the database refuses one.
    void setLine(qint64 line) { m_line = line; }
    // Inserts a row, with its search document; *id is its row id. values as columns(table)
    // lists them.
    bool insert(Table table, const QVariantList &values, RowId *id);
    // Sets the named columns of a row (updated_at too).
    bool update(Table table, RowId id, const QStringList &columns, const QVariantList &values);
    // Deletes a row this import inserted, and its search document, for a row left out after
    // it was written.
    bool remove(Table table, RowId id);
    // The sensitive row of a contact, written whole: inserted or replaced.
    bool setSensitive(RowId contactId, const QVariantList &values);
    // Waits until every write handed over is done; false when one was refused.
    bool flush();
    // Runs what while the writer thread waits between two writes, then lets it go on; returns
    // what returned.
    bool whilePaused(const std::function<bool()> &what);
    // Waits for the writes, refreshes the search documents of the records updated (touched:
    // their kind and id), and commits. False (rolled back) on error.
    bool commit(const QList<QPair<EntityKind, RowId>> &touched);
    // Undoes everything since begin().
    void rollback();

    QString lastError() const { return m_error; }
    // The line whose write the database refused (0 when none or not known).
    qint64 failedLine() const { return m_failedLine; }

private:
    // A value bound as SQLite takes it: NULL, an integer or UTF-8 text (in its batch's text).
    struct Value {
        enum Type : quint8 { Null, Integer, Text } type = Null;
        qint64 integer = 0; // Integer; Text: where its bytes start in the batch's text
        int size = 0; // Text: its bytes
    };
    // One write, for the writer thread; its values are values[firstValue...] of its batch.
    struct Write {
        enum Kind : quint8 { Insert, Update, SetSensitive } kind = Insert;
        Table table = Table::Contacts;
        RowId id = 0; // the row inserted or updated; the contact of SetSensitive
        RowId sensitiveId = 0; // SetSensitive: the id its row gets if it is new
        qint64 line = 0;
        QStringList columns; // Update: the columns set
        std::size_t firstValue = 0, valueCount = 0;
        qint64 documentRowid = 0; // Insert: its search document, when it has one
        Value terms;
    };
    // Writes handed over together. The thread gives a batch back emptied, its memory kept:
    // a million rows then allocate on one thread and free on the other only a few times
    // (memory freed by another thread than the one that took it costs glibc a lock).
    struct Batch {
        std::vector<Write> writes;
        std::vector<Value> values;
        std::vector<char> text;
        void clear()
        {
            writes.clear();
            values.clear();
            text.clear();
        }
        Value textValue(const QString &string);
        const char *bytes(const Value &value) const { return text.data() + value.integer; }
    };
    class Thread;
    // What an insert into a table needs to know of it, worked out once per table.
    struct Layout {
        QStringList columns; // columns(table)
        bool ownUid = false; // the first value is the uid
        std::optional<EntityKind> kind; // the kind whose search document a row gets
        QList<int> textPositions; // of SearchIndex::textColumns(kind) among the values
    };
    const Layout &layoutOf(Table table);

    sqlite3_stmt *prepare(const QString &sql, QString *error);
    static bool bindAll(sqlite3_stmt *statement, int first, const Batch &batch, std::size_t begin,
        std::size_t end, QString *error);
    static bool step(sqlite3_stmt *statement, QString *error);
    bool fail(const QString &message);
    static QString tableName(Table table);
    Value valueOf(const QVariant &value);
    void restoreCache();
    void restoreJournal();
    QString nextUid();
    bool hand(Write &&write);
    bool stopThread();
    void finalizeStatements();
    bool clearStaleDocuments();
    // On the writer thread; what goes wrong there goes to m_threadError.
    bool execute(const Batch &batch, const Write &write);
    bool executeInsert(const Batch &batch, const Write &write);
    bool executeUpdate(const Batch &batch, const Write &write);
    bool executeSetSensitive(const Batch &batch, const Write &write);

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr; // the connection's, for the writer thread
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<Thread> m_thread;
    Batch m_batch; // handed over when full
    QHash<int, RowId> m_lastId; // by table: the last row id given
    QHash<int, Layout> m_layouts;
    qint64 m_line = 0;
    QHash<int, sqlite3_stmt *> m_inserts; // these statements: the writer thread's
    QHash<QString, sqlite3_stmt *> m_updates;
    sqlite3_stmt *m_documentInsert = nullptr;
    sqlite3_stmt *m_indexInsert = nullptr;
    QByteArray m_now; // created_at and updated_at, as bound
    int m_cacheSize = 0; // the connection's own, put back after the import
    bool m_walSuspended = false; // a rollback journal for a big import, WAL again after it
    quint64 m_uidMillis = 0; // nextUid()'s time and counter
    quint32 m_uidCounter = 0;
    QRandomGenerator m_random;
    QString m_error;
    QString m_threadError; // the writer thread's, read after it handed its writes back
    qint64 m_failedLine = 0;
};

} // namespace dd::storage
