#include "Calendar.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>
#include <cstdlib>
#include <libical/ical.h>
#include <memory>

namespace dd::exchange {
namespace {

struct ComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype toIcal(const QDateTime &wall, icaltimezone *zone)
{
    icaltimetype time = icaltime_null_time();
    time.year = wall.date().year();
    time.month = wall.date().month();
    time.day = wall.date().day();
    time.hour = wall.time().hour();
    time.minute = wall.time().minute();
    time.second = wall.time().second();
    time.is_date = 0;
    if (zone)
        time = icaltime_set_timezone(&time, zone);
    return time;
}

// libical's zone from the system's tz database. Its TZID carries libical's prefix
// ("/freeassociation.sourceforge.net/Europe/Paris"); calendars expect the plain IANA name.
icaltimezone *zoneFor(const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    return icaltimezone_get_builtin_timezone(id.toUtf8().constData());
}

// The zone's VTIMEZONE named by its IANA id, cut to the observances from the first meeting's
// year on (the full history since 1891 is 30 kB a zone).
icalcomponent *vtimezone(icaltimezone *zone, const QString &id, int fromYear)
{
    icalcomponent *component = icalcomponent_new_clone(icaltimezone_get_component(zone));
    icalproperty *tzid = icalcomponent_get_first_property(component, ICAL_TZID_PROPERTY);
    if (tzid)
        icalproperty_set_tzid(tzid, id.toUtf8().constData());
    icaltimetype start = icaltime_null_time();
    start.year = fromYear;
    start.month = 1;
    start.day = 1;
    start.is_date = 0;
    start = icaltime_set_timezone(&start, icaltimezone_get_utc_timezone());
    icaltimezone_truncate_vtimezone(component, start, icaltime_null_time(), 1);
    return component;
}

void addTime(icalcomponent *event, icalproperty *property, const QString &zoneId, bool zoned)
{
    if (zoned)
        icalproperty_add_parameter(property, icalparameter_new_tzid(zoneId.toUtf8().constData()));
    icalcomponent_add_property(event, property);
}

QString description(const DocumentMeeting &meeting, const DocumentData &programme)
{
    QStringList lines;
    if (!meeting.counterparts.isEmpty())
        lines.append(Calendar::tr("Counterparts: %1").arg(meeting.counterparts));
    if (!meeting.participants.isEmpty())
        lines.append(Calendar::tr("Who goes: %1").arg(meeting.participants));
    if (!meeting.outcome.isEmpty())
        lines.append(Calendar::tr("Outcome: %1").arg(meeting.outcome));
    lines.append(Calendar::tr("Delegation: %1").arg(programme.delegationName));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QByteArray Calendar::toICalendar(const DocumentData &programme, int *written, int *skipped)
{
    int events = 0;
    int left = 0;
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
        icalproperty_new_prodid("-//Delegation Desk//Delegation Desk " DD_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    const QByteArray name = programme.delegationName.toUtf8();
    icalproperty *calendarName = icalproperty_new_x(name.constData());
    icalproperty_set_x_name(calendarName, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), calendarName);

    int firstYear = 0;
    for (const MeetingDay &day : programme.days) {
        if (day.day.isValid() && (firstYear == 0 || day.day.year() < firstYear))
            firstYear = day.day.year();
    }
    QSet<QString> zonesAdded;
    const icaltimetype now = icaltime_current_time_with_zone(icaltimezone_get_utc_timezone());
    for (const MeetingDay &day : programme.days) {
        for (const DocumentMeeting &meeting : day.meetings) {
            if (!meeting.startsAt.isValid()) {
                ++left;
                continue;
            }
            icaltimezone *zone = zoneFor(meeting.timeZone);
            if (zone && !zonesAdded.contains(meeting.timeZone)) {
                icalcomponent_add_component(
                    calendar.get(), vtimezone(zone, meeting.timeZone, firstYear - 1));
                zonesAdded.insert(meeting.timeZone);
            }
            icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
            icalcomponent_add_property(
                event, icalproperty_new_uid(meeting.uid.toUtf8().constData()));
            icalcomponent_add_property(event, icalproperty_new_dtstamp(now));
            addTime(event, icalproperty_new_dtstart(toIcal(meeting.startsAt, zone)),
                meeting.timeZone, zone != nullptr);
            if (meeting.endsAt.isValid() && meeting.endsAt > meeting.startsAt) {
                addTime(event, icalproperty_new_dtend(toIcal(meeting.endsAt, zone)),
                    meeting.timeZone, zone != nullptr);
            }
            icalcomponent_add_property(
                event, icalproperty_new_summary(meeting.title.toUtf8().constData()));
            if (!meeting.location.isEmpty()) {
                icalcomponent_add_property(
                    event, icalproperty_new_location(meeting.location.toUtf8().constData()));
            }
            icalcomponent_add_property(event,
                icalproperty_new_description(description(meeting, programme).toUtf8().constData()));
            icalcomponent_add_component(calendar.get(), event);
            ++events;
        }
    }
    if (written)
        *written = events;
    if (skipped)
        *skipped = left;
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result(text);
    std::free(text);
    return result;
}

bool Calendar::writeFile(
    const DocumentData &programme, const QString &path, QString *error, int *written, int *skipped)
{
    const QByteArray text = toICalendar(programme, written, skipped);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error) {
            *error = tr("Cannot write “%1”: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace dd::exchange
