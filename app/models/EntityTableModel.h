#pragma once
// A list of records for a table view, read a page at a time from a ListSource: the view shows
// the first rows at once and fetches more as it scrolls, so a list of 100,000 contacts never
// sits in memory whole. Sorting happens in SQL, in Ukrainian/French alphabetical order.

#include "storage/ListSource.h"

#include <QAbstractTableModel>

#include <memory>

namespace dd::models {

class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: dates as ISO text, numbers as numbers
        IdRole,                      // the row id of the record
        UidRole,                     // its uid
        // A partnership whose next step is overdue (PartnershipRules::isOverdue): true or false
        // on every cell of its row, so that a view can make the whole row stand out.
        OverdueRole,
        // The date the overdue next step was due (a QDate), for a tooltip; null when not overdue.
        OverdueSinceRole,
    };

    explicit EntityTableModel(QObject *parent = nullptr);
    ~EntityTableModel() override;

    void setSource(std::unique_ptr<storage::ListSource> source);
    storage::ListSource *source() const { return m_source.get(); }
    // Reads the list again (after a change in the database), keeping the sort and filter.
    void reload();
    // Shows only the rows matching what was typed (see ListSource::setFilter).
    void setFilter(const QString &typed);
    // How many rows the list has in all, fetched or not.
    int totalCount() const { return m_total; }
    QString lastError() const { return m_error; }

    RowId idAt(int row) const;
    // The row of a record among the rows fetched so far, or -1.
    int rowOf(RowId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // How a stored value of a column is shown to people (dates in the user's locale, terms
    // translated); shared with the detail pane so that both say the same.
    static QString displayText(const storage::ListColumn &column, const QVariant &value);

    static constexpr int pageSize = 256;

private:
    void resetRows();
    // The due date of the row's next step when it is overdue today; null otherwise.
    QDate overdueSince(const QVariantList &row) const;

    std::unique_ptr<storage::ListSource> m_source;
    QList<QVariantList> m_rows;
    int m_total = 0;
    QString m_error;
    // Where a partnership list keeps the next step's due date and the stage; -1 elsewhere.
    int m_dueColumn = -1;
    int m_stageColumn = -1;
};

} // namespace dd::models
