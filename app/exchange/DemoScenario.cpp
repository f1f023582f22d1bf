#include "DemoScenario.h"

#include "domain/Vocabulary.h"
#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/EventRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PartnershipRepository.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace dd::exchange {
namespace {

// The document says what it is, so that a stray JSON file is not taken for a scenario.
const QString formatName = QStringLiteral("delegation-desk-demo");
constexpr int formatVersion = 1;

// The document refers to records by local keys ("boyarka", "idf"), never by row ids, so that
// people can edit it by hand; a key maps to the row id its record got in this load.
using Keys = QHash<QString, RowId>;

QString quoted(const QString &text)
{
    return QStringLiteral("“") + text + QStringLiteral("”");
}

// Reads one document into the database through the repositories. Every method returns false
// at the first problem and leaves the reason in m_error; the caller's transaction undoes
// whatever was written before it.
class Loader
{
public:
    explicit Loader(const storage::Database &db)
        : m_organisations(db)
        , m_communities(db)
        , m_events(db)
        , m_contacts(db)
        , m_delegations(db)
        , m_members(db)
        , m_meetings(db)
        , m_partnerships(db)
        , m_today(QDate::currentDate())
    {
    }

    bool run(const QJsonObject &root);
    QString error() const { return m_error; }

private:
    bool fail(const QString &message);
    bool saveFailed(const storage::Repository &repository);

    bool section(const QJsonObject &root, const QString &name, QJsonArray *items);
    // Starts on items[index] of a section: checks it is an object with known fields only and
    // a key not used before in keys, and makes it the place errors are reported at.
    bool begin(const QJsonArray &items, int index, const QString &sectionName,
               const QStringList &fields, const Keys *keys, QJsonObject *object, QString *key);
    bool onlyFields(const QJsonObject &object, const QStringList &fields);

    bool text(const QJsonObject &object, const QString &field, QString *out, bool required = false);
    bool country(const QJsonObject &object, const QString &field, QString *out);
    bool vocab(const QJsonObject &object, const QString &field, Vocab vocab, QString *out,
               bool required);
    bool number(const QJsonObject &object, const QString &field, std::optional<qint64> *out);
    bool flag(const QJsonObject &object, const QString &field, bool *out);
    bool date(const QJsonObject &object, const QString &field, QDate *out);
    bool dateTime(const QJsonObject &object, const QString &field, QDateTime *out);
    bool ref(const QJsonObject &object, const QString &field, const Keys &keys,
             const QString &sectionName, RowId *out);
    bool refs(const QJsonObject &object, const QString &field, const Keys &keys,
              const QString &sectionName, QList<RowId> *out);
    bool array(const QJsonObject &object, const QString &field, QJsonArray *out);

    bool loadOrganisations(const QJsonArray &items);
    bool loadCommunities(const QJsonArray &items);
    bool loadEvents(const QJsonArray &items);
    bool loadContacts(const QJsonArray &items);
    bool loadDelegations(const QJsonArray &items);
    bool loadMembers(const QJsonArray &items, RowId delegationId, const QString &where);
    bool loadMeetings(const QJsonArray &items);
    bool loadPartnerships(const QJsonArray &items);
    bool loadParties(const QJsonArray &items, Partnership *partnership, const QString &where);
    bool loadHistory(const QJsonArray &items, Partnership *partnership, const QString &where);

    storage::OrganisationRepository m_organisations;
    storage::CommunityRepository m_communities;
    storage::EventRepository m_events;
    storage::ContactRepository m_contacts;
    storage::DelegationRepository m_delegations;
    storage::DelegationMemberRepository m_members;
    storage::MeetingRepository m_meetings;
    storage::PartnershipRepository m_partnerships;

    Keys m_organisationKeys;
    Keys m_communityKeys;
    Keys m_eventKeys;
    Keys m_contactKeys;
    Keys m_delegationKeys;
    Keys m_meetingKeys;
    Keys m_partnershipKeys;

