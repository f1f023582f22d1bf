// The repositories: every aggregate makes the round trip (insert, find, findByUid, update,
// remove) with uid and time stamps set; contacts' sensitive data lives in its own table and goes
// when emptied; delegation partners keep the uids of the links that stay; partnerships keep
// parties, facilitators and their stage history, and a refused partnership writes nothing;
// removing or updating a missing row fails; dates and times come back as they went in.

#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/EventRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PartnershipRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <functional>

using namespace dd;
using namespace dd::storage;

namespace {

// Every field as text, so that a failed comparison names the field that differs.
QString text(const QString &value)
{
    return value;
}
QString text(std::optional<qint64> value)
{
    return value ? QString::number(*value) : QStringLiteral("(none)");
}
QString text(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("(invalid)");
}
QString text(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QStringLiteral("(invalid)");
    const QString spec = dateTime.timeSpec() == Qt::UTC ? QStringLiteral("UTC")
        : dateTime.timeSpec() == Qt::LocalTime          ? QStringLiteral("local")
                                                        : QStringLiteral("other");
    return dateTime.toString(Qt::ISODateWithMs) + QLatin1Char(' ') + spec;
}
QString text(bool flag)
{
    return flag ? QStringLiteral("yes") : QStringLiteral("no");
}
QString text(qint64 id)
{
    return QString::number(id);
}
QString text(const QList<RowId> &ids)
{
    QStringList numbers;
    for (RowId id : ids)
        numbers.append(QString::number(id));
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}
QString text(const QList<PartnershipParty> &parties)
{
    QStringList result;
    for (const PartnershipParty &party : parties) {
        result.append(QStringLiteral("#%1 community %2 organisation %3 ratified %4 by %5")
                          .arg(party.id)
                          .arg(party.communityId)
                          .arg(party.organisationId)
                          .arg(text(party.ratifiedOn), party.ratificationDecision));
    }
    return result.join(QStringLiteral("; "));
}
QString text(const QList<StageChange> &history)
{
    QStringList result;
    for (const StageChange &change : history) {
        result.append(QStringLiteral("#%1 %2 on %3: %4")
                          .arg(change.id)
                          .arg(change.stage, text(change.changedOn), change.note));
    }
    return result.join(QStringLiteral("; "));
}

#define FIELD(name) (QStringLiteral(#name "=") + text(r.name))

QStringList fieldsOf(const Community &r)
{
    return { FIELD(name), FIELD(nameLatin), FIELD(kind), FIELD(country), FIELD(region),
        FIELD(subregion), FIELD(officialCode), FIELD(centre), FIELD(population), FIELD(notes) };
}

QStringList fieldsOf(const Organisation &r)
{
    return { FIELD(name), FIELD(kind), FIELD(country), FIELD(website), FIELD(parentId),
        FIELD(notes) };
}

QStringList fieldsOf(const Contact &r)
{
    return { FIELD(salutation), FIELD(givenName), FIELD(patronymic), FIELD(familyName),
        FIELD(givenNameLatin), FIELD(familyNameLatin), FIELD(position), FIELD(communityId),
        FIELD(organisationId), FIELD(email), FIELD(phone), FIELD(languages), FIELD(nationality),
        FIELD(consentPublicList), FIELD(notes) };
}

QStringList fieldsOf(const Event &r)
{
    return { FIELD(name), FIELD(kind), FIELD(city), FIELD(country), FIELD(venue), FIELD(startsOn),
        FIELD(endsOn), FIELD(organiserId), FIELD(expectedAttendance), FIELD(website),
        FIELD(timeZone), FIELD(notes) };
}

QStringList fieldsOf(const Delegation &r)
{
    return { FIELD(name), FIELD(eventId), FIELD(coordinatorId), FIELD(partnerIds), FIELD(headId),
        FIELD(startsOn), FIELD(endsOn), FIELD(status), FIELD(plannedSize), FIELD(notes) };
}

QStringList fieldsOf(const DelegationMember &r)
{
    return { FIELD(delegationId), FIELD(contactId), FIELD(communityId), FIELD(role), FIELD(status),
        FIELD(checkedInAt), FIELD(arrivalAt), FIELD(arrivalTransport), FIELD(arrivalNumber),
        FIELD(arrivalPlace), FIELD(departureAt), FIELD(departureTransport), FIELD(departureNumber),
        FIELD(departurePlace), FIELD(hotel), FIELD(roomType), FIELD(sharingWithId),
        FIELD(checkInOn), FIELD(checkOutOn), FIELD(visaStatus), FIELD(invitationSent),
        FIELD(badgePrinted), FIELD(dietary), FIELD(accessibility), FIELD(notes) };
}

QStringList fieldsOf(const Meeting &r)
{
    return { FIELD(delegationId), FIELD(eventId), FIELD(title), FIELD(startsAt), FIELD(endsAt),
        FIELD(timeZone), FIELD(location), FIELD(counterpartCommunityIds),
        FIELD(counterpartOrganisationIds), FIELD(participantContactIds), FIELD(outcome),
        FIELD(followUp), FIELD(followUpDue), FIELD(notes) };
}

QStringList fieldsOf(const Partnership &r)
{
    return { FIELD(parties), FIELD(partyCount), FIELD(kind), FIELD(stage), FIELD(areas),
        FIELD(facilitatorIds), FIELD(bornAtEventId), FIELD(bornAtMeetingId), FIELD(signedOn),
        FIELD(nextStep), FIELD(nextStepDue), FIELD(notes), FIELD(history) };
}

#undef FIELD

enum class Aggregate {
    Community,
    Organisation,
    Contact,
    Event,
    Delegation,
    Member,
    Meeting,
    Partnership
};

} // namespace

