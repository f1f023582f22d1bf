#include "Dependants.h"

#include "Database.h"
#include "ListSource.h"
#include "Schema.h"

#include <QSqlQuery>
#include <QStringList>

namespace dd::storage {
namespace {

struct ForeignKey {
    QString table; // the table that points
    QString column; // its column
    Dependant::Effect effect;
};

// The foreign keys of the schema that point to target, as SQLite knows them.
QList<ForeignKey> foreignKeysTo(const QSqlDatabase &db, const QString &target)
{
    QList<ForeignKey> keys;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY rowid")))
        return keys;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery list(db);
        // A table name cannot be bound; these come from sqlite_schema itself.
        if (!list.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table)))
            continue;
        while (list.next()) {
            if (list.value(QStringLiteral("table")).toString() != target)
                continue;
            const QString action = list.value(QStringLiteral("on_delete")).toString().toUpper();
            if (action != u"CASCADE" && action != u"SET NULL")
                continue; // RESTRICT or NO ACTION: the deletion would fail, nothing is changed
            keys.append({ table, list.value(QStringLiteral("from")).toString(),
                action == u"CASCADE" ? Dependant::Removed : Dependant::Unlinked });
        }
    }
    return keys;
}

} // namespace

QString Dependants::joined(const QStringList &items)
{
    // Not QLocale::createSeparatedList: the list is worded in the translation's language, which
    // need not be the locale's (the C locale has no "and" at all).
    if (items.isEmpty())
        return {};
    QString text = items.first();
    for (qsizetype i = 1; i + 1 < items.size(); ++i)
        text = tr("%1, %2", "a list of what a deletion touches").arg(text, items.at(i));
    if (items.size() > 1)
        text = tr("%1 and %2", "the last item of a list of what a deletion touches")
                   .arg(text, items.last());
    return text;
}

QList<Dependant> Dependants::of(const Database &database, EntityKind kind, RowId id)
{
    const QSqlDatabase db = database.connection();
    QList<Dependant> result;
    // Rows of a table that go, as "SELECT id FROM ..." with its values; followed through the
    // cascades. The schema has no cycle of cascades, but a depth bound keeps a future one safe.
    struct Removal {
        QString table;
        QString idsSql;
        QVariantList values;
        int depth;
    };
    QList<Removal> pending { { Schema::tableOf(kind), QStringLiteral("?"), { id }, 0 } };
    while (!pending.isEmpty()) {
        const Removal removal = pending.takeFirst();
        for (const ForeignKey &key : foreignKeysTo(db, removal.table)) {
            QString where = QStringLiteral("%1 IN (%2)").arg(key.column, removal.idsSql);
            QVariantList values = removal.values;
            if (key.table == removal.table) {
                // A row that points to its own table (a room-mate, a parent organisation) and
                // goes itself is not left behind.
                where += QStringLiteral(" AND id NOT IN (%1)").arg(removal.idsSql);
                values += removal.values;
            }
            QSqlQuery count(db);
            count.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(key.table, where));
            for (const QVariant &value : values)
                count.addBindValue(value);
            if (!count.exec() || !count.next())
                continue;
            const int n = count.value(0).toInt();
            if (n == 0)
                continue;
            result.append({ what(key.table, key.column, n, key.effect), n, key.effect, key.table,
                key.column, {} });
            // The partnerships the record itself is a party to, to name them in the question.
            if (key.table == u"partnership_parties" && removal.depth == 0)
                result.last().partnerships = partnershipsNamed(database, key.column, id);
            if (key.effect == Dependant::Removed && removal.depth < 4) {
                pending.append(
                    { key.table, QStringLiteral("SELECT id FROM %1 WHERE %2").arg(key.table, where),
                        values, removal.depth + 1 });
            }
        }
    }
    return result;
}

