#pragma once
// The one search over everything, as people see it: hits with a title and a line of detail,
// grouped by kind (communities, contacts, ...), for the Ctrl+K window and the `search` command,
// which print the same hits.

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include <optional>

namespace dd::storage {
class Database;
}

namespace dd::models {

struct SearchHit {
    EntityKind kind = EntityKind::Community;
    RowId id = 0;
    QString uid;
    QString title;
    QString detail;
};

// At most limit hits for the words of query (each a prefix), grouped by kind in the order of
// Entity::all(), best first within a kind. On error returns nothing and fills *error.
QList<SearchHit> search(const storage::Database &database, const QString &query, int limit,
                        QString *error = nullptr);

// The hits as a two-level tree: one row per kind that has hits, its hits beneath it.
class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setDatabase(const storage::Database *database);
    // Runs the search again for query (as the user types).
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    int hitCount() const;
    // The hit behind an index, or nothing for a group row.
    std::optional<SearchHit> hitAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static constexpr int limit = 50;

private:
    struct Group {
        EntityKind kind;
        QList<SearchHit> hits;
    };

    const storage::Database *m_database = nullptr;
    QString m_query;
    QList<Group> m_groups;
};

} // namespace dd::models
