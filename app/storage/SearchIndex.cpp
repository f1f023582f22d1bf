#include "SearchIndex.h"

#include "domain/TextNormaliser.h"
#include "domain/Transliteration.h"

#include <QVarLengthArray>

#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace dd::storage {
namespace {

// A document's rowid carries its record: id * kindSlots + the kind's slot, so that a document
// is found, replaced and removed by rowid without scanning the index.
constexpr qint64 kindSlots = 16;

struct Source {
    EntityKind kind;
    int slot;
    QString table;
    // The record's columns whose texts a document holds, in this order (textColumns()).
    QStringList columns;
    // SELECT id, text... FROM ... t, when the texts are not plain columns of the record.
    QString select;
};

const QList<Source> &sources()
{
    static const QList<Source> list {
        { EntityKind::Community, 1, QStringLiteral("communities"),
          { QStringLiteral("name"), QStringLiteral("name_latin"), QStringLiteral("centre"),
            QStringLiteral("official_code"), QStringLiteral("subregion"), QStringLiteral("region") },
          {} },
        { EntityKind::Organisation, 2, QStringLiteral("organisations"),
          { QStringLiteral("name"), QStringLiteral("website") }, {} },
        { EntityKind::Contact, 3, QStringLiteral("contacts"),
          { QStringLiteral("given_name"), QStringLiteral("patronymic"), QStringLiteral("family_name"),
            QStringLiteral("given_name_latin"), QStringLiteral("family_name_latin"),
            QStringLiteral("email"), QStringLiteral("position") },
          {} },
        { EntityKind::Event, 4, QStringLiteral("events"),
          { QStringLiteral("name"), QStringLiteral("city") }, {} },
        { EntityKind::Delegation, 5, QStringLiteral("delegations"), { QStringLiteral("name") }, {} },
        { EntityKind::Meeting, 6, QStringLiteral("meetings"),
          { QStringLiteral("title"), QStringLiteral("location") }, {} },
        // A partnership is found by the names of its parties ("Boyarka Palaiseau").
        { EntityKind::Partnership, 7, QStringLiteral("partnerships"), {},
          QStringLiteral("SELECT t.id, (SELECT group_concat(coalesce(c.name || ' ' || coalesce(c.centre, '') "
                         "|| ' ' || coalesce(c.name_latin, ''), o.name), ' ') FROM partnership_parties p "
                         "LEFT JOIN communities c ON c.id = p.community_id "
                         "LEFT JOIN organisations o ON o.id = p.organisation_id "
                         "WHERE p.partnership_id = t.id), t.areas FROM partnerships t") },
    };
    return list;
}

// SELECT id, text... FROM table t: the texts of each record's document.
QString selectOf(const Source &source)
{
    if (!source.select.isEmpty())
        return source.select;
    QString sql = QStringLiteral("SELECT t.id");
    for (const QString &column : source.columns)
        sql += QStringLiteral(", t.") + column;
    return sql + QStringLiteral(" FROM ") + source.table + QStringLiteral(" t");
}

const Source *sourceOf(EntityKind kind)
{
    for (const Source &source : sources()) {
        if (source.kind == kind)
            return &source;
    }
    return nullptr;
}

} // namespace

SearchIndex::SearchIndex(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<EntityKind> SearchIndex::kinds()
{
    QList<EntityKind> result;
    for (const Source &source : sources())
        result.append(source.kind);
    return result;
}

std::optional<EntityKind> SearchIndex::kindOfTable(const QString &table)
{
    for (const Source &source : sources()) {
        if (source.table == table)
            return source.kind;
    }
    return std::nullopt;
}

QStringList SearchIndex::textColumns(EntityKind kind)
{
    const Source *source = sourceOf(kind);
    return source ? source->columns : QStringList();
}

qint64 SearchIndex::documentRowid(EntityKind kind, RowId id)
{
    const Source *source = sourceOf(kind);
    return source ? id * kindSlots + source->slot : 0;
}

QStringList SearchIndex::createStatements()
{
    // The documents live in a table of our own and the FTS5 index refers to it (external
    // content): SQLite then stores each document once, not again in an FTS5 content table of
    // its own, and an import appends them in row-id order. detail=none keeps no word
    // positions: the search matches single words as prefixes and ranks by bm25, and a
    // document holds each word once, so positions and counts would say nothing. columnsize=0
    // keeps no table of document lengths: bm25 then counts a document's words when it ranks
    // it, and it ranks at most a few hundred (search()). The prefix index serves the second
    // letter typed, whose words are the most; from the third on, the words' own entries are
    // few enough. 'hashsize' lets a big import gather 16 MiB of new words before writing a
    // segment, and 'automerge' 8 merges segments in bigger steps; both are stored in the
    // index's configuration. Our own search form does the folding (keeping й and ї apart from
    // и and і, which the tokenizer's remove_diacritics would merge), so the tokenizer only
    // splits on spaces.
    //
    // The documents and their index of a million contacts, in the sqlite3 shell: 8.7 s as
    // schema version 2 had them (FTS5's own content, positions, prefix '2 3'), 3.1 s so.
    return { QStringLiteral("CREATE TABLE search_documents (id INTEGER PRIMARY KEY, terms TEXT NOT NULL)"),
             QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(terms, content = 'search_documents', "
                            "content_rowid = 'id', detail = none, columnsize = 0, "
                            "tokenize = 'unicode61 remove_diacritics 0', prefix = '2')"),
             QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 16777216)"),
             QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 8)") };
}

