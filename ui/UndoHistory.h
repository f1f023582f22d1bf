#pragma once
// Edit › Undo and Redo for everything done in the window. Each action the user takes (a form
// saved, a record deleted, members set to "confirmed"…) runs as a step: the database's changes
// are recorded while it runs (storage::ChangeRecorder) and become one command on a QUndoStack,
// named for the menu ("Undo Delete “Олена Савчук”"). Undoing replays the recorded rows
// backward, so a deletion that cascaded comes back with every link it took.
//
// Should the database no longer match what a step expects, the replay changes nothing, the
// history is cleared and historyLost() says why.

#include "ChangePerformer.h"

#include "storage/ChangeLog.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace dd::storage {
class Database;
}

namespace dd::ui {

class UndoHistory : public QObject
{
    Q_OBJECT

public:
    explicit UndoHistory(QObject *parent = nullptr);
    ~UndoHistory() override;

    QUndoStack *stack() const { return m_stack; }

    // The database the steps are recorded on; changing it (or closing it: nullptr) forgets the
    // history, which belongs to the file it was made on. Read-only databases record nothing.
    void setDatabase(storage::Database *database);

    // One user action, recorded from construction to destruction. When it changed anything, it
    // becomes an undo step named by the description given last. A step begun inside another
    // belongs to the outer one, and its description (the more precise, "Add 3 members…") names
    // it, unless the outer one is given a description afterwards.
    class Step
    {
    public:
        ~Step();
        Step(const Step &) = delete;
        Step &operator=(const Step &) = delete;
        void setDescription(const QString &description) { m_description = description; }

    private:
        friend class UndoHistory;
        Step(UndoHistory *history, const QString &description);
        UndoHistory *m_history;
        std::unique_ptr<storage::ChangeRecorder> m_recorder;
        QString m_description;
    };
    std::unique_ptr<Step> begin(const QString &description);

    // Runs change as one step (for pages given a ChangePerformer).
    bool perform(const QString &description, const std::function<bool()> &change);
    ChangePerformer performer();

signals:
    // After an undo (undone) or a redo: the records it touched, for the window to show.
    void replayed(const QList<dd::storage::ChangeLog::TouchedRecord> &records, const QString &description,
                  bool undone);
    // The history was cleared because a step could not be replayed.
    void historyLost(const QString &reason);

private:
    class Command;
    void push(const QString &description, const QByteArray &changes);
    bool replay(Command *command, storage::ChangeLog::Direction direction);

    QUndoStack *m_stack = nullptr;
    storage::Database *m_database = nullptr;
    Step *m_outer = nullptr; // the step that records, while one does
    bool m_replaying = false;
};

} // namespace dd::ui
