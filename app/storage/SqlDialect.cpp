#include "SqlDialect.h"

#include "SqliteHandle.h"

#include <QCollator>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>
#include <unicode/ucol.h>

#include <cstring>

namespace dd::storage {
namespace {

// The LOCALIZED collation of one connection. Building an index over a million names makes
// some twenty million comparisons, so they go to ICU directly: ucol_strcollUTF8 reads SQLite's
// UTF-8 as it is, where QCollator::compare needs two QStrings (two conversions, two
// allocations) per call. The ICU collator is opened with the attributes Qt's own ICU backend
// gives QCollator (qcollator_icu.cpp), so that the order is the one QCollator gives.
struct LocalizedCollator {
    explicit LocalizedCollator(const QLocale &locale) : fallback(locale)
    {
        fallback.setCaseSensitivity(Qt::CaseInsensitive);
        fallback.setNumericMode(true);
    }
    ~LocalizedCollator()
    {
        if (icu)
            ucol_close(icu);
    }
    LocalizedCollator(const LocalizedCollator &) = delete;
    LocalizedCollator &operator=(const LocalizedCollator &) = delete;

    UCollator *icu = nullptr; // null: every comparison goes through the fallback
    QCollator fallback;       // the comparison as it was before ICU was called directly
};

// Opens the ICU collator that QCollator(locale), case-insensitive and numeric, opens inside
// Qt's ICU backend; null when it cannot be opened or set up. Then the caller keeps to
// QCollator: slower, but the same order, since a QCollator whose ICU collator failed falls
// back in the same way.
UCollator *openIcuCollator(const QLocale &locale)
{
    // The C locale is no ICU locale: QCollator compares its texts code point by code point.
    if (locale.language() == QLocale::C)
        return nullptr;
    // The name QCollator gives ICU ("uk": Ukraine is the default territory of Ukrainian).
    const QByteArray name =
        locale.bcp47Name().replace(QLatin1Char('-'), QLatin1Char('_')).toLatin1();
    // A locale ICU has no rules for opens the root order with a warning, as in QCollator; a
    // failure (no ICU data, no memory) leaves the comparisons to QCollator.
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open(name.constData(), &status);
    if (U_FAILURE(status))
        return nullptr;
    // Qt's settings for Qt::CaseInsensitive and numeric mode; punctuation is not ignored.
    const struct {
        UColAttribute attribute;
        UColAttributeValue value;
    } settings[] = {
        { UCOL_NORMALIZATION_MODE, UCOL_ON },
        { UCOL_STRENGTH, UCOL_SECONDARY },
        { UCOL_NUMERIC_COLLATION, UCOL_ON },
        { UCOL_ALTERNATE_HANDLING, UCOL_NON_IGNORABLE },
    };
    for (const auto &setting : settings) {
        ucol_setAttribute(collator, setting.attribute, setting.value, &status);
        if (U_FAILURE(status)) {
            ucol_close(collator);
            return nullptr;
        }
    }
    return collator;
}

int compareLocalized(void *context, int length1, const void *text1, int length2, const void *text2)
{
    auto *collator = static_cast<LocalizedCollator *>(context);
    const auto *bytes1 = static_cast<const char *>(text1);
    const auto *bytes2 = static_cast<const char *>(text2);
    // QCollator puts the empty text before any other, even one that ICU finds equal to it
    // (nothing but ignorable characters).
    if (length1 == 0 || length2 == 0)
        return length1 == 0 ? (length2 == 0 ? 0 : -1) : 1;
    // The same bytes are the same text (an index build compares many equal names).
    if (length1 == length2 && std::memcmp(bytes1, bytes2, size_t(length1)) == 0)
        return 0;
    if (collator->icu) {
        UErrorCode status = U_ZERO_ERROR;
        const UCollationResult result =
            ucol_strcollUTF8(collator->icu, bytes1, length1, bytes2, length2, &status);
        if (U_SUCCESS(status))
            return result;
        // Only arguments ICU refuses fail here (none that SQLite passes): QCollator answers.
    }
    return collator->fallback.compare(QString::fromUtf8(bytes1, length1),
                                      QString::fromUtf8(bytes2, length2));
}

void destroyCollator(void *context)
{
    delete static_cast<LocalizedCollator *>(context);
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
    auto *collator = new LocalizedCollator(locale);
    collator->icu = openIcuCollator(locale);
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
