#pragma once
// The page of one delegation, shown in the main window's central area when a delegation is
// opened: its heading (name, event, dates, status), how many members are at each status (always
// in view), the members table (sortable, several rows selectable), and the agenda of its
// meetings by day. From here members are added (chosen among the contacts, or entered new),
// given a status or a role several at a time, edited one at a time, and removed (after asking).
// Every write goes through the ChangePerformer, with a description for Edit › Undo; changed()
// follows each one. Back (Alt+Left, Esc) asks the window to return to where it was.

#include "ChangePerformer.h"

#include "domain/Record.h"

#include <QMessageBox>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QMenu;

namespace Ui {
class DelegationPage;
}

namespace dd::storage {
class Database;
class DelegationMemberRepository;
}

namespace dd::models {
class AgendaModel;
class DelegationMembersModel;
}

namespace dd::ui {

class DelegationPage : public QWidget
{
    Q_OBJECT

public:
    DelegationPage(storage::Database &database, RowId delegationId, QWidget *parent = nullptr);
    ~DelegationPage() override;

    RowId delegationId() const { return m_delegationId; }

    // How every write is made (the default makes it directly).
    void setChangePerformer(ChangePerformer performer);
    // How questions and errors are shown; tests answer them without a box. Same shape as the
    // main window's.
    using MessageHandler = std::function<QMessageBox::StandardButton(
        QMessageBox::Icon, const QString &title, const QString &text, QMessageBox::StandardButtons buttons)>;
    void setMessageHandler(MessageHandler handler);

    // Reads the delegation, its members and its meetings again, keeping the selection.
    void reload();

    models::DelegationMembersModel *membersModel() const { return m_members; }
    models::AgendaModel *agendaModel() const { return m_agenda; }
    QList<RowId> selectedMemberIds() const;
    void selectMembers(const QList<RowId> &memberIds);

    // What the buttons, menus and keys do.
    void addMembers();                          // the picker; Ctrl+Shift+A
    void setStatusOfSelected(const QString &status); // Vocab::MemberStatus id
    void setRoleOfSelected(const QString &role);     // Vocab::MemberRole id
    void editCurrentMember();                   // Enter, F2, double-click
    void removeSelected();                      // Delete; asks first

signals:
    // After every write the page made (the window refreshes its lists).
    void changed();
    void backRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    QMenu *termMenu(const QString &objectNamePrefix, int vocab, const std::function<void(const QString &)> &apply);
    void showHeading();
    void showCounts();
    void showAgenda();
    void updateActions();
    // Runs one write through the performer; on failure says why. Reloads either way.
    void addChosenMembers(); // the picker's choice, inside addMembers()' change
    bool perform(const QString &description,
                 const std::function<bool(storage::DelegationMemberRepository &)> &write);
    QStringList namesOf(const QList<RowId> &memberIds) const;
    QMessageBox::StandardButton showMessage(QMessageBox::Icon icon, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons = QMessageBox::Ok);

    std::unique_ptr<Ui::DelegationPage> m_ui;
    storage::Database &m_database;
    RowId m_delegationId;
    models::DelegationMembersModel *m_members = nullptr;
    models::AgendaModel *m_agenda = nullptr;
    ChangePerformer m_perform = performDirectly;
    MessageHandler m_showMessage;

    QAction *m_backAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_statusAction = nullptr;
    QAction *m_roleAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
};

} // namespace dd::ui
