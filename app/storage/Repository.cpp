#include "Repository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace dd::storage {

Repository::Repository(const Database &database)
    : m_db(database.connection())
{
}

QString Repository::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Repository::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool Repository::exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return fail(query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError().text());
    return true;
}

bool Repository::insertRow(const QString &table, Record &record, const Columns &columns)
{
    if (record.uid.isEmpty())
        record.uid = newUid();
    const QString now = SqlDialect::nowUtc();
    if (!record.createdAt.isValid())
        record.createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    record.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);

    QStringList names { QStringLiteral("uid"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at") };
    QVariantList values { record.uid, record.createdAt.toString(Qt::ISODateWithMs), now };
    for (const auto &[name, value] : columns) {
        names.append(name);
        values.append(value);
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), names.size());
    QSqlQuery query(m_db);
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, names.join(QStringLiteral(", ")),
                                 marks.join(QStringLiteral(", ")));
    if (!exec(query, sql, values))
        return false;
    record.id = query.lastInsertId().toLongLong();
    return true;
}

bool Repository::updateRow(const QString &table, Record &record, const Columns &columns)
{
    if (!record.isStored())
        return fail(tr("The record has not been saved yet."));
    const QString now = SqlDialect::nowUtc();
    QStringList assignments { QStringLiteral("updated_at = ?") };
    QVariantList values { now };
    for (const auto &[name, value] : columns) {
        assignments.append(name + QStringLiteral(" = ?"));
        values.append(value);
    }
    values.append(record.id);
    QSqlQuery query(m_db);
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                            .arg(table, assignments.join(QStringLiteral(", ")));
    if (!exec(query, sql, values))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("The record no longer exists (it may have been deleted)."));
    record.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return true;
}

bool Repository::removeRow(const QString &table, RowId id)
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), { id }))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("The record no longer exists (it may have been deleted)."));
    return true;
}

bool Repository::reindex(const QString &table, RowId id)
{
    const auto kind = SearchIndex::kindOfTable(table);
    if (!kind)
        return true;
    SearchIndex index(m_db);
    if (!index.refresh(*kind, id))
        return fail(index.lastError());
    const auto dependants = index.dependants(*kind, id);
    for (const auto &[dependantKind, dependantId] : dependants) {
        if (!index.refresh(dependantKind, dependantId))
            return fail(index.lastError());
    }
    return true;
}

bool Repository::removeIndexed(const QString &table, RowId id)
{
    const auto kind = SearchIndex::kindOfTable(table);
    if (!kind)
        return removeRow(table, id);
    SearchIndex index(m_db);
    // Asked before the removal: its cascade takes the links to the dependants away.
    const auto dependants = index.dependants(*kind, id);
    if (!removeRow(table, id) || !index.refresh(*kind, id))
        return m_error.isEmpty() ? fail(index.lastError()) : false;
    for (const auto &[dependantKind, dependantId] : dependants) {
        if (!index.refresh(dependantKind, dependantId))
            return fail(index.lastError());
    }
    return true;
}

RowId Repository::idForUid(const QString &table, const QString &uid)
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(table), { uid }))
        return 0;
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<RowId> Repository::ids(const QString &sql, const QVariantList &values)
{
    QList<RowId> result;
    QSqlQuery query(m_db);
    if (!exec(query, sql, values))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

bool Repository::syncLinks(const QString &table, const QString &ownerColumn, RowId owner,
                           const QString &targetColumn, const QList<RowId> &targets)
{
    const QList<RowId> existing = links(table, ownerColumn, owner, targetColumn);
    QSqlQuery query(m_db);
    for (RowId target : existing) {
        if (targets.contains(target))
            continue;
        const QString sql = QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 = ?")
                                .arg(table, ownerColumn, targetColumn);
        if (!exec(query, sql, { owner, target }))
            return false;
    }
    QList<RowId> added;
    for (RowId target : targets) {
        if (existing.contains(target) || added.contains(target))
            continue;
        Record link;
        if (!insertRow(table, link, { { ownerColumn, owner }, { targetColumn, target } }))
            return false;
        added.append(target);
    }
    return true;
}

QList<RowId> Repository::links(const QString &table, const QString &ownerColumn, RowId owner,
                               const QString &targetColumn)
{
    return ids(QStringLiteral("SELECT %3 FROM %1 WHERE %2 = ? AND %3 IS NOT NULL ORDER BY id")
                   .arg(table, ownerColumn, targetColumn),
               { owner });
}

void Repository::readRecord(const QSqlQuery &query, Record &record)
{
    const QSqlRecord row = query.record();
    record.id = query.value(row.indexOf(QStringLiteral("id"))).toLongLong();
    record.uid = query.value(row.indexOf(QStringLiteral("uid"))).toString();
    record.createdAt = SqlDialect::dateTimeFrom(query.value(row.indexOf(QStringLiteral("created_at"))));
    record.updatedAt = SqlDialect::dateTimeFrom(query.value(row.indexOf(QStringLiteral("updated_at"))));
}

} // namespace dd::storage

namespace dd::storage {

Savepoint::Savepoint(const QSqlDatabase &db)
    : m_db(db)
    , m_name(QStringLiteral("sp_%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("SAVEPOINT ") + m_name);
}

Savepoint::~Savepoint()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    query.exec(QStringLiteral("RELEASE ") + m_name);
}

bool Savepoint::release()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    // Still active when RELEASE fails, so that the destructor rolls the work back.
    m_active = !query.exec(QStringLiteral("RELEASE ") + m_name);
    return !m_active;
}

} // namespace dd::storage
