#pragma once
// A conference, study visit, forum or signing ceremony that delegations travel to.

#include "Record.h"

#include <QDate>

#include <optional>

namespace dd {

struct Event : Record {
    QString name;
    QString kind = QStringLiteral("conference"); // Vocab::EventKind
    QString city;
    QString country;
    QString venue;
    QDate startsOn;
    QDate endsOn;
    RowId organiserId = 0;
    std::optional<qint64> expectedAttendance;
    QString website;
    QString timeZone; // IANA id, e.g. Europe/Paris
    QString notes;
};

} // namespace dd
