#pragma once
// Exports a table, an attendee list by purpose, or any list as it is shown, to CSV. It chooses
// the columns (a preset, the columns named, or every field that is not sensitive), resolves the
// delegation by name or uid, reads the rows through a streaming cursor of the storage layer and
// writes them with CsvWriter. A file is written whole or not at all (QSaveFile): a failure
// leaves no file, and the message names the file and says why.
//
// Sensitive fields (date of birth, passport number and expiry) are exported only when they are
// named one by one in columns; a preset never carries them.

#include "exchange/CsvWriter.h"
#include "exchange/FieldCatalog.h"
#include "storage/ListSource.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

namespace dd::storage {
class Database;
}

namespace dd::exchange {

enum class HeaderStyle { Labels, Ids };

struct ExportRequest {
    EntityKind table = EntityKind::Member;
    // A purpose preset (attendees only): its fields, then any of columns it lacks.
    std::optional<FieldCatalog::Preset> preset;
    // Field ids in order. Without a preset: exactly these; empty: every field that is not
    // sensitive. With a preset: added after the preset's fields.
    QStringList columns;
    QString delegation; // name or uid; attendees and meetings; empty: all delegations
    RowId delegationId = 0; // the same by row id (a window's choice); wins over delegation
    QStringList statuses; // attendee status ids; empty: every status
    HeaderStyle header = HeaderStyle::Labels;
    CsvWriter::Options csv;
};

// A list as the window shows it: which list, restricted how, filtered by what was typed,
// sorted by which column, with which columns visible in which order.
struct ShownList {
    EntityKind kind = EntityKind::Contact;
    QList<storage::ListSource::Condition> conditions; // e.g. the members of one delegation
    QString filter; // what was typed in the filter box
    QString sortColumnId; // empty: the list's natural order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QStringList columnIds; // the visible columns (ListColumn ids), in the order shown

    // Takes kind, filter and sort from a list source; conditions cannot be read back from one,
    // so a restricted list passes them itself.
    static ShownList of(const storage::ListSource &source, const QStringList &visibleColumnIds,
        const QList<storage::ListSource::Condition> &conditions = {});
};

class CsvExport {
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    explicit CsvExport(const storage::Database &database);

    // The field ids a request exports, in order, or an empty list and a translated message
    // (unknown field id, preset on a table other than attendees…).
    QStringList columnsFor(const ExportRequest &request, QString *error) const;

    // Streams the rows onto an open device. False with a translated message on failure.
    bool write(const ExportRequest &request, QIODevice *device, QString *error);
    // Writes a file whole or not at all; the message names the file.
    bool writeFile(const ExportRequest &request, const QString &path, QString *error);

    // A list as shown (its visible columns, filter and sort), read page by page.
    bool writeList(const ShownList &list, HeaderStyle header, const CsvWriter::Options &csv,
        QIODevice *device, QString *error);
    bool writeListFile(const ShownList &list, HeaderStyle header, const CsvWriter::Options &csv,
        const QString &path, QString *error);

    // Data rows written by the last export (the header not counted).
    qint64 rowsWritten() const { return m_rows; }

private:
    template<class Writing> bool toFile(const QString &path, QString *error, Writing writing);

    const storage::Database &m_database;
    qint64 m_rows = 0;
};

} // namespace dd::exchange
