#include "OrganisationRepository.h"

#include "PartyRemoval.h"
#include "SqlDialect.h"

namespace dd::storage {

Columns OrganisationRepository::columnsOf(const Organisation &organisation)
{
    return {
        { QStringLiteral("name"), SqlDialect::toSql(organisation.name) },
        { QStringLiteral("kind"), SqlDialect::toSql(organisation.kind) },
        { QStringLiteral("country"), SqlDialect::toSql(organisation.country) },
        { QStringLiteral("website"), SqlDialect::toSql(organisation.website) },
        { QStringLiteral("parent_id"), SqlDialect::idToSql(organisation.parentId) },
        { QStringLiteral("notes"), SqlDialect::toSql(organisation.notes) },
    };
}

void OrganisationRepository::readColumns(const QSqlQuery &query, Organisation &organisation)
{
    organisation.name = SqlDialect::textFrom(query.value(QStringLiteral("name")));
    organisation.kind = SqlDialect::textFrom(query.value(QStringLiteral("kind")));
    organisation.country = SqlDialect::textFrom(query.value(QStringLiteral("country")));
    organisation.website = SqlDialect::textFrom(query.value(QStringLiteral("website")));
    organisation.parentId = SqlDialect::idFrom(query.value(QStringLiteral("parent_id")));
    organisation.notes = SqlDialect::textFrom(query.value(QStringLiteral("notes")));
}

bool OrganisationRepository::remove(RowId id)
{
    Savepoint savepoint(m_db);
    QString error;
    if (!lowerPartyCounts(m_db, QStringLiteral("organisation_id"), id, &error))
        return fail(error);
    return RecordRepository::remove(id) && savepoint.release();
}

} // namespace dd::storage
