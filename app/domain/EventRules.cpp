#include "EventRules.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace dd::EventRules {

QString problemWithName(const QString &name)
{
    if (name.simplified().isEmpty())
        return QCoreApplication::translate("EventRules", "Enter the name of the event.");
    return {};
}

QString problemWithDates(const QDate &startsOn, const QDate &endsOn)
{
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        return QCoreApplication::translate("EventRules", "The event cannot end before it starts.");
    return {};
}

QString problemWithExpectedAttendance(std::optional<qint64> expected)
{
    if (expected && *expected < 0)
        return QCoreApplication::translate("EventRules", "The expected attendance cannot be negative.");
    return {};
}

QString problemWithTimeZone(const QString &timeZone)
{
    const QString id = timeZone.trimmed();
    if (id.isEmpty())
        return {};
    if (!QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return QCoreApplication::translate("EventRules",
                                           "Choose a time zone from the list, such as Europe/Paris.");
    return {};
}

} // namespace dd::EventRules
