#include "ContactRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd::ContactRules {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

QString problemWithFamilyName(const QString &familyName)
{
    if (familyName.simplified().isEmpty())
        return QCoreApplication::translate("ContactRules", "Enter the family name.");
    return {};
}

QString problemWithEmail(const QString &email)
{
    const QString address = email.trimmed();
    if (address.isEmpty())
        return {};
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (address.contains(space))
        return QCoreApplication::translate("ContactRules", "An e-mail address has no spaces.");
    // One @, a name before it, and a domain of dot-separated parts ending in a top-level domain
    // of at least two characters. Anything finer is for the mail server to judge.
    static const QRegularExpression shape(QStringLiteral("^[^@]+@(?:[^@.]+\\.)+[^@.]{2,}$"));
    if (!shape.match(address).hasMatch())
        return QCoreApplication::translate("ContactRules",
                                           "An e-mail address looks like name@example.org.");
    return {};
}

QString problemWithPhone(const QString &phone)
{
    const QString number = phone.simplified();
    if (number.isEmpty())
        return {};
    int digits = 0;
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (isAsciiDigit(c)) {
            ++digits;
        } else if (c == QLatin1Char('+')) {
            if (i != 0)
                return QCoreApplication::translate("ContactRules",
                                                   "A + may only start a phone number.");
        } else if (!QStringLiteral(" -()/.").contains(c)) {
            // Dots as French numbers are often written: 01.23.45.67.89.
            return QCoreApplication::translate(
                "ContactRules", "Only digits, spaces and the signs + - ( ) / . belong in a phone number.");
        }
    }
    if (digits < 6)
        return QCoreApplication::translate("ContactRules", "A phone number has at least six digits.");
    return {};
}

QString problemWithNationality(const QString &nationality)
{
    const QString code = nationality.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    const auto isLetter = [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); };
    if (code.size() != 2 || !isLetter(code.at(0)) || !isLetter(code.at(1)))
        return QCoreApplication::translate(
            "ContactRules", "The nationality is a two-letter country code, such as UA, FR or DE.");
    return {};
}

} // namespace dd::ContactRules
