#pragma once
// Stores and reads events.

#include "Repository.h"
#include "domain/Event.h"

namespace dd::storage {

class EventRepository : public RecordRepository<Event, EventRepository>
{
public:
    using RecordRepository::RecordRepository;

    static QString table() { return QStringLiteral("events"); }
    static Columns columnsOf(const Event &event);
    static void readColumns(const QSqlQuery &query, Event &event);
};

} // namespace dd::storage
