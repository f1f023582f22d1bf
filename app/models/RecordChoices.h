#pragma once
// The records of one kind as a form offers them in a drop-down list: each one's row id and the
// name people know it by, in the list's alphabetical order. Read through the same list source as
// the tables, so no form touches SQL.

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QList>
#include <QString>

namespace dd::storage {
class Database;
}

namespace dd::models {

struct RecordChoice {
    RowId id = 0;
    QString label;
};

// Every community or organisation (any kind with a "name" column), sorted by name. Two that
// share a name are told apart by their region or country: "Franconville — Grand Est". On error
// returns what was read and fills *error.
QList<RecordChoice> recordChoices(const storage::Database &database, EntityKind kind,
                                  QString *error = nullptr);

// Every contact by name, "Олена Савчук", in the contacts list's order (by family name); two
// namesakes are told apart by their organisation, or else their community. For a choice where
// the name is enough (a delegation's head); models::contactChoices adds position and place.
QList<RecordChoice> personChoices(const storage::Database &database, QString *error = nullptr);

} // namespace dd::models
