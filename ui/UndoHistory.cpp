#include "UndoHistory.h"

#include "storage/Database.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace dd::ui {

// One recorded step. The action already happened when it is pushed, so its first redo() is the
// push itself and does nothing.
class UndoHistory::Command : public QUndoCommand
{
public:
    Command(UndoHistory *history, const QString &description, QByteArray changes)
        : QUndoCommand(description)
        , m_history(history)
        , m_changes(std::move(changes))
    {
    }

    void undo() override { m_history->replay(this, storage::ChangeLog::Direction::Backward); }
    void redo() override
    {
        if (m_pushed)
            m_history->replay(this, storage::ChangeLog::Direction::Forward);
        m_pushed = true;
    }
    const QByteArray &changes() const { return m_changes; }

private:
    UndoHistory *m_history;
    QByteArray m_changes;
    bool m_pushed = false;
};

UndoHistory::UndoHistory(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    m_stack->setUndoLimit(200);
}

UndoHistory::~UndoHistory() = default;

void UndoHistory::setDatabase(storage::Database *database)
{
    m_stack->clear();
    m_database = database && !database->isReadOnly() ? database : nullptr;
}

UndoHistory::Step::Step(UndoHistory *history, const QString &description)
    : m_history(history)
    , m_description(description)
{
    if (m_history && m_history->m_database && !m_history->m_outer && !m_history->m_replaying) {
        m_recorder = std::make_unique<storage::ChangeRecorder>(*m_history->m_database);
        if (m_recorder->isRecording())
            m_history->m_outer = this;
        else
            m_recorder.reset();
    } else if (m_history && m_history->m_outer) {
        m_history->m_outer->m_description = description;
    }
}

UndoHistory::Step::~Step()
{
    if (!m_recorder)
        return;
    const QByteArray changes = m_recorder->finish();
    m_history->m_outer = nullptr;
    if (!changes.isEmpty())
        m_history->push(m_description, changes);
}

std::unique_ptr<UndoHistory::Step> UndoHistory::begin(const QString &description)
{
    return std::unique_ptr<Step>(new Step(this, description));
}

bool UndoHistory::perform(const QString &description, const std::function<bool()> &change)
{
    const auto step = begin(description);
    return change();
}

ChangePerformer UndoHistory::performer()
{
    return [this](const QString &description, const std::function<bool()> &change) {
        return perform(description, change);
    };
}

void UndoHistory::push(const QString &description, const QByteArray &changes)
{
    m_stack->push(new Command(this, description, changes));
}

bool UndoHistory::replay(Command *command, storage::ChangeLog::Direction direction)
{
    if (!m_database)
        return false;
    QString error;
    m_replaying = true;
    const bool done = storage::ChangeLog::replay(*m_database, command->changes(), direction, &error);
    m_replaying = false;
    if (!done) {
        // The stack is in the middle of undo() or redo(): clear it once that returned.
        QTimer::singleShot(0, this, [this, error] {
            m_stack->clear();
            emit historyLost(error);
        });
        return false;
    }
    emit replayed(storage::ChangeLog::touchedRecords(command->changes()), command->text(),
                  direction == storage::ChangeLog::Direction::Backward);
    return true;
}

} // namespace dd::ui
