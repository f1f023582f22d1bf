#pragma once
// What every repository shares: the connection, bound-parameter inserts and updates that stamp
// uid and times, and the last error. One repository per aggregate derives from it; SQL stays in
// app/storage.

#include "domain/Record.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QSqlQuery;
class QSqlRecord;

namespace dd::storage {

class Database;

using Columns = QList<QPair<QString, QVariant>>;

class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Repository)

public:
    explicit Repository(const Database &database);

    // What went wrong in the last call that returned false (for logs and messages).
    QString lastError() const { return m_error; }

    // A new uid for a record (a UUID without braces).
    static QString newUid();

protected:
    // INSERT: fills record.id, and uid and times when they are empty.
    bool insertRow(const QString &table, Record &record, const Columns &columns);
    // UPDATE by record.id: stamps updated_at. Fails when the row does not exist.
    bool updateRow(const QString &table, Record &record, const Columns &columns);
    bool removeRow(const QString &table, RowId id);
    // Runs a prepared statement with positional values; sets m_error on failure.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    // Brings the search index in step with a record of table that was just written (and with
    // the records whose documents name it). Tables the index does not hold are ignored.
    bool reindex(const QString &table, RowId id);
    // Removes a record and its document, and refreshes the documents that named it.
    bool removeIndexed(const QString &table, RowId id);
    // The row id of the record with this uid in table, or 0.
    RowId idForUid(const QString &table, const QString &uid);
    QList<RowId> ids(const QString &sql, const QVariantList &values);
    // Makes the link rows (owner, target) of table be exactly those for targets: removes the
    // others, adds the missing ones, and leaves the rows that stay (and their uids) alone.
    bool syncLinks(const QString &table, const QString &ownerColumn, RowId owner,
                   const QString &targetColumn, const QList<RowId> &targets);
    QList<RowId> links(const QString &table, const QString &ownerColumn, RowId owner,
                       const QString &targetColumn);

    static void readRecord(const QSqlQuery &query, Record &record);
    bool fail(const QString &error);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace dd::storage

#include <QSqlQuery>

#include <optional>

namespace dd::storage {

// A savepoint: makes the several statements of one aggregate write all-or-nothing, whether or
// not the caller has a transaction open around it.
class Savepoint
{
public:
    explicit Savepoint(const QSqlDatabase &db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    bool isActive() const { return m_active; }
    bool release();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
};

// The operations every aggregate has. Derived supplies:
//   static QString table();
//   static Columns columnsOf(const T &);           the row's own columns, for INSERT and UPDATE
//   static void readColumns(const QSqlQuery &, T &);
template<class T, class Derived>
class RecordRepository : public Repository
{
public:
    using Repository::Repository;

    bool insert(T &record)
    {
        Savepoint savepoint(m_db);
        const bool ok = insertRow(Derived::table(), record, Derived::columnsOf(record))
            && reindex(Derived::table(), record.id) && savepoint.release();
        if (!ok)
            record.id = 0;
        return ok;
    }
    bool update(T &record)
    {
        Savepoint savepoint(m_db);
        return updateRow(Derived::table(), record, Derived::columnsOf(record))
            && reindex(Derived::table(), record.id) && savepoint.release();
    }
    bool remove(RowId id)
    {
        Savepoint savepoint(m_db);
        return removeIndexed(Derived::table(), id) && savepoint.release();
    }
    std::optional<T> find(RowId id) { return findWhere(QStringLiteral("id"), id); }
    std::optional<T> findByUid(const QString &uid) { return findWhere(QStringLiteral("uid"), uid); }
    RowId idOf(const QString &uid) { return idForUid(Derived::table(), uid); }

protected:
    std::optional<T> findWhere(const QString &column, const QVariant &value)
    {
        QSqlQuery query(m_db);
        const QString sql = QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(Derived::table(), column);
        if (!exec(query, sql, { value }) || !query.next())
            return std::nullopt;
        T record;
        readRecord(query, record);
        Derived::readColumns(query, record);
        return record;
    }
};

} // namespace dd::storage