    // Stage changes the source gives no date for are recorded on the day of loading.
    const QDate m_today;
    QString m_where; // the record being read, for messages: partnerships[8] “halych-memorandum”
    QString m_error;
};

bool Loader::fail(const QString &message)
{
    m_error = m_where.isEmpty() ? message
                                : DemoScenario::tr("%1: %2", "place in the document: problem")
                                      .arg(m_where, message);
    return false;
}

bool Loader::saveFailed(const storage::Repository &repository)
{
    return fail(DemoScenario::tr("the record could not be saved (%1)").arg(repository.lastError()));
}

bool Loader::onlyFields(const QJsonObject &object, const QStringList &fields)
{
    // An unknown field is most likely a misspelt one whose value would silently be lost.
    const QStringList present = object.keys();
    for (const QString &field : present) {
        if (!fields.contains(field))
            return fail(DemoScenario::tr("unknown field %1").arg(quoted(field)));
    }
    return true;
}

bool Loader::section(const QJsonObject &root, const QString &name, QJsonArray *items)
{
    const QJsonValue value = root.value(name);
    if (value.isUndefined() || value.isNull()) {
        *items = QJsonArray();
        return true;
    }
    if (!value.isArray())
        return fail(DemoScenario::tr("the section %1 must be a list").arg(quoted(name)));
    *items = value.toArray();
    return true;
}

bool Loader::begin(const QJsonArray &items, int index, const QString &sectionName,
                   const QStringList &fields, const Keys *keys, QJsonObject *object, QString *key)
{
    m_where = QStringLiteral("%1[%2]").arg(sectionName).arg(index);
    const QJsonValue value = items.at(index);
    if (!value.isObject())
        return fail(DemoScenario::tr("each entry must be a JSON object"));
    *object = value.toObject();
    if (keys) {
        if (!text(*object, QStringLiteral("key"), key, true))
            return false;
        m_where += QLatin1Char(' ') + quoted(*key);
        if (keys->contains(*key))
            return fail(DemoScenario::tr("the key is used twice in %1").arg(quoted(sectionName)));
    }
    QStringList allowed = fields;
    if (keys)
        allowed.append(QStringLiteral("key"));
    return onlyFields(*object, allowed);
}

bool Loader::text(const QJsonObject &object, const QString &field, QString *out, bool required)
{
    const QJsonValue value = object.value(field);
    out->clear();
    if (!value.isUndefined() && !value.isNull()) {
        if (!value.isString())
            return fail(DemoScenario::tr("the field %1 must be text").arg(quoted(field)));
        *out = value.toString();
    }
    if (required && out->trimmed().isEmpty())
        return fail(DemoScenario::tr("the field %1 is required").arg(quoted(field)));
    return true;
}

bool Loader::country(const QJsonObject &object, const QString &field, QString *out)
{
    if (!text(object, field, out))
        return false;
    const bool alpha2 = out->size() == 2 && out->at(0) >= QLatin1Char('A')
        && out->at(0) <= QLatin1Char('Z') && out->at(1) >= QLatin1Char('A')
        && out->at(1) <= QLatin1Char('Z');
    if (!out->isEmpty() && !alpha2) {
        return fail(DemoScenario::tr("the field %1 must be a two-letter country code such as UA "
                                     "or FR, not %2")
                        .arg(quoted(field), quoted(*out)));
    }
    return true;
}

bool Loader::vocab(const QJsonObject &object, const QString &field, Vocab vocab, QString *out,
                   bool required)
{
    if (!text(object, field, out, required))
        return false;
    if (!out->isEmpty() && !Vocabulary::contains(vocab, *out)) {
        return fail(DemoScenario::tr("the field %1 has the unknown value %2 (known: %3)")
                        .arg(quoted(field), quoted(*out),
                             Vocabulary::ids(vocab).join(QStringLiteral(", "))));
    }
    return true;
}

bool Loader::number(const QJsonObject &object, const QString &field, std::optional<qint64> *out)
{
    const QJsonValue value = object.value(field);
    out->reset();
    if (value.isUndefined() || value.isNull())
        return true;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != std::floor(number) || number > 1e15) {
        return fail(DemoScenario::tr("the field %1 must be a whole number of zero or more")
                        .arg(quoted(field)));
    }
    *out = static_cast<qint64>(number);
    return true;
}

bool Loader::flag(const QJsonObject &object, const QString &field, bool *out)
{
    const QJsonValue value = object.value(field);
    *out = false;
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isBool())
        return fail(DemoScenario::tr("the field %1 must be true or false").arg(quoted(field)));
    *out = value.toBool();
    return true;
}

bool Loader::date(const QJsonObject &object, const QString &field, QDate *out)
{
    QString value;
    if (!text(object, field, &value))
        return false;
    *out = QDate();
    if (value.isEmpty())
        return true;
    const QDate parsed = QDate::fromString(value, Qt::ISODate);
    if (value.size() != 10 || !parsed.isValid()) {
        return fail(DemoScenario::tr("the field %1 must be a date like 2025-11-18, not %2")
                        .arg(quoted(field), quoted(value)));
    }
    *out = parsed;
    return true;
}

