#pragma once
// A delegation's meetings as an agenda: one top-level row per day (its date in the user's long
// format, "Tuesday, 18 November 2025"), and under it that day's meetings in time order, each
// with its time range, title, counterparts and place. Meetings whose time is not known yet come
// last, under a day row of their own. Read whole: a delegation has tens of meetings.

#include "domain/Record.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace dd::storage {
class Database;
}

namespace dd::models {

class AgendaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Time, Title, Counterparts, Location, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // a meeting's row id; 0 on a day row
        DateRole,                  // the day (a QDate; null for the "date not set" row), on every row
    };

    AgendaModel(const storage::Database &database, RowId delegationId, QObject *parent = nullptr);

    void reload();
    QString lastError() const { return m_error; }
    int meetingCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item {
        RowId id = 0;
        QDateTime startsAt;
        QDateTime endsAt;
        QString title;
        QString counterparts;
        QString location;
        QString outcome;
    };
    struct Day {
        QDate date; // null: the meetings whose time is not set
        QList<Item> items;
    };

    QString dayText(const Day &day) const;
    static QString timeRange(const Item &item);

    const storage::Database &m_database;
    RowId m_delegationId;
    QList<Day> m_days;
    QString m_error;
};

} // namespace dd::models
