#include "SearchResults.h"

#include "EntityTableModel.h"
#include "storage/Database.h"
#include "storage/ListSource.h"
#include "storage/SearchIndex.h"

#include <QHash>

#include <memory>

namespace dd::models {
namespace {

struct Presentation {
    QStringList title;  // list column ids joined by a space
    QStringList detail; // list column ids joined by " · "
};

Presentation presentationOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Community:
        return { { QStringLiteral("name") },
                 { QStringLiteral("centre"), QStringLiteral("subregion"), QStringLiteral("region"),
                   QStringLiteral("official_code") } };
    case EntityKind::Organisation:
        return { { QStringLiteral("name") }, { QStringLiteral("kind"), QStringLiteral("country") } };
    case EntityKind::Contact:
        return { { QStringLiteral("given_name"), QStringLiteral("family_name") },
                 { QStringLiteral("position"), QStringLiteral("organisation"), QStringLiteral("community") } };
    case EntityKind::Event:
        return { { QStringLiteral("name") }, { QStringLiteral("city"), QStringLiteral("starts_on") } };
    case EntityKind::Delegation:
        return { { QStringLiteral("name") }, { QStringLiteral("event"), QStringLiteral("status") } };
    case EntityKind::Meeting:
        return { { QStringLiteral("title") }, { QStringLiteral("starts_at"), QStringLiteral("location") } };
    case EntityKind::Partnership:
        return { { QStringLiteral("parties") }, { QStringLiteral("kind"), QStringLiteral("stage") } };
    case EntityKind::Member:
        break;
    }
    return {};
}

QString joined(const storage::ListSource &source, const QVariantList &row, const QStringList &columnIds,
               const QString &separator)
{
    QStringList parts;
    for (const QString &id : columnIds) {
        const int index = source.columnIndex(id);
        if (index < 0)
            continue;
        const QString text = EntityTableModel::displayText(source.columns().at(index), row.at(index + 2));
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(separator);
}

} // namespace

QList<SearchHit> search(const storage::Database &database, const QString &query, int limit, QString *error)
{
    storage::SearchIndex index(database.connection());
    const QList<storage::SearchIndex::Match> matches = index.search(query, limit);
    if (!index.lastError().isEmpty()) {
        if (error)
            *error = index.lastError();
        return {};
    }
    QHash<int, QList<SearchHit>> byKind;
    QHash<int, std::shared_ptr<storage::ListSource>> sources;
    for (const auto &match : matches) {
        auto &source = sources[int(match.kind)];
        if (!source)
            source = std::make_shared<storage::ListSource>(database, match.kind);
        const auto row = source->fetchById(match.id);
        if (!row)
            continue; // removed since it was indexed
        const Presentation presentation = presentationOf(match.kind);
        SearchHit hit { match.kind, match.id, row->at(1).toString(),
                        joined(*source, *row, presentation.title, QStringLiteral(" ")),
                        joined(*source, *row, presentation.detail, QStringLiteral(" · ")) };
        byKind[int(match.kind)].append(hit);
    }
    QList<SearchHit> hits;
    for (EntityKind kind : Entity::all())
        hits.append(byKind.value(int(kind)));
    return hits;
}

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SearchResultsModel::setDatabase(const storage::Database *database)
{
    beginResetModel();
    m_database = database;
    m_groups.clear();
    endResetModel();
    if (!m_query.isEmpty())
        setQuery(m_query);
}

void SearchResultsModel::setQuery(const QString &query)
{
    m_query = query;
    QList<Group> groups;
    if (m_database) {
        const QList<SearchHit> hits = search(*m_database, query, limit);
        for (const SearchHit &hit : hits) {
            if (groups.isEmpty() || groups.constLast().kind != hit.kind)
                groups.append({ hit.kind, {} });
            groups.last().hits.append(hit);
        }
    }
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

int SearchResultsModel::hitCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.hits.size());
    return count;
}

std::optional<SearchHit> SearchResultsModel::hitAt(const QModelIndex &index) const
{
    if (!index.isValid() || !index.parent().isValid())
        return std::nullopt;
    return m_groups.at(index.parent().row()).hits.at(index.row());
}

// A group row's internal id is 0; a hit's is its group's row + 1.
QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups.at(parent.row()).hits.size());
    return 0;
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return 2;
}

// A kind's row is a heading: the cursor and Enter pass over it to the hits.
Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == 0)
            return QStringLiteral("%1 (%2)").arg(Entity::pluralLabel(group.kind)).arg(group.hits.size());
        if (role == KindRole)
            return int(group.kind);
        return {};
    }
    const SearchHit &hit = m_groups.at(int(index.internalId() - 1)).hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? hit.title : hit.detail;
    case Qt::ToolTipRole:
        return hit.detail;
    case KindRole:
        return int(hit.kind);
    case IdRole:
        return hit.id;
    default:
        return {};
    }
}

} // namespace dd::models
