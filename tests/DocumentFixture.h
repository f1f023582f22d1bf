#pragma once
// For the document and calendar tests: a delegation of fictitious people to a Paris event
// (Europe/Paris), members with Cyrillic names and their passport-Latin forms, communities with
// accents, one very long name, arrivals at two places, passport details for the letters, and
// meetings in the meeting's own zone, in the event's, in UTC and without a time.

#include "domain/Community.h"
#include "domain/Contact.h"
#include "domain/Delegation.h"
#include "domain/Event.h"
#include "domain/Meeting.h"
#include "domain/Organisation.h"
#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/EventRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OrganisationRepository.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dd::doctest {

struct Seeded {
    RowId delegation = 0;
    QString delegationUid;
    QStringList memberUids; // in the order added
    QStringList meetingUids; // the meetings with a start time
};

// The long name a badge and a list must show whole.
inline QString longFamilyName()
{
    return QStringLiteral("Hohenzollern-Sigmaringen-Württemberg");
}

// extraMembers more members (Іваненко 1…) beyond the six named ones.
inline bool seed(storage::Database &db, int extraMembers, Seeded *seeded)
{
    storage::OrganisationRepository organisations(db);
    Organisation coordinator;
    coordinator.name = QStringLiteral("Cities4Cities | United4Ukraine");
    coordinator.kind = QStringLiteral("ngo");
    if (!organisations.insert(coordinator))
        return false;

    storage::EventRepository events(db);
    Event congress;
    congress.name = QStringLiteral("Congrès des maires de France");
    congress.city = QStringLiteral("Paris");
    congress.country = QStringLiteral("FR");
    congress.startsOn = QDate(2025, 11, 18);
    congress.endsOn = QDate(2025, 11, 20);
    congress.timeZone = QStringLiteral("Europe/Paris");
    if (!events.insert(congress))
        return false;

    storage::CommunityRepository communities(db);
    Community koriukivka;
    koriukivka.name = QStringLiteral("Корюківська громада");
    koriukivka.kind = QStringLiteral("hromada");
    koriukivka.country = QStringLiteral("UA");
    Community chuhuiv = koriukivka;
    chuhuiv.name = QStringLiteral("Чугуївська громада");
    Community chateau;
    chateau.name = QStringLiteral("Château-Thierry");
    chateau.kind = QStringLiteral("commune");
    chateau.country = QStringLiteral("FR");
    if (!communities.insert(koriukivka) || !communities.insert(chuhuiv)
        || !communities.insert(chateau))
        return false;

    storage::DelegationRepository delegations(db);
    Delegation delegation;
    delegation.name = QStringLiteral("Cities4Cities Paris");
    delegation.eventId = congress.id;
    delegation.coordinatorId = coordinator.id;
    delegation.startsOn = QDate(2025, 11, 17);
    delegation.endsOn = QDate(2025, 11, 21);
    if (!delegations.insert(delegation))
        return false;
    seeded->delegation = delegation.id;
    seeded->delegationUid = delegation.uid;

    storage::ContactRepository contacts(db);
    storage::DelegationMemberRepository members(db);
    QList<RowId> contactIds;
    auto add = [&](const QString &given, const QString &family, const QString &givenLatin,
                   const QString &familyLatin, const Community &community, const QString &position,
                   int index) {
        Contact contact;
        contact.givenName = given;
        contact.familyName = family;
        contact.givenNameLatin = givenLatin;
        contact.familyNameLatin = familyLatin;
        contact.position = position;
        contact.communityId = community.id;
        contact.nationality = QStringLiteral("UA");
        contact.consentPublicList = true;
        contact.notes = QStringLiteral("Fictitious example person.");
        if (!contacts.insert(contact))
            return false;
        ContactSensitive sensitive;
        sensitive.contactId = contact.id;
        sensitive.dateOfBirth = QDate(1970, 1, 1).addDays(index * 97);
        sensitive.passportNumber = QStringLiteral("FX%1").arg(100000 + index);
        if (!contacts.setSensitive(sensitive))
            return false;
        DelegationMember member;
        member.delegationId = delegation.id;
        member.contactId = contact.id;
        member.communityId = community.id;
        member.role = index == 0 ? QStringLiteral("head") : QStringLiteral("mayor");
        member.status = QStringLiteral("confirmed");
        member.arrivalAt = QDateTime(QDate(2025, 11, 16 + index % 2), QTime(9 + index % 5, 5));
        member.arrivalTransport = index % 3 ? QStringLiteral("plane") : QStringLiteral("train");
        member.arrivalNumber = index % 3 ? QStringLiteral("PS 127") : QStringLiteral("TGV 9576");
        member.arrivalPlace = index % 3 ? QStringLiteral("Paris-Charles-de-Gaulle")
                                        : QStringLiteral("Gare de l'Est");
        member.departureAt = QDateTime(QDate(2025, 11, 21), QTime(14, 30));
        member.departureTransport = QStringLiteral("plane");
        member.departureNumber = QStringLiteral("PS 128");
        member.departurePlace = QStringLiteral("Paris-Charles-de-Gaulle");
        member.hotel = QStringLiteral("Hôtel Lutetia");
        member.roomType = index % 2 ? QStringLiteral("single") : QStringLiteral("twin");
        member.checkInOn = QDate(2025, 11, 16);
        member.checkOutOn = QDate(2025, 11, 21);
        if (!members.insert(member))
            return false;
        contactIds.append(contact.id);
        seeded->memberUids.append(member.uid);
        return true;
    };
    const bool named
        = add(QStringLiteral("Олена"), QStringLiteral("Савчук"), QStringLiteral("Olena"),
              QStringLiteral("Savchuk"), koriukivka, QStringLiteral("Міська голова"), 0)
        && add(QStringLiteral("Юрій"), QStringLiteral("Щербак"), QStringLiteral("Yurii"),
            QStringLiteral("Shcherbak"), chuhuiv, QStringLiteral("Міський голова"), 1)
        && add(QStringLiteral("Ґанна"), QStringLiteral("Єрмоленко"), QStringLiteral("Hanna"),
            QStringLiteral("Yermolenko"), chuhuiv, QStringLiteral("Заступниця міського голови"), 2)
        && add(QStringLiteral("Émilie"), QStringLiteral("Lefèvre"), QStringLiteral("Émilie"),
            QStringLiteral("Lefèvre"), chateau, QStringLiteral("Maire adjointe"), 3)
        && add(QStringLiteral("Максиміліан-Олександр"), QStringLiteral("Гогенцоллерн-Зігмарінген"),
            QStringLiteral("Maximilian-Alexander Wolfgang"), longFamilyName(), koriukivka,
            QStringLiteral(
                "Радник з питань міжнародного співробітництва та європейської інтеграції"),
            4)
        && add(QStringLiteral("Ігор"), QStringLiteral("Ткаченко"), QStringLiteral("Ihor"),
            QStringLiteral("Tkachenko"), koriukivka, QStringLiteral("Секретар ради"), 5);
    if (!named)
        return false;
    for (int i = 0; i < extraMembers; ++i) {
        if (!add(QStringLiteral("Петро"), QStringLiteral("Іваненко %1").arg(i + 1),
                QStringLiteral("Petro"), QStringLiteral("Ivanenko %1").arg(i + 1),
                i % 2 ? chuhuiv : koriukivka, QStringLiteral("Депутат"), 6 + i))
            return false;
    }

    storage::MeetingRepository meetings(db);
    auto meeting = [&](const QString &title, const QDateTime &start, const QDateTime &end,
                       const QString &zone, RowId counterpart) {
        Meeting m;
        m.delegationId = delegation.id;
        m.title = title;
        m.startsAt = start;
        m.endsAt = end;
        m.timeZone = zone;
        m.location = QStringLiteral("Hôtel de Région, Saint-Ouen");
        if (counterpart)
            m.counterpartCommunityIds = { counterpart };
        m.participantContactIds = { contactIds.at(0), contactIds.at(1) };
        if (!meetings.insert(m))
            return false;
        if (start.isValid())
            seeded->meetingUids.append(m.uid);
        return true;
    };
    return meeting(QStringLiteral("Chuhuiv – Château-Thierry: first meeting"),
               QDateTime(QDate(2025, 11, 18), QTime(9, 30)),
               QDateTime(QDate(2025, 11, 18), QTime(10, 30)), QStringLiteral("Europe/Paris"),
               chateau.id)
        && meeting(QStringLiteral("Région Île-de-France reception"),
            QDateTime(QDate(2025, 11, 19), QTime(16, 0), Qt::UTC), {}, QString(), 0)
        && meeting(QStringLiteral("Зустріч делегації"),
            QDateTime(QDate(2025, 11, 18), QTime(18, 0)),
            QDateTime(QDate(2025, 11, 18), QTime(19, 0)), QString(), 0)
        && meeting(QStringLiteral("Visit to be fixed"), {}, {}, QString(), 0);
}

} // namespace dd::doctest
