#pragma once
// The form for an event (a conference, study visit, forum or signing ceremony): a new one, or
// (given a stored event) an existing one, saved in place. Dates are typed in the user's locale
// and may stay empty while unknown; the kind comes from the closed list of the domain model, the
// organiser from the database, the time zone from the system's list. The rules of
// app/domain/EventRules decide what is acceptable; a problem is shown beside its field and
// nothing is saved until all are solved.

#include "domain/Event.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EventDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::ui {

class EventDialog : public QDialog
{
    Q_OBJECT

public:
    // A new event.
    explicit EventDialog(storage::Database &database, QWidget *parent = nullptr);
    // A stored event, saved in place.
    EventDialog(storage::Database &database, const Event &event, QWidget *parent = nullptr);
    ~EventDialog() override;

    // The event as saved (with its row id), once the dialog was accepted. (Not event(), which
    // is QObject's.)
    const Event &savedEvent() const { return m_event; }

    // Validates and saves; stays open, with the problems beside their fields, when the event
    // cannot be saved.
    void accept() override;
    // Closing without saving asks first when something was changed.
    void reject() override;

private:
    void showRecord(const Event &event);
    // The event as the fields say; fields that cannot be read (a date that is no date) are
    // left as they were, and accept() reports them.
    Event eventFromFields() const;
    void showSaveError(const QString &message);

    std::unique_ptr<Ui::EventDialog> m_ui;
    class UnsavedChangesGuard *m_unsaved = nullptr;
    storage::Database &m_database;
    // The event being edited (stored) or an empty one; after accept(), the saved event.
    Event m_event;
};

} // namespace dd::ui