class TestRepositories : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_db->connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return QVariant();
        return query.value(0);
    }

    int count(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }

    // The uid is a UUID without braces, the times are UTC and recent.
    static void checkStamps(const Record &record)
    {
        QVERIFY(record.isStored());
        QVERIFY2(!QUuid::fromString(record.uid).isNull(), qPrintable(record.uid));
        QVERIFY(!record.uid.startsWith(QLatin1Char('{')));
        QVERIFY(record.createdAt.isValid());
        QCOMPARE(record.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(record.updatedAt.isValid());
        QCOMPARE(record.updatedAt.timeSpec(), Qt::UTC);
        QVERIFY(record.createdAt <= record.updatedAt);
        QVERIFY(qAbs(record.updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    template<class Repo, class T>
    void checkRoundTrip(T record, const std::function<void(T &)> &change)
    {
        Repo repository(*m_db);
        QVERIFY(!record.isStored());
        QVERIFY2(repository.insert(record), qPrintable(repository.lastError()));
        checkStamps(record);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(record.createdAt, record.updatedAt);

        auto found = repository.find(record.id);
        QVERIFY(found);
        QCOMPARE(fieldsOf(*found), fieldsOf(record));
        QCOMPARE(found->id, record.id);
        QCOMPARE(found->uid, record.uid);
        QCOMPARE(found->createdAt, record.createdAt);
        QCOMPARE(found->updatedAt, record.updatedAt);

        const auto byUid = repository.findByUid(record.uid);
        QVERIFY(byUid);
        QCOMPARE(byUid->id, record.id);
        QCOMPARE(fieldsOf(*byUid), fieldsOf(record));
        QCOMPARE(repository.idOf(record.uid), record.id);

        const QStringList before = fieldsOf(record);
        const QString uid = record.uid;
        const QDateTime createdAt = record.createdAt;
        change(record);
        QVERIFY2(fieldsOf(record) != before, "the change changes nothing");
        QTest::qSleep(5); // so that updated_at can show the change
        QVERIFY2(repository.update(record), qPrintable(repository.lastError()));
        QCOMPARE(record.uid, uid);
        found = repository.find(record.id);
        QVERIFY(found);
        QCOMPARE(fieldsOf(*found), fieldsOf(record));
        QCOMPARE(found->uid, uid);
        QCOMPARE(found->createdAt, createdAt);
        QCOMPARE(found->updatedAt, record.updatedAt);
        QVERIFY(found->updatedAt > createdAt);

        QVERIFY2(repository.remove(record.id), qPrintable(repository.lastError()));
        QVERIFY(!repository.find(record.id));
        QVERIFY(!repository.findByUid(uid));
        QCOMPARE(repository.idOf(uid), RowId(0));
        QVERIFY(!repository.remove(record.id));
        QVERIFY(!repository.lastError().isEmpty());
    }

    Community insertedCommunity(const QString &name, const QString &country = QStringLiteral("UA"))
    {
        CommunityRepository communities(*m_db);
        Community community;
        community.name = name;
        community.kind = country == QLatin1String("UA") ? QStringLiteral("hromada")
                                                        : QStringLiteral("commune");
        community.country = country;
        if (!communities.insert(community))
            qWarning("cannot insert a community: %s", qUtf8Printable(communities.lastError()));
        return community;
    }

    Organisation insertedOrganisation(const QString &name)
    {
        OrganisationRepository organisations(*m_db);
        Organisation organisation;
        organisation.name = name;
        organisation.kind = QStringLiteral("ngo");
        if (!organisations.insert(organisation))
            qWarning(
                "cannot insert an organisation: %s", qUtf8Printable(organisations.lastError()));
        return organisation;
    }

    Contact insertedContact(const QString &familyName)
    {
        ContactRepository contacts(*m_db);
        Contact contact;
        contact.familyName = familyName;
        if (!contacts.insert(contact))
            qWarning("cannot insert a contact: %s", qUtf8Printable(contacts.lastError()));
        return contact;
    }

    Event insertedEvent()
    {
        EventRepository events(*m_db);
        Event event;
        event.name = QStringLiteral("Fixture congress");
        if (!events.insert(event))
            qWarning("cannot insert an event: %s", qUtf8Printable(events.lastError()));
        return event;
    }

    Delegation insertedDelegation(const QString &name = QStringLiteral("Fixture delegation"))
    {
        DelegationRepository delegations(*m_db);
        Delegation delegation;
        delegation.name = name;
        if (!delegations.insert(delegation))
            qWarning("cannot insert a delegation: %s", qUtf8Printable(delegations.lastError()));
        return delegation;
    }

    Partnership twoParties(RowId community, RowId organisation)
    {
        Partnership partnership;
        partnership.parties = { PartnershipParty { 0, community, 0, {}, {} },
            PartnershipParty { 0, 0, organisation, {}, {} } };
        return partnership;
    }

    QStringList linkUids(const QString &table, const QString &ownerColumn, RowId owner,
        const QString &targetColumn) const
    {
        QStringList result;
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT %1, uid FROM %2 WHERE %3 = ? ORDER BY %1")
                          .arg(targetColumn, table, ownerColumn));
        query.addBindValue(owner);
        if (query.exec()) {
            while (query.next())
                result.append(
                    query.value(0).toString() + QLatin1Char('=') + query.value(1).toString());
        }
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        Database::Error error;
        m_db = Database::open(
            m_dir.filePath(QStringLiteral("repositories-%1.sqlite").arg(++m_counter)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
    }

    void cleanup() { m_db.reset(); }

    // --- round trips -------------------------------------------------------------------------

    void roundTrip_data()
    {
        QTest::addColumn<int>("aggregate");
        QTest::newRow("community") << int(Aggregate::Community);
        QTest::newRow("organisation") << int(Aggregate::Organisation);
        QTest::newRow("contact") << int(Aggregate::Contact);
        QTest::newRow("event") << int(Aggregate::Event);
        QTest::newRow("delegation") << int(Aggregate::Delegation);
        QTest::newRow("delegation member") << int(Aggregate::Member);
        QTest::newRow("meeting") << int(Aggregate::Meeting);
        QTest::newRow("partnership") << int(Aggregate::Partnership);
    }

    void roundTrip()
    {
        QFETCH(int, aggregate);
        switch (Aggregate(aggregate)) {
        case Aggregate::Community: {
            Community community;
            community.name = QStringLiteral("Корюківська громада");
            community.nameLatin = QStringLiteral("Koriukivska hromada");
            community.kind = QStringLiteral("hromada");
            community.country = QStringLiteral("UA");
            community.region = QStringLiteral("Чернігівська область");
            community.subregion = QStringLiteral("Корюківський район");
            community.officialCode = QStringLiteral("0042"); // text: the leading zeros stay
            community.centre = QStringLiteral("Корюківка");
            community.population = 12345;
            community.notes
                = QStringLiteral("Fixture, with \"quotes\", a comma, and ' an apostrophe");
            checkRoundTrip<CommunityRepository>(community, std::function([](Community &c) {
                c.name = QStringLiteral("Корюківка");
                c.population.reset();
                c.region.clear();
                c.officialCode = QStringLiteral("2A004");
            }));
            break;
        }
        case Aggregate::Organisation: {
            const Organisation parent = insertedOrganisation(QStringLiteral("Parent association"));
            Organisation organisation;
            organisation.name = QStringLiteral("Stand with Ukraine");
            organisation.kind = QStringLiteral("ngo");
            organisation.country = QStringLiteral("FR");
            organisation.website = QStringLiteral("https://example.org/");
            organisation.parentId = parent.id;
            organisation.notes = QStringLiteral("Fixture");
            checkRoundTrip<OrganisationRepository>(organisation, std::function([](Organisation &o) {
                o.parentId = 0;
                o.kind = QStringLiteral("association_of_municipalities");
                o.website.clear();
            }));
            break;
        }
        case Aggregate::Contact: {
            const Community community = insertedCommunity(QStringLiteral("Чугуївська громада"));
            const Organisation organisation = insertedOrganisation(QStringLiteral("Cities4Cities"));
            Contact contact;
            contact.salutation = QStringLiteral("Пані");
            contact.givenName = QStringLiteral("Олена");
            contact.patronymic = QStringLiteral("Петрівна");
            contact.familyName = QStringLiteral("Приклад");
            contact.givenNameLatin = QStringLiteral("Olena");
            contact.familyNameLatin = QStringLiteral("Pryklad");
            contact.position = QStringLiteral("Head of hromada");
            contact.communityId = community.id;
            contact.organisationId = organisation.id;
            contact.email = QStringLiteral("olena.pryklad@example.org");
            contact.phone = QStringLiteral("+380 00 000 0001");
            contact.languages = QStringLiteral("uk, en, fr");
            contact.nationality = QStringLiteral("UA");
            contact.consentPublicList = true;
            contact.notes = QStringLiteral("Example person.\nSecond line.");
            checkRoundTrip<ContactRepository>(contact, std::function([](Contact &c) {
                c.consentPublicList = false;
                c.organisationId = 0;
                c.familyNameLatin = QStringLiteral("Prykladova");
            }));
            break;
        }
        case Aggregate::Event: {
            const Organisation organiser
                = insertedOrganisation(QStringLiteral("Association des maires"));
            Event event;
            event.name = QStringLiteral("Congrès des maires");
            event.kind = QStringLiteral("conference");
            event.city = QStringLiteral("Paris");
            event.country = QStringLiteral("FR");
            event.venue = QStringLiteral("Example venue");
            event.startsOn = QDate(2025, 11, 18);
            event.endsOn = QDate(2025, 11, 20);
            event.organiserId = organiser.id;
            event.expectedAttendance = 1200;
            event.website = QStringLiteral("https://example.org/congres");
            event.timeZone = QStringLiteral("Europe/Paris");
            event.notes = QStringLiteral("Fixture");
            checkRoundTrip<EventRepository>(event, std::function([](Event &e) {
                e.endsOn = QDate();
                e.expectedAttendance = 0; // zero is a value, not "none"
                e.kind = QStringLiteral("forum");
            }));
            break;
        }
        case Aggregate::Delegation: {
            const Event event = insertedEvent();
            const Organisation coordinator = insertedOrganisation(QStringLiteral("Cities4Cities"));
            const Organisation partner1
                = insertedOrganisation(QStringLiteral("Stand with Ukraine"));
            const Organisation partner2 = insertedOrganisation(QStringLiteral("Régions de France"));
            const Contact head = insertedContact(QStringLiteral("Приклад"));
            Delegation delegation;
            delegation.name = QStringLiteral("Cities4Cities delegation");
            delegation.eventId = event.id;
            delegation.coordinatorId = coordinator.id;
            delegation.partnerIds = { partner1.id, partner2.id };
            delegation.headId = head.id;
            delegation.startsOn = QDate(2025, 11, 17);
            delegation.endsOn = QDate(2025, 11, 21);
            delegation.status = QStringLiteral("confirmed");
            delegation.plannedSize = 20;
            delegation.notes = QStringLiteral("Fixture");
            const RowId kept = partner2.id;
            checkRoundTrip<DelegationRepository>(delegation, std::function([kept](Delegation &d) {
                d.partnerIds = { kept };
                d.status = QStringLiteral("travelling");
                d.plannedSize.reset();
            }));
            QCOMPARE(count(QStringLiteral("delegation_partners")), 0); // went with the delegation
            break;
        }
        case Aggregate::Member: {
            const Delegation delegation = insertedDelegation();
            const Contact contact = insertedContact(QStringLiteral("Приклад"));
            const Contact other = insertedContact(QStringLiteral("Зразок"));
            const Community community = insertedCommunity(QStringLiteral("Славутицька громада"));
            DelegationMemberRepository members(*m_db);
            DelegationMember roommate;
            roommate.delegationId = delegation.id;
            roommate.contactId = other.id;
            QVERIFY(members.insert(roommate));

            DelegationMember member;
            member.delegationId = delegation.id;
            member.contactId = contact.id;
            member.communityId = community.id;
            member.role = QStringLiteral("mayor");
            member.status = QStringLiteral("confirmed");
            member.checkedInAt = QDateTime(QDate(2025, 11, 18), QTime(7, 45, 12), Qt::UTC);
            member.arrivalAt = QDateTime(QDate(2025, 11, 17), QTime(9, 30));
            member.arrivalTransport = QStringLiteral("plane");
            member.arrivalNumber = QStringLiteral("XX 0001");
            member.arrivalPlace = QStringLiteral("CDG");
            member.departureAt = QDateTime(QDate(2025, 11, 21), QTime(18, 5, 30));
            member.departureTransport = QStringLiteral("train");
            member.departureNumber = QStringLiteral("EX 2");
            member.departurePlace = QStringLiteral("Gare de l'Est");
            member.hotel = QStringLiteral("Example hotel");
            member.roomType = QStringLiteral("twin");
            member.sharingWithId = roommate.id;
            member.checkInOn = QDate(2025, 11, 17);
            member.checkOutOn = QDate(2025, 11, 21);
            member.visaStatus = QStringLiteral("issued");
            member.invitationSent = true;
            member.badgePrinted = true;
            member.dietary = QStringLiteral("vegetarian");
            member.accessibility = QStringLiteral("step-free room");
            member.notes = QStringLiteral("Example member");
            checkRoundTrip<DelegationMemberRepository>(
                member, std::function([](DelegationMember &m) {
                    m.sharingWithId = 0;
                    m.badgePrinted = false;
                    m.checkedInAt = QDateTime();
                    m.status = QStringLiteral("attended");
                }));
            break;
        }
        case Aggregate::Meeting: {
            const Delegation delegation = insertedDelegation();
            const Event event = insertedEvent();
            const Community palaiseau
                = insertedCommunity(QStringLiteral("Palaiseau"), QStringLiteral("FR"));
            const Community chaville
                = insertedCommunity(QStringLiteral("Chaville"), QStringLiteral("FR"));
            const Organisation region
                = insertedOrganisation(QStringLiteral("Région Île-de-France"));
            const Contact first = insertedContact(QStringLiteral("Приклад"));
            const Contact second = insertedContact(QStringLiteral("Зразок"));
            Meeting meeting;
            meeting.delegationId = delegation.id;
            meeting.eventId = event.id;
            meeting.title = QStringLiteral("Meeting the Île-de-France region");
            meeting.startsAt = QDateTime(QDate(2025, 11, 18), QTime(14, 0));
            meeting.endsAt = QDateTime(QDate(2025, 11, 18), QTime(15, 30));
            meeting.timeZone = QStringLiteral("Europe/Paris");
            meeting.location = QStringLiteral("Example room");
            meeting.counterpartCommunityIds = { palaiseau.id, chaville.id };
            meeting.counterpartOrganisationIds = { region.id };
            meeting.participantContactIds = { first.id, second.id };
            meeting.outcome = QStringLiteral("Cooperation to develop");
            meeting.followUp = QStringLiteral("Send a letter");
            meeting.followUpDue = QDate(2025, 12, 15);
            meeting.notes = QStringLiteral("Fixture");
            const RowId stays = chaville.id;
            const RowId joins = first.id;
            checkRoundTrip<MeetingRepository>(meeting, std::function([stays, joins](Meeting &m) {
                m.counterpartCommunityIds = { stays };
                m.counterpartOrganisationIds.clear();
                m.participantContactIds = { joins };
                m.outcome = QStringLiteral("Letter of intent agreed");
            }));
            QCOMPARE(count(QStringLiteral("meeting_counterparts")), 0);
            QCOMPARE(count(QStringLiteral("meeting_participants")), 0);
            break;
        }
        case Aggregate::Partnership: {
            const Community koriukivka = insertedCommunity(QStringLiteral("Корюківська громада"));
            const Community chaville
                = insertedCommunity(QStringLiteral("Chaville"), QStringLiteral("FR"));
            const Organisation region
                = insertedOrganisation(QStringLiteral("Région Île-de-France"));
            const Event event = insertedEvent();
            Partnership partnership;
            partnership.parties = { PartnershipParty { 0, koriukivka.id, 0, {}, {} },
                PartnershipParty {
                    0, chaville.id, 0, QDate(2025, 12, 1), QStringLiteral("Délibération n° 0") } };
            partnership.partyCount = 2;
            partnership.kind = QStringLiteral("cooperation");
            partnership.stage = QStringLiteral("exploring");
            partnership.areas = QStringLiteral("culture, schools");
            partnership.facilitatorIds = { region.id };
            partnership.bornAtEventId = event.id;
            partnership.signedOn = QDate(2025, 11, 19);
            partnership.nextStep = QStringLiteral("Council decision");
            partnership.nextStepDue = QDate(2026, 1, 31);
            partnership.notes = QStringLiteral("Fixture");
            checkRoundTrip<PartnershipRepository>(partnership, std::function([](Partnership &p) {
                p.parties[0].ratifiedOn = QDate(2026, 1, 15);
                p.parties[0].ratificationDecision = QStringLiteral("Рішення № 1");
                p.facilitatorIds.clear();
                p.partyCount.reset();
            }));
            for (const QString &table :
                { QStringLiteral("partnership_parties"), QStringLiteral("partnership_facilitators"),
                    QStringLiteral("partnership_stage_changes") }) {
                QVERIFY2(count(table) == 0, qPrintable(table)); // went with the partnership
            }
            break;
        }
        }
    }

    void presetUidAndCreationTimeAreKept()
    {
        // A record that comes from another laptop keeps its identity and its age.
        CommunityRepository communities(*m_db);
        Community community;
        community.name = QStringLiteral("Vélizy-Villacoublay");
        community.uid = QStringLiteral("6f1c2a9e-8b7d-4c3e-9a5f-0123456789ab");
        community.createdAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0, 0, 250), Qt::UTC);
        QVERIFY(communities.insert(community));
        QCOMPARE(community.uid, QStringLiteral("6f1c2a9e-8b7d-4c3e-9a5f-0123456789ab"));
        const auto found = communities.findByUid(community.uid);
        QVERIFY(found);
        QCOMPARE(found->createdAt, QDateTime(QDate(2024, 3, 1), QTime(12, 0, 0, 250), Qt::UTC));
        QVERIFY(found->updatedAt > found->createdAt);
        QCOMPARE(scalar(QStringLiteral("SELECT created_at FROM communities WHERE id = ?"),
                     { community.id })
                     .toString(),
            QStringLiteral("2024-03-01T12:00:00.250Z"));

        // Two records never share a uid.
        Community other;
        other.name = QStringLiteral("Hostomel");
        QVERIFY(communities.insert(other));
        QVERIFY(other.uid != community.uid);
        Community clash;
        clash.name = QStringLiteral("Clash");
        clash.uid = community.uid;
        QVERIFY(!communities.insert(clash));
        QVERIFY(!clash.isStored());
    }

    void findOfMissingRecordsFindsNothing()
    {
        CommunityRepository communities(*m_db);
        QVERIFY(!communities.find(99999));
        QVERIFY(!communities.findByUid(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        PartnershipRepository partnerships(*m_db);
        QVERIFY(!partnerships.find(99999));
        QVERIFY(!partnerships.findByUid(QString()));
    }

    // --- missing rows ------------------------------------------------------------------------

    void writingAMissingRowFails_data() { roundTrip_data(); }

    void writingAMissingRowFails()
    {
        QFETCH(int, aggregate);
        const auto check = [](auto &repository, auto record) {
            QVERIFY(!repository.remove(99999));
            QVERIFY(!repository.lastError().isEmpty());
            // Never stored.
            QVERIFY(!repository.update(record));
            QVERIFY(!repository.lastError().isEmpty());
            // Stored once, gone now.
            record.id = 99999;
            QVERIFY(!repository.update(record));
            QVERIFY(!repository.lastError().isEmpty());
        };
        const Community community
            = insertedCommunity(QStringLiteral("Santeny"), QStringLiteral("FR"));
        switch (Aggregate(aggregate)) {
        case Aggregate::Community: {
            CommunityRepository repository(*m_db);
            check(repository, Community());
            break;
        }
        case Aggregate::Organisation: {
            OrganisationRepository repository(*m_db);
            check(repository, Organisation());
            break;
        }
        case Aggregate::Contact: {
            ContactRepository repository(*m_db);
            Contact contact;
            contact.familyName = QStringLiteral("Приклад");
            check(repository, contact);
            break;
        }
        case Aggregate::Event: {
            EventRepository repository(*m_db);
            check(repository, Event());
            break;
        }
        case Aggregate::Delegation: {
            DelegationRepository repository(*m_db);
            check(repository, Delegation());
            break;
        }
        case Aggregate::Member: {
            DelegationMemberRepository repository(*m_db);
            check(repository, DelegationMember());
            break;
        }
        case Aggregate::Meeting: {
            MeetingRepository repository(*m_db);
            check(repository, Meeting());
            break;
        }
        case Aggregate::Partnership: {
            PartnershipRepository repository(*m_db);
            Partnership partnership;
            partnership.parties = { PartnershipParty { 0, community.id, 0, {}, {} } };
            check(repository, partnership);
            QCOMPARE(count(QStringLiteral("partnership_parties")), 0);
            break;
        }
        }
        // Nothing was written by the failed calls.
        QCOMPARE(count(QStringLiteral("communities")), 1);
    }

    // --- contacts ----------------------------------------------------------------------------

    void contactSensitiveDataIsStoredApart()
    {
        ContactRepository contacts(*m_db);
        Contact contact;
        contact.givenName = QStringLiteral("Олена");
        contact.familyName = QStringLiteral("Приклад");
        QVERIFY(contacts.insert(contact));
        QVERIFY(!contacts.sensitive(contact.id));

        ContactSensitive secret;
        secret.contactId = contact.id;
        secret.dateOfBirth = QDate(1980, 2, 29);
        secret.passportNumber = QStringLiteral("XX123456");
        secret.passportExpiry = QDate(2030, 12, 31);
        QVERIFY2(contacts.setSensitive(secret), qPrintable(contacts.lastError()));
        checkStamps(secret);
        QCOMPARE(count(QStringLiteral("contact_sensitive")), 1);

        // The contacts table holds none of it: not as a column, not as a value.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT * FROM contacts")));
        QVERIFY(query.next());
        const QSqlRecord row = query.record();
        for (const QString &column : { QStringLiteral("date_of_birth"),
                 QStringLiteral("passport_number"), QStringLiteral("passport_expiry") }) {
            QVERIFY2(row.indexOf(column) < 0, qPrintable(column));
        }
        for (int i = 0; i < row.count(); ++i) {
            const QString value = query.value(i).toString();
            QVERIFY2(!value.contains(QLatin1String("XX123456"))
                    && !value.contains(QLatin1String("1980-02-29")),
                qPrintable(row.fieldName(i)));
        }
        query.finish();

        auto stored = contacts.sensitive(contact.id);
        QVERIFY(stored);
        QCOMPARE(stored->id, secret.id);
        QCOMPARE(stored->uid, secret.uid);
        QCOMPARE(stored->contactId, contact.id);
        QCOMPARE(stored->dateOfBirth, QDate(1980, 2, 29));
        QCOMPARE(stored->passportNumber, QStringLiteral("XX123456"));
        QCOMPARE(stored->passportExpiry, QDate(2030, 12, 31));

        // Setting it again (say, from a form that never saw the row) changes the same row.
        ContactSensitive renewed;
        renewed.contactId = contact.id;
        renewed.passportNumber = QStringLiteral("XX654321");
        renewed.passportExpiry = QDate(2035, 6, 30);
        QVERIFY2(contacts.setSensitive(renewed), qPrintable(contacts.lastError()));
        QCOMPARE(renewed.id, secret.id);
        QCOMPARE(count(QStringLiteral("contact_sensitive")), 1);
        stored = contacts.sensitive(contact.id);
        QVERIFY(stored);
        QCOMPARE(stored->uid, secret.uid);
        QCOMPARE(stored->passportNumber, QStringLiteral("XX654321"));
        QVERIFY(!stored->dateOfBirth.isValid());

        // Emptied, the row goes.
        ContactSensitive emptied = *stored;
        emptied.passportNumber.clear();
        emptied.passportExpiry = QDate();
        QVERIFY2(contacts.setSensitive(emptied), qPrintable(contacts.lastError()));
        QVERIFY(!emptied.isStored());
        QCOMPARE(count(QStringLiteral("contact_sensitive")), 0);
        QVERIFY(!contacts.sensitive(contact.id));
        // Emptying what is not there is no error.
        ContactSensitive nothing;
        nothing.contactId = contact.id;
        QVERIFY(contacts.setSensitive(nothing));
        QCOMPARE(count(QStringLiteral("contact_sensitive")), 0);

        // And it goes with its contact.
        ContactSensitive again;
        again.contactId = contact.id;
        again.dateOfBirth = QDate(1970, 1, 1);
        QVERIFY(contacts.setSensitive(again));
        QCOMPARE(count(QStringLiteral("contact_sensitive")), 1);
        QVERIFY(contacts.remove(contact.id));
        QCOMPARE(count(QStringLiteral("contact_sensitive")), 0);
    }

    void sensitiveDataNeedsAContact()
    {
        ContactRepository contacts(*m_db);
        ContactSensitive orphan;
        orphan.contactId = 99999;
        orphan.passportNumber = QStringLiteral("XX000000");
        QVERIFY(!contacts.setSensitive(orphan));
        QVERIFY(!contacts.lastError().isEmpty());
        QCOMPARE(count(QStringLiteral("contact_sensitive")), 0);
    }

    // --- delegations -------------------------------------------------------------------------

    void delegationPartnersKeepTheirUids()
    {
        const Organisation a = insertedOrganisation(QStringLiteral("Stand with Ukraine"));
        const Organisation b = insertedOrganisation(QStringLiteral("Régions de France"));
        const Organisation c = insertedOrganisation(QStringLiteral("Départements de France"));
        DelegationRepository delegations(*m_db);
        Delegation delegation;
        delegation.name = QStringLiteral("Cities4Cities delegation");
        delegation.partnerIds = { a.id, b.id, b.id }; // a repeated partner is one link
        QVERIFY2(delegations.insert(delegation), qPrintable(delegations.lastError()));
        const QString table = QStringLiteral("delegation_partners");
        const QString owner = QStringLiteral("delegation_id");
        const QString target = QStringLiteral("organisation_id");
        const QStringList before = linkUids(table, owner, delegation.id, target);
        QCOMPARE(before.size(), 2);
        QCOMPARE(delegations.find(delegation.id)->partnerIds, (QList<RowId> { a.id, b.id }));

        delegation.partnerIds = { c.id, b.id };
        QVERIFY2(delegations.update(delegation), qPrintable(delegations.lastError()));
        const QStringList after = linkUids(table, owner, delegation.id, target);
        QCOMPARE(after.size(), 2);
        const QString bLink = QString::number(b.id) + QLatin1Char('=');
        QCOMPARE(after.filter(bLink), before.filter(bLink)); // the partner that stayed kept its uid
        QVERIFY(after.filter(QString::number(a.id) + QLatin1Char('=')).isEmpty());
        QCOMPARE(after.filter(QString::number(c.id) + QLatin1Char('=')).size(), 1);
        // In the order the links were made: b stayed, c came later.
        QCOMPARE(delegations.find(delegation.id)->partnerIds, (QList<RowId> { b.id, c.id }));
        QCOMPARE(delegations.findByUid(delegation.uid)->partnerIds, (QList<RowId> { b.id, c.id }));

        delegation.partnerIds.clear();
        QVERIFY(delegations.update(delegation));
        QCOMPARE(count(table), 0);

        // A partner that does not exist is refused, and the delegation stays as it was.
        delegation.partnerIds = { a.id, 99999 };
        delegation.name = QStringLiteral("Renamed");
        QVERIFY(!delegations.update(delegation));
        QCOMPARE(count(table), 0);
        QCOMPARE(delegations.find(delegation.id)->name, QStringLiteral("Cities4Cities delegation"));
    }

    void refusedDelegationWritesNothing()
    {
        DelegationRepository delegations(*m_db);
        Delegation delegation;
        delegation.name = QStringLiteral("Refused");
        delegation.partnerIds = { 99999 };
        QVERIFY(!delegations.insert(delegation));
        QVERIFY(!delegation.isStored());
        QCOMPARE(count(QStringLiteral("delegations")), 0);
        QCOMPARE(count(QStringLiteral("delegation_partners")), 0);
    }

    void membersOfListsTheDelegationsMembers()
    {
        const Delegation paris = insertedDelegation(QStringLiteral("Paris"));
        const Delegation lviv = insertedDelegation(QStringLiteral("Lviv"));
        const Contact first = insertedContact(QStringLiteral("Перший"));
        const Contact second = insertedContact(QStringLiteral("Другий"));
        DelegationMemberRepository members(*m_db);
        QList<RowId> parisIds;
        for (const Contact &contact : { second, first }) {
            DelegationMember member;
            member.delegationId = paris.id;
            member.contactId = contact.id;
            QVERIFY(members.insert(member));
            parisIds.append(member.id);
        }
        DelegationMember elsewhere;
        elsewhere.delegationId = lviv.id;
        elsewhere.contactId = first.id;
        QVERIFY(members.insert(elsewhere));

        const QList<DelegationMember> listed = members.membersOf(paris.id);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).id, parisIds.at(0));
        QCOMPARE(listed.at(0).contactId, second.id);
        QCOMPARE(listed.at(1).id, parisIds.at(1));
        QVERIFY(members.membersOf(99999).isEmpty());

        // A person is in a delegation once.
        DelegationMember twice;
        twice.delegationId = paris.id;
        twice.contactId = first.id;
        QVERIFY(!members.insert(twice));
        QCOMPARE(count(QStringLiteral("delegation_members")), 3);

        // Members go with their delegation.
        DelegationRepository delegations(*m_db);
        QVERIFY(delegations.remove(paris.id));
        QCOMPARE(count(QStringLiteral("delegation_members")), 1);
    }

    // --- partnerships ------------------------------------------------------------------------

    void partnershipKeepsPartiesFacilitatorsAndHistory()
    {
        const Community chuhuiv = insertedCommunity(QStringLiteral("Чугуївська громада"));
        const Community thierry
            = insertedCommunity(QStringLiteral("Château-Thierry"), QStringLiteral("FR"));
        const Organisation association = insertedOrganisation(QStringLiteral("Association"));
        const Organisation region = insertedOrganisation(QStringLiteral("Région Île-de-France"));
        const Organisation c4c = insertedOrganisation(QStringLiteral("Cities4Cities"));
        PartnershipRepository partnerships(*m_db);

        Partnership partnership;
        partnership.parties = { PartnershipParty { 0, chuhuiv.id, 0, {}, {} },
            PartnershipParty { 0, thierry.id, 0, {}, {} },
            PartnershipParty { 0, 0, association.id, {}, {} } };
        partnership.stage = QStringLiteral("contact");
        partnership.facilitatorIds = { region.id, c4c.id };
        QVERIFY2(partnerships.insert(partnership), qPrintable(partnerships.lastError()));
        for (const PartnershipParty &party : std::as_const(partnership.parties))
            QVERIFY(party.id != 0);
        // A new partnership starts its history with its stage, today.
        QCOMPARE(partnership.history.size(), 1);
        QCOMPARE(partnership.history.at(0).stage, QStringLiteral("contact"));
        QCOMPARE(partnership.history.at(0).changedOn, QDate::currentDate());
        QVERIFY(partnership.history.at(0).id != 0);

        auto found = partnerships.find(partnership.id);
        QVERIFY(found);
        QCOMPARE(fieldsOf(*found), fieldsOf(partnership));
        const QString partyUids = linkUids(QStringLiteral("partnership_parties"),
            QStringLiteral("partnership_id"), partnership.id, QStringLiteral("id"))
                                      .join(QLatin1Char(' '));

        // Each change of stage is appended, with its date and note.
        // (Dated today, as the first entry is: entries of one day keep the order they were made
        // in.)
        const QDate today = QDate::currentDate();
        QVERIFY2(partnerships.changeStage(partnership, QStringLiteral("exploring"), today,
                     QStringLiteral("second visit agreed")),
            qPrintable(partnerships.lastError()));
        QVERIFY2(partnerships.changeStage(
                     partnership, QStringLiteral("letter_of_intent"), today, QString()),
            qPrintable(partnerships.lastError()));
        found = partnerships.find(partnership.id);
        QVERIFY(found);
        QCOMPARE(found->stage, QStringLiteral("letter_of_intent"));
        QCOMPARE(found->history.size(), 3);
        QCOMPARE(found->history.at(1).stage, QStringLiteral("exploring"));
        QCOMPARE(found->history.at(1).changedOn, today);
        QCOMPARE(found->history.at(1).note, QStringLiteral("second visit agreed"));
        QCOMPARE(found->history.at(2).stage, QStringLiteral("letter_of_intent"));
        QVERIFY(found->history.at(2).note.isEmpty());
        QCOMPARE(fieldsOf(*found), fieldsOf(partnership));
        QCOMPARE(count(QStringLiteral("partnership_stage_changes")), 3);
        // Updating again does not repeat the history.
        QVERIFY(partnerships.update(partnership));
        QCOMPARE(count(QStringLiteral("partnership_stage_changes")), 3);
        // The parties that stayed kept their rows.
        QCOMPARE(linkUids(QStringLiteral("partnership_parties"), QStringLiteral("partnership_id"),
                     partnership.id, QStringLiteral("id"))
                     .join(QLatin1Char(' ')),
            partyUids);

        // A party ratifies on its own date; a party leaves; the order is the parties' order.
        Partnership changed = *found;
        changed.parties[1].ratifiedOn = QDate(2026, 3, 3);
        changed.parties[1].ratificationDecision = QStringLiteral("Délibération n° 2026-12");
        const PartnershipParty leaving = changed.parties.takeAt(2);
        changed.parties.move(1, 0);
        changed.facilitatorIds = { c4c.id };
        QVERIFY2(partnerships.update(changed), qPrintable(partnerships.lastError()));
        found = partnerships.find(partnership.id);
        QVERIFY(found);
        QCOMPARE(fieldsOf(*found), fieldsOf(changed));
        QCOMPARE(found->parties.at(0).communityId, thierry.id);
        QCOMPARE(found->parties.at(0).ratifiedOn, QDate(2026, 3, 3));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM partnership_parties WHERE id = ?"),
                     { leaving.id })
                     .toInt(),
            0);
        QCOMPARE(count(QStringLiteral("partnership_parties")), 2);
        QCOMPARE(count(QStringLiteral("partnership_facilitators")), 1);
    }

    void historyIsOrderedByDate()
    {
        const Community verkhivtseve = insertedCommunity(QStringLiteral("Верхівцівська громада"));
        const Community beziers
            = insertedCommunity(QStringLiteral("Béziers"), QStringLiteral("FR"));
        PartnershipRepository partnerships(*m_db);
        Partnership partnership = twoParties(verkhivtseve.id, 0);
        partnership.parties[1] = { 0, beziers.id, 0, {}, {} };
        partnership.history = { StageChange { 0, QStringLiteral("contact"), QDate(2025, 11, 18),
            QStringLiteral("met at the congress") } };
        QVERIFY2(partnerships.insert(partnership), qPrintable(partnerships.lastError()));
        QCOMPARE(partnership.history.size(), 1); // the history given is the history kept
        QVERIFY(partnerships.changeStage(
            partnership, QStringLiteral("exploring"), QDate(2025, 12, 2), QString()));
        QVERIFY(partnerships.changeStage(
            partnership, QStringLiteral("drafting"), QDate(2026, 3, 1), QString()));
        const auto found = partnerships.find(partnership.id);
        QVERIFY(found);
        QStringList stages;
        for (const StageChange &change : found->history)
            stages.append(change.stage + QLatin1Char('@') + change.changedOn.toString(Qt::ISODate));
        QCOMPARE(stages,
            (QStringList { QStringLiteral("contact@2025-11-18"),
                QStringLiteral("exploring@2025-12-02"), QStringLiteral("drafting@2026-03-01") }));
    }

    void copyOfAPartnershipLeavesTheOriginalAlone()
    {
        // A found partnership saved as a new one (a "duplicate" command, an import) carries the
        // ids of the original's parties and history: they must not move over to the copy.
        const Community hostomel = insertedCommunity(QStringLiteral("Гостомельська громада"));
        const Community velizy
            = insertedCommunity(QStringLiteral("Vélizy-Villacoublay"), QStringLiteral("FR"));
        PartnershipRepository partnerships(*m_db);
        Partnership original = twoParties(hostomel.id, 0);
        original.parties[1] = { 0, velizy.id, 0, {}, {} };
        QVERIFY(partnerships.insert(original));
        const auto stored = partnerships.find(original.id);
        QVERIFY(stored);

        Partnership copy = *stored;
        copy.id = 0;
        copy.uid.clear();
        copy.createdAt = QDateTime();
        copy.notes = QStringLiteral("A copy");
        QVERIFY2(partnerships.insert(copy), qPrintable(partnerships.lastError()));
        QVERIFY(copy.id != original.id);

        const auto originalAfter = partnerships.find(original.id);
        QVERIFY(originalAfter);
        QCOMPARE(fieldsOf(*originalAfter), fieldsOf(*stored));
        const auto copyAfter = partnerships.find(copy.id);
        QVERIFY(copyAfter);
        QCOMPARE(copyAfter->parties.size(), 2);
        QCOMPARE(copyAfter->history.size(), 1);
        QCOMPARE(fieldsOf(*copyAfter), fieldsOf(copy));
        QCOMPARE(count(QStringLiteral("partnership_parties")), 4);
        QCOMPARE(count(QStringLiteral("partnership_stage_changes")), 2);
    }

    void refusedPartnershipWritesNothing_data()
    {
        QTest::addColumn<int>("communityOfFirst");
        QTest::addColumn<int>("organisationOfFirst");
        QTest::addColumn<bool>("secondMissing"); // the second party refers to a missing community
        QTest::addColumn<bool>("facilitatorMissing");
        QTest::newRow("no party") << -1 << -1 << false << false;
        QTest::newRow("a party that is neither community nor organisation")
            << 0 << 0 << false << false;
        QTest::newRow("a party that is both") << 1 << 1 << false << false;
        QTest::newRow("a party that does not exist") << 1 << 0 << true << false;
        QTest::newRow("a facilitator that does not exist") << 1 << 0 << false << true;
    }

    void refusedPartnershipWritesNothing()
    {
        QFETCH(int, communityOfFirst);
        QFETCH(int, organisationOfFirst);
        QFETCH(bool, secondMissing);
        QFETCH(bool, facilitatorMissing);
        const Community community = insertedCommunity(QStringLiteral("Опішнянська громада"));
        const Community vallauris
            = insertedCommunity(QStringLiteral("Vallauris"), QStringLiteral("FR"));
        const Organisation organisation = insertedOrganisation(QStringLiteral("Cities4Cities"));

        Partnership partnership;
        partnership.stage = QStringLiteral("contact");
        if (communityOfFirst >= 0) {
            partnership.parties.append({ 0, communityOfFirst ? community.id : 0,
                organisationOfFirst ? organisation.id : 0, {}, {} });
        }
        if (secondMissing)
            partnership.parties.append({ 0, 99999, 0, {}, {} });
        partnership.facilitatorIds = { organisation.id };
        if (facilitatorMissing)
            partnership.facilitatorIds.append(99999);

        PartnershipRepository partnerships(*m_db);
        QVERIFY(!partnerships.insert(partnership));
        QVERIFY(!partnerships.lastError().isEmpty());
        QVERIFY(!partnership.isStored());
        for (const QString &table : { QStringLiteral("partnerships"),
                 QStringLiteral("partnership_parties"), QStringLiteral("partnership_facilitators"),
                 QStringLiteral("partnership_stage_changes") }) {
            QVERIFY2(count(table) == 0, qPrintable(table));
        }

        // Put right, the same value is written whole: what the refused write did to it (ids of
        // rows it rolled back) must not get in the way.
        if (partnership.parties.isEmpty())
            partnership.parties.append({ 0, community.id, 0, {}, {} });
        partnership.parties[0].communityId = community.id;
        partnership.parties[0].organisationId = 0;
        if (secondMissing)
            partnership.parties[1].communityId = vallauris.id;
        partnership.facilitatorIds = { organisation.id };
        QVERIFY2(partnerships.insert(partnership), qPrintable(partnerships.lastError()));
        QCOMPARE(count(QStringLiteral("partnerships")), 1);
        QCOMPARE(count(QStringLiteral("partnership_parties")), partnership.parties.size());
        QCOMPARE(count(QStringLiteral("partnership_stage_changes")), 1);
        const auto found = partnerships.find(partnership.id);
        QVERIFY(found);
        QCOMPARE(fieldsOf(*found), fieldsOf(partnership));
    }

    void refusedPartnershipUpdateChangesNothing()
    {
        const Community boyarka = insertedCommunity(QStringLiteral("Боярська громада"));
        const Community palaiseau
            = insertedCommunity(QStringLiteral("Palaiseau"), QStringLiteral("FR"));
        PartnershipRepository partnerships(*m_db);
        Partnership partnership;
        partnership.parties = { PartnershipParty { 0, boyarka.id, 0, {}, {} } };
        partnership.stage = QStringLiteral("signed");
        QVERIFY(partnerships.insert(partnership));
        const auto stored = partnerships.find(partnership.id);
        QVERIFY(stored);

        // A new party and a stage change, then a facilitator that does not exist.
        Partnership changed = *stored;
        changed.parties.append({ 0, palaiseau.id, 0, {}, {} });
        changed.facilitatorIds = { 99999 };
        QVERIFY(!partnerships.changeStage(
            changed, QStringLiteral("ratified"), QDate::currentDate(), QString()));
        const auto after = partnerships.find(partnership.id);
        QVERIFY(after);
        QCOMPARE(fieldsOf(*after), fieldsOf(*stored));
        QCOMPARE(count(QStringLiteral("partnership_parties")), 1);
        QCOMPARE(count(QStringLiteral("partnership_stage_changes")), 1);

        // Put right, the same value is written whole.
        changed.facilitatorIds.clear();
        QVERIFY2(partnerships.update(changed), qPrintable(partnerships.lastError()));
        const auto fixed = partnerships.find(partnership.id);
        QVERIFY(fixed);
        QCOMPARE(fieldsOf(*fixed), fieldsOf(changed));
        QCOMPARE(fixed->stage, QStringLiteral("ratified"));
        QCOMPARE(fixed->parties.size(), 2);
        QCOMPARE(fixed->history.size(), 2);
    }

    void refusedPartnershipInsideATransactionLeavesTheRest()
    {
        const Community kruty = insertedCommunity(QStringLiteral("Крутівська громада"));
        Transaction transaction(m_db->connection());
        QVERIFY(transaction.isActive());
        PartnershipRepository partnerships(*m_db);
        Partnership good;
        good.parties = { PartnershipParty { 0, kruty.id, 0, {}, {} } };
        QVERIFY(partnerships.insert(good));
        Partnership bad;
        QVERIFY(!partnerships.insert(bad));
        QVERIFY2(transaction.commit(), qPrintable(transaction.errorText()));
        QCOMPARE(count(QStringLiteral("partnerships")), 1);
        QCOMPARE(count(QStringLiteral("partnership_stage_changes")), 1);
        QVERIFY(partnerships.find(good.id));
    }

    // --- dates and times ---------------------------------------------------------------------

    void datesRoundTrip_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("a day") << QDate(2025, 11, 18) << QVariant(QStringLiteral("2025-11-18"));
        QTest::newRow("leap day") << QDate(2024, 2, 29) << QVariant(QStringLiteral("2024-02-29"));
        QTest::newRow("long ago") << QDate(1900, 1, 1) << QVariant(QStringLiteral("1900-01-01"));
        QTest::newRow("far ahead") << QDate(9999, 12, 31) << QVariant(QStringLiteral("9999-12-31"));
        QTest::newRow("no date") << QDate() << QVariant();
    }

    void datesRoundTrip()
    {
        QFETCH(QDate, date);
        QFETCH(QVariant, stored);
        EventRepository events(*m_db);
        Event event;
        event.name = QStringLiteral("Dated");
        event.startsOn = date;
        QVERIFY(events.insert(event));
        const QVariant raw
            = scalar(QStringLiteral("SELECT starts_on FROM events WHERE id = ?"), { event.id });
        QCOMPARE(raw.isNull(), stored.isNull());
        QCOMPARE(raw.toString(), stored.toString());
        QCOMPARE(events.find(event.id)->startsOn, date);
    }

    void dateTimesRoundTrip_data()
    {
        QTest::addColumn<QDateTime>("value");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QDateTime>("readBack");
        const QDate day(2025, 11, 18);
        const QDateTime utc(day, QTime(8, 30), Qt::UTC);
        QTest::newRow("UTC") << utc << QVariant(QStringLiteral("2025-11-18T08:30:00Z")) << utc;
        const QDateTime utcSeconds(day, QTime(8, 30, 15), Qt::UTC);
        QTest::newRow("UTC with seconds")
            << utcSeconds << QVariant(QStringLiteral("2025-11-18T08:30:15Z")) << utcSeconds;
        const QDateTime newYear(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("UTC midnight")
            << newYear << QVariant(QStringLiteral("2026-01-01T00:00:00Z")) << newYear;
        // Stored to the second, as documented in SqlDialect.h.
        QTest::newRow("UTC with milliseconds")
            << QDateTime(day, QTime(8, 30, 15, 500), Qt::UTC)
            << QVariant(QStringLiteral("2025-11-18T08:30:15Z")) << utcSeconds;
        const QDateTime local(day, QTime(9, 30));
        QTest::newRow("local, to the minute")
            << local << QVariant(QStringLiteral("2025-11-18T09:30")) << local;
        const QDateTime localSeconds(day, QTime(9, 30, 45));
        QTest::newRow("local with seconds")
            << localSeconds << QVariant(QStringLiteral("2025-11-18T09:30:45")) << localSeconds;
        const QDateTime summer(QDate(2025, 7, 1), QTime(23, 59));
        QTest::newRow("local, summer")
            << summer << QVariant(QStringLiteral("2025-07-01T23:59")) << summer;
        QTest::newRow("no time") << QDateTime() << QVariant() << QDateTime();
    }

    void dateTimesRoundTrip()
    {
        QFETCH(QDateTime, value);
        QFETCH(QVariant, stored);
        QFETCH(QDateTime, readBack);
        MeetingRepository meetings(*m_db);
        Meeting meeting;
        meeting.title = QStringLiteral("Timed");
        meeting.startsAt = value;
        QVERIFY(meetings.insert(meeting));
        const QVariant raw
            = scalar(QStringLiteral("SELECT starts_at FROM meetings WHERE id = ?"), { meeting.id });
        QCOMPARE(raw.isNull(), stored.isNull());
        QCOMPARE(raw.toString(), stored.toString());
        const QDateTime read = meetings.find(meeting.id)->startsAt;
        QCOMPARE(text(read), text(readBack)); // the same wall time and the same kind (UTC or local)
        QCOMPARE(read, readBack);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