bool Loader::dateTime(const QJsonObject &object, const QString &field, QDateTime *out)
{
    QString value;
    if (!text(object, field, &value))
        return false;
    *out = QDateTime();
    if (value.isEmpty())
        return true;
    // Without an offset this is the local time at the place of the event, which is how
    // timetables give arrivals and departures.
    const QDateTime parsed = QDateTime::fromString(value, Qt::ISODate);
    if (!parsed.isValid() || !value.contains(QLatin1Char('T'))) {
        return fail(DemoScenario::tr("the field %1 must be a date and time like "
                                     "2025-11-18T09:30, not %2")
                        .arg(quoted(field), quoted(value)));
    }
    *out = parsed;
    return true;
}

bool Loader::ref(const QJsonObject &object, const QString &field, const Keys &keys,
                 const QString &sectionName, RowId *out)
{
    QString key;
    if (!text(object, field, &key))
        return false;
    *out = 0;
    if (key.isEmpty())
        return true;
    const auto found = keys.constFind(key);
    if (found == keys.constEnd()) {
        return fail(DemoScenario::tr("the field %1 refers to %2, which is not defined (before "
                                     "this entry) in %3")
                        .arg(quoted(field), quoted(key), quoted(sectionName)));
    }
    *out = found.value();
    return true;
}

bool Loader::array(const QJsonObject &object, const QString &field, QJsonArray *out)
{
    const QJsonValue value = object.value(field);
    *out = QJsonArray();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return fail(DemoScenario::tr("the field %1 must be a list").arg(quoted(field)));
    *out = value.toArray();
    return true;
}

bool Loader::refs(const QJsonObject &object, const QString &field, const Keys &keys,
                  const QString &sectionName, QList<RowId> *out)
{
    QJsonArray items;
    if (!array(object, field, &items))
        return false;
    out->clear();
    for (const QJsonValue &item : std::as_const(items)) {
        if (!item.isString())
            return fail(DemoScenario::tr("the field %1 must be a list of keys").arg(quoted(field)));
        const QString key = item.toString();
        const auto found = keys.constFind(key);
        if (found == keys.constEnd()) {
            return fail(DemoScenario::tr("the field %1 refers to %2, which is not defined "
                                         "(before this entry) in %3")
                            .arg(quoted(field), quoted(key), quoted(sectionName)));
        }
        if (out->contains(found.value()))
            return fail(DemoScenario::tr("the field %1 names %2 twice").arg(quoted(field), quoted(key)));
        out->append(found.value());
    }
    return true;
}

bool Loader::loadOrganisations(const QJsonArray &items)
{
    const QString name = QStringLiteral("organisations");
    const QStringList fields { QStringLiteral("name"), QStringLiteral("kind"),
                               QStringLiteral("country"), QStringLiteral("website"),
                               QStringLiteral("parent"), QStringLiteral("notes") };
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o;
        QString key;
        Organisation record;
        // A parent must come before its children, so that the document reads top-down.
        const bool read = begin(items, i, name, fields, &m_organisationKeys, &o, &key)
            && text(o, QStringLiteral("name"), &record.name, true)
            && vocab(o, QStringLiteral("kind"), Vocab::OrganisationKind, &record.kind, true)
            && country(o, QStringLiteral("country"), &record.country)
            && text(o, QStringLiteral("website"), &record.website)
            && ref(o, QStringLiteral("parent"), m_organisationKeys, name, &record.parentId)
            && text(o, QStringLiteral("notes"), &record.notes);
        if (!read)
            return false;
        if (!m_organisations.insert(record))
            return saveFailed(m_organisations);
        m_organisationKeys.insert(key, record.id);
    }
    return true;
}

bool Loader::loadCommunities(const QJsonArray &items)
{
    const QString name = QStringLiteral("communities");
    const QStringList fields { QStringLiteral("name"), QStringLiteral("name_latin"),
                               QStringLiteral("kind"), QStringLiteral("country"),
                               QStringLiteral("region"), QStringLiteral("subregion"),
                               QStringLiteral("official_code"), QStringLiteral("centre"),
                               QStringLiteral("population"), QStringLiteral("notes") };
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o;
        QString key;
        Community record;
        const bool read = begin(items, i, name, fields, &m_communityKeys, &o, &key)
            && text(o, QStringLiteral("name"), &record.name, true)
            && text(o, QStringLiteral("name_latin"), &record.nameLatin)
            && vocab(o, QStringLiteral("kind"), Vocab::CommunityKind, &record.kind, true)
            && country(o, QStringLiteral("country"), &record.country)
            && text(o, QStringLiteral("region"), &record.region)
            && text(o, QStringLiteral("subregion"), &record.subregion)
            // Text in the document too: INSEE 02168 keeps its leading zero.
            && text(o, QStringLiteral("official_code"), &record.officialCode)
            && text(o, QStringLiteral("centre"), &record.centre)
            && number(o, QStringLiteral("population"), &record.population)
            && text(o, QStringLiteral("notes"), &record.notes);
        if (!read)
            return false;
        if (!m_communities.insert(record))
            return saveFailed(m_communities);
        m_communityKeys.insert(key, record.id);
    }
    return true;
}

