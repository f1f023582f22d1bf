#include "MeetingRules.h"

#include <QCoreApplication>

namespace dd::MeetingRules {

QString problemWithTitle(const QString &title)
{
    if (title.simplified().isEmpty())
        return QCoreApplication::translate("MeetingRules", "Enter a title for the meeting.");
    return {};
}

QString problemWithTimes(const QDateTime &startsAt, const QDateTime &endsAt)
{
    if (!endsAt.isValid())
        return {};
    if (!startsAt.isValid())
        return QCoreApplication::translate("MeetingRules", "Enter when the meeting starts, or leave its end out.");
    if (endsAt < startsAt)
        return QCoreApplication::translate("MeetingRules", "The meeting cannot end before it starts.");
    return {};
}

QString problemWithFollowUpDue(const QString &followUp, const QDate &due)
{
    if (due.isValid() && followUp.simplified().isEmpty())
        return QCoreApplication::translate("MeetingRules", "Say what the follow-up is, or leave its due date out.");
    return {};
}

} // namespace dd::MeetingRules
