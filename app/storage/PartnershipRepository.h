#pragma once
// Stores and reads partnerships with their parties, facilitators and stage history.

#include "Repository.h"
#include "domain/Partnership.h"

namespace dd::storage {

class PartnershipRepository : public RecordRepository<Partnership, PartnershipRepository>
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipRepository)

public:
    using RecordRepository::RecordRepository;

    static QString table() { return QStringLiteral("partnerships"); }
    static Columns columnsOf(const Partnership &partnership);
    static void readColumns(const QSqlQuery &query, Partnership &partnership);

    // Writes the partnership, its parties and facilitators, all or nothing. A new partnership
    // without history gets one entry: its stage, today.
    bool insert(Partnership &partnership);
    bool update(Partnership &partnership);
    std::optional<Partnership> find(RowId id);
    std::optional<Partnership> findByUid(const QString &uid);

    // Moves the partnership to a stage and records the change in its history.
    bool changeStage(Partnership &partnership, const QString &stage, const QDate &on,
                     const QString &note);

private:
    bool writeChildren(Partnership &partnership);
    bool appendHistory(RowId partnershipId, StageChange &change);
    std::optional<Partnership> withChildren(std::optional<Partnership> partnership);
};

} // namespace dd::storage
