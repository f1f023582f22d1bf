#pragma once
// The full-text index behind the one search over everything (Ctrl+K, `search`): documents that
// hold the normalised and transliterated forms of each record's names (the table
// search_documents), so that "koriuk", "КОРЮКІВКА" and "Koriukivka" find the same community,
// and an SQLite FTS5 index of their words (search_index, whose content is that table).
// Repositories keep both in step with every write; an import writes the documents of the
// records it created with its rows.

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd::storage {

class SearchIndex
{
public:
    explicit SearchIndex(const QSqlDatabase &db);

    // The kinds the index holds, and the record table of each.
    static QList<EntityKind> kinds();
    static std::optional<EntityKind> kindOfTable(const QString &table);

    // The columns of a record whose texts its document holds, in the order documentTerms()
    // takes them (empty for a partnership, whose document names its parties).
    static QStringList textColumns(EntityKind kind);
    // The rowid of a record's document.
    static qint64 documentRowid(EntityKind kind, RowId id);

    // The statements that create the documents table and the index (a schema migration step
    // runs them).
    static QStringList createStatements();

    // Reads the record again and replaces its document; removes it when the record is gone.
    bool refresh(EntityKind kind, RowId id);
    // Removes the documents of kind whose records' ids are firstId or above (left behind by
    // records since removed, before records get those ids again).
    bool removeFrom(EntityKind kind, RowId firstId);
    // The records whose documents name this one (a partnership names its parties): refresh
    // them after this one changes. Ask before a removal, since cascades take the links away.
    QList<QPair<EntityKind, RowId>> dependants(EntityKind kind, RowId id);
    // Empties the documents and fills them again from every record, one prepared insert per
    // record, then builds the index again from them, inside the caller's transaction if there
    // is one.
    bool rebuild();
    // FTS5's own check that the index holds exactly the documents' words: empty when it does,
    // else what is wrong (Database::check() reports it).
    QString checkProblem();

    struct Match {
        EntityKind kind;
        RowId id;
    };
    // Records matching every word of query as a prefix, best first. Words are compared in
    // their search form (case, accents, apostrophes and script folded).
    QList<Match> search(const QString &query, int limit);

    // For lists filtered as you type: the MATCH expression for what was typed (every word a
    // quoted prefix; empty when nothing is left to match), and a subquery giving the ids of
    // the records of kind that match it (one bound value: the expression).
    static QString matchExpression(const QString &typed);
    static QString matchingIdsSql(EntityKind kind);

    // The words a document of these texts holds: each text's search form, and its
    // transliteration where it has Cyrillic, without repeats.
    static QString documentTerms(const QStringList &texts);

    QString lastError() const { return m_error; }

private:
    bool write(EntityKind kind, RowId id, const QString &terms);
    bool fail(const QString &error);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace dd::storage
