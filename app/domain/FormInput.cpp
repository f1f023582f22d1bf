#include "FormInput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd::FormInput {

QString dateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // "yy" alone becomes "yyyy"; a "yyyy" is left as it is.
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(shortYear, QStringLiteral("yyyy"));
    return format;
}

QString dateText(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

std::optional<QDate> parseDate(const QString &text, const QLocale &locale)
{
    const QString typed = text.simplified();
    if (typed.isEmpty())
        return QDate();
    // A year typed in two digits is this century's: a delegation does not travel in 1925
    // (which is what Qt makes of a two-digit year).
    const QString format = dateFormat(locale);
    QDate date = locale.toDate(typed, format);
    if (!date.isValid()) {
        date = locale.toDate(typed, QString(format).replace(QStringLiteral("yyyy"), QStringLiteral("yy")));
        if (date.isValid() && date.year() < 2000)
            date = date.addYears(100);
    }
    if (!date.isValid())
        date = locale.toDate(typed, locale.dateFormat(QLocale::LongFormat));
    if (date.isValid())
        return date;
    const QDate iso = QDate::fromString(typed, Qt::ISODate);
    if (iso.isValid())
        return iso;
    return std::nullopt;
}

QString problemWithDate(const QString &text, const QLocale &locale)
{
    if (parseDate(text, locale))
        return {};
    return QCoreApplication::translate("FormInput", "Enter a date such as %1.")
        .arg(dateText(QDate(2025, 11, 18), locale));
}

std::optional<qint64> parseCount(const QString &text, bool *ok, const QLocale &locale)
{
    if (ok)
        *ok = true;
    // People type thousands with a space, whatever the locale's own separator is.
    QString typed = text;
    typed.remove(QRegularExpression(QStringLiteral("\\s")));
    if (typed.isEmpty())
        return std::nullopt;
    bool read = false;
    qint64 count = locale.toLongLong(typed, &read);
    if (!read)
        count = QLocale::c().toLongLong(typed, &read);
    if (!read) {
        if (ok)
            *ok = false;
        return std::nullopt;
    }
    return count;
}

QString problemWithCount(const QString &text, const QLocale &locale)
{
    bool ok = false;
    parseCount(text, &ok, locale);
    if (ok)
        return {};
    return QCoreApplication::translate("FormInput", "Enter a whole number, such as 20.");
}

} // namespace dd::FormInput
