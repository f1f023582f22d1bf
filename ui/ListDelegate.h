#pragma once
// Paints the rows of the record lists: a partnership whose next step is overdue
// (EntityTableModel::OverdueRole) gets a warm tint and warning-coloured text, its due date in
// bold, and a tooltip saying since when. A selected row keeps the selection's colours, so it
// stays readable; the tint comes back as soon as the selection moves on.

#include <QStyledItemDelegate>

namespace dd::ui {

class ListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // Public, so that a test can see what a row will be painted with.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The tooltip of an overdue row ("Next step overdue since …"), or empty.
    static QString overdueToolTip(const QModelIndex &index);
};

} // namespace dd::ui
