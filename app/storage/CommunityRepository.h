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
};

} // namespace dd::storage
