#pragma once
// Everything the detail pane says about one record: its fields with labels, and the lists that
// hang from it (a delegation's members and meetings, a partnership's parties and history).
// Built from the same list definitions as the tables, so both show a field the same way.

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dd::storage {
class Database;
}

namespace dd::models {

struct RecordDetails {
    Q_DECLARE_TR_FUNCTIONS(RecordDetails)

public:
    struct Table {
        QString heading;
        QStringList headers;
        QList<QStringList> rows;
    };

    bool found = false;
    QString title;
    QString kindLabel;
    QList<QPair<QString, QString>> fields; // label, text; only fields with a value
    QList<Table> tables;

    static RecordDetails load(const storage::Database &database, EntityKind kind, RowId id);
};

} // namespace dd::models
