#pragma once
// What makes a meeting's fields acceptable, asked by the meeting form (and by anything else
// that writes meetings) before saving. Each check returns a translated sentence saying what is
// wrong, or an empty string when the value is fine. An empty optional field is fine.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dd::MeetingRules {

// Every meeting has a title: lists, the programme and the calendar show it.
QString problemWithTitle(const QString &title);

// The end may not come before the start (a meeting of no length, a quick hello, is fine). An
// end without a start says nothing about when the meeting was, so it is refused too; a start
// alone, or neither (the source gave no time), is fine.
QString problemWithTimes(const QDateTime &startsAt, const QDateTime &endsAt);

// A due date belongs to a follow-up: one without the other would be a reminder of nothing.
QString problemWithFollowUpDue(const QString &followUp, const QDate &due);

} // namespace dd::MeetingRules