QString Dependants::what(
    const QString &table, const QString &column, int n, Dependant::Effect effect)
{
    const auto is = [&](const char *t, const char *c) {
        return table == QLatin1String(t) && column == QLatin1String(c);
    };
    // Removed: what goes with the record. Unlinked: what is left without it.
    if (is("delegation_members", "contact_id"))
        return tr("%n delegation membership(s)", nullptr, n);
    if (is("meeting_participants", "contact_id"))
        return tr("%n meeting participation(s)", nullptr, n);
    if (is("contact_sensitive", "contact_id"))
        return tr("the date of birth and passport details");
    if (is("delegations", "head_id"))
        return tr("%n delegation(s) without a head", nullptr, n);
    if (is("delegation_members", "sharing_with_id"))
        return tr("%n delegation member(s) without a room-mate", nullptr, n);
    if (is("contacts", "community_id"))
        return tr("%n contact(s) without a community", nullptr, n);
    if (is("delegation_members", "community_id"))
        return tr("%n delegation member(s) without a community", nullptr, n);
    if (is("meeting_counterparts", "community_id") || is("meeting_counterparts", "organisation_id"))
        return tr("%n place(s) as a meeting counterpart", nullptr, n);
    if (is("partnership_parties", "community_id") || is("partnership_parties", "organisation_id"))
        return tr("%n place(s) as a party to a partnership", nullptr, n);
    if (is("organisations", "parent_id"))
        return tr("%n organisation(s) without a parent organisation", nullptr, n);
    if (is("contacts", "organisation_id"))
        return tr("%n contact(s) without an organisation", nullptr, n);
    if (is("events", "organiser_id"))
        return tr("%n event(s) without an organiser", nullptr, n);
    if (is("delegations", "coordinator_id"))
        return tr("%n delegation(s) without a coordinator", nullptr, n);
    if (is("delegation_partners", "organisation_id"))
        return tr("%n place(s) as a delegation partner", nullptr, n);
    if (is("partnership_facilitators", "organisation_id"))
        return tr("%n place(s) as a partnership facilitator", nullptr, n);
    // A foreign key added later and not yet described here.
    return effect == Dependant::Removed ? tr("%n other record(s)", nullptr, n)
                                        : tr("%n other record(s) without a link to it", nullptr, n);
}

QStringList Dependants::partnershipsNamed(const Database &database, const QString &column, RowId id)
{
    QStringList names;
    QSqlQuery query(database.connection());
    // The column comes from the schema's own foreign key list, never from the user.
    query.prepare(QStringLiteral("SELECT DISTINCT partnership_id FROM partnership_parties WHERE %1 = ? "
                                 "ORDER BY partnership_id")
                      .arg(column));
    query.addBindValue(id);
    if (!query.exec())
        return names;
    // Named as the partnerships list names them, so the question and the list agree.
    ListSource partnerships(database, EntityKind::Partnership);
    const int parties = partnerships.columnIndex(QStringLiteral("parties"));
    while (query.next()) {
        const RowId partnership = query.value(0).toLongLong();
        const std::optional<QVariantList> row = partnerships.fetchById(partnership);
        QString label = row && parties >= 0 ? row->value(parties + 2).toString() : QString();
        names.append(label.isEmpty() ? tr("partnership %1").arg(partnership) : label);
    }
    return names;
}

QString Dependants::partiesSentence(const QStringList &partnerships)
{
    // Three names say which; more would drown the question.
    constexpr qsizetype shown = 3;
    QString list = joined(partnerships.mid(0, shown));
    if (partnerships.size() > shown) {
        list = tr("%1 and %n more", "partnerships named in a deletion question",
                  int(partnerships.size() - shown))
                   .arg(partnerships.mid(0, shown).join(tr(", ", "between partnerships' names")));
    }
    // "It": the sentence follows one that names the record, and a hromada's official name is long.
    return tr("It is a party to %n partnership(s) (%1), which will go on without it.", nullptr,
              int(partnerships.size()))
        .arg(list);
}

QString Dependants::describe(const QString &name, const QList<Dependant> &dependants)
{
    QStringList removed;
    QStringList unlinked;
    QStringList partnerships;
    for (const Dependant &dependant : dependants) {
        // A party row goes, but what the user knows is the partnership, and that stays.
        if (!dependant.partnerships.isEmpty()) {
            partnerships += dependant.partnerships;
            continue;
        }
        (dependant.effect == Dependant::Removed ? removed : unlinked).append(dependant.what);
    }
    QString parties;
    if (!partnerships.isEmpty())
        parties = QLatin1Char(' ') + partiesSentence(partnerships);
    if (removed.isEmpty() && unlinked.isEmpty()) {
        if (!partnerships.isEmpty())
            return tr("Delete %1?").arg(name) + parties;
        return tr("Delete %1? Nothing else refers to it.").arg(name);
    }
    if (unlinked.isEmpty())
        return tr("Deleting %1 also removes %2.").arg(name, joined(removed)) + parties;
    if (removed.isEmpty())
        return tr("Deleting %1 leaves %2.").arg(name, joined(unlinked)) + parties;
    return tr("Deleting %1 also removes %2, and leaves %3.")
               .arg(name, joined(removed), joined(unlinked))
        + parties;
}

} // namespace dd::storage
