#pragma once
// The members of one delegation as the delegation page lists them: who (in their own script,
// with the passport spelling in a tooltip), for which community, in which role and status,
// when they come and go, where they sleep, their visa and badge. A delegation has tens of
// members, so the list is read whole and sorted in memory (names in Ukrainian/French order,
// statuses and roles in workflow order). How many members are at each status is counted here
// too, for the line above the table.

#include "domain/Delegation.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

namespace dd::storage {
class Database;
}

namespace dd::models {

class DelegationMembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Community, Role, Status, Arrival, Departure, Hotel, Room, Visa, Badge, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: a name's sort key, a term's rank, a QDateTime
        IdRole,                      // the member's row id
        ContactIdRole,               // the contact's row id
        ValueRole,                   // the stored value: a term's id, a date-time, a flag
    };

    DelegationMembersModel(const storage::Database &database, RowId delegationId, QObject *parent = nullptr);

    RowId delegationId() const { return m_delegationId; }
    // Reads the members again (after a change), keeping the sort.
    void reload();
    QString lastError() const { return m_error; }

    RowId idAt(int row) const;
    int rowOf(RowId memberId) const;
    // The member of a row as stored, and the person's name as the list shows it.
    DelegationMember memberAt(int row) const;
    QString nameAt(int row) const;

    struct StatusCounts {
        QList<QPair<QString, int>> byStatus; // status id and how many; most first, none at zero
        int total = 0;
        QString text;                        // "11 confirmed, 1 nominated, 1 invited"
    };
    StatusCounts countsByStatus() const;
    // "3 confirmed", "1 no-show": one status's count in words, translated with plurals.
    static QString statusCountText(const QString &status, int count);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A local date-time as lists show it: "18/11/2025 09:30" in the user's locale.
    static QString dateTimeText(const QDateTime &dateTime);

private:
    struct Row {
        DelegationMember member;
        QString name;
        QString nameLatin;
        QString nameSortKey; // family name first, as lists sort people
        QString community;
        QString communityFullName;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    void sortRows();

    const storage::Database &m_database;
    RowId m_delegationId;
    QList<Row> m_rows;
    QString m_error;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace dd::models
