#include "ChangeLog.h"

#include "Database.h"
#include "Schema.h"
#include "SearchIndex.h"
#include "SqliteHandle.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace dd::storage {
namespace {

// The search documents and their index are derived from the records: replays refresh them
// instead.
int recordedTable(void *, const char *table)
{
    return qstrncmp(table, "search_", 7) == 0 ? 0 : 1;
}

QString sqliteError(sqlite3 *handle, int rc)
{
    return handle && sqlite3_errcode(handle) == rc ? QString::fromUtf8(sqlite3_errmsg(handle))
                                                   : QString::fromUtf8(sqlite3_errstr(rc));
}

// Owns a buffer that SQLite allocated.
struct SqliteFree {
    void operator()(void *pointer) const { sqlite3_free(pointer); }
};
using SqliteBuffer = std::unique_ptr<void, SqliteFree>;

struct IteratorFinalizer {
    void operator()(sqlite3_changeset_iter *iterator) const { sqlite3changeset_finalize(iterator); }
};
using ChangesetIterator = std::unique_ptr<sqlite3_changeset_iter, IteratorFinalizer>;

ChangesetIterator startIterating(const QByteArray &changeSet)
{
    sqlite3_changeset_iter *iterator = nullptr;
    // The iterator only reads the buffer.
    void *data = const_cast<char *>(changeSet.constData());
    if (sqlite3changeset_start(&iterator, int(changeSet.size()), data) != SQLITE_OK)
        return nullptr;
    return ChangesetIterator(iterator);
}

qint64 integerValue(sqlite3_value *value)
{
    return value && sqlite3_value_type(value) == SQLITE_INTEGER ? sqlite3_value_int64(value) : 0;
}

// Column number -> the record table it points to, for each table's foreign keys.
using ForeignKeys = QHash<int, QString>;

ForeignKeys foreignKeysOf(const QSqlDatabase &db, const QString &table)
{
    QHash<QString, int> columnNumbers;
    QSqlQuery columns(db);
    if (columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (columns.next())
            columnNumbers.insert(columns.value(1).toString(), columns.value(0).toInt());
    }
    ForeignKeys keys;
    QSqlQuery references(db);
    if (references.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table))) {
        while (references.next()) {
            const QString target = references.value(2).toString();
            const QString from = references.value(3).toString();
            if (columnNumbers.contains(from))
                keys.insert(columnNumbers.value(from), target);
        }
    }
    return keys;
}

// What a replay must refresh in the search index: the records it touched, and the records
// the touched link rows point to (a party row names its partnership).
struct Touched {
    QSet<QString> tables;
    QList<QPair<EntityKind, RowId>> records;
    QSet<QPair<int, RowId>> seen;

    void add(EntityKind kind, RowId id)
    {
        if (id <= 0 || seen.contains({ int(kind), id }))
            return;
        seen.insert({ int(kind), id });
        records.append({ kind, id });
    }
};

bool collectTouched(const QSqlDatabase &db, const QByteArray &changeSet, Touched *touched, bool withLinks)
{
    ChangesetIterator iterator = startIterating(changeSet);
    if (!iterator)
        return false;
    QHash<QString, ForeignKeys> foreignKeys;
    while (sqlite3changeset_next(iterator.get()) == SQLITE_ROW) {
        const char *tableName = nullptr;
        int columnCount = 0;
        int operation = 0;
        int indirect = 0;
        if (sqlite3changeset_op(iterator.get(), &tableName, &columnCount, &operation, &indirect) != SQLITE_OK)
            return false;
        const QString table = QString::fromUtf8(tableName);
        touched->tables.insert(table);
        // Every table keeps its row id in column 0 ("id INTEGER PRIMARY KEY").
        sqlite3_value *key = nullptr;
        if (operation == SQLITE_INSERT)
            sqlite3changeset_new(iterator.get(), 0, &key);
        else
            sqlite3changeset_old(iterator.get(), 0, &key);
        if (const auto kind = Schema::kindOfTable(table))
            touched->add(*kind, integerValue(key));
        if (!withLinks)
            continue;
        if (!foreignKeys.contains(table))
            foreignKeys.insert(table, foreignKeysOf(db, table));
        const ForeignKeys &keys = foreignKeys[table];
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            const auto targetKind = Schema::kindOfTable(it.value());
            if (!targetKind || it.key() >= columnCount)
                continue;
            for (const bool after : { false, true }) {
                sqlite3_value *value = nullptr;
                if (after && operation != SQLITE_DELETE)
                    sqlite3changeset_new(iterator.get(), it.key(), &value);
                if (!after && operation != SQLITE_INSERT)
                    sqlite3changeset_old(iterator.get(), it.key(), &value);
                touched->add(*targetKind, integerValue(value));
            }
        }
    }
    return true;
}

struct ConflictContext {
    QString table;
    int conflict = 0;
};

