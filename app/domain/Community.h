#pragma once
// A municipality or territory: a Ukrainian hromada, a French commune, a region, an oblast...

#include "Record.h"

#include <optional>

namespace dd {

struct Community : Record {
    QString name;        // in the native script: "Корюківська громада", "Palaiseau"
    QString nameLatin;   // "Koriukivska hromada"
    QString kind = QStringLiteral("other"); // Vocab::CommunityKind
    QString country;     // ISO 3166-1 alpha-2
    QString region;      // oblast, région
    QString subregion;   // raion, département
    QString officialCode; // KATOTTG or INSEE: text, never a number (2A001, UA0102...)
    QString centre;      // a hromada's administrative centre
    std::optional<qint64> population;
    QString notes;
};

} // namespace dd
