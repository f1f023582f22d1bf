#include "DelegationMembersModel.h"

#include "domain/FormInput.h"
#include "domain/Vocabulary.h"
#include "storage/DelegationRepository.h"

#include <QCollator>

#include <algorithm>

namespace dd::models {

DelegationMembersModel::DelegationMembersModel(const storage::Database &database, RowId delegationId,
                                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_delegationId(delegationId)
{
    reload();
}

void DelegationMembersModel::reload()
{
    beginResetModel();
    m_rows.clear();
    storage::DelegationMemberRepository members(m_database);
    const QList<storage::DelegationMemberRepository::ListEntry> entries = members.listEntries(m_delegationId);
    m_error = members.lastError();
    for (const auto &entry : entries) {
        const auto join = [](const QString &first, const QString &second) -> QString {
            if (first.isEmpty() || second.isEmpty())
                return first + second;
            return first + QLatin1Char(' ') + second;
        };
        Row row;
        row.member = entry.member;
        row.name = join(entry.givenName, entry.familyName);
        row.nameLatin = join(entry.givenNameLatin, entry.familyNameLatin);
        row.nameSortKey = join(entry.familyName, entry.givenName);
        row.community = entry.community;
        row.communityFullName = entry.communityFullName;
        m_rows.append(row);
    }
    sortRows();
    endResetModel();
}

RowId DelegationMembersModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).member.id : 0;
}

int DelegationMembersModel::rowOf(RowId memberId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).member.id == memberId)
            return row;
    }
    return -1;
}

DelegationMember DelegationMembersModel::memberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).member : DelegationMember();
}

QString DelegationMembersModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

QString DelegationMembersModel::statusCountText(const QString &status, int count)
{
    // One string per status, so that each language can inflect it with the number.
    if (status == QLatin1String("invited"))
        return tr("%n invited", nullptr, count);
    if (status == QLatin1String("nominated"))
        return tr("%n nominated", nullptr, count);
    if (status == QLatin1String("confirmed"))
        return tr("%n confirmed", nullptr, count);
    if (status == QLatin1String("declined"))
        return tr("%n declined", nullptr, count);
    if (status == QLatin1String("cancelled"))
        return tr("%n cancelled", nullptr, count);
    if (status == QLatin1String("replaced"))
        return tr("%n replaced", nullptr, count);
    if (status == QLatin1String("attended"))
        return tr("%n attended", nullptr, count);
    if (status == QLatin1String("no_show"))
        return tr("%n no-show", nullptr, count);
    return tr("%1: %2").arg(Vocabulary::label(Vocab::MemberStatus, status)).arg(count);
}

DelegationMembersModel::StatusCounts DelegationMembersModel::countsByStatus() const
{
    StatusCounts counts;
    QList<QPair<QString, int>> byStatus;
    for (const Row &row : m_rows) {
        const QString &status = row.member.status;
        auto it = std::find_if(byStatus.begin(), byStatus.end(),
                               [&status](const QPair<QString, int> &pair) { return pair.first == status; });
        if (it == byStatus.end())
            byStatus.append({ status, 1 });
        else
            ++it->second;
    }
    // The biggest group first ("11 confirmed, 1 invited"); equal ones in workflow order.
    std::stable_sort(byStatus.begin(), byStatus.end(), [](const auto &a, const auto &b) {
        if (a.second != b.second)
            return a.second > b.second;
        return Vocabulary::rank(Vocab::MemberStatus, a.first) < Vocabulary::rank(Vocab::MemberStatus, b.first);
    });
    QStringList parts;
    for (const auto &[status, count] : std::as_const(byStatus))
        parts.append(statusCountText(status, count));
    counts.byStatus = byStatus;
    counts.total = int(m_rows.size());
    counts.text = parts.join(tr(", ", "between the counts of members at each status"));
    return counts;
}

int DelegationMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DelegationMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DelegationMembersModel::dateTimeText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime shown = dateTime.timeSpec() == Qt::UTC ? dateTime.toLocalTime() : dateTime;
    // Hours and minutes, 24-hour, as the other lists show them.
    return FormInput::dateText(shown.date()) + QLatin1Char(' ')
        + shown.time().toString(QStringLiteral("HH:mm"));
}

QVariant DelegationMembersModel::displayData(const Row &row, int column) const
{
    const DelegationMember &member = row.member;
    switch (column) {
    case Name: return row.name;
    case Community: return row.community;
    case Role: return Vocabulary::label(Vocab::MemberRole, member.role);
    case Status: return Vocabulary::label(Vocab::MemberStatus, member.status);
    case Arrival: return dateTimeText(member.arrivalAt);
    case Departure: return dateTimeText(member.departureAt);
    case Hotel: return member.hotel;
    case Room: return member.roomType;
    case Visa: return member.visaStatus.isEmpty() ? QString() : Vocabulary::label(Vocab::VisaStatus, member.visaStatus);
    case Badge: return member.badgePrinted ? tr("Printed") : tr("Not yet");
    default: return {};
    }
}

