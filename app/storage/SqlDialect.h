#pragma once
// The one place that knows which SQL engine is underneath: SQLite today, PostgreSQL planned for
// team mode. Connection set-up, the locale-aware collation, value conversions and the statements
// whose spelling differs between engines live here and nowhere else.

#include "domain/Record.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

class QLocale;
class QSqlDatabase;

namespace dd::storage::SqlDialect {

// The collation that sorts Ukrainian and French text as people expect (Є after Е, Ґ after Г,
// é beside e). Registered on every SQLite connection; an ICU collation on PostgreSQL.
inline constexpr char collationName[] = "LOCALIZED";

// Registers the collation on an open SQLite connection: the order of QCollator for the locale,
// case-insensitive and numeric ("№2" before "№10"), compared through ICU directly.
bool registerCollation(QSqlDatabase &db, const QLocale &locale, QString *error);

// "expr COLLATE LOCALIZED": for ORDER BY on text shown to people.
QString collated(const QString &expression);

// Starts a transaction that takes the write lock at once, so that a busy database makes us
// wait at the start rather than fail half-way.
QString beginWrite();

// A consistent copy of the whole database to a new file ("VACUUM INTO" on SQLite).
bool copyDatabase(QSqlDatabase &db, const QString &targetPath, QString *error);

// Conversions between domain values and stored values. Empty text and invalid dates are stored
// as NULL, so that "no value" has one spelling.
QVariant toSql(const QString &text);
QVariant toSql(const QDate &date);           // 2025-11-18
QVariant toSql(const QDateTime &dateTime);   // UTC: 2025-11-18T08:30:00Z; local: 2025-11-18T09:30
QVariant toSql(std::optional<qint64> number);
QVariant toSql(bool flag);
QVariant idToSql(RowId id);

QString textFrom(const QVariant &value);
QDate dateFrom(const QVariant &value);
QDateTime dateTimeFrom(const QVariant &value);
std::optional<qint64> numberFrom(const QVariant &value);
RowId idFrom(const QVariant &value);

// The current time as stored in created_at and updated_at.
QString nowUtc();

} // namespace dd::storage::SqlDialect

namespace dd::storage::SqlDialect {

// The values of expression over a group, joined by separator (group_concat / string_agg).
QString groupConcat(const QString &expression, const QString &separator);

} // namespace dd::storage::SqlDialect
