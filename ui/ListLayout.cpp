#include "ListLayout.h"

#include "models/EntityTableModel.h"
#include "storage/ListSource.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace dd::ui {
namespace {

QString settingsKey(const QString &listId)
{
    return QStringLiteral("lists/%1/header").arg(listId);
}

} // namespace

ListLayout::ListLayout(QTableView *table, models::EntityTableModel *model, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ListLayout::chooseColumns);
}

void ListLayout::save() const
{
    if (!m_model->source() || m_listId.isEmpty())
        return;
    QSettings().setValue(settingsKey(m_listId), m_table->horizontalHeader()->saveState());
}

void ListLayout::restore()
{
    if (!m_model->source())
        return;
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = QSettings().value(settingsKey(m_listId)).toByteArray();
    if (!state.isEmpty() && header->restoreState(state) && header->count() == m_model->columnCount()) {
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        return;
    }
    const QList<storage::ListColumn> &columns = m_model->source()->columns();
    for (int i = 0; i < columns.size(); ++i)
        m_table->setColumnHidden(i, !columns.at(i).shownByDefault);
    m_table->resizeColumnsToContents();
    for (int i = 0; i < columns.size(); ++i)
        header->resizeSection(i, qMin(header->sectionSize(i), 320));
    header->setSortIndicator(0, Qt::AscendingOrder);
}

QStringList ListLayout::visibleColumnIds() const
{
    QStringList ids;
    if (!m_model->source())
        return ids;
    const QList<storage::ListColumn> &columns = m_model->source()->columns();
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column) && column < columns.size())
            ids.append(columns.at(column).id);
    }
    return ids;
}

void ListLayout::chooseColumns(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(m_table);
    menu.setObjectName(QStringLiteral("columnMenu"));
    int shown = 0;
    for (int column = 0; column < m_model->columnCount(); ++column)
        shown += header->isSectionHidden(column) ? 0 : 1;
    // In the order the columns stand on screen.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || shown > 1);
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            m_table->setColumnHidden(column, !on);
            if (on && m_table->columnWidth(column) < 40)
                m_table->resizeColumnToContents(column);
            save();
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

} // namespace dd::ui