bool Loader::loadEvents(const QJsonArray &items)
{
    const QString name = QStringLiteral("events");
    const QStringList fields { QStringLiteral("name"), QStringLiteral("kind"),
                               QStringLiteral("city"), QStringLiteral("country"),
                               QStringLiteral("venue"), QStringLiteral("starts_on"),
                               QStringLiteral("ends_on"), QStringLiteral("organiser"),
                               QStringLiteral("expected_attendance"), QStringLiteral("website"),
                               QStringLiteral("time_zone"), QStringLiteral("notes") };
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o;
        QString key;
        Event record;
        const bool read = begin(items, i, name, fields, &m_eventKeys, &o, &key)
            && text(o, QStringLiteral("name"), &record.name, true)
            && vocab(o, QStringLiteral("kind"), Vocab::EventKind, &record.kind, true)
            && text(o, QStringLiteral("city"), &record.city)
            && country(o, QStringLiteral("country"), &record.country)
            && text(o, QStringLiteral("venue"), &record.venue)
            && date(o, QStringLiteral("starts_on"), &record.startsOn)
            && date(o, QStringLiteral("ends_on"), &record.endsOn)
            && ref(o, QStringLiteral("organiser"), m_organisationKeys,
                   QStringLiteral("organisations"), &record.organiserId)
            && number(o, QStringLiteral("expected_attendance"), &record.expectedAttendance)
            && text(o, QStringLiteral("website"), &record.website)
            && text(o, QStringLiteral("time_zone"), &record.timeZone)
            && text(o, QStringLiteral("notes"), &record.notes);
        if (!read)
            return false;
        if (!m_events.insert(record))
            return saveFailed(m_events);
        m_eventKeys.insert(key, record.id);
    }
    return true;
}

bool Loader::loadContacts(const QJsonArray &items)
{
    const QString name = QStringLiteral("contacts");
    const QStringList fields {
        QStringLiteral("salutation"), QStringLiteral("given_name"),
        QStringLiteral("patronymic"), QStringLiteral("family_name"),
        QStringLiteral("given_name_latin"), QStringLiteral("family_name_latin"),
        QStringLiteral("position"), QStringLiteral("community"),
        QStringLiteral("organisation"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("languages"),
        QStringLiteral("nationality"), QStringLiteral("consent_public_list"),
        QStringLiteral("notes"),
    };
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o;
        QString key;
        Contact record;
        // The Latin names are taken as written: the document leaves a foreigner's Latin name
        // empty on purpose, and nothing here fills it in by transliteration.
        const bool read = begin(items, i, name, fields, &m_contactKeys, &o, &key)
            && text(o, QStringLiteral("salutation"), &record.salutation)
            && text(o, QStringLiteral("given_name"), &record.givenName)
            && text(o, QStringLiteral("patronymic"), &record.patronymic)
            && text(o, QStringLiteral("family_name"), &record.familyName, true)
            && text(o, QStringLiteral("given_name_latin"), &record.givenNameLatin)
            && text(o, QStringLiteral("family_name_latin"), &record.familyNameLatin)
            && text(o, QStringLiteral("position"), &record.position)
            && ref(o, QStringLiteral("community"), m_communityKeys,
                   QStringLiteral("communities"), &record.communityId)
            && ref(o, QStringLiteral("organisation"), m_organisationKeys,
                   QStringLiteral("organisations"), &record.organisationId)
            && text(o, QStringLiteral("email"), &record.email)
            && text(o, QStringLiteral("phone"), &record.phone)
            && text(o, QStringLiteral("languages"), &record.languages)
            && country(o, QStringLiteral("nationality"), &record.nationality)
            && flag(o, QStringLiteral("consent_public_list"), &record.consentPublicList)
            && text(o, QStringLiteral("notes"), &record.notes);
        if (!read)
            return false;
        if (!m_contacts.insert(record))
            return saveFailed(m_contacts);
        m_contactKeys.insert(key, record.id);
    }
    return true;
}