bool SearchIndex::fail(const QString &error)
{
    m_error = error;
    return false;
}

QString SearchIndex::documentTerms(const QStringList &texts)
{
    // Called once per record of an import: the words are compared as views of the folded
    // texts, a linear search over the few of one document, with no set and no list of copies.
    QVarLengthArray<QString, 16> forms;
    for (const QString &text : texts) {
        if (text.isEmpty())
            continue;
        forms.append(TextNormaliser::searchForm(text));
        if (Transliteration::hasCyrillic(text))
            forms.append(TextNormaliser::searchForm(Transliteration::ukrainianToLatin(text)));
    }
    QVarLengthArray<QStringView, 32> words;
    QString terms;
    for (const QString &form : std::as_const(forms)) {
        for (const QStringView word : QStringView(form).tokenize(u' ', Qt::SkipEmptyParts)) {
            if (std::find(words.cbegin(), words.cend(), word) != words.cend())
                continue;
            words.append(word);
            if (!terms.isEmpty())
                terms += QLatin1Char(' ');
            terms += word;
        }
    }
    return terms;
}

bool SearchIndex::write(EntityKind kind, RowId id, const QString &terms)
{
    // An external-content index forgets a document only when told its words: read them from
    // the documents table, remove them from the index, then store the new ones in both.
    const qint64 rowid = documentRowid(kind, id);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT terms FROM search_documents WHERE id = ?"));
    query.addBindValue(rowid);
    if (!query.exec())
        return fail(query.lastError().text());
    const bool stored = query.next();
    const QString old = stored ? query.value(0).toString() : QString();
    query.finish();
    if (stored && old == terms)
        return true; // the words are those of the document already there
    if (stored) {
        query.prepare(QStringLiteral("INSERT INTO search_index (search_index, rowid, terms) VALUES ('delete', ?, ?)"));
        query.addBindValue(rowid);
        query.addBindValue(old);
        if (!query.exec())
            return fail(query.lastError().text());
        query.prepare(QStringLiteral("DELETE FROM search_documents WHERE id = ?"));
        query.addBindValue(rowid);
        if (!query.exec())
            return fail(query.lastError().text());
    }
    if (terms.isEmpty())
        return true;
    for (const QString &table : { QStringLiteral("search_documents (id, terms)"), QStringLiteral("search_index (rowid, terms)") }) {
        query.prepare(QStringLiteral("INSERT INTO %1 VALUES (?, ?)").arg(table));
        query.addBindValue(rowid);
        query.addBindValue(terms);
        if (!query.exec())
            return fail(query.lastError().text());
    }
    return true;
}

bool SearchIndex::refresh(EntityKind kind, RowId id)
{
    const Source *source = sourceOf(kind);
    if (!source)
        return true; // not a kind the index holds
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectOf(*source) + QStringLiteral(" WHERE t.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError().text());
    QStringList texts;
    if (query.next()) {
        const int columns = query.record().count();
        for (int i = 1; i < columns; ++i)
            texts.append(query.value(i).toString());
    }
    query.finish();
    return write(kind, id, documentTerms(texts));
}

bool SearchIndex::removeFrom(EntityKind kind, RowId firstId)
{
    const qint64 first = documentRowid(kind, firstId);
    if (first == 0)
        return true; // not a kind the index holds
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM search_documents WHERE id >= ? AND id % %1 = ?").arg(kindSlots));
    query.addBindValue(first);
    query.addBindValue(first % kindSlots);
    if (!query.exec())
        return fail(query.lastError().text());
    QList<RowId> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong() / kindSlots);
    query.finish();
    for (const RowId id : std::as_const(ids)) {
        if (!write(kind, id, QString()))
            return false;
    }
    return true;
}

