#pragma once
// A partnership between communities, regions or organisations, from first contact to an active,
// ratified agreement, with every change of stage kept.

#include "Record.h"

#include <QDate>
#include <QList>

#include <optional>

namespace dd {

struct PartnershipParty {
    RowId id = 0;
    RowId communityId = 0;          // exactly one of communityId and organisationId is set
    RowId organisationId = 0;
    QDate ratifiedOn;
    QString ratificationDecision;   // the council decision and its number
};

struct StageChange {
    RowId id = 0;
    QString stage;                  // Vocab::PartnershipStage
    QDate changedOn;
    QString note;
};

struct Partnership : Record {
    QList<PartnershipParty> parties; // the named ones; usually two
    // How many parties took part in all, when more did than are named (a memorandum of
    // fifteen communities of which the source names one).
    std::optional<qint64> partyCount;
    QString kind = QStringLiteral("cooperation");   // Vocab::PartnershipKind
    QString stage = QStringLiteral("contact");      // Vocab::PartnershipStage
    QString areas;                  // areas of cooperation
    QList<RowId> facilitatorIds;    // organisations
    RowId bornAtEventId = 0;
    RowId bornAtMeetingId = 0;
    QDate signedOn;
    QString nextStep;
    QDate nextStepDue;
    QString notes;
    // In the order the changes were recorded; the last one is the current stage (a change
    // recorded late with an earlier date still comes last, as it was the last decision).
    QList<StageChange> history;
};

} // namespace dd
