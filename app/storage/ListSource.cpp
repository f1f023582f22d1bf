#include "ListSource.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace dd::storage {
namespace {

using Type = ListColumn::Type;

ListColumn text(const char *id, const char *label, const QString &expression, bool shown = true)
{
    return { QLatin1String(id), label, expression, Type::Text, Vocab::CommunityKind, shown };
}

// A person's name as people say it (given name first), sorted by family name as lists are.
ListColumn person(const char *id, const char *label, const QString &alias, const QString &suffix = {},
                  bool shown = true)
{
    const QString given = QStringLiteral("%1.given_name%2").arg(alias, suffix);
    const QString family = QStringLiteral("%1.family_name%2").arg(alias, suffix);
    return { QLatin1String(id), label,
             QStringLiteral("trim(coalesce(%1, '') || ' ' || coalesce(%2, ''))").arg(given, family),
             Type::Text, Vocab::CommunityKind, shown,
             QStringLiteral("coalesce(%1, '') || ' ' || coalesce(%2, '')").arg(family, given) };
}

// The record's own name: never empty, and indexed in the LOCALIZED order.
ListColumn required(const char *id, const char *label, const QString &expression)
{
    ListColumn result = text(id, label, expression);
    result.notNull = true;
    return result;
}

ListColumn typed(const char *id, const char *label, const QString &expression, Type type,
                 bool shown = true)
{
    return { QLatin1String(id), label, expression, type, Vocab::CommunityKind, shown };
}

ListColumn term(const char *id, const char *label, const QString &expression, Vocab vocab,
                bool shown = true)
{
    return { QLatin1String(id), label, expression, Type::Term, vocab, shown };
}

QString column(const char *name)
{
    return QStringLiteral("t.") + QLatin1String(name);
}

// A hromada is spoken of by its centre ("Boyarka"), any other community by its name.
QString communityShortName(const QString &alias)
{
    return QStringLiteral("CASE WHEN %1.kind = 'hromada' AND %1.centre IS NOT NULL "
                          "THEN %1.centre ELSE %1.name END")
        .arg(alias);
}

struct Definition {
    QString from;
    QList<ListColumn> columns;
};

Definition definition(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Community:
        return { QStringLiteral("communities t"),
                 {
                     required("name", QT_TRANSLATE_NOOP("ListColumn", "Name"), column("name")),
                     text("name_latin", QT_TRANSLATE_NOOP("ListColumn", "Name (Latin)"), column("name_latin")),
                     term("kind", QT_TRANSLATE_NOOP("ListColumn", "Kind"), column("kind"), Vocab::CommunityKind),
                     text("country", QT_TRANSLATE_NOOP("ListColumn", "Country"), column("country")),
                     text("region", QT_TRANSLATE_NOOP("ListColumn", "Region"), column("region")),
                     text("subregion", QT_TRANSLATE_NOOP("ListColumn", "Subregion"), column("subregion")),
                     text("official_code", QT_TRANSLATE_NOOP("ListColumn", "Official code"), column("official_code")),
                     text("centre", QT_TRANSLATE_NOOP("ListColumn", "Centre"), column("centre")),
                     typed("population", QT_TRANSLATE_NOOP("ListColumn", "Population"), column("population"), Type::Number),
                     text("notes", QT_TRANSLATE_NOOP("ListColumn", "Notes"), column("notes"), false),
                 } };
    case EntityKind::Organisation:
        return { QStringLiteral("organisations t LEFT JOIN organisations parent ON parent.id = t.parent_id"),
                 {
                     required("name", QT_TRANSLATE_NOOP("ListColumn", "Name"), column("name")),
                     term("kind", QT_TRANSLATE_NOOP("ListColumn", "Kind"), column("kind"), Vocab::OrganisationKind),
                     text("country", QT_TRANSLATE_NOOP("ListColumn", "Country"), column("country")),
                     text("website", QT_TRANSLATE_NOOP("ListColumn", "Website"), column("website")),
                     text("parent", QT_TRANSLATE_NOOP("ListColumn", "Part of"), QStringLiteral("parent.name")),
                     text("notes", QT_TRANSLATE_NOOP("ListColumn", "Notes"), column("notes"), false),
                 } };
    case EntityKind::Contact:
        return { QStringLiteral("contacts t LEFT JOIN communities c ON c.id = t.community_id "
                                "LEFT JOIN organisations o ON o.id = t.organisation_id"),
                 {
                     required("family_name", QT_TRANSLATE_NOOP("ListColumn", "Family name"), column("family_name")),
                     text("given_name", QT_TRANSLATE_NOOP("ListColumn", "Given name"), column("given_name")),
                     text("patronymic", QT_TRANSLATE_NOOP("ListColumn", "Patronymic"), column("patronymic"), false),
                     text("family_name_latin", QT_TRANSLATE_NOOP("ListColumn", "Family name (passport)"), column("family_name_latin")),
                     text("given_name_latin", QT_TRANSLATE_NOOP("ListColumn", "Given name (passport)"), column("given_name_latin")),
                     text("salutation", QT_TRANSLATE_NOOP("ListColumn", "Salutation"), column("salutation"), false),
                     text("position", QT_TRANSLATE_NOOP("ListColumn", "Position"), column("position")),
                     text("community", QT_TRANSLATE_NOOP("ListColumn", "Community"), communityShortName(QStringLiteral("c"))),
                     text("organisation", QT_TRANSLATE_NOOP("ListColumn", "Organisation"), QStringLiteral("o.name")),
                     text("email", QT_TRANSLATE_NOOP("ListColumn", "E-mail"), column("email")),
                     text("phone", QT_TRANSLATE_NOOP("ListColumn", "Phone"), column("phone")),
                     text("languages", QT_TRANSLATE_NOOP("ListColumn", "Languages"), column("languages"), false),
                     text("nationality", QT_TRANSLATE_NOOP("ListColumn", "Nationality"), column("nationality"), false),
                     typed("consent_public_list", QT_TRANSLATE_NOOP("ListColumn", "On public lists"), column("consent_public_list"), Type::Flag, false),
                     text("notes", QT_TRANSLATE_NOOP("ListColumn", "Notes"), column("notes"), false),
                 } };
    case EntityKind::Event:
        return { QStringLiteral("events t LEFT JOIN organisations o ON o.id = t.organiser_id"),
                 {
                     required("name", QT_TRANSLATE_NOOP("ListColumn", "Name"), column("name")),
                     term("kind", QT_TRANSLATE_NOOP("ListColumn", "Kind"), column("kind"), Vocab::EventKind),
                     text("city", QT_TRANSLATE_NOOP("ListColumn", "City"), column("city")),
                     text("country", QT_TRANSLATE_NOOP("ListColumn", "Country"), column("country")),
                     text("venue", QT_TRANSLATE_NOOP("ListColumn", "Venue"), column("venue"), false),
                     typed("starts_on", QT_TRANSLATE_NOOP("ListColumn", "Starts"), column("starts_on"), Type::Date),
                     typed("ends_on", QT_TRANSLATE_NOOP("ListColumn", "Ends"), column("ends_on"), Type::Date),
                     text("organiser", QT_TRANSLATE_NOOP("ListColumn", "Organiser"), QStringLiteral("o.name")),
                     typed("expected_attendance", QT_TRANSLATE_NOOP("ListColumn", "Expected attendance"), column("expected_attendance"), Type::Number, false),
                     text("website", QT_TRANSLATE_NOOP("ListColumn", "Website"), column("website"), false),
                     text("time_zone", QT_TRANSLATE_NOOP("ListColumn", "Time zone"), column("time_zone"), false),
                     text("notes", QT_TRANSLATE_NOOP("ListColumn", "Notes"), column("notes"), false),
                 } };
    case EntityKind::Delegation:
        return { QStringLiteral("delegations t LEFT JOIN events e ON e.id = t.event_id "
                                "LEFT JOIN organisations o ON o.id = t.coordinator_id "
                                "LEFT JOIN contacts h ON h.id = t.head_id"),
                 {
                     required("name", QT_TRANSLATE_NOOP("ListColumn", "Name"), column("name")),
                     text("event", QT_TRANSLATE_NOOP("ListColumn", "Event"), QStringLiteral("e.name")),
                     term("status", QT_TRANSLATE_NOOP("ListColumn", "Status"), column("status"), Vocab::DelegationStatus),
                     typed("members", QT_TRANSLATE_NOOP("ListColumn", "Members"),
                           QStringLiteral("(SELECT count(*) FROM delegation_members m WHERE m.delegation_id = t.id)"), Type::Number),
                     typed("planned_size", QT_TRANSLATE_NOOP("ListColumn", "Planned size"), column("planned_size"), Type::Number),
                     text("coordinator", QT_TRANSLATE_NOOP("ListColumn", "Coordinator"), QStringLiteral("o.name")),
                     person("head", QT_TRANSLATE_NOOP("ListColumn", "Head"), QStringLiteral("h")),
                     typed("starts_on", QT_TRANSLATE_NOOP("ListColumn", "Starts"), column("starts_on"), Type::Date),
                     typed("ends_on", QT_TRANSLATE_NOOP("ListColumn", "Ends"), column("ends_on"), Type::Date),
                     text("partners", QT_TRANSLATE_NOOP("ListColumn", "Partner organisations"),
                          QStringLiteral("(SELECT %1 FROM delegation_partners dp JOIN organisations po "
                                         "ON po.id = dp.organisation_id WHERE dp.delegation_id = t.id)")
                              .arg(SqlDialect::groupConcat(QStringLiteral("po.name"), QStringLiteral("; "))),
                          false),
                     text("notes", QT_TRANSLATE_NOOP("ListColumn", "Notes"), column("notes"), false),
                 } };
    case EntityKind::Member:
        return { QStringLiteral("delegation_members t JOIN contacts p ON p.id = t.contact_id "
                                "JOIN delegations d ON d.id = t.delegation_id "
                                "LEFT JOIN communities c ON c.id = t.community_id "
                                "LEFT JOIN delegation_members sm ON sm.id = t.sharing_with_id "
                                "LEFT JOIN contacts sp ON sp.id = sm.contact_id"),
                 {
                     person("name", QT_TRANSLATE_NOOP("ListColumn", "Name"), QStringLiteral("p")),
                     person("name_latin", QT_TRANSLATE_NOOP("ListColumn", "Name (passport)"), QStringLiteral("p"),
                            QStringLiteral("_latin")),
                     text("delegation", QT_TRANSLATE_NOOP("ListColumn", "Delegation"), QStringLiteral("d.name"), false),
                     text("community", QT_TRANSLATE_NOOP("ListColumn", "Community"), communityShortName(QStringLiteral("c"))),
                     term("role", QT_TRANSLATE_NOOP("ListColumn", "Role"), column("role"), Vocab::MemberRole),
                     term("status", QT_TRANSLATE_NOOP("ListColumn", "Status"), column("status"), Vocab::MemberStatus),
                     typed("arrival_at", QT_TRANSLATE_NOOP("ListColumn", "Arrival"), column("arrival_at"), Type::DateTime),
                     text("arrival_number", QT_TRANSLATE_NOOP("ListColumn", "Arrival flight/train"), column("arrival_number"), false),
                     text("arrival_place", QT_TRANSLATE_NOOP("ListColumn", "Arrival at"), column("arrival_place"), false),
                     typed("departure_at", QT_TRANSLATE_NOOP("ListColumn", "Departure"), column("departure_at"), Type::DateTime),
                     text("departure_number", QT_TRANSLATE_NOOP("ListColumn", "Departure flight/train"), column("departure_number"), false),
                     text("hotel", QT_TRANSLATE_NOOP("ListColumn", "Hotel"), column("hotel")),
                     text("room_type", QT_TRANSLATE_NOOP("ListColumn", "Room"), column("room_type")),
                     person("sharing_with", QT_TRANSLATE_NOOP("ListColumn", "Sharing with"), QStringLiteral("sp"), {}, false),
                     term("visa_status", QT_TRANSLATE_NOOP("ListColumn", "Visa"), column("visa_status"), Vocab::VisaStatus),
                     typed("badge_printed", QT_TRANSLATE_NOOP("ListColumn", "Badge"), column("badge_printed"), Type::Flag),
                     typed("checked_in_at", QT_TRANSLATE_NOOP("ListColumn", "Checked in"), column("checked_in_at"), Type::DateTime, false),
                     text("email", QT_TRANSLATE_NOOP("ListColumn", "E-mail"), QStringLiteral("p.email"), false),
                     text("phone", QT_TRANSLATE_NOOP("ListColumn", "Phone"), QStringLiteral("p.phone"), false),
                     text("dietary", QT_TRANSLATE_NOOP("ListColumn", "Dietary needs"), column("dietary"), false),
                     text("notes", QT_TRANSLATE_NOOP("ListColumn", "Notes"), column("notes"), false),
                 } };
    case EntityKind::Meeting:
        return { QStringLiteral("meetings t LEFT JOIN delegations d ON d.id = t.delegation_id "
                                "LEFT JOIN events e ON e.id = t.event_id"),
                 {
                     required("title", QT_TRANSLATE_NOOP("ListColumn", "Title"), column("title")),
                     typed("starts_at", QT_TRANSLATE_NOOP("ListColumn", "Starts"), column("starts_at"), Type::DateTime),
                     text("location", QT_TRANSLATE_NOOP("ListColumn", "Location"), column("location")),
                     text("counterparts", QT_TRANSLATE_NOOP("ListColumn", "Counterparts"),
                          QStringLiteral("(SELECT %1 FROM meeting_counterparts mc "
                                         "LEFT JOIN communities cc ON cc.id = mc.community_id "
                                         "LEFT JOIN organisations co ON co.id = mc.organisation_id "
                                         "WHERE mc.meeting_id = t.id)")
                              .arg(SqlDialect::groupConcat(QStringLiteral("coalesce(%1, co.name)")
                                                               .arg(communityShortName(QStringLiteral("cc"))),
                                                           QStringLiteral("; ")))),
                     text("outcome", QT_TRANSLATE_NOOP("ListColumn", "Outcome"), column("outcome")),
                     text("delegation", QT_TRANSLATE_NOOP("ListColumn", "Delegation"), QStringLiteral("d.name"), false),
                     text("event", QT_TRANSLATE_NOOP("ListColumn", "Event"), QStringLiteral("e.name"), false),
                     typed("ends_at", QT_TRANSLATE_NOOP("ListColumn", "Ends"), column("ends_at"), Type::DateTime, false),
                     text("follow_up", QT_TRANSLATE_NOOP("ListColumn", "Follow-up"), column("follow_up")),
                     typed("follow_up_due", QT_TRANSLATE_NOOP("ListColumn", "Follow-up due"), column("follow_up_due"), Type::Date),
                     text("notes", QT_TRANSLATE_NOOP("ListColumn", "Notes"), column("notes"), false),
                 } };
    case EntityKind::Partnership:
        return { QStringLiteral("partnerships t LEFT JOIN events e ON e.id = t.born_at_event_id "
                                "LEFT JOIN meetings bm ON bm.id = t.born_at_meeting_id"),
                 {
                     text("parties", QT_TRANSLATE_NOOP("ListColumn", "Parties"),
                          QStringLiteral("(SELECT %1 FROM (SELECT coalesce(%2, po.name) AS party "
                                         "FROM partnership_parties pp "
                                         "LEFT JOIN communities pc ON pc.id = pp.community_id "
                                         "LEFT JOIN organisations po ON po.id = pp.organisation_id "
                                         "WHERE pp.partnership_id = t.id ORDER BY pp.position))")
                              .arg(SqlDialect::groupConcat(QStringLiteral("party"), QStringLiteral(" – ")),
                                   communityShortName(QStringLiteral("pc")))),
                     typed("party_count", QT_TRANSLATE_NOOP("ListColumn", "Parties in all"), column("party_count"), Type::Number),
                     term("kind", QT_TRANSLATE_NOOP("ListColumn", "Kind"), column("kind"), Vocab::PartnershipKind),
                     term("stage", QT_TRANSLATE_NOOP("ListColumn", "Stage"), column("stage"), Vocab::PartnershipStage),
                     text("areas", QT_TRANSLATE_NOOP("ListColumn", "Areas of cooperation"), column("areas"), false),
                     text("facilitators", QT_TRANSLATE_NOOP("ListColumn", "Facilitators"),
                          QStringLiteral("(SELECT %1 FROM partnership_facilitators pf JOIN organisations fo "
                                         "ON fo.id = pf.organisation_id WHERE pf.partnership_id = t.id)")
                              .arg(SqlDialect::groupConcat(QStringLiteral("fo.name"), QStringLiteral("; ")))),
                     text("born_at", QT_TRANSLATE_NOOP("ListColumn", "Born at"), QStringLiteral("coalesce(bm.title, e.name)")),
                     typed("signed_on", QT_TRANSLATE_NOOP("ListColumn", "Signed"), column("signed_on"), Type::Date),
                     text("next_step", QT_TRANSLATE_NOOP("ListColumn", "Next step"), column("next_step")),
                     typed("next_step_due", QT_TRANSLATE_NOOP("ListColumn", "Next step due"), column("next_step_due"), Type::Date),
                     text("notes", QT_TRANSLATE_NOOP("ListColumn", "Notes"), column("notes"), false),
                 } };
    }
    return {};
}