QVariant DelegationMembersModel::sortData(const Row &row, int column) const
{
    const DelegationMember &member = row.member;
    switch (column) {
    case Name: return row.nameSortKey;
    case Community: return row.community;
    case Role: return Vocabulary::rank(Vocab::MemberRole, member.role);
    case Status: return Vocabulary::rank(Vocab::MemberStatus, member.status);
    case Arrival: return member.arrivalAt;
    case Departure: return member.departureAt;
    case Hotel: return member.hotel;
    case Room: return member.roomType;
    case Visa: return member.visaStatus.isEmpty() ? QVariant() : QVariant(Vocabulary::rank(Vocab::VisaStatus, member.visaStatus));
    case Badge: return member.badgePrinted;
    default: return {};
    }
}

QString DelegationMembersModel::toolTip(const Row &row, int column) const
{
    const DelegationMember &member = row.member;
    const auto travel = [](const QString &transport, const QString &number, const QString &place) {
        QStringList parts;
        if (!transport.isEmpty())
            parts.append(Vocabulary::label(Vocab::Transport, transport));
        if (!number.isEmpty())
            parts.append(number);
        if (!place.isEmpty())
            parts.append(place);
        return parts.join(QStringLiteral(" · "));
    };
    switch (column) {
    case Name:
        return row.nameLatin.isEmpty() ? tr("No passport spelling entered")
                                       : tr("Passport: %1").arg(row.nameLatin);
    case Community: return row.communityFullName;
    case Arrival: return travel(member.arrivalTransport, member.arrivalNumber, member.arrivalPlace);
    case Departure: return travel(member.departureTransport, member.departureNumber, member.departurePlace);
    default: return {};
    }
}

QVariant DelegationMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case SortRole:
        return sortData(row, index.column());
    case IdRole:
        return row.member.id;
    case ContactIdRole:
        return row.member.contactId;
    case ValueRole:
        switch (index.column()) {
        case Role: return row.member.role;
        case Status: return row.member.status;
        case Visa: return row.member.visaStatus;
        case Arrival: return row.member.arrivalAt;
        case Departure: return row.member.departureAt;
        case Badge: return row.member.badgePrinted;
        default: return displayData(row, index.column());
        }
    default:
        return {};
    }
}

QVariant DelegationMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Community: return tr("Community");
    case Role: return tr("Role");
    case Status: return tr("Status");
    case Arrival: return tr("Arrival");
    case Departure: return tr("Departure");
    case Hotel: return tr("Hotel");
    case Room: return tr("Room");
    case Visa: return tr("Visa");
    case Badge: return tr("Badge");
    default: return {};
    }
}

void DelegationMembersModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<RowId> ids;
    for (const QModelIndex &index : before)
        ids.append(idAt(index.row()));
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    sortRows();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DelegationMembersModel::sortRows()
{
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    QCollator collator; // the user's locale: Є after Е, é beside e
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        if (column < 0)
            return ascending ? a.member.id < b.member.id : a.member.id > b.member.id;
        const QVariant x = sortData(a, column);
        const QVariant y = sortData(b, column);
        const bool xEmpty = x.isNull() || (x.typeId() == QMetaType::QString && x.toString().isEmpty())
            || (x.typeId() == QMetaType::QDateTime && !x.toDateTime().isValid());
        const bool yEmpty = y.isNull() || (y.typeId() == QMetaType::QString && y.toString().isEmpty())
            || (y.typeId() == QMetaType::QDateTime && !y.toDateTime().isValid());
        // Empty values last in either direction, as in the other lists.
        if (xEmpty != yEmpty)
            return yEmpty;
        int comparison = 0;
        if (!xEmpty) {
            switch (x.typeId()) {
            case QMetaType::QString: comparison = collator.compare(x.toString(), y.toString()); break;
            case QMetaType::QDateTime:
                comparison = x.toDateTime() < y.toDateTime() ? -1 : (y.toDateTime() < x.toDateTime() ? 1 : 0);
                break;
            case QMetaType::Bool: comparison = int(x.toBool()) - int(y.toBool()); break;
            default: comparison = x.toInt() - y.toInt(); break;
            }
        }
        if (comparison == 0)
            comparison = a.member.id < b.member.id ? -1 : (a.member.id > b.member.id ? 1 : 0);
        return ascending ? comparison < 0 : comparison > 0;
    });
}

} // namespace dd::models
