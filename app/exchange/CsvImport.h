#pragma once
// Imports contacts, communities, organisations or the members of a delegation from a CSV file:
// reads it with CsvReader, maps its columns to fields (by field id, or by English, Ukrainian or
// French label through FieldCatalog::matchHeader, overridden by an explicit map), checks every
// row with the domain's rules, fills passport-Latin names by transliteration when they are
// empty and the native name has Cyrillic, resolves references by name (a community by name or
// official code, an organisation by name), and finds duplicates, both against the database
// (same uid, same e-mail, or the same normalised name in the same community) and within the
// file. Each duplicate is skipped, updated or created again as the request says, row by row
// or for all. Cells lose the apostrophe the formula guard of our export added.
//
// The whole import is one transaction (storage::ImportWriter): it lands whole or not at all.
// With skipBadRows the bad rows are left out and kept, with their reasons, for a CSV to fix;
// without it, one bad row fails the import and the database stays as it was. A dry run (what
// the dialog shows before anything is written) reads and checks everything and writes nothing.
// Cancelling through the progress callback rolls back.
//
// An update sets the fields the file maps and holds a value for; an empty cell leaves the
// stored value alone. For attendees each row is a contact (found by contact_uid, e-mail or
// name in the community, or created) and their membership of the delegation; a row whose
// contact is already a member of it is the duplicate. sharing_with names another member of the
// same delegation, stored or in the file (before or after the row), by their native or
// passport-Latin name; one it does not name exactly once is a problem of the row.

#include "domain/EntityKind.h"
#include "domain/Record.h"
#include "exchange/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QIODevice;

namespace dd::storage {
class Database;
}

namespace dd::exchange {

enum class DuplicatePolicy { Skip, Update, Create };

struct ImportRequest {
    EntityKind table = EntityKind::Contact; // Contact, Community, Organisation or Member
    CsvReader::Options csv;
    // field id → column: its header (as written, or compared normalised) or its 1-based number.
    // Wins over the automatic mapping of that column.
    QList<QPair<QString, QString>> map;
    // When not empty: the whole mapping, one field id per column ("" = not imported), as the
    // dialog's combos say; map and the automatic matching are then not used.
    QStringList columnFields;
    QString delegation; // attendees: the delegation's name or uid
    RowId delegationId = 0; // the same by row id (the window's choice); wins over delegation
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    QHash<qint64, DuplicatePolicy> rowPolicies; // by the line a row starts on; wins over onDuplicate
    bool skipBadRows = false;
    bool dryRun = false;
    int previewRows = 0; // how many rows to keep, as they would be stored, in the report
};

struct ImportProblem {
    qint64 line = 0; // the physical line the row starts on
    QString field; // field id; empty for the row as a whole (a ragged row)
    QString message; // translated
};

struct ImportDuplicate {
    qint64 line = 0;
    QString field; // what matched: uid, email, name, official_code, contact
    QString value;
    RowId existingId = 0; // the stored record; 0 when it is an earlier row of the file
    qint64 earlierLine = 0; // the earlier row of the file, when there is one
    DuplicatePolicy policy = DuplicatePolicy::Skip; // what was (or will be) done
};

struct ImportReport {
    QStringList header; // the file's first line
    QStringList columnFields; // the field each column was mapped to ("" = not imported)
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    CsvReader::Delimiter delimiter = CsvReader::Delimiter::Comma;
    qint64 rows = 0; // data rows read
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0; // duplicates skipped
    qint64 rejected = 0; // bad rows
    QList<ImportProblem> problems; // the first maxKept
    QList<ImportDuplicate> duplicates; // the first maxKept
    // The bad rows as read, each with its reasons last (the first maxKept), for "Save rejected".
    QList<QPair<qint64, QStringList>> rejectedRows;
    QStringList previewFields; // field ids of the preview's columns
    QList<QPair<qint64, QStringList>> preview; // line and values as they would be stored
    QStringList notes; // translated remarks: columns not imported, fields ignored
    bool written = false; // committed
    bool cancelled = false;
    QString error; // why the import failed as a whole (translated); empty otherwise

    static constexpr int maxKept = 10000;
};

class CsvImport {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    // done and total in bytes of the file; returning false cancels (and rolls back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CsvImport(storage::Database &database);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The tables an import takes: contacts, communities, organisations, attendees.
    static QList<EntityKind> tables();
    // The field ids a table's import can fill, and those it reads but never stores.
    static QStringList importableFields(EntityKind table);

    // Reads the file, checks it and (unless a dry run) writes it. True when it succeeded (or
    // with skipBadRows, when what was good landed); false with report->error, or with problems
    // listed, when nothing was written.
    bool run(const ImportRequest &request, QIODevice *device, ImportReport *report);
    bool runFile(const ImportRequest &request, const QString &path, ImportReport *report);

    // Writes the rejected rows of a report as CSV (the header, a "reason" column last).
    static bool writeRejected(const ImportReport &report, const QString &path, QString *error);

    // "Line 7, field “email”: …" in the user's language.
    static QString describe(const ImportProblem &problem);
    static QString policyId(DuplicatePolicy policy); // skip, update, create
    static std::optional<DuplicatePolicy> policyFromId(const QString &id);
    static QString policyLabel(DuplicatePolicy policy);

private:
    storage::Database &m_database;
    Progress m_progress;
};

} // namespace dd::exchange
