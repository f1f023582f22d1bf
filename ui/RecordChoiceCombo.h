#pragma once
// Fills a combo box with the records of a kind to choose from (models::recordChoices), each
// carrying its row id, and opens its list wide enough to show long names whole (a hromada's
// official name is longer than any field); the closed box elides a name that does not fit.

#include "domain/EntityKind.h"

#include <QString>

class QComboBox;

namespace dd::storage {
class Database;
}

namespace dd::ui {

// Set (true) on a combo box whose closed box elides a choice too long for it, with "…".
inline constexpr char elidesCurrentText[] = "elidesCurrentText";

// Appends the choices after what the combo already holds (a "none" entry, say). Returns an
// empty string, or why the records could not be read.
QString addRecordChoices(QComboBox *combo, const storage::Database &database, EntityKind kind);

} // namespace dd::ui
