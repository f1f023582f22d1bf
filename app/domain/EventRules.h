#pragma once
// What makes an event's fields acceptable, asked by the event form before saving. Each check
// returns a translated sentence saying what is wrong, or an empty string when the value is fine.
// The country and website follow OrganisationRules; empty optional fields are fine.

#include <QDate>
#include <QString>

#include <optional>

namespace dd::EventRules {

// Every event has a name (delegations and meetings name it).
QString problemWithName(const QString &name);

// An event may end on the day it starts, not before. Either date may be unknown yet.
QString problemWithDates(const QDate &startsOn, const QDate &endsOn);

// How many people are expected: none known, or zero and up.
QString problemWithExpectedAttendance(std::optional<qint64> expected);

// An IANA time zone id the system knows, such as Europe/Paris or Europe/Kyiv; empty is fine.
QString problemWithTimeZone(const QString &timeZone);

} // namespace dd::EventRules
