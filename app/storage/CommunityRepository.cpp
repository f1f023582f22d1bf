#include "CommunityRepository.h"

#include "PartyRemoval.h"
#include "SqlDialect.h"

namespace dd::storage {

Columns CommunityRepository::columnsOf(const Community &community)
{
    return {
        { QStringLiteral("name"), SqlDialect::toSql(community.name) },
        { QStringLiteral("name_latin"), SqlDialect::toSql(community.nameLatin) },
        { QStringLiteral("kind"), SqlDialect::toSql(community.kind) },
        { QStringLiteral("country"), SqlDialect::toSql(community.country) },
        { QStringLiteral("region"), SqlDialect::toSql(community.region) },
        { QStringLiteral("subregion"), SqlDialect::toSql(community.subregion) },
        { QStringLiteral("official_code"), SqlDialect::toSql(community.officialCode) },
        { QStringLiteral("centre"), SqlDialect::toSql(community.centre) },
        { QStringLiteral("population"), SqlDialect::toSql(community.population) },
        { QStringLiteral("notes"), SqlDialect::toSql(community.notes) },
    };
}

void CommunityRepository::readColumns(const QSqlQuery &query, Community &community)
{
    community.name = SqlDialect::textFrom(query.value(QStringLiteral("name")));
    community.nameLatin = SqlDialect::textFrom(query.value(QStringLiteral("name_latin")));
    community.kind = SqlDialect::textFrom(query.value(QStringLiteral("kind")));
    community.country = SqlDialect::textFrom(query.value(QStringLiteral("country")));
    community.region = SqlDialect::textFrom(query.value(QStringLiteral("region")));
    community.subregion = SqlDialect::textFrom(query.value(QStringLiteral("subregion")));
    community.officialCode = SqlDialect::textFrom(query.value(QStringLiteral("official_code")));
    community.centre = SqlDialect::textFrom(query.value(QStringLiteral("centre")));
    community.population = SqlDialect::numberFrom(query.value(QStringLiteral("population")));
    community.notes = SqlDialect::textFrom(query.value(QStringLiteral("notes")));
}

bool CommunityRepository::remove(RowId id)
{
    Savepoint savepoint(m_db);
    QString error;
    if (!lowerPartyCounts(m_db, QStringLiteral("community_id"), id, &error))
        return fail(error);
    return RecordRepository::remove(id) && savepoint.release();
}

} // namespace dd::storage
