#pragma once
// The `export` command of DESIGN.md's command line: a table, an attendee list by purpose, or
// chosen columns as CSV, to a file (written whole or not at all) or to stdout.
//
//   export TABLE [--output FILE|-] [--delegation NAME|UID] [--status S1,S2…] [--preset NAME]
//                [--columns F1,F2…] [--header labels|ids] [--delimiter comma|semicolon|tab]
//                [--bom] [--no-formula-guard]
//
// Exit status: 0 written; 1 the export failed (an unknown field, delegation, status or preset,
// a file that cannot be written; the message on stderr, no file left behind); 2 wrong usage
// (an unknown option, table, header style or delimiter).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace dd::cli {

class ExportCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    // arguments: the command's name first, as a program sees argv[0]. Data goes to out's
    // stdout (or the file), messages to err.
    static int run(const QStringList &arguments, const QString &databasePath, QTextStream &out,
        QTextStream &err);
};

} // namespace dd::cli
