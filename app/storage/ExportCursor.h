#pragma once
// The rows of an export, read forward only, straight from SQLite: one statement over a table
// and the joins that turn references into names (DESIGN.md: a reference is written by name,
// with the code or uid beside it where names repeat), each value handed out as SQLite's own
// UTF-8 bytes. It reads through the connection's native handle because Qt SQL's per-value
// QVariant cost alone makes an export of a million rows twice as slow as the sqlite3 shell;
// nothing is kept between rows, so memory stays flat however big the table.
//
// The field ids are those of exchange::FieldCatalog; this class knows how each is read. Values
// follow the CSV conventions of DESIGN.md: dates as stored (ISO 8601), flags "yes"/"no", terms
// by their stable ids, several references joined by "; ".

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

struct sqlite3_stmt;

namespace dd::storage {

class Database;

// Which rows an export reads.
struct ExportFilter {
    RowId delegationId = 0; // attendees and meetings of one delegation; 0: all
    QStringList statuses; // attendees with one of these statuses; empty: every status
    bool consentedOnly = false; // attendees and contacts who agreed to public lists
};

class ExportCursor {
    Q_DECLARE_TR_FUNCTIONS(ExportCursor)

public:
    using Filter = ExportFilter;

    ExportCursor(const Database &database, EntityKind table, const QStringList &fields,
        const Filter &filter = {});
    ~ExportCursor();
    ExportCursor(const ExportCursor &) = delete;
    ExportCursor &operator=(const ExportCursor &) = delete;

    // Prepares the statement; false (and lastError()) for an unknown field or a database error.
    bool open();
    // Steps to the next row; false at the end or on an error (then lastError() is not empty).
    bool next();
    int columnCount() const { return int(m_fields.size()); }
    // A value of the current row as UTF-8, valid until the next call of next(); empty for NULL.
    QByteArrayView value(int column) const;
    QString lastError() const { return m_error; }

    // The statement, with a ? for each filter value: what the sqlite3 shell is given in the
    // benchmark to export the same rows.
    QString sql() const;

    // True when the cursor can read that field of that table.
    static bool supports(EntityKind table, const QString &field);
    // The delegation with that uid, or else the only one with that name. Null, with a
    // translated message, when there is none or the name is not unique.
    static std::optional<RowId> findDelegation(
        const Database &database, const QString &nameOrUid, QString *error);

private:
    QSqlDatabase m_db;
    EntityKind m_table;
    QStringList m_fields;
    Filter m_filter;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace dd::storage
