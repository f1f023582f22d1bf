#include "ExportCursor.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqliteHandle.h"

#include <QSqlQuery>

namespace dd::storage {
namespace {

// A join the table's statement takes only when a chosen field needs it.
struct Join {
    const char *alias;
    const char *sql;
};

struct Column {
    const char *id;
    QString expression;
    QStringList joins; // aliases of the joins it reads
};

struct TableSpec {
    QString from;
    QList<Join> joins; // in the order they are written
    QList<Column> columns;
};

QString yesNo(const QString &expression)
{
    return QStringLiteral("CASE WHEN %1 THEN 'yes' ELSE 'no' END").arg(expression);
}

// A person as people write the name, given name first.
QString person(const QString &alias)
{
    return QStringLiteral(
        "trim(coalesce(%1.given_name, '') || ' ' || coalesce(%1.family_name, ''))")
        .arg(alias);
}

// The passport-Latin name where there is one, otherwise the native name.
QString latinOrNative(const QString &alias)
{
    return QStringLiteral(
        "CASE WHEN coalesce(%1.family_name_latin, '') <> '' "
        "THEN trim(coalesce(%1.given_name_latin, '') || ' ' || %1.family_name_latin) "
        "ELSE %2 END")
        .arg(alias, person(alias));
}

// The community's official code (KATOTTG, INSEE), or its uid where it has none: what tells
// apart the 96 hromada names that repeat in Ukraine.
QString communityCode(const QString &alias)
{
    return QStringLiteral(
        "CASE WHEN %1.id IS NULL THEN NULL ELSE coalesce(nullif(%1.official_code, ''), %1.uid) END")
        .arg(alias);
}

QString separatorList(const QString &from, const QString &value, const QString &orderBy = {})
{
    // SQLite's group_concat keeps the order of its input; the inner query gives that order.
    const QString inner
        = QStringLiteral("SELECT %1 AS v FROM %2%3")
              .arg(value, from,
                  orderBy.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + orderBy);
    return QStringLiteral("(SELECT %1 FROM (%2))")
        .arg(SqlDialect::groupConcat(QStringLiteral("v"), QStringLiteral("; ")), inner);
}

Column col(const char *id, const QString &expression, const QStringList &joins = {})
{
    return { id, expression, joins };
}

Column own(const char *id)
{
    return { id, QStringLiteral("t.") + QLatin1String(id), {} };
}

QList<Column> sensitiveColumns()
{
    return { col("date_of_birth", QStringLiteral("s.date_of_birth"), { QStringLiteral("s") }),
        col("passport_number", QStringLiteral("s.passport_number"), { QStringLiteral("s") }),
        col("passport_expiry", QStringLiteral("s.passport_expiry"), { QStringLiteral("s") }) };
}

TableSpec specOf(EntityKind table)
{
    const QStringList c { QStringLiteral("c") };
    const QStringList o { QStringLiteral("o") };
    const QStringList e { QStringLiteral("e") };
    const QStringList d { QStringLiteral("d") };
    switch (table) {
    case EntityKind::Community:
        return { QStringLiteral("communities t"), {},
            { own("uid"), own("name"), own("name_latin"), own("kind"), own("country"),
                own("region"), own("subregion"), own("official_code"), own("centre"),
                own("population"), own("notes") } };
    case EntityKind::Organisation:
        return { QStringLiteral("organisations t"),
            { { "par", "LEFT JOIN organisations par ON par.id = t.parent_id" } },
            { own("uid"), own("name"), own("kind"), own("country"), own("website"),
                col("parent", QStringLiteral("par.name"), { QStringLiteral("par") }),
                own("notes") } };
    case EntityKind::Contact: {
        TableSpec spec { QStringLiteral("contacts t"),
            { { "c", "LEFT JOIN communities c ON c.id = t.community_id" },
                { "o", "LEFT JOIN organisations o ON o.id = t.organisation_id" },
                { "s", "LEFT JOIN contact_sensitive s ON s.contact_id = t.id" } },
            { own("uid"), own("salutation"), own("given_name"), own("patronymic"),
                own("family_name"), own("given_name_latin"), own("family_name_latin"),
                own("position"), col("community", QStringLiteral("c.name"), c),
                col("community_code", communityCode(QStringLiteral("c")), c),
                col("organisation", QStringLiteral("o.name"), o), own("email"), own("phone"),
                own("languages"), own("nationality"),
                col("consent_public_list", yesNo(QStringLiteral("t.consent_public_list"))),
                own("notes") } };
        spec.columns += sensitiveColumns();
        return spec;
    }
    case EntityKind::Event:
        return { QStringLiteral("events t"),
            { { "o", "LEFT JOIN organisations o ON o.id = t.organiser_id" } },
            { own("uid"), own("name"), own("kind"), own("city"), own("country"), own("venue"),
                own("starts_on"), own("ends_on"), col("organiser", QStringLiteral("o.name"), o),
                own("expected_attendance"), own("website"), own("time_zone") } };
    case EntityKind::Delegation:
        return { QStringLiteral("delegations t"),
            { { "e", "LEFT JOIN events e ON e.id = t.event_id" },
                { "o", "LEFT JOIN organisations o ON o.id = t.coordinator_id" },
                { "h", "LEFT JOIN contacts h ON h.id = t.head_id" } },
            { own("uid"), own("name"), col("event", QStringLiteral("e.name"), e),
                col("coordinator", QStringLiteral("o.name"), o),
                col("head",
                    QStringLiteral("CASE WHEN h.id IS NULL THEN NULL ELSE %1 END")
                        .arg(person(QStringLiteral("h"))),
                    { QStringLiteral("h") }),
                own("starts_on"), own("ends_on"), own("status"), own("notes") } };
    case EntityKind::Member: {
        const QStringList p { QStringLiteral("p") };
        auto contact
            = [&p](const char *id) { return col(id, QStringLiteral("p.") + QLatin1String(id), p); };
        TableSpec spec { QStringLiteral("delegation_members t"),
            { { "p", "JOIN contacts p ON p.id = t.contact_id" },
                { "d", "JOIN delegations d ON d.id = t.delegation_id" },
                { "c", "LEFT JOIN communities c ON c.id = t.community_id" },
                { "sm", "LEFT JOIN delegation_members sm ON sm.id = t.sharing_with_id" },
                { "sp", "LEFT JOIN contacts sp ON sp.id = sm.contact_id" },
                { "s", "LEFT JOIN contact_sensitive s ON s.contact_id = t.contact_id" } },
            { own("uid"), col("delegation", QStringLiteral("d.name"), d),
                col("contact_uid", QStringLiteral("p.uid"), p), contact("salutation"),
                contact("given_name"), contact("patronymic"), contact("family_name"),
                contact("given_name_latin"), contact("family_name_latin"), contact("position"),
                col("community", QStringLiteral("c.name"), c),
                col("community_code", communityCode(QStringLiteral("c")), c), contact("email"),
                contact("phone"), contact("nationality"), own("role"), own("status"),
                own("checked_in_at"), own("arrival_at"), own("arrival_transport"),
                own("arrival_number"), own("arrival_place"), own("departure_at"),
                own("departure_transport"), own("departure_number"), own("departure_place"),
                own("hotel"), own("room_type"),
                col("sharing_with",
                    QStringLiteral("CASE WHEN sp.id IS NULL THEN NULL ELSE %1 END")
                        .arg(latinOrNative(QStringLiteral("sp"))),
                    { QStringLiteral("sm"), QStringLiteral("sp") }),
                own("check_in_on"), own("check_out_on"), own("visa_status"),
                col("invitation_sent", yesNo(QStringLiteral("t.invitation_sent"))),
                col("badge_printed", yesNo(QStringLiteral("t.badge_printed"))), own("dietary"),
                own("accessibility"), own("notes") } };
        spec.columns += sensitiveColumns();
        return spec;
    }
    case EntityKind::Meeting:
        return { QStringLiteral("meetings t"),
            { { "d", "LEFT JOIN delegations d ON d.id = t.delegation_id" },
                { "e", "LEFT JOIN events e ON e.id = t.event_id" } },
            { own("uid"), col("delegation", QStringLiteral("d.name"), d),
                col("event", QStringLiteral("e.name"), e), own("title"), own("starts_at"),
                own("ends_at"), own("time_zone"), own("location"),
                col("counterparts",
                    separatorList(QStringLiteral("meeting_counterparts mc LEFT JOIN communities cc "
                                                 "ON cc.id = mc.community_id "
                                                 "LEFT JOIN organisations co ON co.id = "
                                                 "mc.organisation_id WHERE mc.meeting_id = t.id"),
                        QStringLiteral("coalesce(cc.name, co.name)"), QStringLiteral("mc.id"))),
                col("participants",
                    separatorList(
                        QStringLiteral(
                            "meeting_participants mp JOIN contacts mpc ON mpc.id = mp.contact_id "
                            "WHERE mp.meeting_id = t.id"),
                        person(QStringLiteral("mpc")), QStringLiteral("mp.id"))),
                own("outcome"), own("follow_up"), own("follow_up_due") } };
    case EntityKind::Partnership: {
        const QString parties = QStringLiteral(
            "partnership_parties pp LEFT JOIN communities pc ON pc.id = pp.community_id "
            "LEFT JOIN organisations po ON po.id = pp.organisation_id WHERE pp.partnership_id = "
            "t.id");
        return { QStringLiteral("partnerships t"),
            { { "e", "LEFT JOIN events e ON e.id = t.born_at_event_id" },
                { "bm", "LEFT JOIN meetings bm ON bm.id = t.born_at_meeting_id" } },
            { own("uid"),
                col("parties",
                    separatorList(parties, QStringLiteral("coalesce(pc.name, po.name)"),
                        QStringLiteral("pp.position"))),
                own("party_count"), own("kind"), own("stage"), own("areas"),
                col("facilitators",
                    separatorList(QStringLiteral("partnership_facilitators pf JOIN organisations "
                                                 "fo ON fo.id = pf.organisation_id "
                                                 "WHERE pf.partnership_id = t.id"),
                        QStringLiteral("fo.name"), QStringLiteral("pf.id"))),
                col("born_at", QStringLiteral("coalesce(bm.title, e.name)"),
                    { QStringLiteral("e"), QStringLiteral("bm") }),
                own("signed_on"),
                // Each party ratifies on its own date: "Boyarka: 2025-03-14 (decision 12)".
                col("ratified_on",
                    separatorList(parties + QStringLiteral(" AND pp.ratified_on IS NOT NULL"),
                        QStringLiteral("coalesce(pc.name, po.name) || ': ' || pp.ratified_on || "
                                       "CASE WHEN coalesce(pp.ratification_decision, '') <> '' "
                                       "THEN ' (' || pp.ratification_decision || ')' ELSE '' END"),
                        QStringLiteral("pp.position"))),
                own("next_step"), own("next_step_due"), own("notes") } };
    }
    }
    return {};
}

const Column *findColumn(const TableSpec &spec, const QString &id)
{
    for (const Column &column : spec.columns) {
        if (id == QLatin1String(column.id))
            return &column;
    }
    return nullptr;
}

} // namespace

ExportCursor::ExportCursor(
    const Database &database, EntityKind table, const QStringList &fields, const Filter &filter)
    : m_db(database.connection())
    , m_table(table)
    , m_fields(fields)
    , m_filter(filter)
{
}

ExportCursor::~ExportCursor()
{
    sqlite3_finalize(m_statement);
}

bool ExportCursor::supports(EntityKind table, const QString &field)
{
    return findColumn(specOf(table), field) != nullptr;
}

QString ExportCursor::sql() const
{
    const TableSpec spec = specOf(m_table);
    QStringList expressions;
    QStringList needed;
    for (const QString &field : m_fields) {
        const Column *column = findColumn(spec, field);
        if (!column)
            return {};
        expressions.append(column->expression);
        needed += column->joins;
    }
    const bool member = m_table == EntityKind::Member;
    QStringList conditions;
    if (m_filter.delegationId != 0 && (member || m_table == EntityKind::Meeting))
        conditions.append(QStringLiteral("t.delegation_id = ?"));
    if (member && !m_filter.statuses.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < m_filter.statuses.size(); ++i)
            marks.append(QStringLiteral("?"));
        conditions.append(QStringLiteral("t.status IN (%1)").arg(marks.join(QStringLiteral(", "))));
    }
    if (m_filter.consentedOnly && (member || m_table == EntityKind::Contact)) {
        conditions.append(member ? QStringLiteral("p.consent_public_list <> 0")
                                 : QStringLiteral("t.consent_public_list <> 0"));
        needed.append(QStringLiteral("p"));
    }
    // A member always joins its contact and its delegation (inner joins that every row has), so
    // that a partial export counts the same rows as a full one.
    if (member)
        needed += { QStringLiteral("p"), QStringLiteral("d") };

