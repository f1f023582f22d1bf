#include "MeetingRepository.h"

#include "SqlDialect.h"

namespace dd::storage {
namespace {
const QString counterparts = QStringLiteral("meeting_counterparts");
const QString participants = QStringLiteral("meeting_participants");
const QString owner = QStringLiteral("meeting_id");
} // namespace

Columns MeetingRepository::columnsOf(const Meeting &meeting)
{
    return {
        { QStringLiteral("delegation_id"), SqlDialect::idToSql(meeting.delegationId) },
        { QStringLiteral("event_id"), SqlDialect::idToSql(meeting.eventId) },
        { QStringLiteral("title"), SqlDialect::toSql(meeting.title) },
        { QStringLiteral("starts_at"), SqlDialect::toSql(meeting.startsAt) },
        { QStringLiteral("ends_at"), SqlDialect::toSql(meeting.endsAt) },
        { QStringLiteral("time_zone"), SqlDialect::toSql(meeting.timeZone) },
        { QStringLiteral("location"), SqlDialect::toSql(meeting.location) },
        { QStringLiteral("outcome"), SqlDialect::toSql(meeting.outcome) },
        { QStringLiteral("follow_up"), SqlDialect::toSql(meeting.followUp) },
        { QStringLiteral("follow_up_due"), SqlDialect::toSql(meeting.followUpDue) },
        { QStringLiteral("notes"), SqlDialect::toSql(meeting.notes) },
    };
}

void MeetingRepository::readColumns(const QSqlQuery &query, Meeting &meeting)
{
    meeting.delegationId = SqlDialect::idFrom(query.value(QStringLiteral("delegation_id")));
    meeting.eventId = SqlDialect::idFrom(query.value(QStringLiteral("event_id")));
    meeting.title = SqlDialect::textFrom(query.value(QStringLiteral("title")));
    meeting.startsAt = SqlDialect::dateTimeFrom(query.value(QStringLiteral("starts_at")));
    meeting.endsAt = SqlDialect::dateTimeFrom(query.value(QStringLiteral("ends_at")));
    meeting.timeZone = SqlDialect::textFrom(query.value(QStringLiteral("time_zone")));
    meeting.location = SqlDialect::textFrom(query.value(QStringLiteral("location")));
    meeting.outcome = SqlDialect::textFrom(query.value(QStringLiteral("outcome")));
    meeting.followUp = SqlDialect::textFrom(query.value(QStringLiteral("follow_up")));
    meeting.followUpDue = SqlDialect::dateFrom(query.value(QStringLiteral("follow_up_due")));
    meeting.notes = SqlDialect::textFrom(query.value(QStringLiteral("notes")));
}

bool MeetingRepository::writeLinks(const Meeting &meeting)
{
    return syncLinks(counterparts, owner, meeting.id, QStringLiteral("community_id"),
                     meeting.counterpartCommunityIds)
        && syncLinks(counterparts, owner, meeting.id, QStringLiteral("organisation_id"),
                     meeting.counterpartOrganisationIds)
        && syncLinks(participants, owner, meeting.id, QStringLiteral("contact_id"),
                     meeting.participantContactIds);
}

bool MeetingRepository::insert(Meeting &meeting)
{
    Savepoint savepoint(m_db);
    const bool ok = RecordRepository::insert(meeting) && writeLinks(meeting) && savepoint.release();
    if (!ok)
        meeting.id = 0;
    return ok;
}

bool MeetingRepository::update(Meeting &meeting)
{
    Savepoint savepoint(m_db);
    return RecordRepository::update(meeting) && writeLinks(meeting) && savepoint.release();
}

std::optional<Meeting> MeetingRepository::withLinks(std::optional<Meeting> meeting)
{
    if (meeting) {
        meeting->counterpartCommunityIds
            = links(counterparts, owner, meeting->id, QStringLiteral("community_id"));
        meeting->counterpartOrganisationIds
            = links(counterparts, owner, meeting->id, QStringLiteral("organisation_id"));
        meeting->participantContactIds
            = links(participants, owner, meeting->id, QStringLiteral("contact_id"));
    }
    return meeting;
}

std::optional<Meeting> MeetingRepository::find(RowId id)
{
    return withLinks(RecordRepository::find(id));
}

std::optional<Meeting> MeetingRepository::findByUid(const QString &uid)
{
    return withLinks(RecordRepository::findByUid(uid));
}

} // namespace dd::storage
