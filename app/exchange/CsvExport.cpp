#include "CsvExport.h"

#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/ExportCursor.h"

#include <QDir>
#include <QSaveFile>

namespace dd::exchange {
namespace {

// How many rows of a shown list are read at a time: a page is a few hundred kilobytes at most.
constexpr int listPage = 1000;

QString listValue(const storage::ListColumn &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (column.type) {
    case storage::ListColumn::Type::Flag:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    default:
        return value.toString();
    }
}

} // namespace

ShownList ShownList::of(const storage::ListSource &source, const QStringList &visibleColumnIds,
    const QList<storage::ListSource::Condition> &conditions)
{
    ShownList list;
    list.kind = source.kind();
    list.conditions = conditions;
    list.filter = source.filter();
    if (source.sortColumn() >= 0 && source.sortColumn() < source.columns().size())
        list.sortColumnId = source.columns().at(source.sortColumn()).id;
    list.sortOrder = source.sortOrder();
    list.columnIds = visibleColumnIds;
    return list;
}

CsvExport::CsvExport(const storage::Database &database)
    : m_database(database)
{
}

QStringList CsvExport::columnsFor(const ExportRequest &request, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QStringList();
    };
    const QString table = Entity::id(request.table);
    if (FieldCatalog::fields(request.table).isEmpty())
        return fail(tr("“%1” cannot be exported.").arg(table));
    for (const QString &id : request.columns) {
        if (!FieldCatalog::field(request.table, id)) {
            return fail(tr("“%1” is not a field of %2. Its fields are: %3.")
                            .arg(id, table,
                                FieldCatalog::ids(request.table, true).join(QStringLiteral(", "))));
        }
    }
    QStringList columns;
    if (request.preset) {
        if (request.table != EntityKind::Member)
            return fail(tr("Presets are for attendee lists only; “%1” is another list.").arg(table));
        columns = FieldCatalog::presetFields(*request.preset);
    } else if (request.columns.isEmpty()) {
        columns = FieldCatalog::ids(request.table);
    }
    // Unless the columns are named one by one, the delegation column is there exactly when the
    // list spans delegations: it says whose member each row is.
    const bool exact = !request.preset && !request.columns.isEmpty();
    if (request.table == EntityKind::Member && !exact) {
        if (!request.delegation.isEmpty() || request.delegationId != 0)
            columns.removeAll(QStringLiteral("delegation"));
        else if (!columns.contains(QStringLiteral("delegation")))
            columns.prepend(QStringLiteral("delegation"));
    }
    for (const QString &id : request.columns) {
        if (!columns.contains(id))
            columns.append(id);
    }
    if (columns.isEmpty())
        return fail(tr("No field was chosen."));
    return columns;
}

bool CsvExport::write(const ExportRequest &request, QIODevice *device, QString *error)
{
    m_rows = 0;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QStringList columns = columnsFor(request, error);
    if (columns.isEmpty())
        return false;

    storage::ExportCursor::Filter filter;
    if (!request.delegation.isEmpty() || request.delegationId != 0) {
        if (request.table != EntityKind::Member && request.table != EntityKind::Meeting)
            return fail(tr("Only attendees and meetings can be chosen by delegation, not %1.")
                            .arg(Entity::id(request.table)));
    }
    if (request.delegationId != 0) {
        filter.delegationId = request.delegationId;
    } else if (!request.delegation.isEmpty()) {
        QString message;
        const std::optional<RowId> id
            = storage::ExportCursor::findDelegation(m_database, request.delegation, &message);
        if (!id)
            return fail(message);
        filter.delegationId = *id;
    }
    if (!request.statuses.isEmpty()) {
        if (request.table != EntityKind::Member)
            return fail(tr("Only attendees can be chosen by status, not %1.")
                            .arg(Entity::id(request.table)));
        for (const QString &status : request.statuses) {
            if (!Vocabulary::contains(Vocab::MemberStatus, status)) {
                return fail(
                    tr("“%1” is not an attendee status. The statuses are: %2.")
                        .arg(status,
                            Vocabulary::ids(Vocab::MemberStatus).join(QStringLiteral(", "))));
            }
        }
        filter.statuses = request.statuses;
    }
    filter.consentedOnly = request.preset && FieldCatalog::presetNeedsConsent(*request.preset);

    storage::ExportCursor cursor(m_database, request.table, columns, filter);
    if (!cursor.open())
        return fail(cursor.lastError());

    CsvWriter writer(device, request.csv);
    QStringList header;
    for (const QString &id : columns)
        header.append(request.header == HeaderStyle::Ids
                ? id
                : FieldCatalog::field(request.table, id)->label());
    writer.writeRow(header);
    const int width = cursor.columnCount();
    while (cursor.next()) {
        for (int i = 0; i < width; ++i)
            writer.writeField(cursor.value(i));
        writer.endRow();
        ++m_rows;
        if (writer.hasError())
            break;
    }
    if (!cursor.lastError().isEmpty())
        return fail(cursor.lastError());
    if (!writer.flush())
        return fail(writer.errorString());
    return true;
}

template<class Writing> bool CsvExport::toFile(const QString &path, QString *error, Writing writing)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    QString message;
    if (!writing(&file, &message)) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(shown, message);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

bool CsvExport::writeFile(const ExportRequest &request, const QString &path, QString *error)
{
    // Wrong requests are told as such, before a file is even opened.
    if (columnsFor(request, error).isEmpty())
        return false;
    return toFile(path, error, [this, &request](QIODevice *device, QString *message) {
        return write(request, device, message);
    });
}

bool CsvExport::writeList(const ShownList &list, HeaderStyle header, const CsvWriter::Options &csv,
    QIODevice *device, QString *error)
{
    m_rows = 0;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // A list source of its own: the export never walks the view's model.
    storage::ListSource source(m_database, list.kind, list.conditions);
    source.setFilter(list.filter);
    source.setSort(
        list.sortColumnId.isEmpty() ? -1 : source.columnIndex(list.sortColumnId), list.sortOrder);
    QList<int> indexes;
    QStringList titles;
    for (const QString &id : list.columnIds) {
        const int index = source.columnIndex(id);
        if (index < 0)
            return fail(tr("The list of %1 has no column “%2”.").arg(Entity::id(list.kind), id));
        indexes.append(index);
        titles.append(
            header == HeaderStyle::Ids ? id : source.columns().at(index).translatedLabel());
    }
    if (indexes.isEmpty())
        return fail(tr("No column was chosen."));
    if (source.count() < 0)
        return fail(source.lastError());

    CsvWriter writer(device, csv);
    writer.writeRow(titles);
    for (int offset = 0;; offset += listPage) {
        const QList<QVariantList> rows = source.fetch(offset, listPage);
        if (rows.isEmpty()) {
            if (!source.lastError().isEmpty())
                return fail(source.lastError());
            break;
        }
        for (const QVariantList &row : rows) {
            for (int index : std::as_const(indexes))
                writer.writeField(listValue(
                    source.columns().at(index), row.value(index + 2))); // after id and uid
            writer.endRow();
            ++m_rows;
        }
        if (writer.hasError() || rows.size() < listPage)
            break;
    }
    if (!writer.flush())
        return fail(writer.errorString());
    return true;
}

bool CsvExport::writeListFile(const ShownList &list, HeaderStyle header,
    const CsvWriter::Options &csv, const QString &path, QString *error)
{
    return toFile(path, error, [&](QIODevice *device, QString *message) {
        return writeList(list, header, csv, device, message);
    });
}

} // namespace dd::exchange