bool Loader::loadDelegations(const QJsonArray &items)
{
    const QString name = QStringLiteral("delegations");
    const QStringList fields { QStringLiteral("name"), QStringLiteral("event"),
                               QStringLiteral("coordinator"), QStringLiteral("partners"),
                               QStringLiteral("head"), QStringLiteral("starts_on"),
                               QStringLiteral("ends_on"), QStringLiteral("status"),
                               QStringLiteral("planned_size"), QStringLiteral("notes"),
                               QStringLiteral("members") };
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o;
        QString key;
        Delegation record;
        QJsonArray members;
        const bool read = begin(items, i, name, fields, &m_delegationKeys, &o, &key)
            && text(o, QStringLiteral("name"), &record.name, true)
            && ref(o, QStringLiteral("event"), m_eventKeys, QStringLiteral("events"),
                   &record.eventId)
            && ref(o, QStringLiteral("coordinator"), m_organisationKeys,
                   QStringLiteral("organisations"), &record.coordinatorId)
            && refs(o, QStringLiteral("partners"), m_organisationKeys,
                    QStringLiteral("organisations"), &record.partnerIds)
            && ref(o, QStringLiteral("head"), m_contactKeys, QStringLiteral("contacts"),
                   &record.headId)
            && date(o, QStringLiteral("starts_on"), &record.startsOn)
            && date(o, QStringLiteral("ends_on"), &record.endsOn)
            && vocab(o, QStringLiteral("status"), Vocab::DelegationStatus, &record.status, true)
            && number(o, QStringLiteral("planned_size"), &record.plannedSize)
            && text(o, QStringLiteral("notes"), &record.notes)
            && array(o, QStringLiteral("members"), &members);
        if (!read)
            return false;
        if (!m_delegations.insert(record))
            return saveFailed(m_delegations);
        m_delegationKeys.insert(key, record.id);
        if (!loadMembers(members, record.id, m_where))
            return false;
    }
    return true;
}

