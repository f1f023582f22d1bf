#pragma once
// A list of records to choose from with a filter line above it, for the choices of a form that
// take several records (a meeting's counterparts and participants, a partnership's facilitators)
// or that pick one record at a time to add somewhere (a partnership's parties). The filter
// matches as the search does (models/ChoiceLists), so that a list of 1,800 communities stays
// usable: "koriuk" or "Корюк" leaves Корюківська. Down goes from the filter to the list;
// Space checks a record.
//
// The children are named "filter", "list" and "summary" for tests; the widget gets its name from
// the form. UnsavedChangesGuard sees the check marks in the list itself.

#include "domain/Record.h"
#include "models/RecordChoices.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace dd::ui {

class ChoiceListWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        Check, // each record has a check box; chosenIds() are the checked ones
        Pick,  // one record is current at a time; currentId() is it
    };

    explicit ChoiceListWidget(QWidget *parent = nullptr);

    void setMode(Mode mode);
    // The records to choose from, in the order given. Ids chosen before stay chosen.
    void setChoices(const QList<models::RecordChoice> &choices);
    // What the filter line says while empty: "Filter communities…".
    void setPlaceholderText(const QString &text);

    // Check mode: the checked records, in the order of the list.
    QList<RowId> chosenIds() const;
    // Checks exactly these; an id that is not in the list is added (named "Record N"), so
    // that saving the rest of the form does not silently drop the link.
    void setChosenIds(const QList<RowId> &ids);

    // Pick mode: the current record (0 when none is shown), and its label.
    RowId currentId() const;
    QString currentLabel() const;
    // The label of a record of the list, or an empty string.
    QString labelOf(RowId id) const;

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *listWidget() const { return m_list; }

    // Empties the filter: a filter is a way of looking, not something to save.
    void clearFilter();

signals:
    // The checked records changed (Check mode).
    void chosenChanged();
    // The user chose the current record to be added: Enter or a double click (Pick mode).
    void picked(dd::RowId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateSummary();
    QListWidgetItem *addItem(RowId id, const QString &label);

    Mode m_mode = Mode::Check;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace dd::ui