int abortOnConflict(void *context, int conflict, sqlite3_changeset_iter *iterator)
{
    auto *found = static_cast<ConflictContext *>(context);
    const char *table = nullptr;
    int columns = 0;
    int operation = 0;
    int indirect = 0;
    if (found->conflict == 0 && sqlite3changeset_op(iterator, &table, &columns, &operation, &indirect) == SQLITE_OK) {
        found->table = QString::fromUtf8(table);
        found->conflict = conflict;
    }
    return SQLITE_CHANGESET_ABORT;
}

// Foreign keys are off while a change set is applied, so that a replayed deletion does not
// cascade a second time over rows the change set deletes itself; they come back on after.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

ChangeRecorder::ChangeRecorder(const Database &database)
{
    sqlite3 *handle = sqliteHandle(database.connection());
    if (!handle) {
        m_error = tr("The database cannot record changes.");
        return;
    }
    int rc = sqlite3session_create(handle, "main", &m_session);
    if (rc == SQLITE_OK) {
        sqlite3session_table_filter(m_session, recordedTable, nullptr);
        rc = sqlite3session_attach(m_session, nullptr);
    }
    if (rc != SQLITE_OK) {
        m_error = sqliteError(handle, rc);
        if (m_session)
            sqlite3session_delete(m_session);
        m_session = nullptr;
    }
}

ChangeRecorder::~ChangeRecorder()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

QByteArray ChangeRecorder::finish()
{
    if (!m_session)
        return {};
    int size = 0;
    void *buffer = nullptr;
    const int rc = sqlite3session_changeset(m_session, &size, &buffer);
    const SqliteBuffer owned(buffer);
    sqlite3session_delete(m_session);
    m_session = nullptr;
    if (rc != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errstr(rc));
        return {};
    }
    return QByteArray(static_cast<const char *>(buffer), size);
}

bool ChangeLog::replay(const Database &database, const QByteArray &changeSet, Direction direction, QString *error)
{
    const auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QSqlDatabase db = database.connection();
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return failed(QCoreApplication::translate("ChangeLog", "The database cannot replay changes."));
    if (database.isReadOnly())
        return failed(QCoreApplication::translate("ChangeLog", "The database is open read-only."));
    if (changeSet.isEmpty())
        return true;
    // Foreign keys can only be switched outside a transaction.
    if (!sqlite3_get_autocommit(handle))
        return failed(QCoreApplication::translate("ChangeLog", "Another change is still being written."));

    QByteArray changes = changeSet;
    if (direction == Direction::Backward) {
        int size = 0;
        void *inverted = nullptr;
        const int rc = sqlite3changeset_invert(int(changeSet.size()), const_cast<char *>(changeSet.constData()),
                                               &size, &inverted);
        const SqliteBuffer owned(inverted);
        if (rc != SQLITE_OK)
            return failed(QString::fromUtf8(sqlite3_errstr(rc)));
        changes = QByteArray(static_cast<const char *>(inverted), size);
    }

    const ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db);
    if (!transaction.isActive())
        return failed(transaction.errorText());
    ConflictContext conflict;
    const int rc = sqlite3changeset_apply(handle, int(changes.size()), changes.data(), nullptr, abortOnConflict,
                                          &conflict);
    if (rc != SQLITE_OK) {
        if (conflict.conflict != 0) {
            const auto kind = Schema::kindOfTable(conflict.table);
            return failed(QCoreApplication::translate("ChangeLog", "This cannot be replayed: the list “%1” has changed since.")
                              .arg(kind ? Entity::pluralLabel(*kind) : conflict.table));
        }
        return failed(sqliteError(handle, rc));
    }

    Touched touched;
    if (!collectTouched(db, changes, &touched, true))
        return failed(QCoreApplication::translate("ChangeLog", "The recorded changes are damaged."));
    // The replay restores a state that was consistent; check that nothing dangles all the same.
    for (const QString &table : std::as_const(touched.tables)) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(table)))
            return failed(check.lastError().text());
        if (check.next()) {
            return failed(QCoreApplication::translate("ChangeLog", "Replaying the changes would leave a record in “%1” pointing to "
                                                 "one that is gone.")
                              .arg(table));
        }
    }
    SearchIndex index(db);
    QList<QPair<EntityKind, RowId>> toRefresh = touched.records;
    for (const auto &[kind, id] : std::as_const(touched.records))
        toRefresh.append(index.dependants(kind, id));
    for (const auto &[kind, id] : std::as_const(toRefresh)) {
        if (!index.refresh(kind, id))
            return failed(index.lastError());
    }
    if (!transaction.commit())
        return failed(transaction.errorText());
    return true;
}

QList<ChangeLog::TouchedRecord> ChangeLog::touchedRecords(const QByteArray &changeSet)
{
    Touched touched;
    collectTouched({}, changeSet, &touched, false);
    QList<TouchedRecord> result;
    for (const auto &[kind, id] : std::as_const(touched.records))
        result.append({ kind, id });
    return result;
}

} // namespace dd::storage
