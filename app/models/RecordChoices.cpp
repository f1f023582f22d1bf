#include "RecordChoices.h"

#include "storage/ListSource.h"

#include <QHash>

namespace dd::models {

QList<RecordChoice> recordChoices(const storage::Database &database, EntityKind kind, QString *error)
{
    QList<RecordChoice> choices;
    storage::ListSource source(database, kind);
    const int name = source.columnIndex(QStringLiteral("name"));
    if (name < 0) {
        if (error)
            *error = QStringLiteral("%1 have no name column").arg(Entity::id(kind));
        return choices;
    }
    // Region for communities, country for organisations: whichever says where the record is.
    int where = source.columnIndex(QStringLiteral("region"));
    if (where < 0)
        where = source.columnIndex(QStringLiteral("country"));
    source.setSort(name, Qt::AscendingOrder);

    // Each row is [id, uid, one value per column].
    constexpr int page = 500;
    QList<QString> places;
    for (int offset = 0;; offset += page) {
        const QList<QVariantList> rows = source.fetch(offset, page);
        for (const QVariantList &row : rows) {
            choices.append({ row.at(0).toLongLong(), row.at(name + 2).toString() });
            places.append(where < 0 ? QString() : row.at(where + 2).toString());
        }
        if (rows.size() < page)
            break;
    }
    if (error)
        *error = source.lastError();

    QHash<QString, int> uses;
    for (const RecordChoice &choice : std::as_const(choices))
        ++uses[choice.label];
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (uses.value(choices.at(i).label) > 1 && !places.at(i).isEmpty())
            choices[i].label += QStringLiteral(" — ") + places.at(i);
    }
    return choices;
}

} // namespace dd::models