// Terms sort in the order of their workflow (first contact before signed), not alphabetically.
QString termOrder(const ListColumn &column)
{
    const QStringList ids = Vocabulary::ids(column.vocab);
    QString sql = QStringLiteral("CASE ") + column.expression;
    for (int i = 0; i < ids.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(ids.at(i)).arg(i);
    return sql + QStringLiteral(" ELSE %1 END").arg(ids.size());
}

} // namespace

QString ListColumn::translatedLabel() const
{
    return QCoreApplication::translate("ListColumn", label);
}

ListSource::ListSource(const Database &database, EntityKind kind, const QList<Condition> &conditions)
    : m_db(database.connection())
    , m_kind(kind)
    , m_conditions(conditions)
{
    Definition def = definition(kind);
    m_from = def.from;
    m_columns = def.columns;
}

int ListSource::columnIndex(const QString &id) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).id == id)
            return i;
    }
    return -1;
}

void ListSource::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < m_columns.size() ? column : -1;
    m_sortOrder = order;
}

ListSource::~ListSource()
{
    if (!m_matchTable.isEmpty() && m_db.isOpen())
        QSqlQuery(m_db).exec(QStringLiteral("DROP TABLE IF EXISTS temp.") + m_matchTable);
}

void ListSource::setFilter(const QString &typed)
{
    m_filter = typed;
    m_match = SearchIndex::matchExpression(typed);
    m_matchesCollected = false;
}

