#pragma once
// The SQLite connection under a Qt SQL one, for the few things Qt SQL does not offer (the
// collation, the session extension behind undo). Only storage's .cpp files include this.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

// The session extension's declarations (undo's change sets); Debian's libsqlite3 is built with
// both, and the CMake configuration checks that the library has them.
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION 1
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#endif
#include <sqlite3.h>

namespace dd::storage {

// Null when the connection is not an open SQLite one.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace dd::storage
