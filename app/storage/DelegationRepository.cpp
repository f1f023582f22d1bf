#include "DelegationRepository.h"

#include "SqlDialect.h"
#include "domain/Vocabulary.h"

#include <QSqlQuery>

namespace dd::storage {
namespace {
const QString partnersTable = QStringLiteral("delegation_partners");
} // namespace

Columns DelegationRepository::columnsOf(const Delegation &delegation)
{
    return {
        { QStringLiteral("name"), SqlDialect::toSql(delegation.name) },
        { QStringLiteral("event_id"), SqlDialect::idToSql(delegation.eventId) },
        { QStringLiteral("coordinator_id"), SqlDialect::idToSql(delegation.coordinatorId) },
        { QStringLiteral("head_id"), SqlDialect::idToSql(delegation.headId) },
        { QStringLiteral("starts_on"), SqlDialect::toSql(delegation.startsOn) },
        { QStringLiteral("ends_on"), SqlDialect::toSql(delegation.endsOn) },
        { QStringLiteral("status"), SqlDialect::toSql(delegation.status) },
        { QStringLiteral("planned_size"), SqlDialect::toSql(delegation.plannedSize) },
        { QStringLiteral("notes"), SqlDialect::toSql(delegation.notes) },
    };
}

void DelegationRepository::readColumns(const QSqlQuery &query, Delegation &delegation)
{
    delegation.name = SqlDialect::textFrom(query.value(QStringLiteral("name")));
    delegation.eventId = SqlDialect::idFrom(query.value(QStringLiteral("event_id")));
    delegation.coordinatorId = SqlDialect::idFrom(query.value(QStringLiteral("coordinator_id")));
    delegation.headId = SqlDialect::idFrom(query.value(QStringLiteral("head_id")));
    delegation.startsOn = SqlDialect::dateFrom(query.value(QStringLiteral("starts_on")));
    delegation.endsOn = SqlDialect::dateFrom(query.value(QStringLiteral("ends_on")));
    delegation.status = SqlDialect::textFrom(query.value(QStringLiteral("status")));
    delegation.plannedSize = SqlDialect::numberFrom(query.value(QStringLiteral("planned_size")));
    delegation.notes = SqlDialect::textFrom(query.value(QStringLiteral("notes")));
}

bool DelegationRepository::writePartners(const Delegation &delegation)
{
    return syncLinks(partnersTable, QStringLiteral("delegation_id"), delegation.id,
                     QStringLiteral("organisation_id"), delegation.partnerIds);
}

bool DelegationRepository::insert(Delegation &delegation)
{
    Savepoint savepoint(m_db);
    const bool ok = RecordRepository::insert(delegation) && writePartners(delegation)
        && savepoint.release();
    if (!ok)
        delegation.id = 0;
    return ok;
}

bool DelegationRepository::update(Delegation &delegation)
{
    Savepoint savepoint(m_db);
    return RecordRepository::update(delegation) && writePartners(delegation) && savepoint.release();
}

std::optional<Delegation> DelegationRepository::withPartners(std::optional<Delegation> delegation)
{
    if (delegation) {
        delegation->partnerIds = links(partnersTable, QStringLiteral("delegation_id"),
                                       delegation->id, QStringLiteral("organisation_id"));
    }
    return delegation;
}

std::optional<Delegation> DelegationRepository::find(RowId id)
{
    return withPartners(RecordRepository::find(id));
}

std::optional<Delegation> DelegationRepository::findByUid(const QString &uid)
{
    return withPartners(RecordRepository::findByUid(uid));
}

Columns DelegationMemberRepository::columnsOf(const DelegationMember &member)
{
    return {
        { QStringLiteral("delegation_id"), SqlDialect::idToSql(member.delegationId) },
        { QStringLiteral("contact_id"), SqlDialect::idToSql(member.contactId) },
        { QStringLiteral("community_id"), SqlDialect::idToSql(member.communityId) },
        { QStringLiteral("role"), SqlDialect::toSql(member.role) },
        { QStringLiteral("status"), SqlDialect::toSql(member.status) },
        { QStringLiteral("checked_in_at"), SqlDialect::toSql(member.checkedInAt) },
        { QStringLiteral("arrival_at"), SqlDialect::toSql(member.arrivalAt) },
        { QStringLiteral("arrival_transport"), SqlDialect::toSql(member.arrivalTransport) },
        { QStringLiteral("arrival_number"), SqlDialect::toSql(member.arrivalNumber) },
        { QStringLiteral("arrival_place"), SqlDialect::toSql(member.arrivalPlace) },
        { QStringLiteral("departure_at"), SqlDialect::toSql(member.departureAt) },
        { QStringLiteral("departure_transport"), SqlDialect::toSql(member.departureTransport) },
        { QStringLiteral("departure_number"), SqlDialect::toSql(member.departureNumber) },
        { QStringLiteral("departure_place"), SqlDialect::toSql(member.departurePlace) },
        { QStringLiteral("hotel"), SqlDialect::toSql(member.hotel) },
        { QStringLiteral("room_type"), SqlDialect::toSql(member.roomType) },
        { QStringLiteral("sharing_with_id"), SqlDialect::idToSql(member.sharingWithId) },
        { QStringLiteral("check_in_on"), SqlDialect::toSql(member.checkInOn) },
        { QStringLiteral("check_out_on"), SqlDialect::toSql(member.checkOutOn) },
        { QStringLiteral("visa_status"), SqlDialect::toSql(member.visaStatus) },
        { QStringLiteral("invitation_sent"), SqlDialect::toSql(member.invitationSent) },
        { QStringLiteral("badge_printed"), SqlDialect::toSql(member.badgePrinted) },
        { QStringLiteral("dietary"), SqlDialect::toSql(member.dietary) },
        { QStringLiteral("accessibility"), SqlDialect::toSql(member.accessibility) },
        { QStringLiteral("notes"), SqlDialect::toSql(member.notes) },
    };
}

void DelegationMemberRepository::readColumns(const QSqlQuery &query, DelegationMember &member)
{
    member.delegationId = SqlDialect::idFrom(query.value(QStringLiteral("delegation_id")));
    member.contactId = SqlDialect::idFrom(query.value(QStringLiteral("contact_id")));
    member.communityId = SqlDialect::idFrom(query.value(QStringLiteral("community_id")));
    member.role = SqlDialect::textFrom(query.value(QStringLiteral("role")));
    member.status = SqlDialect::textFrom(query.value(QStringLiteral("status")));
    member.checkedInAt = SqlDialect::dateTimeFrom(query.value(QStringLiteral("checked_in_at")));
    member.arrivalAt = SqlDialect::dateTimeFrom(query.value(QStringLiteral("arrival_at")));
    member.arrivalTransport = SqlDialect::textFrom(query.value(QStringLiteral("arrival_transport")));
    member.arrivalNumber = SqlDialect::textFrom(query.value(QStringLiteral("arrival_number")));
    member.arrivalPlace = SqlDialect::textFrom(query.value(QStringLiteral("arrival_place")));
    member.departureAt = SqlDialect::dateTimeFrom(query.value(QStringLiteral("departure_at")));
    member.departureTransport = SqlDialect::textFrom(query.value(QStringLiteral("departure_transport")));
    member.departureNumber = SqlDialect::textFrom(query.value(QStringLiteral("departure_number")));
    member.departurePlace = SqlDialect::textFrom(query.value(QStringLiteral("departure_place")));
    member.hotel = SqlDialect::textFrom(query.value(QStringLiteral("hotel")));
    member.roomType = SqlDialect::textFrom(query.value(QStringLiteral("room_type")));
    member.sharingWithId = SqlDialect::idFrom(query.value(QStringLiteral("sharing_with_id")));
    member.checkInOn = SqlDialect::dateFrom(query.value(QStringLiteral("check_in_on")));
    member.checkOutOn = SqlDialect::dateFrom(query.value(QStringLiteral("check_out_on")));
    member.visaStatus = SqlDialect::textFrom(query.value(QStringLiteral("visa_status")));
    member.invitationSent = query.value(QStringLiteral("invitation_sent")).toBool();
    member.badgePrinted = query.value(QStringLiteral("badge_printed")).toBool();
    member.dietary = SqlDialect::textFrom(query.value(QStringLiteral("dietary")));
    member.accessibility = SqlDialect::textFrom(query.value(QStringLiteral("accessibility")));
    member.notes = SqlDialect::textFrom(query.value(QStringLiteral("notes")));
}

QList<DelegationMember> DelegationMemberRepository::membersOf(RowId delegationId)
{
    QList<DelegationMember> result;
    const QList<RowId> memberIds
        = ids(QStringLiteral("SELECT id FROM delegation_members WHERE delegation_id = ? ORDER BY id"),
              { delegationId });
    for (RowId id : memberIds) {
        if (auto member = find(id))
            result.append(*member);
    }
    return result;
}

bool DelegationMemberRepository::checkIn(RowId memberId, const QDateTime &atUtc, QDateTime *alreadyAt)
{
    m_error.clear();
    if (alreadyAt)
        *alreadyAt = {};
    if (!atUtc.isValid())
        return fail(Repository::tr("No check-in time given."));
    Savepoint savepoint(m_db);
    QSqlQuery query(m_db);
    // Only a member not yet checked in is touched, so that two desks checking in the same
    // person keep the first time.
    if (!exec(query,
              QStringLiteral("UPDATE delegation_members SET checked_in_at = ?, status = ?, updated_at = ? "
                             "WHERE id = ? AND checked_in_at IS NULL"),
              { SqlDialect::toSql(atUtc.toUTC()), QStringLiteral("attended"), SqlDialect::nowUtc(),
                memberId }))
        return false;
    if (query.numRowsAffected() > 0)
        return reindex(table(), memberId) && savepoint.release();

    if (!exec(query, QStringLiteral("SELECT checked_in_at FROM delegation_members WHERE id = ?"), { memberId }))
        return false;
    if (!query.next())
        return fail(Repository::tr("There is no delegation member with row id %1.").arg(memberId));
    const QDateTime earlier = SqlDialect::dateTimeFrom(query.value(0));
    if (alreadyAt)
        *alreadyAt = earlier;
    savepoint.release();
    return false;
}

DelegationMemberRepository::Attendance DelegationMemberRepository::attendance(RowId delegationId)
{
    m_error.clear();
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT "
                             "sum(CASE WHEN checked_in_at IS NOT NULL THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN status IN ('declined', 'cancelled', 'replaced') THEN 0 ELSE 1 END) "
                             "FROM delegation_members WHERE delegation_id = ?"),
              { delegationId })
        || !query.next())
        return {};
    // sum() over no rows is NULL, which reads as 0.
    return { query.value(0).toInt(), query.value(1).toInt() };
}

