#include "OptionalDate.h"

#include "domain/FormInput.h"

#include <QCheckBox>
#include <QDateTimeEdit>

namespace dd::ui {

QString fourDigitYearFormat()
{
    return FormInput::dateFormat();
}

void setUpOptionalDate(QCheckBox *given, QDateTimeEdit *edit)
{
    // A date-time edit keeps its time sections; the locale's long time format would add seconds.
    const bool withTime = edit->displayedSections().testAnyFlags(QDateTimeEdit::TimeSections_Mask);
    edit->setDisplayFormat(withTime ? fourDigitYearFormat() + QStringLiteral(" HH:mm") : fourDigitYearFormat());
    edit->setCalendarPopup(true);
    edit->setEnabled(given->isChecked());
    QObject::connect(given, &QCheckBox::toggled, edit, [edit](bool checked) {
        edit->setEnabled(checked);
        if (checked)
            edit->setFocus();
    });
}

void showOptionalDate(QCheckBox *given, QDateTimeEdit *edit, const QDateTime &value,
                      const QDateTime &whenEmpty)
{
    edit->setDateTime(value.isValid() ? value : whenEmpty);
    given->setChecked(value.isValid());
    edit->setEnabled(value.isValid());
}

QDateTime optionalDateTime(const QCheckBox *given, const QDateTimeEdit *edit)
{
    return given->isChecked() ? edit->dateTime() : QDateTime();
}

QDate optionalDate(const QCheckBox *given, const QDateTimeEdit *edit)
{
    return given->isChecked() ? edit->date() : QDate();
}

} // namespace dd::ui
