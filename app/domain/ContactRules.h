#pragma once
// What makes a contact's fields acceptable, asked by the contact form (and by anything else that
// writes contacts) before saving. Each check returns a translated sentence saying what is wrong,
// or an empty string when the value is fine. Values are judged as they will be stored: white
// space at either end does not count, and an empty optional field is fine.

#include <QString>

namespace dd::ContactRules {

// The family name is the one name every contact has (lists sort by it).
QString problemWithFamilyName(const QString &familyName);

// An address of the shape name@domain.tld, without spaces; empty is fine.
QString problemWithEmail(const QString &email);

// Digits, spaces and + - ( ) / ., a + only in front, and at least six digits:
// "+380 00 000 00 12", "(0)1 23 45 67 89"; empty is fine.
QString problemWithPhone(const QString &phone);

// A two-letter country code (ISO 3166-1 alpha-2) such as UA or FR, in any case; empty is fine.
QString problemWithNationality(const QString &nationality);

} // namespace dd::ContactRules