QList<DelegationMemberRepository::ListEntry> DelegationMemberRepository::listEntries(RowId delegationId)
{
    m_error.clear();
    QList<ListEntry> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // One query for the whole list: a delegation has tens of members, not thousands.
    if (!exec(query,
              QStringLiteral("SELECT t.*, p.given_name AS p_given_name, p.family_name AS p_family_name, "
                             "p.given_name_latin AS p_given_name_latin, "
                             "p.family_name_latin AS p_family_name_latin, "
                             "CASE WHEN c.kind = 'hromada' AND c.centre IS NOT NULL THEN c.centre "
                             "ELSE c.name END AS c_short_name, c.name AS c_name "
                             "FROM delegation_members t JOIN contacts p ON p.id = t.contact_id "
                             "LEFT JOIN communities c ON c.id = t.community_id "
                             "WHERE t.delegation_id = ? ORDER BY t.id"),
              { delegationId }))
        return result;
    while (query.next()) {
        ListEntry entry;
        readRecord(query, entry.member);
        readColumns(query, entry.member);
        entry.givenName = SqlDialect::textFrom(query.value(QStringLiteral("p_given_name")));
        entry.familyName = SqlDialect::textFrom(query.value(QStringLiteral("p_family_name")));
        entry.givenNameLatin = SqlDialect::textFrom(query.value(QStringLiteral("p_given_name_latin")));
        entry.familyNameLatin = SqlDialect::textFrom(query.value(QStringLiteral("p_family_name_latin")));
        entry.community = SqlDialect::textFrom(query.value(QStringLiteral("c_short_name")));
        entry.communityFullName = SqlDialect::textFrom(query.value(QStringLiteral("c_name")));
        result.append(entry);
    }
    return result;
}

