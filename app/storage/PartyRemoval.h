#pragma once
// What deleting a community or an organisation does to the partnerships it is a party to. The
// schema's cascade removes its party rows; the partnership stays, without it. A partnership
// that says how many took part in all (party_count) counted the deleted record among them, so
// that count is lowered by as many party rows as go, in the same transaction as the deletion:
// otherwise "3 in all, 2 named" would silently become "3 in all, 1 named".

#include "domain/Record.h"

#include <QSqlDatabase>
#include <QString>

namespace dd::storage {

// partyColumn is "community_id" or "organisation_id". Call inside the savepoint of the
// deletion, before the row goes. Returns false and fills *error when a statement fails.
bool lowerPartyCounts(const QSqlDatabase &db, const QString &partyColumn, RowId id, QString *error);

} // namespace dd::storage
