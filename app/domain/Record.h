#pragma once
// What every stored record has: a row id for joins, a uid that stays the same when records move
// between laptops or to a server, and its creation and last-change times (UTC).

#include <QDateTime>
#include <QString>

namespace dd {

using RowId = qint64; // 0 means "no record" (a NULL reference)

struct Record {
    RowId id = 0;
    QString uid;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isStored() const { return id != 0; }
};

} // namespace dd
