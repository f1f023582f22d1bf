#pragma once
// A person, with the name in the native script and as written in the passport.

#include "Record.h"

#include <QDate>

namespace dd {

struct Contact : Record {
    QString salutation;
    QString givenName;
    QString patronymic;
    QString familyName;
    QString givenNameLatin;
    QString familyNameLatin;
    QString position;
    RowId communityId = 0;
    RowId organisationId = 0;
    QString email;
    QString phone;
    QString languages;
    QString nationality; // ISO 3166-1 alpha-2
    bool consentPublicList = false;
    QString notes;

    QString displayName() const;
    QString displayNameLatin() const;
};

// Kept in a table of its own so that it is never read, joined or exported by accident.
struct ContactSensitive : Record {
    RowId contactId = 0;
    QDate dateOfBirth;
    QString passportNumber;
    QDate passportExpiry;

    bool isEmpty() const
    {
        return !dateOfBirth.isValid() && passportNumber.isEmpty() && !passportExpiry.isValid();
    }
};

inline QString Contact::displayName() const
{
    QString result = givenName;
    if (!familyName.isEmpty())
        result += (result.isEmpty() ? QString() : QStringLiteral(" ")) + familyName;
    return result;
}

inline QString Contact::displayNameLatin() const
{
    QString result = givenNameLatin;
    if (!familyNameLatin.isEmpty())
        result += (result.isEmpty() ? QString() : QStringLiteral(" ")) + familyNameLatin;
    return result;
}

} // namespace dd
