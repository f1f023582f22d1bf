#pragma once
// A date, or a date and time, that a form may leave out (a follow-up with no due date, a
// meeting whose time the source does not give): a check box that says whether it is given,
// usually serving as the field's label, beside the edit it switches on. The edit shows a
// four-digit year whatever the locale's short format says ("3/4/25" is ambiguous).

#include <QDateTime>

class QCheckBox;
class QDateTimeEdit;

namespace dd::ui {

// Enables the edit while the box is checked, and gives it the focus when the box is checked.
void setUpOptionalDate(QCheckBox *given, QDateTimeEdit *edit);

// Shows value, or leaves the box unchecked with the edit at whenEmpty (where a user would
// start: today, the event's first day) when value is not valid.
void showOptionalDate(QCheckBox *given, QDateTimeEdit *edit, const QDateTime &value,
                      const QDateTime &whenEmpty);

// The value shown, or an invalid one when the box is unchecked.
QDateTime optionalDateTime(const QCheckBox *given, const QDateTimeEdit *edit);
QDate optionalDate(const QCheckBox *given, const QDateTimeEdit *edit);

// The locale's short date format with a four-digit year, for every date edit of a form.
QString fourDigitYearFormat();

} // namespace dd::ui