    QString from = spec.from;
    for (const Join &join : spec.joins) {
        if (needed.contains(QLatin1String(join.alias)))
            from += QLatin1Char(' ') + QLatin1String(join.sql);
    }
    QString statement = QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", "))
        + QStringLiteral(" FROM ") + from;
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    // The order records were entered in: stable, and read without sorting a million rows.
    return statement + QStringLiteral(" ORDER BY t.id");
}

bool ExportCursor::open()
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_error.clear();
    const TableSpec spec = specOf(m_table);
    for (const QString &field : std::as_const(m_fields)) {
        if (!findColumn(spec, field)) {
            m_error = tr("“%1” has no field “%2”.").arg(Entity::id(m_table), field);
            return false;
        }
    }
    if (m_fields.isEmpty()) {
        m_error = tr("No field was chosen.");
        return false;
    }
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle || !m_db.isOpen()) {
        m_error = tr("The database is not open.");
        return false;
    }
    const QByteArray statement = sql().toUtf8();
    if (sqlite3_prepare_v2(
            handle, statement.constData(), int(statement.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    int parameter = 1;
    const bool member = m_table == EntityKind::Member;
    if (m_filter.delegationId != 0 && (member || m_table == EntityKind::Meeting))
        sqlite3_bind_int64(m_statement, parameter++, m_filter.delegationId);
    if (member) {
        for (const QString &status : std::as_const(m_filter.statuses)) {
            const QByteArray bytes = status.toUtf8();
            sqlite3_bind_text(
                m_statement, parameter++, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        }
    }
    return true;
}

bool ExportCursor::next()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return false;
}

QByteArrayView ExportCursor::value(int column) const
{
    // column_text first, then column_bytes: the order SQLite documents for a valid length.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

std::optional<RowId> ExportCursor::findDelegation(
    const Database &database, const QString &nameOrUid, QString *error)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id FROM delegations WHERE uid = ?"));
    query.addBindValue(nameOrUid);
    if (query.exec() && query.next())
        return SqlDialect::idFrom(query.value(0));
    query.prepare(QStringLiteral("SELECT id FROM delegations WHERE name = ?"));
    query.addBindValue(nameOrUid);
    QList<RowId> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(SqlDialect::idFrom(query.value(0)));
    }
    if (ids.size() == 1)
        return ids.constFirst();
    if (error) {
        *error = ids.isEmpty()
            ? tr("There is no delegation “%1”.").arg(nameOrUid)
            : tr("%n delegation(s) are named “%1”; give the uid of the one you mean.", nullptr,
                int(ids.size()))
                  .arg(nameOrUid);
    }
    return std::nullopt;
}

} // namespace dd::storage
