#pragma once
// How a list is laid out on screen, kept per list between runs: which columns are shown (chosen
// from the header's context menu), their order, widths and the sort. The first time a list is
// shown, its most useful columns are, sized to their contents and sorted by the first.

#include <QObject>
#include <QString>
#include <QStringList>

class QPoint;
class QTableView;

namespace dd::models {
class EntityTableModel;
}

namespace dd::ui {

class ListLayout : public QObject
{
    Q_OBJECT

public:
    // Right-clicking the table's header offers the columns from then on.
    ListLayout(QTableView *table, models::EntityTableModel *model, QObject *parent = nullptr);

    // The list being laid out, by its stable id ("contacts"): the settings key.
    void setListId(const QString &id) { m_listId = id; }

    // Remembers the table's layout for the list (nothing when the model has no list).
    void save() const;
    // Lays the table out as remembered, or as on the first time; sorts the model accordingly.
    void restore();
    // The ids of the columns shown, in the order they stand on screen (for "export as shown").
    QStringList visibleColumnIds() const;
    // The menu of columns, each checked when shown; the last one shown cannot be hidden.
    void chooseColumns(const QPoint &position);

private:
    QTableView *m_table;
    models::EntityTableModel *m_model;
    QString m_listId;
};

} // namespace dd::ui
