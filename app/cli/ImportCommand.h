#pragma once
// The `import` command of DESIGN.md's command line: contacts, communities, organisations or the
// attendees of a delegation from a CSV file, in one transaction.
//
//   import TABLE FILE [--map FIELD=COLUMN]… [--delegation NAME|UID]
//                     [--encoding auto|utf-8|windows-1251|windows-1252]
//                     [--delimiter auto|comma|semicolon|tab] [--on-duplicate skip|update|create]
//                     [--skip-bad-rows] [--dry-run]
//
// The summary goes to stderr. Exit status: 0 imported (or, with --dry-run, the file is fine);
// 1 the import failed: a bad row (named by file, line and field), a file that cannot be read,
// an unknown field or delegation; the database is then as it was; 2 wrong usage (an unknown
// option, table, encoding, delimiter or policy, a malformed --map).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace dd::cli {

class ImportCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    // arguments: the command's name first, as a program sees argv[0].
    static int run(const QStringList &arguments, const QString &databasePath, QTextStream &out,
        QTextStream &err);
};

} // namespace dd::cli