bool Loader::loadMembers(const QJsonArray &items, RowId delegationId, const QString &where)
{
    const QString name = where + QStringLiteral(" members");
    const QStringList fields {
        QStringLiteral("contact"), QStringLiteral("community"),
        QStringLiteral("role"), QStringLiteral("status"),
        QStringLiteral("checked_in_at"), QStringLiteral("arrival_at"),
        QStringLiteral("arrival_transport"), QStringLiteral("arrival_number"),
        QStringLiteral("arrival_place"), QStringLiteral("departure_at"),
        QStringLiteral("departure_transport"), QStringLiteral("departure_number"),
        QStringLiteral("departure_place"), QStringLiteral("hotel"),
        QStringLiteral("room_type"), QStringLiteral("sharing_with"),
        QStringLiteral("check_in_on"), QStringLiteral("check_out_on"),
        QStringLiteral("visa_status"), QStringLiteral("invitation_sent"),
        QStringLiteral("badge_printed"), QStringLiteral("dietary"),
        QStringLiteral("accessibility"), QStringLiteral("notes"),
    };
    // A member is known by their contact inside the delegation; "sharing_with" names another
    // member's contact, who may come later in the list, so rooms are paired after all are in.
    Keys memberByContact;
    QList<QPair<int, QString>> sharing;
    QList<DelegationMember> stored;
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o;
        QString unusedKey;
        DelegationMember record;
        record.delegationId = delegationId;
        QString contactKey;
        QString sharingWith;
        const bool read = begin(items, i, name, fields, nullptr, &o, &unusedKey)
            && text(o, QStringLiteral("contact"), &contactKey, true)
            && ref(o, QStringLiteral("contact"), m_contactKeys, QStringLiteral("contacts"),
                   &record.contactId)
            && ref(o, QStringLiteral("community"), m_communityKeys,
                   QStringLiteral("communities"), &record.communityId)
            && vocab(o, QStringLiteral("role"), Vocab::MemberRole, &record.role, true)
            && vocab(o, QStringLiteral("status"), Vocab::MemberStatus, &record.status, true)
            && dateTime(o, QStringLiteral("checked_in_at"), &record.checkedInAt)
            && dateTime(o, QStringLiteral("arrival_at"), &record.arrivalAt)
            && vocab(o, QStringLiteral("arrival_transport"), Vocab::Transport,
                     &record.arrivalTransport, false)
            && text(o, QStringLiteral("arrival_number"), &record.arrivalNumber)
            && text(o, QStringLiteral("arrival_place"), &record.arrivalPlace)
            && dateTime(o, QStringLiteral("departure_at"), &record.departureAt)
            && vocab(o, QStringLiteral("departure_transport"), Vocab::Transport,
                     &record.departureTransport, false)
            && text(o, QStringLiteral("departure_number"), &record.departureNumber)
            && text(o, QStringLiteral("departure_place"), &record.departurePlace)
            && text(o, QStringLiteral("hotel"), &record.hotel)
            && text(o, QStringLiteral("room_type"), &record.roomType)
            && text(o, QStringLiteral("sharing_with"), &sharingWith)
            && date(o, QStringLiteral("check_in_on"), &record.checkInOn)
            && date(o, QStringLiteral("check_out_on"), &record.checkOutOn)
            && vocab(o, QStringLiteral("visa_status"), Vocab::VisaStatus, &record.visaStatus, false)
            && flag(o, QStringLiteral("invitation_sent"), &record.invitationSent)
            && flag(o, QStringLiteral("badge_printed"), &record.badgePrinted)
            && text(o, QStringLiteral("dietary"), &record.dietary)
            && text(o, QStringLiteral("accessibility"), &record.accessibility)
            && text(o, QStringLiteral("notes"), &record.notes);
        if (!read)
            return false;
        if (memberByContact.contains(contactKey))
            return fail(DemoScenario::tr("the contact %1 is a member twice").arg(quoted(contactKey)));
        if (!m_members.insert(record))
            return saveFailed(m_members);
        memberByContact.insert(contactKey, record.id);
        stored.append(record);
        if (!sharingWith.isEmpty())
            sharing.append({ i, sharingWith });
    }
    for (const auto &[index, contactKey] : std::as_const(sharing)) {
        m_where = QStringLiteral("%1[%2]").arg(name).arg(index);
        DelegationMember &record = stored[index];
        const auto found = memberByContact.constFind(contactKey);
        if (found == memberByContact.constEnd()) {
            return fail(DemoScenario::tr("the field %1 refers to %2, which is not a member of this "
                                         "delegation")
                            .arg(quoted(QStringLiteral("sharing_with")), quoted(contactKey)));
        }
        if (found.value() == record.id)
            return fail(DemoScenario::tr("a member cannot share a room with themselves"));
        record.sharingWithId = found.value();
        if (!m_members.update(record))
            return saveFailed(m_members);
    }
    return true;
}

bool Loader::loadMeetings(const QJsonArray &items)
{
    const QString name = QStringLiteral("meetings");
    const QStringList fields {
        QStringLiteral("delegation"), QStringLiteral("event"),
        QStringLiteral("title"), QStringLiteral("starts_at"),
        QStringLiteral("ends_at"), QStringLiteral("time_zone"),
        QStringLiteral("location"), QStringLiteral("counterpart_communities"),
        QStringLiteral("counterpart_organisations"), QStringLiteral("participants"),
        QStringLiteral("outcome"), QStringLiteral("follow_up"),
        QStringLiteral("follow_up_due"), QStringLiteral("notes"),
    };
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o;
        QString key;
        Meeting record;
        const bool read = begin(items, i, name, fields, &m_meetingKeys, &o, &key)
            && ref(o, QStringLiteral("delegation"), m_delegationKeys,
                   QStringLiteral("delegations"), &record.delegationId)
            && ref(o, QStringLiteral("event"), m_eventKeys, QStringLiteral("events"),
                   &record.eventId)
            && text(o, QStringLiteral("title"), &record.title, true)
            && dateTime(o, QStringLiteral("starts_at"), &record.startsAt)
            && dateTime(o, QStringLiteral("ends_at"), &record.endsAt)
            && text(o, QStringLiteral("time_zone"), &record.timeZone)
            && text(o, QStringLiteral("location"), &record.location)
            && refs(o, QStringLiteral("counterpart_communities"), m_communityKeys,
                    QStringLiteral("communities"), &record.counterpartCommunityIds)
            && refs(o, QStringLiteral("counterpart_organisations"), m_organisationKeys,
                    QStringLiteral("organisations"), &record.counterpartOrganisationIds)
            && refs(o, QStringLiteral("participants"), m_contactKeys, QStringLiteral("contacts"),
                    &record.participantContactIds)
            && text(o, QStringLiteral("outcome"), &record.outcome)
            && text(o, QStringLiteral("follow_up"), &record.followUp)
            && date(o, QStringLiteral("follow_up_due"), &record.followUpDue)
            && text(o, QStringLiteral("notes"), &record.notes);
        if (!read)
            return false;
        if (!m_meetings.insert(record))
            return saveFailed(m_meetings);
        m_meetingKeys.insert(key, record.id);
    }
    return true;
}

