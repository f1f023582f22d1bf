#pragma once
// What makes a delegation's fields acceptable, asked by the delegation form before saving, and
// what the application says about a member's travel against the delegation's dates (for the
// member form and the arrivals lists). Each function returns a translated sentence, or an empty
// string when all is well.

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dd::DelegationRules {

// Every delegation has a name (members, meetings and exports name it).
QString problemWithName(const QString &name);

// A delegation may come back on the day it leaves, not before. Either date may be unknown yet.
QString problemWithDates(const QDate &startsOn, const QDate &endsOn);

// The planned size is optional and may be smaller or larger than the number of members entered
// (the Paris delegation counts twenty communities, eleven are named); only a negative size is
// wrong.
QString problemWithPlannedSize(std::optional<qint64> plannedSize);

// A member cannot leave before arriving. Either time may be unknown yet.
QString problemWithTravel(const QDateTime &arrival, const QDateTime &departure);

// A warning, not a problem: a member who arrives before the delegation's first day or leaves
// after its last one (an early flight, a few days' holiday) is allowed, but the organiser should
// know, for the hotel nights and the visa. The comparison is by calendar day at the place of
// the times as given; unknown dates or times are not compared.
QString warningAboutStay(const QDate &delegationStarts, const QDate &delegationEnds,
                         const QDateTime &arrival, const QDateTime &departure);

} // namespace dd::DelegationRules
