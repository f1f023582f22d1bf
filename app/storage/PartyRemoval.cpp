#include "PartyRemoval.h"

#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dd::storage {

bool lowerPartyCounts(const QSqlDatabase &db, const QString &partyColumn, RowId id, QString *error)
{
    // Only partnerships with a count are touched (no count means the named parties are all of
    // them). The count never goes below zero, whatever an older database held. CASE rather than
    // max(), which PostgreSQL spells greatest().
    const QString removed = QStringLiteral("(SELECT COUNT(*) FROM partnership_parties pp "
                                           "WHERE pp.partnership_id = partnerships.id AND pp.%1 = ?)")
                                .arg(partyColumn);
    QSqlQuery query(db);
    const QString sql = QStringLiteral("UPDATE partnerships SET updated_at = ?, party_count = CASE "
                                       "WHEN party_count > %1 THEN party_count - %1 ELSE 0 END "
                                       "WHERE party_count IS NOT NULL AND id IN "
                                       "(SELECT partnership_id FROM partnership_parties WHERE %2 = ?)")
                            .arg(removed, partyColumn);
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    // Positional values in the order of their marks: the time, the two counts, the filter.
    query.addBindValue(SqlDialect::nowUtc());
    query.addBindValue(id);
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace dd::storage
