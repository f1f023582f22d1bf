#pragma once
// A delegation's meetings as an iCalendar file (RFC 5545) that Thunderbird, Outlook and phone
// calendars import, written through libical rather than by hand: one VEVENT per meeting, its
// UID the meeting's uid (a second import updates instead of duplicating), DTSTAMP, SUMMARY,
// LOCATION, DESCRIPTION (counterparts, who goes, outcome), and DTSTART/DTEND in the meeting's
// time zone (else the event's) with a VTIMEZONE for each zone used: a meeting in Paris stays at
// 09:30 Europe/Paris when the laptop is in Kyiv. A meeting without a zone is a floating time;
// one without a start time is left out.
//
// Input is the programme gathered by DocumentSource (DocumentKind::Programme).

#include "exchange/DocumentData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace dd::exchange {

class Calendar {
    Q_DECLARE_TR_FUNCTIONS(Calendar)

public:
    // The calendar's text (UTF-8, CRLF line ends). *written (when given) gets the number of
    // events, *skipped the meetings left out because their start time is not set.
    static QByteArray toICalendar(
        const DocumentData &programme, int *written = nullptr, int *skipped = nullptr);

    // Writes the file whole or not at all; false and *error (translated) when it cannot.
    static bool writeFile(const DocumentData &programme, const QString &path, QString *error,
        int *written = nullptr, int *skipped = nullptr);
};

} // namespace dd::exchange