QList<RowId> DelegationMemberRepository::contactIdsOf(RowId delegationId)
{
    m_error.clear();
    return ids(QStringLiteral("SELECT contact_id FROM delegation_members WHERE delegation_id = ? ORDER BY id"),
               { delegationId });
}

bool DelegationMemberRepository::addContacts(RowId delegationId, const QList<RowId> &contactIds,
                                             const QString &role, const QString &status,
                                             QList<RowId> *addedIds)
{
    m_error.clear();
    if (addedIds)
        addedIds->clear();
    if (!Vocabulary::contains(Vocab::MemberRole, role))
        return fail(Repository::tr("“%1” is not a member role.").arg(role));
    if (!Vocabulary::contains(Vocab::MemberStatus, status))
        return fail(Repository::tr("“%1” is not a member status.").arg(status));
    Savepoint savepoint(m_db);
    const QList<RowId> already = contactIdsOf(delegationId);
    if (!m_error.isEmpty())
        return false;
    QList<RowId> added;
    QList<RowId> seen;
    QSqlQuery query(m_db);
    for (RowId contactId : contactIds) {
        if (already.contains(contactId) || seen.contains(contactId))
            continue;
        seen.append(contactId);
        if (!exec(query, QStringLiteral("SELECT community_id FROM contacts WHERE id = ?"), { contactId }))
            return false;
        if (!query.next())
            return fail(Repository::tr("There is no contact with row id %1.").arg(contactId));
        DelegationMember member;
        member.delegationId = delegationId;
        member.contactId = contactId;
        member.communityId = SqlDialect::idFrom(query.value(0));
        member.role = role;
        member.status = status;
        query.finish();
        if (!insert(member))
            return false;
        added.append(member.id);
    }
    if (!savepoint.release())
        return fail(Repository::tr("The members could not be added."));
    if (addedIds)
        *addedIds = added;
    return true;
}

