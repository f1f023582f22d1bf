#pragma once
// The rows of one kind of record as a list shows them: which columns there are, how each is
// computed (joins resolve references to names) and sorted, and a page of rows at a time, so
// that no list ever loads a whole table.

#include "domain/EntityKind.h"
#include "domain/Record.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace dd::storage {

class Database;

struct ListColumn {
    enum class Type { Text, Number, Date, DateTime, Flag, Term };

    QString id;              // the field id of DESIGN.md where there is one: "family_name"
    const char *label;       // translated in the context "ListColumn"
    QString expression;      // SQL over the list's FROM clause; "t" is the record's table
    Type type = Type::Text;
    Vocab vocab = Vocab::CommunityKind; // for Type::Term
    bool shownByDefault = true;
    // What the column sorts by when that differs from what it shows: a person shown as
    // "Олена Савчук" sorts by family name.
    QString sortExpression = {};
    // Never empty (a NOT NULL column): sorts without the "empty last" term, so that an index
    // on the column can give the order and no sort is needed (100,000 contacts by name).
    bool notNull = false;

    QString translatedLabel() const;
};

class ListSource
{
    Q_DECLARE_TR_FUNCTIONS(ListSource)

public:
    // Restricts the list to rows whose own column equals a value (members of one delegation).
    struct Condition {
        QString column;
        RowId value = 0;
    };

    ListSource(const Database &database, EntityKind kind, const QList<Condition> &conditions = {});
    ~ListSource();
    ListSource(const ListSource &) = delete;
    ListSource &operator=(const ListSource &) = delete;

    EntityKind kind() const { return m_kind; }
    const QList<ListColumn> &columns() const { return m_columns; }
    int columnIndex(const QString &id) const;

    // Keeps only the rows whose record matches what was typed, as the one search matches it
    // (every word a prefix, any case, accents or script); empty shows every row.
    void setFilter(const QString &typed);
    QString filter() const { return m_filter; }

    // Sorts by a column (-1: the list's natural order); ties are broken by row id.
    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // How many rows the list has; -1 on error. With a filter, this is where the matching
    // records are looked up in the search index (once, for the count and every page after it).
    int count();
    // Rows from offset on, each [id, uid, one value per column]; empty on error or past the end.
    QList<QVariantList> fetch(int offset, int limit);
    // One row by id, in the same shape.
    std::optional<QVariantList> fetchById(RowId id);

    QString lastError() const { return m_error; }

private:
    QString selectSql() const;
    QString orderBySql() const;
    QString whereSql() const;
    bool collectMatches();
    QVariantList whereValues() const;

    QSqlDatabase m_db;
    EntityKind m_kind;
    QString m_from;
    QList<ListColumn> m_columns;
    QList<Condition> m_conditions;
    QString m_filter;
    QString m_match; // the filter as an FTS5 MATCH expression
    // The ids matching the filter, in a temporary table of this connection, so that the count
    // and each page do not ask the search index again.
    QString m_matchTable;
    bool m_matchesCollected = false;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_error;
};

} // namespace dd::storage
