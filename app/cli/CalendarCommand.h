#pragma once
// The `calendar` command of DESIGN.md's command line: a delegation's meetings as an iCalendar
// file (exchange::Calendar).
//
//   calendar --delegation NAME|UID --output FILE.ics
//
// Exit status: 0 written; 1 failed (no such delegation, a file that cannot be written);
// 2 wrong usage.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace dd::cli {

class CalendarCommand {
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    // arguments: the command's name first, as a program sees argv[0].
    static int run(const QStringList &arguments, const QString &databasePath, QTextStream &out,
        QTextStream &err);
};

} // namespace dd::cli