QList<QPair<EntityKind, RowId>> SearchIndex::dependants(EntityKind kind, RowId id)
{
    QList<QPair<EntityKind, RowId>> result;
    QString column;
    if (kind == EntityKind::Community)
        column = QStringLiteral("community_id");
    else if (kind == EntityKind::Organisation)
        column = QStringLiteral("organisation_id");
    else
        return result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT DISTINCT partnership_id FROM partnership_parties WHERE %1 = ?").arg(column));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(query.lastError().text());
        return result;
    }
    while (query.next())
        result.append({ EntityKind::Partnership, query.value(0).toLongLong() });
    return result;
}

bool SearchIndex::rebuild()
{
    QSqlQuery clear(m_db);
    if (!clear.exec(QStringLiteral("DELETE FROM search_documents")))
        return fail(clear.lastError().text());
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO search_documents (id, terms) VALUES (?, ?)")))
        return fail(insert.lastError().text());
    for (const Source &source : sources()) {
        QSqlQuery rows(m_db);
        rows.setForwardOnly(true);
        if (!rows.exec(selectOf(source)))
            return fail(rows.lastError().text());
        const int columns = rows.record().count();
        QStringList texts;
        while (rows.next()) {
            texts.clear();
            for (int i = 1; i < columns; ++i)
                texts.append(rows.value(i).toString());
            const QString terms = documentTerms(texts);
            if (terms.isEmpty())
                continue;
            insert.addBindValue(rows.value(0).toLongLong() * kindSlots + source.slot);
            insert.addBindValue(terms);
            if (!insert.exec())
                return fail(insert.lastError().text());
        }
    }
    // The index forgets what it held and reads every document again.
    QSqlQuery index(m_db);
    if (!index.exec(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('rebuild')")))
        return fail(index.lastError().text());
    return true;
}

QString SearchIndex::checkProblem()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")))
        return query.lastError().text();
    return {};
}

QString SearchIndex::matchExpression(const QString &typed)
{
    // Every word as a quoted prefix: "koriuk"* — quoting keeps FTS5 syntax (AND, NEAR, -) out
    // of what people type; the search form has no quote left to escape.
    const QStringList words = TextNormaliser::searchForm(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &word : words)
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QString SearchIndex::matchingIdsSql(EntityKind kind)
{
    const Source *source = sourceOf(kind);
    if (!source)
        return {};
    return QStringLiteral("SELECT rowid / %1 FROM search_index WHERE search_index MATCH ? AND rowid % %1 = %2")
        .arg(kindSlots)
        .arg(source->slot);
}

QList<SearchIndex::Match> SearchIndex::search(const QString &text, int limit)
{
    QList<Match> matches;
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return matches;
    // Ranking (bm25) costs for every matching document, and the first letter typed matches a
    // good part of the index. So rank only a set that is small enough to rank at once; a
    // bigger one is shown in index order until the next letter narrows it.
    constexpr int rankable = 500;
    // One look at the matches in index order tells which: a prefix query gathers every word
    // that starts so before its first row, which for the first letter typed is most of the
    // time spent, and then it is spent once.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?"));
    query.addBindValue(match);
    query.addBindValue(qMax(limit, rankable + 1));
    if (!query.exec()) {
        fail(query.lastError().text());
        return matches;
    }
    QList<qint64> inIndexOrder;
    while (query.next())
        inIndexOrder.append(query.value(0).toLongLong());
    query.finish();
    QList<qint64> rowids;
    if (inIndexOrder.size() > rankable) {
        rowids = inIndexOrder.mid(0, limit);
    } else {
        query.prepare(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?"));
        query.addBindValue(match);
        query.addBindValue(limit);
        if (!query.exec()) {
            fail(query.lastError().text());
            return matches;
        }
        while (query.next())
            rowids.append(query.value(0).toLongLong());
    }
    for (const qint64 rowid : std::as_const(rowids)) {
        const int slot = int(rowid % kindSlots);
        for (const Source &source : sources()) {
            if (source.slot == slot) {
                matches.append({ source.kind, rowid / kindSlots });
                break;
            }
        }
    }
    return matches;
}

} // namespace dd::storage
