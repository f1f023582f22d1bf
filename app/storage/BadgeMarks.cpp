#include "BadgeMarks.h"

#include "SqlDialect.h"

#include <QSqlQuery>

namespace dd::storage {

bool BadgeMarks::markPrinted(const QStringList &memberUids)
{
    m_error.clear();
    Savepoint savepoint(m_db);
    const QString now = SqlDialect::nowUtc();
    for (const QString &uid : memberUids) {
        QSqlQuery query(m_db);
        if (!exec(query,
                QStringLiteral("UPDATE delegation_members SET badge_printed = 1, updated_at = ? "
                               "WHERE uid = ?"),
                { now, uid }))
            return false; // the savepoint rolls back
        if (query.numRowsAffected() != 1)
            return fail(tr("There is no delegation member “%1”.").arg(uid));
    }
    return savepoint.release();
}

} // namespace dd::storage
