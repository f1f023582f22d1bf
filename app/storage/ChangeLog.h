#pragma once
// What makes Edit › Undo possible for every kind of change without each form knowing about it:
// while a user's action runs, a ChangeRecorder watches the connection (SQLite's session
// extension) and afterwards hands over the change set, the rows the action inserted, updated and
// deleted with their values before and after, cascades included. Replaying a change set
// backwards undoes the action exactly; forwards redoes it. The search index is not recorded: it
// is brought in step with the records a replay touched.
//
// A replay never half-applies: when the database no longer holds what the change set expects
// (a row changed since by something that was not recorded), nothing changes and it says so.
// SQLite only; on another engine the change sets would come from triggers.

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct sqlite3_session;

namespace dd::storage {

class Database;

class ChangeRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecorder)

public:
    // Starts recording the changes made on the database's connection, to every table but the
    // search index.
    explicit ChangeRecorder(const Database &database);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    bool isRecording() const { return m_session != nullptr; }
    QString lastError() const { return m_error; }

    // Stops recording and returns what changed since the start: the difference between the
    // rows as they were and as they are now (an action that was rolled back leaves nothing).
    // Empty when nothing changed, or on error (see lastError()).
    QByteArray finish();

private:
    sqlite3_session *m_session = nullptr;
    QString m_error;
};

namespace ChangeLog {

enum class Direction { Backward, Forward };

// Applies a recorded change set backward (undo) or forward (redo) in one transaction, foreign
// keys checked at the end, and refreshes the search index for the records it touched. On
// failure nothing changed and *error says why.
bool replay(const Database &database, const QByteArray &changeSet, Direction direction, QString *error);

struct TouchedRecord {
    EntityKind kind;
    RowId id;
};
// The records of the lists (communities, contacts…) a change set inserts, updates or deletes,
// in the order it holds them.
QList<TouchedRecord> touchedRecords(const QByteArray &changeSet);

} // namespace ChangeLog

} // namespace dd::storage
