#pragma once
// Stores and reads meetings with their counterparts and participants.

#include "Repository.h"
#include "domain/Meeting.h"

namespace dd::storage {

class MeetingRepository : public RecordRepository<Meeting, MeetingRepository>
{
public:
    using RecordRepository::RecordRepository;

    static QString table() { return QStringLiteral("meetings"); }
    static Columns columnsOf(const Meeting &meeting);
    static void readColumns(const QSqlQuery &query, Meeting &meeting);

    bool insert(Meeting &meeting);
    bool update(Meeting &meeting);
    std::optional<Meeting> find(RowId id);
    std::optional<Meeting> findByUid(const QString &uid);

private:
    bool writeLinks(const Meeting &meeting);
    std::optional<Meeting> withLinks(std::optional<Meeting> meeting);
};

} // namespace dd::storage
