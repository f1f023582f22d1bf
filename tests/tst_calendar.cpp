// The delegation's meetings as iCalendar, read back with libical's own parser and checked with
// its RFC 5545 restriction check: every required property present, one VEVENT per meeting with
// a start, the meeting's uid as UID, times in the meeting's zone (TZID Europe/Paris with its
// VTIMEZONE), text with commas, semicolons and Cyrillic intact.

#include "DocumentFixture.h"
#include "exchange/Calendar.h"
#include "exchange/DocumentData.h"

#include <QTemporaryDir>
#include <QTest>
#include <libical/ical.h>

using namespace dd;

namespace {

QString text(const char *value)
{
    return QString::fromUtf8(value ? value : "");
}

} // namespace

class TestCalendar : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    doctest::Seeded m_seed;
    exchange::DocumentData m_programme;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        storage::Database::Error error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("calendar.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QVERIFY(doctest::seed(*m_db, 0, &m_seed));
        exchange::DocumentSource::Request request;
        request.kind = exchange::DocumentKind::Programme;
        request.delegationId = m_seed.delegation;
        QString message;
        const auto programme = exchange::DocumentSource(*m_db).gather(request, &message);
        QVERIFY2(programme, qPrintable(message));
        m_programme = *programme;
    }

    void parsesAndPassesRestrictions()
    {
        int written = 0;
        int skipped = 0;
        const QByteArray ics = exchange::Calendar::toICalendar(m_programme, &written, &skipped);
        QCOMPARE(written, 3);
        QCOMPARE(skipped, 1);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        icalcomponent *calendar = icalparser_parse_string(ics.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
        QVERIFY(icalrestriction_check(calendar) != 0);
        QCOMPARE(icalcomponent_count_errors(calendar), 0);
        QVERIFY(icalcomponent_get_first_property(calendar, ICAL_VERSION_PROPERTY));
        QVERIFY(icalcomponent_get_first_property(calendar, ICAL_PRODID_PROPERTY));

        QStringList uids;
        int zoned = 0;
        for (icalcomponent *event
             = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            uids.append(text(icalcomponent_get_uid(event)));
            QVERIFY(icalcomponent_get_first_property(event, ICAL_DTSTAMP_PROPERTY));
            icalproperty *start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
            QVERIFY(start);
            icalparameter *tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
            QVERIFY(tzid); // every meeting has a zone: its own or the event's
            QCOMPARE(text(icalparameter_get_tzid(tzid)), QStringLiteral("Europe/Paris"));
            ++zoned;
            const QString summary = text(icalcomponent_get_summary(event));
            const icaltimetype startTime = icalcomponent_get_dtstart(event);
            if (summary.startsWith(QStringLiteral("Chuhuiv"))) {
                QCOMPARE(startTime.hour, 9);
                QCOMPARE(startTime.minute, 30);
                QCOMPARE(icalcomponent_get_dtend(event).hour, 10);
                QCOMPARE(text(icalcomponent_get_location(event)),
                    QStringLiteral("Hôtel de Région, Saint-Ouen"));
                QVERIFY(text(icalcomponent_get_description(event))
                            .contains(QStringLiteral("Château-Thierry")));
                QVERIFY(text(icalcomponent_get_description(event))
                            .contains(QStringLiteral("Олена Савчук")));
                // 09:30 in Paris is 08:30 UTC in November, wherever the laptop is.
                const icaltimetype utc
                    = icaltime_convert_to_zone(startTime, icaltimezone_get_utc_timezone());
                QCOMPARE(utc.hour, 8);
            }
            if (summary.startsWith(QStringLiteral("Région")))
                QCOMPARE(startTime.hour, 17); // stored as 16:00 UTC
        }
        uids.sort();
        QStringList expected = m_seed.meetingUids;
        expected.sort();
        QCOMPARE(uids, expected);
        QCOMPARE(zoned, 3);

        // One VTIMEZONE, named as the events name it.
        icalcomponent *zone = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
        QVERIFY(zone);
        QCOMPARE(
            text(icalproperty_get_tzid(icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY))),
            QStringLiteral("Europe/Paris"));
        QVERIFY(!icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT));
        icalcomponent_free(calendar);
    }

    void uidsAreStable()
    {
        // The same meeting keeps its UID from one export to the next (a second import updates).
        const QByteArray first = exchange::Calendar::toICalendar(m_programme);
        const QByteArray second = exchange::Calendar::toICalendar(m_programme);
        for (const QString &uid : std::as_const(m_seed.meetingUids)) {
            const QByteArray line = QByteArray("UID:").append(uid.toUtf8());
            QVERIFY(first.contains(line));
            QVERIFY(second.contains(line));
        }
    }

    void writesFileWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("meetings.ics"));
        QString error;
        QVERIFY2(exchange::Calendar::writeFile(m_programme, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("END:VCALENDAR"));
        QVERIFY(!exchange::Calendar::writeFile(
            m_programme, m_dir.filePath(QStringLiteral("no/such/dir/x.ics")), &error));
        QVERIFY(error.contains(QStringLiteral("x.ics")));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
