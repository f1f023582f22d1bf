#include "ChoiceListWidget.h"

#include "models/ChoiceLists.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace dd::ui {
namespace {
// Each item carries its row id and the text the filter matches.
constexpr int idRole = Qt::UserRole;
constexpr int searchRole = Qt::UserRole + 1;
} // namespace

ChoiceListWidget::ChoiceListWidget(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_list->setObjectName(QStringLiteral("list"));
    m_list->setUniformItemSizes(true); // 1,800 rows lay out at once
    // Enough rows to see what is around the match without scrolling.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 8);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setStyleSheet(QStringLiteral("color: palette(mid);"));
    // The filter leads to the list: a label's buddy, the tab order and the focus go to it.
    setFocusProxy(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, this, &ChoiceListWidget::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_mode != Mode::Check || !(item->flags() & Qt::ItemIsUserCheckable))
            return;
        updateSummary();
        emit chosenChanged();
    });
    // Enter is handled in eventFilter(): the view would pass it on to the dialog's OK button.
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (m_mode == Mode::Pick && !item->isHidden())
            emit picked(item->data(idRole).value<RowId>());
    });
    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);
    updateSummary();
}

void ChoiceListWidget::setMode(Mode mode)
{
    m_mode = mode;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (mode == Mode::Check)
            item->setCheckState(Qt::Unchecked);
        else
            item->setData(Qt::CheckStateRole, QVariant());
    }
    updateSummary();
}

void ChoiceListWidget::setPlaceholderText(const QString &text)
{
    m_filter->setPlaceholderText(text);
}

QListWidgetItem *ChoiceListWidget::addItem(RowId id, const QString &label)
{
    auto *item = new QListWidgetItem(label);
    item->setData(idRole, QVariant::fromValue(id));
    item->setData(searchRole, models::choiceSearchText(label));
    item->setToolTip(label); // a hromada's official name is longer than the list is wide
    if (m_mode == Mode::Check)
        item->setCheckState(Qt::Unchecked);
    m_list->addItem(item);
    return item;
}

void ChoiceListWidget::setChoices(const QList<models::RecordChoice> &choices)
{
    const QList<RowId> chosen = chosenIds();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const models::RecordChoice &choice : choices)
        addItem(choice.id, choice.label);
    setChosenIds(chosen);
    applyFilter();
}

QList<RowId> ChoiceListWidget::chosenIds() const
{
    QList<RowId> ids;
    if (m_mode != Mode::Check)
        return ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(idRole).value<RowId>());
    }
    return ids;
}

void ChoiceListWidget::setChosenIds(const QList<RowId> &ids)
{
    if (m_mode != Mode::Check)
        return;
    {
        const QSignalBlocker blocker(m_list);
        QList<RowId> missing = ids;
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            const RowId id = item->data(idRole).value<RowId>();
            item->setCheckState(ids.contains(id) ? Qt::Checked : Qt::Unchecked);
            missing.removeAll(id);
        }
        // Not in the list read a moment ago (removed since?): kept, as ContactDialog keeps them.
        for (RowId id : std::as_const(missing))
            addItem(id, tr("Record %1", "a linked record that is not among the choices, by its number").arg(id))->setCheckState(Qt::Checked);
    }
    updateSummary();
    emit chosenChanged();
}

RowId ChoiceListWidget::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(idRole).value<RowId>() : RowId(0);
}

QString ChoiceListWidget::currentLabel() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->text() : QString();
}

QString ChoiceListWidget::labelOf(RowId id) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(idRole).value<RowId>() == id)
            return m_list->item(row)->text();
    }
    return {};
}

void ChoiceListWidget::clearFilter()
{
    m_filter->clear();
}

void ChoiceListWidget::applyFilter()
{
    const QString typed = m_filter->text();
    QListWidgetItem *firstShown = nullptr;
    m_list->setUpdatesEnabled(false);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = models::choiceMatches(item->data(searchRole).toString(), typed);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    m_list->setUpdatesEnabled(true);
    // In Pick mode the first match is ready to be added with Enter from the filter.
    // (In Check mode only once something is typed: a highlighted first row would look chosen.)
    QListWidgetItem *current = m_list->currentItem();
    if ((!current || current->isHidden()) && firstShown && (m_mode == Mode::Pick || !typed.isEmpty()))
        m_list->setCurrentItem(firstShown);
    if (m_list->currentItem() && !m_list->currentItem()->isHidden())
        m_list->scrollToItem(m_list->currentItem());
    updateSummary();
}

void ChoiceListWidget::updateSummary()
{
    int shown = 0;
    for (int row = 0; row < m_list->count(); ++row)
        shown += m_list->item(row)->isHidden() ? 0 : 1;
    const QLocale locale;
    const QString showing = shown == m_list->count()
        ? QString()
        : tr("shown: %1 of %2").arg(locale.toString(shown), locale.toString(m_list->count()));
    if (m_mode == Mode::Check) {
        const QList<RowId> ids = chosenIds();
        const QString chosen = tr("Chosen: %1").arg(locale.toString(ids.size()));
        m_summary->setText(showing.isEmpty() ? chosen : tr("%1; %2", "chosen; shown").arg(chosen, showing));
    } else {
        m_summary->setText(showing);
    }
    m_summary->setVisible(!m_summary->text().isEmpty());
}

bool ChoiceListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        // Down (or Page Down) goes to the list; Enter picks the first match in Pick mode.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            m_list->setFocus();
            if (!m_list->currentItem() || m_list->currentItem()->isHidden())
                applyFilter();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_mode == Mode::Pick) {
            if (const RowId id = currentId())
                emit picked(id);
            return true; // not the dialog's OK
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_mode == Mode::Check) {
            // Enter in the filter checks the only match, as a quick way to add one record.
            QListWidgetItem *item = m_list->currentItem();
            if (item && !item->isHidden())
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
    } else if (watched == m_list) {
        if (key->key() == Qt::Key_Up && m_list->currentRow() >= 0) {
            // Up from the first shown row goes back to the filter.
            bool firstShown = true;
            for (int row = 0; row < m_list->currentRow(); ++row)
                firstShown = firstShown && m_list->item(row)->isHidden();
            if (firstShown) {
                m_filter->setFocus();
                return true;
            }
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            QListWidgetItem *item = m_list->currentItem();
            if (item && m_mode == Mode::Check)
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            else if (item && m_mode == Mode::Pick)
                emit picked(item->data(idRole).value<RowId>());
            return true; // not the dialog's OK
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dd::ui
