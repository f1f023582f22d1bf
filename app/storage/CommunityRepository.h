#pragma once
// Stores and reads communities.

#include "Repository.h"
#include "domain/Community.h"

namespace dd::storage {

class CommunityRepository : public RecordRepository<Community, CommunityRepository>
{
public:
    using RecordRepository::RecordRepository;

    static QString table() { return QStringLiteral("communities"); }
    static Columns columnsOf(const Community &community);
    static void readColumns(const QSqlQuery &query, Community &community);

    // Deletes the community, all or nothing. The partnerships it is a party to stay, without it,
    // and one that gives a count of parties in all counts one fewer (storage/PartyRemoval.h).
    bool remove(RowId id);
};

} // namespace dd::storage
