#pragma once
// The formula guard of CSV exports (OWASP "CSV injection"): a cell that a spreadsheet would
// run as a formula gets a leading apostrophe, which Excel and LibreOffice show as text; our
// import removes exactly that apostrophe again, so that an export–import round trip gives the
// same value back.
//
// A cell is guarded when it starts with =, @, a tab or a carriage return, or with + or -
// followed by something that is not a number or a phone number ("+380 44 123 45 67", "-12.5"
// and "+33 (0)1 23 45 67 89" stay as they are: digits, spaces, brackets, dots, commas, slashes
// and hyphens cannot call a function). A cell that starts with an apostrophe followed by a
// guarded cell is guarded too, so that unprotect() never removes an apostrophe the user typed.

#include <QString>
#include <QStringView>

namespace dd::exchange::FormulaGuard {

// True when protect() would add an apostrophe.
bool needsGuard(QStringView cell);
// The cell with a leading apostrophe where a spreadsheet would take it for a formula.
QString protect(const QString &cell);
// The exact inverse of protect(): removes the apostrophe protect() added, and nothing else.
QString unprotect(const QString &cell);

} // namespace dd::exchange::FormulaGuard
