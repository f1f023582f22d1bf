#pragma once
// For the export tests: a small database of fictitious people (Cyrillic and Latin names, a
// line break and a formula in their notes, two communities of the same name) in two
// delegations, and a reader of RFC 4180 text to look at what was written.

#include "domain/Community.h"
#include "domain/Contact.h"
#include "domain/Delegation.h"
#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd::exporttest {

struct Seeded {
    RowId paris = 0; // delegation "Cities4Cities Paris"
    RowId lviv = 0; // delegation "Study visit Lviv"
    QString parisUid;
};

inline bool seed(storage::Database &db, Seeded *seeded)
{
    storage::CommunityRepository communities(db);
    Community koriukivka;
    koriukivka.name = QStringLiteral("Корюківська громада");
    koriukivka.kind = QStringLiteral("hromada");
    koriukivka.country = QStringLiteral("UA");
    koriukivka.officialCode = QStringLiteral("UA74040130000014211");
    koriukivka.centre = QStringLiteral("Корюківка");
    Community franconville95;
    franconville95.name = QStringLiteral("Franconville");
    franconville95.kind = QStringLiteral("commune");
    franconville95.country = QStringLiteral("FR");
    franconville95.officialCode = QStringLiteral("95252");
    Community franconville54 = franconville95;
    franconville54.officialCode = QStringLiteral("54205");
    if (!communities.insert(koriukivka) || !communities.insert(franconville95)
        || !communities.insert(franconville54))
        return false;

    storage::ContactRepository contacts(db);
    auto person = [&](const char *given, const char *family, const char *givenLatin,
                      const char *familyLatin, RowId community, bool consent) {
        Contact c;
        c.givenName = QString::fromUtf8(given);
        c.familyName = QString::fromUtf8(family);
        c.givenNameLatin = QString::fromUtf8(givenLatin);
        c.familyNameLatin = QString::fromUtf8(familyLatin);
        c.communityId = community;
        c.consentPublicList = consent;
        c.notes = QStringLiteral("Fictitious example person.");
        return c;
    };
    Contact olena = person("Олена", "Савчук", "Olena", "Savchuk", koriukivka.id, true);
    olena.phone = QStringLiteral("+380 44 123 45 67");
    olena.position = QStringLiteral("Міська голова");
    olena.notes = QStringLiteral("=HYPERLINK(\"http://example.org\",\"x\")");
    Contact taras = person("Тарас", "Коваленко", "Taras", "Kovalenko", franconville95.id, false);
    taras.position = QStringLiteral("Староста");
    taras.notes = QStringLiteral("рядок 1\nрядок 2, з комою і \"лапками\"");
    Contact iryna = person("Ірина", "Шевчук", "Iryna", "Shevchuk", franconville54.id, true);
    iryna.position = QStringLiteral("Депутатка");
    Contact jean = person("Jean-Pierre", "Lefèvre", "Jean-Pierre", "Lefèvre", 0, true);
    jean.nationality = QStringLiteral("FR");
    if (!contacts.insert(olena) || !contacts.insert(taras) || !contacts.insert(iryna)
        || !contacts.insert(jean))
        return false;
    ContactSensitive passport;
    passport.contactId = olena.id;
    passport.passportNumber = QStringLiteral("FA123456");
    passport.dateOfBirth = QDate(1980, 1, 2);
    passport.passportExpiry = QDate(2030, 5, 6);
    if (!contacts.setSensitive(passport))
        return false;

    storage::DelegationRepository delegations(db);
    Delegation paris;
    paris.name = QStringLiteral("Cities4Cities Paris");
    Delegation lviv;
    lviv.name = QStringLiteral("Study visit Lviv");
    if (!delegations.insert(paris) || !delegations.insert(lviv))
        return false;

    storage::DelegationMemberRepository members(db);
    auto member
        = [](RowId delegation, const Contact &contact, const char *role, const char *status) {
              DelegationMember m;
              m.delegationId = delegation;
              m.contactId = contact.id;
              m.communityId = contact.communityId;
              m.role = QLatin1String(role);
              m.status = QLatin1String(status);
              return m;
          };
    DelegationMember m1 = member(paris.id, olena, "head", "confirmed");
    m1.hotel = QStringLiteral("Hôtel Lutetia");
    m1.roomType = QStringLiteral("twin");
    m1.checkInOn = QDate(2025, 11, 17);
    m1.checkOutOn = QDate(2025, 11, 21);
    m1.arrivalNumber = QStringLiteral("LO 333");
    DelegationMember m2 = member(paris.id, taras, "mayor", "confirmed");
    DelegationMember m3 = member(paris.id, iryna, "deputy", "invited");
    DelegationMember m4 = member(lviv.id, jean, "staff", "confirmed");
    DelegationMember m5 = member(lviv.id, olena, "head", "declined");
    if (!members.insert(m1) || !members.insert(m2) || !members.insert(m3) || !members.insert(m4)
        || !members.insert(m5))
        return false;
    m2.hotel = m1.hotel;
    m2.roomType = m1.roomType;
    m2.sharingWithId = m1.id;
    if (!members.update(m2))
        return false;
    seeded->paris = paris.id;
    seeded->lviv = lviv.id;
    seeded->parisUid = paris.uid;
    return true;
}

// RFC 4180 text as rows of fields (quoted fields, doubled quotes, line breaks inside).
inline QList<QStringList> readCsv(const QByteArray &bytes, QChar delimiter = QLatin1Char(','))
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
            && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

// The values of one column (by header) below the header.
inline QStringList column(const QList<QStringList> &rows, const QString &header)
{
    QStringList values;
    if (rows.isEmpty())
        return values;
    const qsizetype index = rows.constFirst().indexOf(header);
    if (index < 0)
        return values;
    for (qsizetype i = 1; i < rows.size(); ++i)
        values.append(rows.at(i).value(index));
    return values;
}

} // namespace dd::exporttest
