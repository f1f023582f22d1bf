#pragma once
// A meeting during a visit: who met whom, what came out of it, what must follow.

#include "Record.h"

#include <QDate>
#include <QList>

namespace dd {

struct Meeting : Record {
    RowId delegationId = 0;
    RowId eventId = 0;
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;
    QString timeZone;
    QString location;
    QList<RowId> counterpartCommunityIds;
    QList<RowId> counterpartOrganisationIds;
    QList<RowId> participantContactIds;
    QString outcome;
    QString followUp;
    QDate followUpDue;
    QString notes;
};

} // namespace dd
