#include "Schema.h"

#include "SearchIndex.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::storage {
namespace {

// Every table has the same four leading columns, so that any record can be referred to by row
// id inside one file and by uid across files.
QString recordTable(const QString &name, const QString &columns)
{
    return QStringLiteral("CREATE TABLE ") + name
        + QStringLiteral(" (\n"
                         "  id INTEGER PRIMARY KEY,\n"
                         "  uid TEXT NOT NULL UNIQUE,\n"
                         "  created_at TEXT NOT NULL,\n"
                         "  updated_at TEXT NOT NULL,\n")
        + columns + QStringLiteral("\n)");
}

QStringList version1()
{
    return {
        recordTable(QStringLiteral("communities"), QStringLiteral(R"(
  name TEXT NOT NULL,
  name_latin TEXT,
  kind TEXT NOT NULL,
  country TEXT,
  region TEXT,
  subregion TEXT,
  official_code TEXT,
  centre TEXT,
  population INTEGER,
  notes TEXT)")),
        QStringLiteral("CREATE INDEX communities_official_code ON communities (official_code)"),

        recordTable(QStringLiteral("organisations"), QStringLiteral(R"(
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  website TEXT,
  parent_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
  notes TEXT)")),
        QStringLiteral("CREATE INDEX organisations_parent ON organisations (parent_id)"),

        recordTable(QStringLiteral("contacts"), QStringLiteral(R"(
  salutation TEXT,
  given_name TEXT,
  patronymic TEXT,
  family_name TEXT NOT NULL,
  given_name_latin TEXT,
  family_name_latin TEXT,
  position TEXT,
  community_id INTEGER REFERENCES communities (id) ON DELETE SET NULL,
  organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
  email TEXT,
  phone TEXT,
  languages TEXT,
  nationality TEXT,
  consent_public_list INTEGER NOT NULL DEFAULT 0,
  notes TEXT)")),
        QStringLiteral("CREATE INDEX contacts_community ON contacts (community_id)"),
        QStringLiteral("CREATE INDEX contacts_organisation ON contacts (organisation_id)"),

        // Sensitive data stays out of the contacts table so that no join or export can carry
        // it along without asking for it by name.
        recordTable(QStringLiteral("contact_sensitive"), QStringLiteral(R"(
  contact_id INTEGER NOT NULL UNIQUE REFERENCES contacts (id) ON DELETE CASCADE,
  date_of_birth TEXT,
  passport_number TEXT,
  passport_expiry TEXT)")),

        recordTable(QStringLiteral("events"), QStringLiteral(R"(
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  city TEXT,
  country TEXT,
  venue TEXT,
  starts_on TEXT,
  ends_on TEXT,
  organiser_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
  expected_attendance INTEGER,
  website TEXT,
  time_zone TEXT,
  notes TEXT)")),
        QStringLiteral("CREATE INDEX events_organiser ON events (organiser_id)"),

        recordTable(QStringLiteral("delegations"), QStringLiteral(R"(
  name TEXT NOT NULL,
  event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
  coordinator_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
  head_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  starts_on TEXT,
  ends_on TEXT,
  status TEXT NOT NULL,
  planned_size INTEGER,
  notes TEXT)")),
        QStringLiteral("CREATE INDEX delegations_event ON delegations (event_id)"),
        QStringLiteral("CREATE INDEX delegations_coordinator ON delegations (coordinator_id)"),
        QStringLiteral("CREATE INDEX delegations_head ON delegations (head_id)"),

        recordTable(QStringLiteral("delegation_partners"), QStringLiteral(R"(
  delegation_id INTEGER NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  UNIQUE (delegation_id, organisation_id))")),
        QStringLiteral("CREATE INDEX delegation_partners_organisation "
                       "ON delegation_partners (organisation_id)"),

        recordTable(QStringLiteral("delegation_members"), QStringLiteral(R"(
  delegation_id INTEGER NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  community_id INTEGER REFERENCES communities (id) ON DELETE SET NULL,
  role TEXT NOT NULL,
  status TEXT NOT NULL,
  checked_in_at TEXT,
  arrival_at TEXT,
  arrival_transport TEXT,
  arrival_number TEXT,
  arrival_place TEXT,
  departure_at TEXT,
  departure_transport TEXT,
  departure_number TEXT,
  departure_place TEXT,
  hotel TEXT,
  room_type TEXT,
  sharing_with_id INTEGER REFERENCES delegation_members (id) ON DELETE SET NULL,
  check_in_on TEXT,
  check_out_on TEXT,
  visa_status TEXT,
  invitation_sent INTEGER NOT NULL DEFAULT 0,
  badge_printed INTEGER NOT NULL DEFAULT 0,
  dietary TEXT,
  accessibility TEXT,
  notes TEXT,
  UNIQUE (delegation_id, contact_id))")),
        QStringLiteral("CREATE INDEX delegation_members_contact ON delegation_members (contact_id)"),
        QStringLiteral("CREATE INDEX delegation_members_community "
                       "ON delegation_members (community_id)"),
        QStringLiteral("CREATE INDEX delegation_members_sharing "
                       "ON delegation_members (sharing_with_id)"),

        recordTable(QStringLiteral("meetings"), QStringLiteral(R"(
  delegation_id INTEGER REFERENCES delegations (id) ON DELETE SET NULL,
  event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  starts_at TEXT,
  ends_at TEXT,
  time_zone TEXT,
  location TEXT,
  outcome TEXT,
  follow_up TEXT,
  follow_up_due TEXT,
  notes TEXT)")),
        QStringLiteral("CREATE INDEX meetings_delegation ON meetings (delegation_id)"),
        QStringLiteral("CREATE INDEX meetings_event ON meetings (event_id)"),

        recordTable(QStringLiteral("meeting_counterparts"), QStringLiteral(R"(
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  community_id INTEGER REFERENCES communities (id) ON DELETE CASCADE,
  organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
  CHECK ((community_id IS NULL) <> (organisation_id IS NULL)))")),
        QStringLiteral("CREATE INDEX meeting_counterparts_meeting ON meeting_counterparts (meeting_id)"),
        QStringLiteral("CREATE INDEX meeting_counterparts_community "
                       "ON meeting_counterparts (community_id)"),
        QStringLiteral("CREATE INDEX meeting_counterparts_organisation "
                       "ON meeting_counterparts (organisation_id)"),

        recordTable(QStringLiteral("meeting_participants"), QStringLiteral(R"(
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  UNIQUE (meeting_id, contact_id))")),
        QStringLiteral("CREATE INDEX meeting_participants_contact ON meeting_participants (contact_id)"),

        recordTable(QStringLiteral("partnerships"), QStringLiteral(R"(
  kind TEXT NOT NULL,
  stage TEXT NOT NULL,
  party_count INTEGER,
  areas TEXT,
  born_at_event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
  born_at_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
  signed_on TEXT,
  next_step TEXT,
  next_step_due TEXT,
  notes TEXT)")),
        QStringLiteral("CREATE INDEX partnerships_event ON partnerships (born_at_event_id)"),
        QStringLiteral("CREATE INDEX partnerships_meeting ON partnerships (born_at_meeting_id)"),

        // A party is a community (a hromada, a commune, a region) or an organisation; each
        // party ratifies on its own date by its own council decision.
        recordTable(QStringLiteral("partnership_parties"), QStringLiteral(R"(
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  community_id INTEGER REFERENCES communities (id) ON DELETE CASCADE,
  organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
  ratified_on TEXT,
  ratification_decision TEXT,
  CHECK ((community_id IS NULL) <> (organisation_id IS NULL)))")),
        QStringLiteral("CREATE INDEX partnership_parties_partnership "
                       "ON partnership_parties (partnership_id)"),
        QStringLiteral("CREATE INDEX partnership_parties_community "
                       "ON partnership_parties (community_id)"),
        QStringLiteral("CREATE INDEX partnership_parties_organisation "
                       "ON partnership_parties (organisation_id)"),

        recordTable(QStringLiteral("partnership_facilitators"), QStringLiteral(R"(
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  UNIQUE (partnership_id, organisation_id))")),
        QStringLiteral("CREATE INDEX partnership_facilitators_organisation "
                       "ON partnership_facilitators (organisation_id)"),

        recordTable(QStringLiteral("partnership_stage_changes"), QStringLiteral(R"(
  partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  changed_on TEXT NOT NULL,
  note TEXT)")),
        QStringLiteral("CREATE INDEX partnership_stage_changes_partnership "
                       "ON partnership_stage_changes (partnership_id)"),

        QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
    };
}

} // namespace

bool Schema::execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError().text() + QStringLiteral("\n") + statement;
            return false;
        }
    }
    return true;
}

namespace {

// Version 2: the full-text search index, and the records' names indexed in the LOCALIZED
// order, so that a list of 100,000 contacts sorted by name reads its first page from the index
// instead of sorting every row. Its index is the shape of version 2, frozen here; version 3
// replaces it and fills it from the records, so this step leaves it empty.
bool version2(QSqlDatabase &db, QString *error)
{
    return Schema::execAll(db, {
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5("
                       "terms, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')"),
        QStringLiteral("CREATE INDEX communities_name_localized ON communities (name COLLATE LOCALIZED)"),
        QStringLiteral("CREATE INDEX organisations_name_localized ON organisations (name COLLATE LOCALIZED)"),
        QStringLiteral("CREATE INDEX contacts_family_name_localized ON contacts (family_name COLLATE LOCALIZED)"),
    }, error);
}

// Version 3: the search documents in a table of their own, which the FTS5 index takes as its
// content, without word positions (see SearchIndex::createStatements()); the documents are
// written again from the records. A contact's community and organisation are indexed only
// where there is one: many contacts have no organisation, and a look-up by either (a
// community's contacts, the foreign keys' ON DELETE SET NULL) always names one.
bool version3(QSqlDatabase &db, QString *error)
{
    const QStringList partialIndexes {
        QStringLiteral("DROP INDEX contacts_community"),
        QStringLiteral("CREATE INDEX contacts_community ON contacts (community_id) WHERE community_id IS NOT NULL"),
        QStringLiteral("DROP INDEX contacts_organisation"),
        QStringLiteral("CREATE INDEX contacts_organisation ON contacts (organisation_id) WHERE organisation_id IS NOT NULL"),
    };
    if (!Schema::execAll(db, QStringList { QStringLiteral("DROP TABLE search_index") } + SearchIndex::createStatements()
                + partialIndexes, error))
        return false;
    SearchIndex index(db);
    if (!index.rebuild()) {
        *error = index.lastError();
        return false;
    }
    return true;
}

} // namespace

QList<Migration> Schema::migrations()
{
    return {
        { 1, [](QSqlDatabase &db, QString *error) { return execAll(db, version1(), error); } },
        { 2, &version2 },
        { 3, &version3 },
    };
}

int Schema::currentVersion()
{
    return migrations().constLast().toVersion;
}

QStringList Schema::recordTables()
{
    return { QStringLiteral("communities"), QStringLiteral("organisations"),
             QStringLiteral("contacts"), QStringLiteral("events"),
             QStringLiteral("delegations"), QStringLiteral("meetings"),
             QStringLiteral("partnerships") };
}


QString Schema::tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Community:
        return QStringLiteral("communities");
    case EntityKind::Organisation:
        return QStringLiteral("organisations");
    case EntityKind::Contact:
        return QStringLiteral("contacts");
    case EntityKind::Event:
        return QStringLiteral("events");
    case EntityKind::Delegation:
        return QStringLiteral("delegations");
    case EntityKind::Member:
        return QStringLiteral("delegation_members");
    case EntityKind::Meeting:
        return QStringLiteral("meetings");
    case EntityKind::Partnership:
        return QStringLiteral("partnerships");
    }
    return {};
}

std::optional<EntityKind> Schema::kindOfTable(const QString &table)
{
    for (EntityKind kind : Entity::all()) {
        if (tableOf(kind) == table)
            return kind;
    }
    return std::nullopt;
}

} // namespace dd::storage
