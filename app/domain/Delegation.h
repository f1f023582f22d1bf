#pragma once
// A delegation travelling to an event, and the people in it.

#include "Record.h"

#include <QDate>
#include <QList>

#include <optional>

namespace dd {

struct Delegation : Record {
    QString name;
    RowId eventId = 0;
    RowId coordinatorId = 0;        // organisation
    QList<RowId> partnerIds;        // organisations
    RowId headId = 0;               // contact
    QDate startsOn;
    QDate endsOn;
    QString status = QStringLiteral("planning"); // Vocab::DelegationStatus
    // How many communities or people the delegation counts in all, when more are expected or
    // known than are entered (the Paris delegation counts twenty communities).
    std::optional<qint64> plannedSize;
    QString notes;
};

struct DelegationMember : Record {
    RowId delegationId = 0;
    RowId contactId = 0;
    RowId communityId = 0;          // the community the member represents
    QString role = QStringLiteral("staff");      // Vocab::MemberRole
    QString status = QStringLiteral("invited");  // Vocab::MemberStatus
    QDateTime checkedInAt;
    QDateTime arrivalAt;
    QString arrivalTransport;       // Vocab::Transport
    QString arrivalNumber;          // flight or train number
    QString arrivalPlace;           // airport or station
    QDateTime departureAt;
    QString departureTransport;
    QString departureNumber;
    QString departurePlace;
    QString hotel;
    QString roomType;
    RowId sharingWithId = 0;        // another member of the same delegation
    QDate checkInOn;
    QDate checkOutOn;
    QString visaStatus;             // Vocab::VisaStatus
    bool invitationSent = false;
    bool badgePrinted = false;
    QString dietary;
    QString accessibility;
    QString notes;
};

} // namespace dd
