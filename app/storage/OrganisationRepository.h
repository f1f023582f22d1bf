#pragma once
// Stores and reads organisations.

#include "Repository.h"
#include "domain/Organisation.h"

namespace dd::storage {

class OrganisationRepository : public RecordRepository<Organisation, OrganisationRepository>
{
public:
    using RecordRepository::RecordRepository;

    static QString table() { return QStringLiteral("organisations"); }
    static Columns columnsOf(const Organisation &organisation);
    static void readColumns(const QSqlQuery &query, Organisation &organisation);

    // Deletes the organisation, all or nothing. The partnerships it is a party to stay, without it,
    // and one that gives a count of parties in all counts one fewer (storage/PartyRemoval.h).
    bool remove(RowId id);
};

} // namespace dd::storage
