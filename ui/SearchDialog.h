#pragma once
// Ctrl+K: one search over everything, as you type, results grouped by kind; Enter opens the
// chosen record in the main window.

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SearchDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::models {
class SearchResultsModel;
}

namespace dd::ui {

class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SearchDialog(QWidget *parent = nullptr);
    ~SearchDialog() override;

    void setDatabase(const storage::Database *database);
    // Shows the dialog with the search box focused and its text selected.
    void start();
    models::SearchResultsModel *results() const { return m_results; }

signals:
    void recordChosen(dd::EntityKind kind, dd::RowId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void chooseCurrent();

    std::unique_ptr<Ui::SearchDialog> m_ui;
    models::SearchResultsModel *m_results = nullptr;
};

} // namespace dd::ui
