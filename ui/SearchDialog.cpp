#include "SearchDialog.h"

#include "ui_SearchDialog.h"

#include "models/SearchResults.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>

namespace dd::ui {
namespace {

// A kind's row is a heading: bold and in the normal text colour, although it cannot be chosen.
class HeadingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.parent().isValid())
            return;
        option->font.setBold(true);
        option->state |= QStyle::State_Enabled;
        option->palette.setColor(QPalette::Disabled, QPalette::Text,
                                 option->palette.color(QPalette::Active, QPalette::Text));
    }
};

} // namespace

SearchDialog::SearchDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SearchDialog>())
    , m_results(new models::SearchResultsModel(this))
{
    m_ui->setupUi(this);
    m_ui->resultsView->setModel(m_results);
    m_ui->resultsView->setItemDelegate(new HeadingDelegate(m_ui->resultsView));
    m_ui->resultsView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->resultsView->header()->setStretchLastSection(true);
    QPalette hintPalette = m_ui->hintLabel->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_ui->hintLabel->setPalette(hintPalette);
    m_ui->searchEdit->installEventFilter(this);
    m_ui->resultsView->installEventFilter(this);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &SearchDialog::search);
    connect(m_ui->resultsView, &QTreeView::activated, this, &SearchDialog::chooseCurrent);
}

SearchDialog::~SearchDialog() = default;

void SearchDialog::setDatabase(const storage::Database *database)
{
    m_results->setDatabase(database);
}

void SearchDialog::start()
{
    show();
    raise();
    activateWindow();
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
    search(m_ui->searchEdit->text()); // the database may have changed since
}

void SearchDialog::search(const QString &text)
{
    m_results->setQuery(text);
    m_ui->resultsView->expandAll();
    // The best hit is current, so that Enter in the search box opens it.
    for (int group = 0; group < m_results->rowCount(); ++group) {
        const QModelIndex first = m_results->index(0, 0, m_results->index(group, 0));
        if (first.isValid()) {
            m_ui->resultsView->setCurrentIndex(first);
            break;
        }
    }
    m_ui->resultsView->resizeColumnToContents(0);
}

void SearchDialog::chooseCurrent()
{
    const auto hit = m_results->hitAt(m_ui->resultsView->currentIndex());
    if (!hit)
        return;
    emit recordChosen(hit->kind, hit->id);
    accept();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_ui->searchEdit) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseCurrent();
            return true;
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            // The arrows move through the results while typing goes on in the box.
            QCoreApplication::sendEvent(m_ui->resultsView, event);
            return true;
        default:
            break;
        }
    } else if (watched == m_ui->resultsView && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        chooseCurrent();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace dd::ui
