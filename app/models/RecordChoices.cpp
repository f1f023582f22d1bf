#include "RecordChoices.h"

#include "storage/ListSource.h"

#include <QHash>

namespace dd::models {

namespace {

// Reads every row of a sorted list a page at a time, each as a label and the place the record
// is at; two records whose labels are the same are told apart by their places:
// "Franconville — Grand Est". read(row) gives the label and the place of a row, which holds
// [id, uid, one value per column].
template<class Read>
QList<RecordChoice> distinctChoices(storage::ListSource &source, QString *error, Read read)
{
    QList<RecordChoice> choices;
    QList<QString> places;
    constexpr int page = 500;
    for (int offset = 0;; offset += page) {
        const QList<QVariantList> rows = source.fetch(offset, page);
        for (const QVariantList &row : rows) {
            const auto [label, place] = read(row);
            choices.append({ row.at(0).toLongLong(), label });
            places.append(place);
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

} // namespace

QList<RecordChoice> recordChoices(const storage::Database &database, EntityKind kind, QString *error)
{
    storage::ListSource source(database, kind);
    const int name = source.columnIndex(QStringLiteral("name"));
    if (name < 0) {
        if (error)
            *error = QStringLiteral("%1 have no name column").arg(Entity::id(kind));
        return {};
    }
    // Region for communities, country for organisations: whichever says where the record is.
    int where = source.columnIndex(QStringLiteral("region"));
    if (where < 0)
        where = source.columnIndex(QStringLiteral("country"));
    source.setSort(name, Qt::AscendingOrder);
    return distinctChoices(source, error, [name, where](const QVariantList &row) {
        return std::pair { row.at(name + 2).toString(), where < 0 ? QString() : row.at(where + 2).toString() };
    });
}

QList<RecordChoice> personChoices(const storage::Database &database, QString *error)
{
    storage::ListSource source(database, EntityKind::Contact);
    const int family = source.columnIndex(QStringLiteral("family_name"));
    const int given = source.columnIndex(QStringLiteral("given_name"));
    const int organisation = source.columnIndex(QStringLiteral("organisation"));
    const int community = source.columnIndex(QStringLiteral("community"));
    if (family < 0 || given < 0) {
        if (error)
            *error = QStringLiteral("contacts have no name columns");
        return {};
    }
    source.setSort(family, Qt::AscendingOrder);
    const auto value = [](const QVariantList &row, int column) {
        return column < 0 ? QString() : row.at(column + 2).toString();
    };
    return distinctChoices(source, error, [&](const QVariantList &row) {
        const QString name = QStringList { value(row, given), value(row, family) }.join(QLatin1Char(' ')).trimmed();
        const QString where = value(row, organisation);
        return std::pair { name, where.isEmpty() ? value(row, community) : where };
    });
}

} // namespace dd::models
