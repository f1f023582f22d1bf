#include "PartnershipRepository.h"

#include "SqlDialect.h"

namespace dd::storage {
namespace {
const QString partiesTable = QStringLiteral("partnership_parties");
const QString facilitatorsTable = QStringLiteral("partnership_facilitators");
const QString historyTable = QStringLiteral("partnership_stage_changes");
const QString owner = QStringLiteral("partnership_id");
} // namespace

Columns PartnershipRepository::columnsOf(const Partnership &partnership)
{
    return {
        { QStringLiteral("kind"), SqlDialect::toSql(partnership.kind) },
        { QStringLiteral("stage"), SqlDialect::toSql(partnership.stage) },
        { QStringLiteral("party_count"), SqlDialect::toSql(partnership.partyCount) },
        { QStringLiteral("areas"), SqlDialect::toSql(partnership.areas) },
        { QStringLiteral("born_at_event_id"), SqlDialect::idToSql(partnership.bornAtEventId) },
        { QStringLiteral("born_at_meeting_id"), SqlDialect::idToSql(partnership.bornAtMeetingId) },
        { QStringLiteral("signed_on"), SqlDialect::toSql(partnership.signedOn) },
        { QStringLiteral("next_step"), SqlDialect::toSql(partnership.nextStep) },
        { QStringLiteral("next_step_due"), SqlDialect::toSql(partnership.nextStepDue) },
        { QStringLiteral("notes"), SqlDialect::toSql(partnership.notes) },
    };
}

void PartnershipRepository::readColumns(const QSqlQuery &query, Partnership &partnership)
{
    partnership.kind = SqlDialect::textFrom(query.value(QStringLiteral("kind")));
    partnership.stage = SqlDialect::textFrom(query.value(QStringLiteral("stage")));
    partnership.partyCount = SqlDialect::numberFrom(query.value(QStringLiteral("party_count")));
    partnership.areas = SqlDialect::textFrom(query.value(QStringLiteral("areas")));
    partnership.bornAtEventId = SqlDialect::idFrom(query.value(QStringLiteral("born_at_event_id")));
    partnership.bornAtMeetingId = SqlDialect::idFrom(query.value(QStringLiteral("born_at_meeting_id")));
    partnership.signedOn = SqlDialect::dateFrom(query.value(QStringLiteral("signed_on")));
    partnership.nextStep = SqlDialect::textFrom(query.value(QStringLiteral("next_step")));
    partnership.nextStepDue = SqlDialect::dateFrom(query.value(QStringLiteral("next_step_due")));
    partnership.notes = SqlDialect::textFrom(query.value(QStringLiteral("notes")));
}

bool PartnershipRepository::appendHistory(RowId partnershipId, StageChange &change)
{
    Record row;
    const bool ok = insertRow(historyTable, row,
                              { { owner, partnershipId },
                                { QStringLiteral("stage"), change.stage },
                                { QStringLiteral("changed_on"), SqlDialect::toSql(change.changedOn) },
                                { QStringLiteral("note"), SqlDialect::toSql(change.note) } });
    change.id = row.id;
    return ok;
}

bool PartnershipRepository::writeChildren(Partnership &partnership)
{
    if (partnership.parties.isEmpty())
        return fail(tr("A partnership needs at least one named party."));
    for (const PartnershipParty &party : std::as_const(partnership.parties)) {
        if ((party.communityId == 0) == (party.organisationId == 0))
            return fail(tr("Each party of a partnership is either a community or an organisation."));
    }

    // Parties: keep the rows that stay (their uids), update their details, add and remove.
    const QList<RowId> stored = ids(QStringLiteral("SELECT id FROM partnership_parties WHERE partnership_id = ?"),
                                    { partnership.id });
    // An id that is not one of this partnership's rows (a copy of another partnership, or a row
    // that a refused write rolled back) stands for a new row: updating it would take another
    // partnership's party, or fail.
    QList<RowId> kept;
    for (PartnershipParty &party : partnership.parties) {
        if (!stored.contains(party.id))
            party.id = 0;
        if (party.id)
            kept.append(party.id);
    }
    for (RowId id : stored) {
        if (!kept.contains(id) && !removeRow(partiesTable, id))
            return false;
    }
    for (int position = 0; position < partnership.parties.size(); ++position) {
        PartnershipParty &party = partnership.parties[position];
        Record row;
        row.id = party.id;
        const Columns columns {
            { owner, partnership.id },
            { QStringLiteral("position"), position },
            { QStringLiteral("community_id"), SqlDialect::idToSql(party.communityId) },
            { QStringLiteral("organisation_id"), SqlDialect::idToSql(party.organisationId) },
            { QStringLiteral("ratified_on"), SqlDialect::toSql(party.ratifiedOn) },
            { QStringLiteral("ratification_decision"), SqlDialect::toSql(party.ratificationDecision) },
        };
        if (!(row.id ? updateRow(partiesTable, row, columns) : insertRow(partiesTable, row, columns)))
            return false;
        party.id = row.id;
    }

    if (!syncLinks(facilitatorsTable, owner, partnership.id, QStringLiteral("organisation_id"),
                   partnership.facilitatorIds))
        return false;

    // The same holds for history entries: one that is not this partnership's row is appended.
    const QList<RowId> logged = ids(
        QStringLiteral("SELECT id FROM partnership_stage_changes WHERE partnership_id = ?"),
        { partnership.id });
    for (StageChange &change : partnership.history) {
        if (!logged.contains(change.id) && !appendHistory(partnership.id, change))
            return false;
    }
    return true;
}

bool PartnershipRepository::insert(Partnership &partnership)
{
    if (partnership.history.isEmpty())
        partnership.history.append({ 0, partnership.stage, QDate::currentDate(), QString() });
    Savepoint savepoint(m_db);
    // The search document names the parties: index once they are written.
    const bool ok = RecordRepository::insert(partnership) && writeChildren(partnership)
        && reindex(table(), partnership.id) && savepoint.release();
    if (!ok)
        partnership.id = 0;
    return ok;
}

bool PartnershipRepository::update(Partnership &partnership)
{
    Savepoint savepoint(m_db);
    return RecordRepository::update(partnership) && writeChildren(partnership)
        && reindex(table(), partnership.id) && savepoint.release();
}

bool PartnershipRepository::changeStage(Partnership &partnership, const QString &stage,
                                        const QDate &on, const QString &note)
{
    partnership.stage = stage;
    partnership.history.append({ 0, stage, on, note });
    return update(partnership);
}

std::optional<Partnership> PartnershipRepository::withChildren(std::optional<Partnership> partnership)
{
    if (!partnership)
        return partnership;
    QSqlQuery query(m_db);
    if (exec(query, QStringLiteral("SELECT * FROM partnership_parties WHERE partnership_id = ? ORDER BY position"),
             { partnership->id })) {
        while (query.next()) {
            PartnershipParty party;
            party.id = query.value(QStringLiteral("id")).toLongLong();
            party.communityId = SqlDialect::idFrom(query.value(QStringLiteral("community_id")));
            party.organisationId = SqlDialect::idFrom(query.value(QStringLiteral("organisation_id")));
            party.ratifiedOn = SqlDialect::dateFrom(query.value(QStringLiteral("ratified_on")));
            party.ratificationDecision
                = SqlDialect::textFrom(query.value(QStringLiteral("ratification_decision")));
            partnership->parties.append(party);
        }
    }
    partnership->facilitatorIds
        = links(facilitatorsTable, owner, partnership->id, QStringLiteral("organisation_id"));
    if (exec(query, QStringLiteral("SELECT id, stage, changed_on, note FROM partnership_stage_changes "
                                   "WHERE partnership_id = ? ORDER BY id"),
             { partnership->id })) {
        while (query.next()) {
            partnership->history.append({ query.value(0).toLongLong(), query.value(1).toString(),
                                          SqlDialect::dateFrom(query.value(2)),
                                          SqlDialect::textFrom(query.value(3)) });
        }
    }
    return partnership;
}

std::optional<Partnership> PartnershipRepository::find(RowId id)
{
    return withChildren(RecordRepository::find(id));
}

std::optional<Partnership> PartnershipRepository::findByUid(const QString &uid)
{
    return withChildren(RecordRepository::findByUid(uid));
}

} // namespace dd::storage
