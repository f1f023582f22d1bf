#pragma once
// The database schema and the steps that bring a file of any earlier version to the current one.
// The version lives in the file (SQLite's PRAGMA user_version); each step runs in one transaction.

#include "domain/EntityKind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace dd::storage {

struct Migration {
    int toVersion = 0;
    // Runs inside the step's transaction; returns false and sets *error to stop the upgrade.
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
};

namespace Schema {

// Written into every file we create, so that another program's SQLite file is recognised.
constexpr int applicationId = 0x44447364; // "DDsd"

// The steps in order. The first one must set PRAGMA application_id, or the next open takes the
// file for another program's database.
QList<Migration> migrations();
int currentVersion();

// The tables that hold the user's records (the ones a "is this database empty" check counts).
QStringList recordTables();

// The table that holds the records of a kind ("delegation_members" for members), and back.
QString tableOf(EntityKind kind);
std::optional<EntityKind> kindOfTable(const QString &table);

// Runs one statement after another, stopping at the first error (for migration steps).
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error);

} // namespace Schema
} // namespace dd::storage
