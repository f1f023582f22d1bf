#include "EntityTableModel.h"

#include "domain/FormInput.h"
#include "domain/PartnershipRules.h"

#include <QLocale>

namespace dd::models {

using storage::ListColumn;

EntityTableModel::EntityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

EntityTableModel::~EntityTableModel() = default;

void EntityTableModel::setSource(std::unique_ptr<storage::ListSource> source)
{
    beginResetModel();
    m_source = std::move(source);
    const bool partnerships = m_source && m_source->kind() == EntityKind::Partnership;
    m_dueColumn = partnerships ? m_source->columnIndex(QStringLiteral("next_step_due")) : -1;
    m_stageColumn = partnerships ? m_source->columnIndex(QStringLiteral("stage")) : -1;
    resetRows();
    endResetModel();
}

void EntityTableModel::reload()
{
    beginResetModel();
    resetRows();
    endResetModel();
}

void EntityTableModel::setFilter(const QString &typed)
{
    if (!m_source || m_source->filter() == typed)
        return;
    beginResetModel();
    m_source->setFilter(typed);
    resetRows();
    endResetModel();
}

void EntityTableModel::resetRows()
{
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (!m_source)
        return;
    m_total = m_source->count();
    if (m_total < 0) {
        m_error = m_source->lastError();
        m_total = 0;
        return;
    }
    m_rows = m_source->fetch(0, pageSize);
}

RowId EntityTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).at(0).toLongLong() : 0;
}

int EntityTableModel::rowOf(RowId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).at(0).toLongLong() == id)
            return row;
    }
    return -1;
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : int(m_source->columns().size());
}

QString EntityTableModel::displayText(const ListColumn &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    const QLocale locale;
    switch (column.type) {
    case ListColumn::Type::Text:
        return value.toString();
    case ListColumn::Type::Number:
        return locale.toString(value.toLongLong());
    case ListColumn::Type::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? FormInput::dateText(date, locale) : value.toString();
    }
    case ListColumn::Type::DateTime: {
        QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (!dateTime.isValid())
            return value.toString();
        if (dateTime.timeSpec() == Qt::UTC) // a moment, such as a check-in: shown in local time
            dateTime = dateTime.toLocalTime();
        // Hours and minutes: a flight's seconds are noise, and every UI language uses 24 hours.
        return FormInput::dateText(dateTime.date(), locale) + QLatin1Char(' ')
            + dateTime.time().toString(QStringLiteral("HH:mm"));
    }
    case ListColumn::Type::Flag:
        return value.toBool() ? tr("Yes") : QString();
    case ListColumn::Type::Term:
        return Vocabulary::label(column.vocab, value.toString());
    }
    return value.toString();
}

QDate EntityTableModel::overdueSince(const QVariantList &row) const
{
    if (m_dueColumn < 0 || m_stageColumn < 0)
        return {};
    const QDate due = QDate::fromString(row.at(m_dueColumn + 2).toString(), Qt::ISODate);
    const QString stage = row.at(m_stageColumn + 2).toString();
    return PartnershipRules::isOverdue(due, stage, QDate::currentDate()) ? due : QDate();
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant &value = row.at(index.column() + 2);
    const ListColumn &column = m_source->columns().at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(column, value);
    case Qt::ToolTipRole:
        return column.type == ListColumn::Type::Text && value.toString().size() > 40 ? value : QVariant();
    case Qt::TextAlignmentRole:
        if (column.type == ListColumn::Type::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return value;
    case IdRole:
        return row.at(0);
    case UidRole:
        return row.at(1);
    case OverdueRole:
        return overdueSince(row).isValid();
    case OverdueSinceRole: {
        const QDate since = overdueSince(row);
        return since.isValid() ? QVariant(since) : QVariant();
    }
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_source || section < 0 || section >= m_source->columns().size())
        return {};
    if (role == Qt::DisplayRole)
        return m_source->columns().at(section).translatedLabel();
    if (role == Qt::UserRole) // the stable column id, for remembering layouts
        return m_source->columns().at(section).id;
    return {};
}

bool EntityTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && m_rows.size() < m_total;
}

void EntityTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<QVariantList> more = m_source->fetch(int(m_rows.size()), pageSize);
    if (more.isEmpty()) {
        // The table shrank under us (another window deleted rows): stop asking for more.
        m_error = m_source->lastError();
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void EntityTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_source)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<RowId> ids;
    for (const QModelIndex &index : before)
        ids.append(idAt(index.row()));
    m_source->setSort(column, order);
    const int fetched = int(m_rows.size());
    m_rows = m_source->fetch(0, qMax(fetched, pageSize));
    m_total = qMax(m_total, int(m_rows.size()));
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace dd::models