bool Loader::loadParties(const QJsonArray &items, Partnership *partnership, const QString &where)
{
    const QStringList fields { QStringLiteral("community"), QStringLiteral("organisation"),
                               QStringLiteral("ratified_on"),
                               QStringLiteral("ratification_decision") };
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o;
        QString unusedKey;
        PartnershipParty party;
        const bool read = begin(items, i, where + QStringLiteral(" parties"), fields, nullptr,
                                &o, &unusedKey)
            && ref(o, QStringLiteral("community"), m_communityKeys,
                   QStringLiteral("communities"), &party.communityId)
            && ref(o, QStringLiteral("organisation"), m_organisationKeys,
                   QStringLiteral("organisations"), &party.organisationId)
            && date(o, QStringLiteral("ratified_on"), &party.ratifiedOn)
            && text(o, QStringLiteral("ratification_decision"), &party.ratificationDecision);
        if (!read)
            return false;
        if ((party.communityId == 0) == (party.organisationId == 0)) {
            return fail(DemoScenario::tr("a party names exactly one of the fields %1 and %2")
                            .arg(quoted(QStringLiteral("community")),
                                 quoted(QStringLiteral("organisation"))));
        }
        partnership->parties.append(party);
    }
    return true;
}

bool Loader::loadHistory(const QJsonArray &items, Partnership *partnership, const QString &where)
{
    const QStringList fields { QStringLiteral("stage"), QStringLiteral("changed_on"),
                               QStringLiteral("note") };
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o;
        QString unusedKey;
        StageChange change;
        const bool read = begin(items, i, where + QStringLiteral(" history"), fields, nullptr,
                                &o, &unusedKey)
            && vocab(o, QStringLiteral("stage"), Vocab::PartnershipStage, &change.stage, true)
            && date(o, QStringLiteral("changed_on"), &change.changedOn)
            && text(o, QStringLiteral("note"), &change.note);
        if (!read)
            return false;
        if (!change.changedOn.isValid())
            change.changedOn = m_today;
        partnership->history.append(change);
    }
    return true;
}

bool Loader::loadPartnerships(const QJsonArray &items)
{
    const QString name = QStringLiteral("partnerships");
    const QStringList fields {
        QStringLiteral("parties"), QStringLiteral("party_count"),
        QStringLiteral("kind"), QStringLiteral("stage"),
        QStringLiteral("areas"), QStringLiteral("facilitators"),
        QStringLiteral("born_at_event"), QStringLiteral("born_at_meeting"),
        QStringLiteral("signed_on"), QStringLiteral("next_step"),
        QStringLiteral("next_step_due"), QStringLiteral("notes"),
        QStringLiteral("history"),
    };
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject o;
        QString key;
        Partnership record;
        QJsonArray parties;
        QJsonArray history;
        const bool read = begin(items, i, name, fields, &m_partnershipKeys, &o, &key)
            && array(o, QStringLiteral("parties"), &parties)
            && number(o, QStringLiteral("party_count"), &record.partyCount)
            && vocab(o, QStringLiteral("kind"), Vocab::PartnershipKind, &record.kind, true)
            && vocab(o, QStringLiteral("stage"), Vocab::PartnershipStage, &record.stage, true)
            && text(o, QStringLiteral("areas"), &record.areas)
            && refs(o, QStringLiteral("facilitators"), m_organisationKeys,
                    QStringLiteral("organisations"), &record.facilitatorIds)
            && ref(o, QStringLiteral("born_at_event"), m_eventKeys, QStringLiteral("events"),
                   &record.bornAtEventId)
            && ref(o, QStringLiteral("born_at_meeting"), m_meetingKeys,
                   QStringLiteral("meetings"), &record.bornAtMeetingId)
            && date(o, QStringLiteral("signed_on"), &record.signedOn)
            && text(o, QStringLiteral("next_step"), &record.nextStep)
            && date(o, QStringLiteral("next_step_due"), &record.nextStepDue)
            && text(o, QStringLiteral("notes"), &record.notes)
            && array(o, QStringLiteral("history"), &history);
        if (!read)
            return false;
        const QString where = m_where;
        if (!loadParties(parties, &record, where) || !loadHistory(history, &record, where))
            return false;
        m_where = where;
        if (record.parties.isEmpty())
            return fail(DemoScenario::tr("a partnership needs at least one named party"));
        if (record.partyCount && *record.partyCount < record.parties.size()) {
            return fail(DemoScenario::tr("%1 is smaller than the number of named parties (%2)")
                            .arg(quoted(QStringLiteral("party_count")))
                            .arg(record.parties.size()));
        }
        // The history ends at the current stage (Partnership::history), so the two cannot
        // disagree.
        if (!record.history.isEmpty() && record.history.constLast().stage != record.stage) {
            return fail(DemoScenario::tr("the last stage in %1 is %2, but the partnership's stage "
                                         "is %3")
                            .arg(quoted(QStringLiteral("history")),
                                 quoted(record.history.constLast().stage), quoted(record.stage)));
        }
        if (record.history.isEmpty())
            record.history.append({ 0, record.stage, m_today, QString() });
        if (!m_partnerships.insert(record))
            return saveFailed(m_partnerships);
        m_partnershipKeys.insert(key, record.id);
    }
    return true;
}

