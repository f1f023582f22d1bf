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
};

} // namespace dd::storage
