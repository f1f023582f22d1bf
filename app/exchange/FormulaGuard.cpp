#include "FormulaGuard.h"

namespace dd::exchange::FormulaGuard {
namespace {

// What may follow a leading + or - in a number or a phone number: it must start with a digit,
// a bracket or a decimal point, hold at least one digit, and contain nothing a formula needs
// to call a function (letters, quotes, operators other than the hyphen).
bool isNumberOrPhone(QStringView rest)
{
    if (rest.isEmpty())
        return true; // a lone "+" or "-" is text to every spreadsheet
    const QChar first = rest.front();
    if (!first.isDigit() && first != QLatin1Char('(') && first != QLatin1Char('.'))
        return false;
    bool digit = false;
    for (const QChar c : rest) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            digit = true;
            continue;
        }
        switch (u) {
        case u' ':
        case u'(':
        case u')':
        case u'.':
        case u',':
        case u'/':
        case u'-':
            continue;
        default:
            return false;
        }
    }
    return digit;
}

bool startsFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    case u'+':
    case u'-':
        return !isNumberOrPhone(cell.mid(1));
    default:
        return false;
    }
}

} // namespace

bool needsGuard(QStringView cell)
{
    // Apostrophes already in front of a formula are guarded with it, so that unprotect() can
    // tell ours from the user's: "'=1" is written "''=1" and read back as "'=1".
    qsizetype quotes = 0;
    while (quotes < cell.size() && cell.at(quotes) == QLatin1Char('\''))
        ++quotes;
    return startsFormula(cell.mid(quotes));
}

QString protect(const QString &cell)
{
    return needsGuard(cell) ? QLatin1Char('\'') + cell : cell;
}

QString unprotect(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && needsGuard(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

} // namespace dd::exchange::FormulaGuard
