#pragma once
// How forms read what is typed into their date and count fields, in the user's locale, and what
// they say when it cannot be read. A form shows a date as dateText() and reads it back with
// parseDate(); an empty field is no date (or no count), which the records allow.

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace dd::FormInput {

// The locale's short date format with the year always in four digits: "dd/MM/yyyy" (French),
// "dd.MM.yyyy" (Ukrainian), "M/d/yyyy" (American English). A two-digit year would be read back
// as 19xx.
QString dateFormat(const QLocale &locale = QLocale());

// The date as a form shows it; empty for a null date. Lists, detail panes and messages show
// dates through it too, so that a date reads the same everywhere (Qt 6.4's Ukrainian short
// format alone would give "18.11.25").
QString dateText(const QDate &date, const QLocale &locale = QLocale());

// The date typed in a form: in dateFormat() (a two-digit year is taken as 20xx), in the
// locale's long format, or as ISO 8601 (2025-11-18), which every locale understands. A blank text is a null QDate (no
// date); std::nullopt means the text is not a date.
std::optional<QDate> parseDate(const QString &text, const QLocale &locale = QLocale());

// A translated sentence when the text is neither blank nor a date, with an example of the
// expected form; empty otherwise.
QString problemWithDate(const QString &text, const QLocale &locale = QLocale());

// A count typed in a form ("20", "1 200", "1,200"): std::nullopt for a blank text. *ok (when
// given) is false, and the result std::nullopt, when the text is not a whole number. Negative
// numbers are read as such: whether they are acceptable is for the record's rules to say.
std::optional<qint64> parseCount(const QString &text, bool *ok = nullptr, const QLocale &locale = QLocale());

// A translated sentence when the text is neither blank nor a whole number; empty otherwise.
QString problemWithCount(const QString &text, const QLocale &locale = QLocale());

} // namespace dd::FormInput