bool DelegationMemberRepository::setColumn(const QList<RowId> &memberIds, const QString &column,
                                           const QString &value)
{
    Savepoint savepoint(m_db);
    QSqlQuery query(m_db);
    const QString sql = QStringLiteral("UPDATE delegation_members SET %1 = ?, updated_at = ? WHERE id = ?").arg(column);
    const QString now = SqlDialect::nowUtc();
    for (RowId id : memberIds) {
        if (!exec(query, sql, { value, now, id }))
            return false;
        if (query.numRowsAffected() != 1)
            return fail(Repository::tr("There is no delegation member with row id %1.").arg(id));
        if (!reindex(table(), id))
            return false;
    }
    return savepoint.release() || fail(Repository::tr("The change could not be saved."));
}

bool DelegationMemberRepository::setStatus(const QList<RowId> &memberIds, const QString &status)
{
    m_error.clear();
    if (!Vocabulary::contains(Vocab::MemberStatus, status))
        return fail(Repository::tr("“%1” is not a member status.").arg(status));
    return setColumn(memberIds, QStringLiteral("status"), status);
}

bool DelegationMemberRepository::setRole(const QList<RowId> &memberIds, const QString &role)
{
    m_error.clear();
    if (!Vocabulary::contains(Vocab::MemberRole, role))
        return fail(Repository::tr("“%1” is not a member role.").arg(role));
    return setColumn(memberIds, QStringLiteral("role"), role);
}

bool DelegationMemberRepository::removeAll(const QList<RowId> &memberIds)
{
    m_error.clear();
    Savepoint savepoint(m_db);
    for (RowId id : memberIds) {
        if (!remove(id))
            return false;
    }
    return savepoint.release() || fail(Repository::tr("The members could not be removed."));
}

} // namespace dd::storage
