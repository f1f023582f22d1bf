#include "RecordDetails.h"

#include "EntityTableModel.h"
#include "domain/FormInput.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/ListSource.h"
#include "storage/OrganisationRepository.h"
#include "storage/PartnershipRepository.h"

#include <QMap>

namespace dd::models {
namespace {

using storage::ListSource;

// A table of the rows of kind that belong to the record (column = id), with chosen columns.
RecordDetails::Table relatedTable(const storage::Database &database, const QString &heading,
                                  EntityKind kind, const QString &column, RowId id,
                                  const QStringList &columnIds)
{
    RecordDetails::Table table;
    table.heading = heading;
    ListSource source(database, kind, { { column, id } });
    QList<int> indexes;
    for (const QString &columnId : columnIds) {
        const int index = source.columnIndex(columnId);
        if (index < 0)
            continue;
        indexes.append(index);
        table.headers.append(source.columns().at(index).translatedLabel());
    }
    // Related lists are short (a delegation's members, a meeting's counterparts); a cap keeps a
    // pathological one from freezing the pane.
    constexpr int limit = 500;
    const QList<QVariantList> rows = source.fetch(0, limit);
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (int index : std::as_const(indexes))
            cells.append(EntityTableModel::displayText(source.columns().at(index), row.at(index + 2)));
        table.rows.append(cells);
    }
    return table;
}

QString partyName(const storage::Database &database, const PartnershipParty &party)
{
    if (party.communityId) {
        if (const auto community = storage::CommunityRepository(database).find(party.communityId))
            return community->name;
    } else if (party.organisationId) {
        if (const auto organisation = storage::OrganisationRepository(database).find(party.organisationId))
            return organisation->name;
    }
    return {};
}

} // namespace

RecordDetails RecordDetails::load(const storage::Database &database, EntityKind kind, RowId id)
{
    RecordDetails details;
    details.kindLabel = Entity::singularLabel(kind);
    ListSource source(database, kind);
    const auto row = source.fetchById(id);
    if (!row)
        return details;
    details.found = true;
    const QList<storage::ListColumn> &columns = source.columns();
    for (int i = 0; i < columns.size(); ++i) {
        const QString text = EntityTableModel::displayText(columns.at(i), row->at(i + 2));
        if (details.title.isEmpty() && !text.isEmpty())
            details.title = text;
        if (!text.isEmpty())
            details.fields.append({ columns.at(i).translatedLabel(), text });
    }
    if (kind == EntityKind::Contact || kind == EntityKind::Member) {
        // The first column of a person is the family name alone: show the whole name instead.
        const int given = source.columnIndex(QStringLiteral("given_name"));
        if (given >= 0 && !row->at(given + 2).isNull())
            details.title = row->at(given + 2).toString() + QLatin1Char(' ') + details.title;
    }

    switch (kind) {
    case EntityKind::Delegation: {
        Table members = relatedTable(database, tr("Members"), EntityKind::Member,
                                     QStringLiteral("delegation_id"), id,
                                     { QStringLiteral("name"), QStringLiteral("community"),
                                       QStringLiteral("role"), QStringLiteral("status") });
        // How many are at each status, in workflow order: "Confirmed: 11 · Invited: 1".
        QMap<int, int> counts;
        for (const QStringList &row : std::as_const(members.rows)) {
            for (const QString &status : Vocabulary::ids(Vocab::MemberStatus)) {
                if (row.constLast() == Vocabulary::label(Vocab::MemberStatus, status))
                    ++counts[Vocabulary::rank(Vocab::MemberStatus, status)];
            }
        }
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const QString status = Vocabulary::ids(Vocab::MemberStatus).at(it.key());
            parts.append(tr("%1: %2").arg(Vocabulary::label(Vocab::MemberStatus, status)).arg(it.value()));
        }
        if (!parts.isEmpty()) {
            // Right under the number of members, where the eye looks for it.
            const QString membersLabel
                = columns.at(source.columnIndex(QStringLiteral("members"))).translatedLabel();
            qsizetype at = details.fields.size();
            for (qsizetype i = 0; i < details.fields.size(); ++i) {
                if (details.fields.at(i).first == membersLabel)
                    at = i + 1;
            }
            details.fields.insert(at, { tr("Members by status"), parts.join(QStringLiteral(" · ")) });
        }
        details.tables.append(members);
        details.tables.append(relatedTable(database, tr("Meetings"), EntityKind::Meeting,
                                           QStringLiteral("delegation_id"), id,
                                           { QStringLiteral("title"), QStringLiteral("starts_at"),
                                             QStringLiteral("outcome") }));
        break;
    }
    case EntityKind::Event:
        details.tables.append(relatedTable(database, tr("Delegations"), EntityKind::Delegation,
                                           QStringLiteral("event_id"), id,
                                           { QStringLiteral("name"), QStringLiteral("status"),
                                             QStringLiteral("members") }));
        break;
    case EntityKind::Partnership: {
        const auto partnership = storage::PartnershipRepository(database).find(id);
        if (!partnership)
            break;
        Table parties { tr("Named parties"), { tr("Party"), tr("Ratified"), tr("Council decision") }, {} };
        for (const PartnershipParty &party : partnership->parties) {
            parties.rows.append({ partyName(database, party),
                                  party.ratifiedOn.isValid()
                                      ? FormInput::dateText(party.ratifiedOn)
                                      : QString(),
                                  party.ratificationDecision });
        }
        details.tables.append(parties);
        Table history { tr("Stage history"), { tr("Date"), tr("Stage"), tr("Note") }, {} };
        for (const StageChange &change : partnership->history) {
            history.rows.append({ FormInput::dateText(change.changedOn),
                                  Vocabulary::label(Vocab::PartnershipStage, change.stage), change.note });
        }
        details.tables.append(history);
        break;
    }
    default:
        break;
    }
    return details;
}

} // namespace dd::models