bool Loader::run(const QJsonObject &root)
{
    m_where.clear();
    const QStringList fields {
        QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("about"),
        QStringLiteral("organisations"), QStringLiteral("communities"),
        QStringLiteral("events"), QStringLiteral("contacts"),
        QStringLiteral("delegations"), QStringLiteral("meetings"),
        QStringLiteral("partnerships"),
    };
    if (!onlyFields(root, fields))
        return false;
    if (root.value(QStringLiteral("format")).toString() != formatName) {
        return fail(DemoScenario::tr("the document is not a demonstration scenario (its %1 is "
                                     "not %2)")
                        .arg(quoted(QStringLiteral("format")), quoted(formatName)));
    }
    const int version = root.value(QStringLiteral("format_version")).toInt(-1);
    if (version != formatVersion) {
        return fail(DemoScenario::tr("the document has format version %1; this program reads "
                                     "version %2")
                        .arg(version)
                        .arg(formatVersion));
    }

    // Sections in the order their records can refer to each other.
    QJsonArray items;
    return section(root, QStringLiteral("organisations"), &items) && loadOrganisations(items)
        && section(root, QStringLiteral("communities"), &items) && loadCommunities(items)
        && section(root, QStringLiteral("events"), &items) && loadEvents(items)
        && section(root, QStringLiteral("contacts"), &items) && loadContacts(items)
        && section(root, QStringLiteral("delegations"), &items) && loadDelegations(items)
        && section(root, QStringLiteral("meetings"), &items) && loadMeetings(items)
        && section(root, QStringLiteral("partnerships"), &items) && loadPartnerships(items);
}

} // namespace

QString DemoScenario::resourcePath()
{
    return QStringLiteral(":/demo/demo-scenario.json");
}

bool DemoScenario::load(storage::Database &db, QString *error)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("The demonstration scenario is missing from this build (%1: %2).")
                         .arg(resourcePath(), file.errorString());
        }
        return false;
    }
    return loadFrom(db, file.readAll(), error);
}

bool DemoScenario::loadFrom(storage::Database &db, const QByteArray &json, QString *error)
{
    auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failed(tr("The demonstration scenario is not valid JSON: %1 (at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    }
    if (!document.isObject())
        return failed(tr("The demonstration scenario must be a JSON object."));

    const QString shownPath = QDir::toNativeSeparators(db.path());
    if (db.isReadOnly()) {
        return failed(tr("The database “%1” is open for reading only; the demonstration scenario "
                         "was not loaded.")
                          .arg(shownPath));
    }

    storage::Transaction transaction(db.connection());
    if (!transaction.isActive()) {
        return failed(tr("The demonstration scenario was not loaded: the database “%1” cannot "
                         "be written (%2).")
                          .arg(shownPath, transaction.errorText()));
    }
    // Asked inside the transaction, which holds the write lock: nothing can arrive in between.
    if (!db.isEmpty()) {
        return failed(tr("The database “%1” already holds records. The demonstration scenario is "
                         "loaded only into a new or empty database.")
                          .arg(shownPath));
    }

    Loader loader(db);
    if (!loader.run(document.object())) {
        return failed(tr("The demonstration scenario was not loaded; nothing was changed. %1")
                          .arg(loader.error()));
    }
    if (!transaction.commit()) {
        return failed(tr("The demonstration scenario was not loaded; nothing was changed. "
                         "Saving failed: %1")
                          .arg(transaction.errorText()));
    }
    return true;
}

} // namespace dd::exchange
