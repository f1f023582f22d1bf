#include "SqlDialect.h"

#include "SqliteHandle.h"

#include <QCollator>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace dd::storage {
namespace {

int compareLocalized(void *context, int length1, const void *text1, int length2, const void *text2)
{
    const auto *collator = static_cast<const QCollator *>(context);
    return collator->compare(QString::fromUtf8(static_cast<const char *>(text1), length1),
                             QString::fromUtf8(static_cast<const char *>(text2), length2));
}

void destroyCollator(void *context)
{
    delete static_cast<QCollator *>(context);
}

} // namespace

bool SqlDialect::registerCollation(QSqlDatabase &db, const QLocale &locale, QString *error)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        if (error)
            *error = QStringLiteral("no native SQLite handle for connection %1").arg(db.connectionName());
        return false;
    }
    auto *collator = new QCollator(locale);
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    collator->setNumericMode(true);
    const int rc = sqlite3_create_collation_v2(handle, collationName, SQLITE_UTF8, collator,
                                               &compareLocalized, &destroyCollator);
    if (rc != SQLITE_OK) {
        delete collator; // SQLite calls the destructor only on success
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

QString SqlDialect::collated(const QString &expression)
{
    return expression + QStringLiteral(" COLLATE ") + QLatin1String(collationName);
}

QString SqlDialect::beginWrite()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

bool SqlDialect::copyDatabase(QSqlDatabase &db, const QString &targetPath, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(targetPath);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

QVariant SqlDialect::toSql(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant SqlDialect::toSql(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QVariant SqlDialect::toSql(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    if (dateTime.timeSpec() == Qt::UTC)
        return dateTime.toString(Qt::ISODate); // ends in Z
    // A local time at the place of the event (a flight's arrival): no zone, to the minute
    // unless seconds were given.
    return dateTime.toString(dateTime.time().second() == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm")
                                                            : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QVariant SqlDialect::toSql(std::optional<qint64> number)
{
    return number ? QVariant(*number) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant SqlDialect::toSql(bool flag)
{
    return QVariant(flag ? 1 : 0);
}

QVariant SqlDialect::idToSql(RowId id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString SqlDialect::textFrom(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QDate SqlDialect::dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime SqlDialect::dateTimeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODate); // Z gives UTC, none local
}

std::optional<qint64> SqlDialect::numberFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

RowId SqlDialect::idFrom(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QString SqlDialect::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace dd::storage

namespace dd::storage {

QString SqlDialect::groupConcat(const QString &expression, const QString &separator)
{
    QString quoted = separator;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("group_concat(%1, '%2')").arg(expression, quoted);
}

} // namespace dd::storage
