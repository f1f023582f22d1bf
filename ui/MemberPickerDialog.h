#pragma once
// Chooses existing contacts to add to a delegation. The contacts already in it are not offered.
// A filter box finds people as the one search does (any case, accents or script: "savch" finds
// Савчук), reading only the matching rows from the database; ↑ and ↓ move among the matches
// while the typing stays in the box, and Enter ticks the current one and selects the typed text,
// so that the next name can be typed at once. Ticks survive a change of filter; in the list,
// Space ticks or unticks every selected row. "New Contact…" opens the contact form and ticks
// the person it saves. The dialog only chooses: the caller adds the chosen contacts.

#include "domain/Record.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QModelIndex>

#include <memory>

namespace Ui {
class MemberPickerDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::models {
class EntityTableModel;
}

namespace dd::ui {

class MemberPickerDialog : public QDialog
{
    Q_OBJECT

public:
    MemberPickerDialog(storage::Database &database, RowId delegationId, QWidget *parent = nullptr);
    ~MemberPickerDialog() override;

    // The ticked contacts, in the order they were ticked.
    QList<RowId> chosenContactIds() const { return m_chosen; }
    QString chosenName(RowId contactId) const { return m_names.value(contactId); }
    // The contacts offered (filtered), before the members are hidden.
    models::EntityTableModel *contacts() const { return m_contacts; }

    // With nothing ticked, the selected rows are taken; with nothing at all, stays open.
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &typed);
    void fillView();
    // Ticks the rows that are not ticked, or unticks all when every one is ticked already.
    void toggle(const QModelIndexList &rows);
    void setChosen(RowId contactId, const QString &name, bool chosen);
    void newContact();
    void updateChosenLabel();
    QString nameAt(int sourceRow) const;

    std::unique_ptr<Ui::MemberPickerDialog> m_ui;
    storage::Database &m_database;
    RowId m_delegationId;
    models::EntityTableModel *m_contacts = nullptr;
    class ContactChoiceProxy *m_proxy = nullptr;
    QList<RowId> m_chosen;
    QHash<RowId, QString> m_names;
};

} // namespace dd::ui
