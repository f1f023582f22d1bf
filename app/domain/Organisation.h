#pragma once
// A body that takes part: an NGO, an association of municipalities, a ministry, a donor...

#include "Record.h"

namespace dd {

struct Organisation : Record {
    QString name;
    QString kind = QStringLiteral("other"); // Vocab::OrganisationKind
    QString country;
    QString website;
    RowId parentId = 0;
    QString notes;
};

} // namespace dd