bool ListSource::collectMatches()
{
    static std::atomic<int> counter { 0 };
    QSqlQuery query(m_db);
    if (m_matchTable.isEmpty()) {
        const QString name = QStringLiteral("list_matches_%1").arg(++counter);
        if (!query.exec(QStringLiteral("CREATE TEMP TABLE %1 (id INTEGER PRIMARY KEY)").arg(name))) {
            m_error = query.lastError().text();
            return false;
        }
        m_matchTable = name;
    }
    const EntityKind indexed = m_kind == EntityKind::Member ? EntityKind::Contact : m_kind;
    query.prepare(QStringLiteral("INSERT INTO temp.%1 (id) ").arg(m_matchTable) + SearchIndex::matchingIdsSql(indexed));
    query.addBindValue(m_match);
    QSqlQuery clear(m_db);
    if (!clear.exec(QStringLiteral("DELETE FROM temp.") + m_matchTable) || !query.exec()) {
        m_error = (query.lastError().isValid() ? query.lastError() : clear.lastError()).text();
        return false;
    }
    m_matchesCollected = true;
    return true;
}

QString ListSource::whereSql() const
{
    QStringList conditions;
    for (const Condition &condition : m_conditions)
        conditions.append(QStringLiteral("t.%1 = ?").arg(condition.column));
    if (!m_match.isEmpty()) {
        // The search index finds the matching records (collected by count(), or asked here);
        // a delegation member is found by the person it is.
        const QString matching = m_matchesCollected
            ? QStringLiteral("SELECT id FROM temp.") + m_matchTable
            : SearchIndex::matchingIdsSql(m_kind == EntityKind::Member ? EntityKind::Contact : m_kind);
        conditions.append((m_kind == EntityKind::Member ? QStringLiteral("t.contact_id IN (%1)")
                                                         : QStringLiteral("t.id IN (%1)"))
                              .arg(matching));
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QVariantList ListSource::whereValues() const
{
    QVariantList values;
    for (const Condition &condition : m_conditions)
        values.append(condition.value);
    if (!m_match.isEmpty() && !m_matchesCollected)
        values.append(m_match);
    return values;
}

QString ListSource::orderBySql() const
{
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC")
                                                                 : QStringLiteral(" DESC");
    if (m_sortColumn < 0)
        return QStringLiteral(" ORDER BY t.id") + direction;
    const ListColumn &column = m_columns.at(m_sortColumn);
    const QString sortBy = column.sortExpression.isEmpty() ? column.expression : column.sortExpression;
    QString key;
    switch (column.type) {
    case Type::Text: key = SqlDialect::collated(sortBy); break;
    case Type::Term: key = termOrder(column); break;
    default: key = sortBy; break;
    }
    if (column.notNull)
        return QStringLiteral(" ORDER BY %1%2, t.id%2").arg(key, direction);
    // Empty values last in either direction: a list sorted by arrival shows the unknown ones at
    // the end, not on top.
    return QStringLiteral(" ORDER BY (%1) IS NULL, %2%3, t.id%3").arg(column.expression, key, direction);
}

QString ListSource::selectSql() const
{
    QStringList expressions { QStringLiteral("t.id"), QStringLiteral("t.uid") };
    for (const ListColumn &column : m_columns)
        expressions.append(column.expression);
    return QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + m_from;
}

int ListSource::count()
{
    if (!m_match.isEmpty() && !collectMatches())
        return -1;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM ") + m_from + whereSql());
    for (const QVariant &value : whereValues())
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

QList<QVariantList> ListSource::fetch(int offset, int limit)
{
    QList<QVariantList> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectSql() + whereSql() + orderBySql() + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &value : whereValues())
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return rows;
    }
    const int width = m_columns.size() + 2;
    while (query.next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    return rows;
}

std::optional<QVariantList> ListSource::fetchById(RowId id)
{
    QSqlQuery query(m_db);
    query.prepare(selectSql() + QStringLiteral(" WHERE t.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QVariantList row;
    for (int i = 0; i < m_columns.size() + 2; ++i)
        row.append(query.value(i));
    return row;
}

} // namespace dd::storage
