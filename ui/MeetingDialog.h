#pragma once
// The form for a meeting: a new one, or (given a stored meeting) an existing one. The title,
// the delegation and event it belongs to, when and where; who met whom (counterpart communities
// and organisations, participant contacts: lists with a filter line, so that 1,800 communities
// stay usable); what came out of it and what must follow, by when. The rules of
// app/domain/MeetingRules decide what is acceptable; a problem is shown beside its field and
// nothing is saved until all are solved.

#include "domain/EntityKind.h"
#include "domain/Meeting.h"

#include <QDialog>

#include <memory>

class QComboBox;

namespace Ui {
class MeetingDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::ui {

class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    // A new meeting.
    explicit MeetingDialog(storage::Database &database, QWidget *parent = nullptr);
    // A stored meeting, saved in place.
    MeetingDialog(storage::Database &database, const Meeting &meeting, QWidget *parent = nullptr);
    ~MeetingDialog() override;

    // The meeting as saved (with its row id), once the dialog was accepted.
    const Meeting &meeting() const { return m_meeting; }

    // Validates and saves; stays open, with the problems beside their fields, when the meeting
    // cannot be saved.
    void accept() override;
    // Closing without saving asks first when something was changed.
    void reject() override;

private:
    void fillChoices();
    void fillCombo(QComboBox *combo, EntityKind kind);
    void selectChoice(QComboBox *combo, RowId id);
    void showMeeting(const Meeting &meeting);
    Meeting meetingFromFields() const;
    void showSaveError(const QString &message);

    std::unique_ptr<Ui::MeetingDialog> m_ui;
    class UnsavedChangesGuard *m_unsaved = nullptr;
    storage::Database &m_database;
    // The meeting being edited (stored) or an empty one; after accept(), the saved meeting.
    Meeting m_meeting;
};

} // namespace dd::ui
