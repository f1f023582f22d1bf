#include "ListDelegate.h"

#include "domain/FormInput.h"
#include "models/EntityTableModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace dd::ui {
namespace {

using models::EntityTableModel;

// Amber on a light base, and its lighter cousin on a dark one: the text colour keeps its
// contrast with the tinted background in either theme.
QColor warningText(const QColor &base)
{
    return base.lightnessF() > 0.5 ? QColor(0x9a, 0x34, 0x12) : QColor(0xff, 0xb7, 0x4d);
}

QColor warningTint(const QColor &base)
{
    const QColor amber(0xff, 0xa0, 0x00);
    const qreal share = base.lightnessF() > 0.5 ? 0.18 : 0.25;
    return QColor::fromRgbF(base.redF() * (1 - share) + amber.redF() * share,
                            base.greenF() * (1 - share) + amber.greenF() * share,
                            base.blueF() * (1 - share) + amber.blueF() * share);
}

} // namespace

void ListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(EntityTableModel::OverdueRole).toBool())
        return;
    const QColor base = option->palette.color(QPalette::Base);
    option->backgroundBrush = warningTint(base);
    option->palette.setColor(QPalette::Text, warningText(base));
    const QVariant columnId = index.model()->headerData(index.column(), Qt::Horizontal, Qt::UserRole);
    if (columnId.toString() == QLatin1String("next_step_due"))
        option->font.setBold(true);
}

QString ListDelegate::overdueToolTip(const QModelIndex &index)
{
    const QDate since = index.data(EntityTableModel::OverdueSinceRole).toDate();
    if (!since.isValid())
        return {};
    return tr("Next step overdue since %1").arg(FormInput::dateText(since));
}

bool ListDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                             const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString overdue = overdueToolTip(index);
        if (!overdue.isEmpty()) {
            // The cell's own tooltip (a long text cut short) follows the warning.
            const QString own = index.data(Qt::ToolTipRole).toString();
            QToolTip::showText(event->globalPos(),
                               own.isEmpty() ? overdue : overdue + QLatin1Char('\n') + own, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace dd::ui
