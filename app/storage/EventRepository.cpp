#include "EventRepository.h"

#include "SqlDialect.h"

namespace dd::storage {

Columns EventRepository::columnsOf(const Event &event)
{
    return {
        { QStringLiteral("name"), SqlDialect::toSql(event.name) },
        { QStringLiteral("kind"), SqlDialect::toSql(event.kind) },
        { QStringLiteral("city"), SqlDialect::toSql(event.city) },
        { QStringLiteral("country"), SqlDialect::toSql(event.country) },
        { QStringLiteral("venue"), SqlDialect::toSql(event.venue) },
        { QStringLiteral("starts_on"), SqlDialect::toSql(event.startsOn) },
        { QStringLiteral("ends_on"), SqlDialect::toSql(event.endsOn) },
        { QStringLiteral("organiser_id"), SqlDialect::idToSql(event.organiserId) },
        { QStringLiteral("expected_attendance"), SqlDialect::toSql(event.expectedAttendance) },
        { QStringLiteral("website"), SqlDialect::toSql(event.website) },
        { QStringLiteral("time_zone"), SqlDialect::toSql(event.timeZone) },
        { QStringLiteral("notes"), SqlDialect::toSql(event.notes) },
    };
}

void EventRepository::readColumns(const QSqlQuery &query, Event &event)
{
    event.name = SqlDialect::textFrom(query.value(QStringLiteral("name")));
    event.kind = SqlDialect::textFrom(query.value(QStringLiteral("kind")));
    event.city = SqlDialect::textFrom(query.value(QStringLiteral("city")));
    event.country = SqlDialect::textFrom(query.value(QStringLiteral("country")));
    event.venue = SqlDialect::textFrom(query.value(QStringLiteral("venue")));
    event.startsOn = SqlDialect::dateFrom(query.value(QStringLiteral("starts_on")));
    event.endsOn = SqlDialect::dateFrom(query.value(QStringLiteral("ends_on")));
    event.organiserId = SqlDialect::idFrom(query.value(QStringLiteral("organiser_id")));
    event.expectedAttendance = SqlDialect::numberFrom(query.value(QStringLiteral("expected_attendance")));
    event.website = SqlDialect::textFrom(query.value(QStringLiteral("website")));
    event.timeZone = SqlDialect::textFrom(query.value(QStringLiteral("time_zone")));
    event.notes = SqlDialect::textFrom(query.value(QStringLiteral("notes")));
}

} // namespace dd::storage
