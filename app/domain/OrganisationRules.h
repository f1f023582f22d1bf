#pragma once
// What makes an organisation's fields acceptable, asked by the organisation form (and by the
// event form for the fields the two share: country and website) before saving. Each check
// returns a translated sentence saying what is wrong, or an empty string when the value is fine.
// Values are judged as they will be stored: white space at either end does not count, and an
// empty optional field is fine.

#include "domain/Record.h"

#include <QString>

namespace dd::OrganisationRules {

// Every organisation has a name (lists sort by it, other records name it).
QString problemWithName(const QString &name);

// A two-letter country code (ISO 3166-1 alpha-2) such as UA or FR, in any case; empty is fine.
QString problemWithCountry(const QString &country);

// A web address: "example.org", "www.example.org/path" or "https://example.org", without
// spaces, with a host that has a top-level domain; only http and https; empty is fine.
QString problemWithWebsite(const QString &website);

// An organisation cannot be part of itself. (An organisation with no row id yet cannot be
// anyone's parent, so a new one never has this problem.)
QString problemWithParent(RowId organisation, RowId parent);

} // namespace dd::OrganisationRules
