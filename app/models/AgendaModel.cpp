#include "AgendaModel.h"

#include "domain/FormInput.h"
#include "storage/ListSource.h"

#include <QLocale>

#include <algorithm>

namespace dd::models {
namespace {

// A day row's internal id; a meeting's is its day's position + 1.
constexpr quintptr dayRowId = 0;

// Times are shown where they happen: a stored local time as it is, a UTC moment in local time.
QDateTime shown(const QDateTime &dateTime)
{
    return dateTime.isValid() && dateTime.timeSpec() == Qt::UTC ? dateTime.toLocalTime() : dateTime;
}

} // namespace

AgendaModel::AgendaModel(const storage::Database &database, RowId delegationId, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(database)
    , m_delegationId(delegationId)
{
    reload();
}

void AgendaModel::reload()
{
    beginResetModel();
    m_days.clear();
    m_error.clear();
    storage::ListSource source(m_database, EntityKind::Meeting,
                               { { QStringLiteral("delegation_id"), m_delegationId } });
    const int starts = source.columnIndex(QStringLiteral("starts_at"));
    const int ends = source.columnIndex(QStringLiteral("ends_at"));
    const int title = source.columnIndex(QStringLiteral("title"));
    const int counterparts = source.columnIndex(QStringLiteral("counterparts"));
    const int location = source.columnIndex(QStringLiteral("location"));
    const int outcome = source.columnIndex(QStringLiteral("outcome"));
    // In time order; the meetings without a time come last (ListSource puts empty values last).
    source.setSort(starts, Qt::AscendingOrder);
    // A cap keeps a pathological delegation from freezing the page.
    constexpr int limit = 2000;
    const QList<QVariantList> rows = source.fetch(0, limit);
    m_error = source.lastError();
    Day undated;
    for (const QVariantList &row : rows) {
        const auto value = [&row](int column) { return column < 0 ? QVariant() : row.at(column + 2); };
        Item item;
        item.id = row.at(0).toLongLong();
        item.startsAt = shown(QDateTime::fromString(value(starts).toString(), Qt::ISODate));
        item.endsAt = shown(QDateTime::fromString(value(ends).toString(), Qt::ISODate));
        item.title = value(title).toString();
        item.counterparts = value(counterparts).toString();
        item.location = value(location).toString();
        item.outcome = value(outcome).toString();
        if (!item.startsAt.isValid()) {
            undated.items.append(item);
            continue;
        }
        // A UTC time may fall on another local day than its neighbours: group by the shown day.
        const QDate date = item.startsAt.date();
        auto day = std::find_if(m_days.begin(), m_days.end(), [&date](const Day &d) { return d.date == date; });
        if (day == m_days.end()) {
            m_days.append({ date, {} });
            day = m_days.end() - 1;
        }
        day->items.append(item);
    }
    std::stable_sort(m_days.begin(), m_days.end(), [](const Day &a, const Day &b) { return a.date < b.date; });
    for (Day &day : m_days) {
        std::stable_sort(day.items.begin(), day.items.end(),
                         [](const Item &a, const Item &b) { return a.startsAt < b.startsAt; });
    }
    if (!undated.items.isEmpty())
        m_days.append(undated);
    endResetModel();
}

int AgendaModel::meetingCount() const
{
    int count = 0;
    for (const Day &day : m_days)
        count += int(day.items.size());
    return count;
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, dayRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == dayRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, dayRowId);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_days.size());
    if (parent.internalId() != dayRowId || parent.column() != 0)
        return 0;
    return parent.row() < m_days.size() ? int(m_days.at(parent.row()).items.size()) : 0;
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString AgendaModel::dayText(const Day &day) const
{
    if (!day.date.isValid())
        return tr("Date not set yet");
    return QLocale().toString(day.date, QLocale::LongFormat);
}

QString AgendaModel::timeRange(const Item &item)
{
    if (!item.startsAt.isValid())
        return {};
    const QString from = item.startsAt.time().toString(QStringLiteral("HH:mm"));
    if (!item.endsAt.isValid())
        return from;
    const QString to = item.endsAt.time().toString(QStringLiteral("HH:mm"));
    if (item.endsAt.date() != item.startsAt.date())
        return tr("%1 – %2 (%3)", "a meeting that ends on another day")
            .arg(from, to, FormInput::dateText(item.endsAt.date()));
    return tr("%1–%2", "a meeting's time range").arg(from, to);
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == dayRowId) {
        const Day &day = m_days.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? dayText(day) : QVariant();
        case IdRole:
            return RowId(0);
        case DateRole:
            return day.date;
        default:
            return {};
        }
    }
    const Day &day = m_days.at(int(index.internalId() - 1));
    const Item &item = day.items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return timeRange(item);
        case Title: return item.title;
        case Counterparts: return item.counterparts;
        case Location: return item.location;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Title && !item.outcome.isEmpty())
            return tr("Outcome: %1").arg(item.outcome);
        return {};
    case IdRole:
        return item.id;
    case DateRole:
        return day.date;
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Title: return tr("Meeting");
    case Counterparts: return tr("Counterparts");
    case Location: return tr("Location");
    default: return {};
    }
}

} // namespace dd::models
