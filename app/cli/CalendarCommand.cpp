#include "CalendarCommand.h"

#include "CommandSupport.h"

#include "Cli.h"
#include "exchange/Calendar.h"
#include "storage/Database.h"
#include "storage/ExportCursor.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace dd::cli {

int CalendarCommand::run(
    const QStringList &arguments, const QString &databasePath, QTextStream &out, QTextStream &err)
{
    const QString usage = tr("Usage: %1")
                              .arg(programName() + QStringLiteral(" [--database PATH] calendar "
                                                                  "--delegation NAME|UID --output FILE.ics"));
    const CommandOutput console(usage, out, err);
    const auto usageError = [&console](const QString &message) { return console.usageError(message); };
    const auto failure = [&console](const QString &message) { return console.failure(message); };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a delegation's meetings as an iCalendar file (RFC 5545) for Thunderbird, "
           "Outlook and phone calendars: one event per meeting, in the meeting's time zone (else "
           "the event's). Meetings without a start time are left out."));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show help for this command."));
    const QCommandLineOption delegation(QStringLiteral("delegation"),
        tr("The delegation (its name or uid)."), QStringLiteral("NAME|UID"));
    const QCommandLineOption output(QStringLiteral("output"),
        tr("The .ics file to write (written whole or not at all), or - for standard output."),
        QStringLiteral("FILE"));
    parser.addOptions({ help, delegation, output });
    if (const std::optional<int> done = console.parse(parser, arguments, help))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("calendar takes no arguments, only options."));
    if (parser.value(delegation).trimmed().isEmpty())
        return usageError(tr("calendar needs --delegation NAME|UID."));
    if (parser.value(output).trimmed().isEmpty())
        return usageError(tr("calendar needs --output FILE.ics."));

    QString error;
    auto db = openToRead(databasePath, &error);
    if (!db)
        return failure(error);
    const std::optional<RowId> delegationId
        = storage::ExportCursor::findDelegation(*db, parser.value(delegation).trimmed(), &error);
    if (!delegationId)
        return failure(error);
    exchange::DocumentSource::Request request;
    request.kind = exchange::DocumentKind::Programme;
    request.delegationId = *delegationId;
    const std::optional<exchange::DocumentData> programme
        = exchange::DocumentSource(*db).gather(request, &error);
    if (!programme)
        return failure(error);

    int written = 0;
    int skipped = 0;
    QString wrote;
    if (parser.value(output) == QLatin1String("-")) {
        out << QString::fromUtf8(exchange::Calendar::toICalendar(*programme, &written, &skipped));
        out.flush();
        wrote = tr("Wrote %n event(s) to standard output.", nullptr, written);
    } else {
        const QString path = QFileInfo(parser.value(output)).absoluteFilePath();
        if (!exchange::Calendar::writeFile(*programme, path, &error, &written, &skipped))
            return failure(error);
        wrote = tr("Wrote %n event(s) to “%1”.", nullptr, written).arg(QDir::toNativeSeparators(path));
    }
    err << wrote << '\n';
    if (skipped > 0)
        err << tr("Left out %n meeting(s) without a start time.", nullptr, skipped) << '\n';
    return Success;
}

} // namespace dd::cli
