#include "ExportCommand.h"

#include "CommandSupport.h"

#include "Cli.h"
#include "domain/Vocabulary.h"
#include "exchange/CsvExport.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

namespace dd::cli {
namespace {

const char syntax[]
    = "delegation-desk [--database PATH] export TABLE [--output FILE|-] [--delegation NAME|UID] "
      "[--status S1,S2…] [--preset NAME] [--columns F1,F2…] [--header labels|ids] "
      "[--delimiter comma|semicolon|tab] [--bom] [--no-formula-guard]";

QStringList listValue(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

QStringList tableIds()
{
    QStringList ids;
    for (EntityKind kind : exchange::FieldCatalog::tables())
        ids.append(Entity::id(kind));
    return ids;
}

} // namespace

int ExportCommand::run(
    const QStringList &arguments, const QString &databasePath, QTextStream &out, QTextStream &err)
{
    const QString usage = tr("Usage: %1").arg(QString::fromUtf8(syntax));
    const CommandOutput console(usage, out, err);
    const auto usageError = [&console](const QString &message) { return console.usageError(message); };
    const auto failure = [&console](const QString &message) { return console.failure(message); };

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Writes a table as CSV (RFC 4180, UTF-8): %1. Attendees are delegation members joined with "
        "their contact; purpose presets choose their columns: %2 (the public list holds only the "
        "members "
        "who agreed to appear on public lists). With --preset, --columns adds fields to the "
        "preset's. "
        "Sensitive fields (date of birth, passport number and expiry) are written only when named "
        "in "
        "--columns. A cell a spreadsheet would run as a formula gets a leading apostrophe unless "
        "--no-formula-guard is given.")
                                         .arg(tableIds().join(QStringLiteral(", ")),
                                             exchange::FieldCatalog::presetIds().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("TABLE"),
        tr("The table to export: %1.").arg(tableIds().join(QStringLiteral(", "))));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show help for this command."));
    const QCommandLineOption output(QStringLiteral("output"),
        tr("The file to write (written whole or not at all); - or nothing: standard output."),
        QStringLiteral("FILE"));
    const QCommandLineOption delegation(QStringLiteral("delegation"),
        tr("Only the attendees or meetings of this delegation (its name or uid)."),
        QStringLiteral("NAME|UID"));
    const QCommandLineOption status(QStringLiteral("status"),
        tr("Only attendees with one of these statuses, separated by commas: %1.")
            .arg(Vocabulary::ids(Vocab::MemberStatus).join(QStringLiteral(", "))),
        QStringLiteral("S1,S2"));
    const QCommandLineOption preset(QStringLiteral("preset"),
        tr("A purpose preset for attendees: %1.").arg(exchange::FieldCatalog::presetIds().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption columns(QStringLiteral("columns"),
        tr("The field ids to write, in order, separated by commas."), QStringLiteral("F1,F2"));
    const QCommandLineOption header(QStringLiteral("header"),
        tr("The first row: field labels in the --lang language (labels, the default) or "
           "stable field ids (ids)."),
        QStringLiteral("labels|ids"), QStringLiteral("labels"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
        tr("The delimiter: comma (the default), semicolon or tab."),
        QStringLiteral("comma|semicolon|tab"), QStringLiteral("comma"));
    const QCommandLineOption bom(QStringLiteral("bom"),
        tr("Start with a UTF-8 byte-order mark, so that Excel shows Cyrillic."));
    const QCommandLineOption noGuard(QStringLiteral("no-formula-guard"),
        tr("Write cells that start like a formula as they are, without the leading apostrophe."));
    parser.addOptions(
        { help, output, delegation, status, preset, columns, header, delimiter, bom, noGuard });

    if (const std::optional<int> done = console.parse(parser, arguments, help))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(
            tr("export takes one TABLE: %1.").arg(tableIds().join(QStringLiteral(", "))));
    const std::optional<EntityKind> table
        = exchange::FieldCatalog::tableFromId(positional.constFirst());
    if (!table) {
        return usageError(tr("Unknown table “%1”; use one of %2.")
                              .arg(positional.constFirst(), tableIds().join(QStringLiteral(", "))));
    }
    exchange::ExportRequest request;
    request.table = *table;
    const QString headerStyle = parser.value(header);
    if (headerStyle != QLatin1String("labels") && headerStyle != QLatin1String("ids"))
        return usageError(tr("--header takes labels or ids, not “%1”.").arg(headerStyle));
    request.header = headerStyle == QLatin1String("ids") ? exchange::HeaderStyle::Ids
                                                         : exchange::HeaderStyle::Labels;
    const std::optional<exchange::CsvWriter::Delimiter> chosenDelimiter
        = exchange::CsvWriter::delimiterFromId(parser.value(delimiter));
    if (!chosenDelimiter)
        return usageError(tr("--delimiter takes comma, semicolon or tab, not “%1”.")
                              .arg(parser.value(delimiter)));
    request.csv.delimiter = *chosenDelimiter;
    request.csv.byteOrderMark = parser.isSet(bom);
    request.csv.formulaGuard = !parser.isSet(noGuard);
    const QString target = parser.isSet(output) ? parser.value(output) : QStringLiteral("-");
    if (target.isEmpty())
        return usageError(tr("--output needs a file name, or - for standard output."));
    if (parser.isSet(delegation) && parser.value(delegation).trimmed().isEmpty())
        return usageError(tr("--delegation needs a name or uid."));
    request.delegation = parser.value(delegation).trimmed();
    request.statuses = listValue(parser.value(status));
    request.columns = listValue(parser.value(columns));
    if (parser.isSet(columns) && request.columns.isEmpty())
        return usageError(tr("--columns needs at least one field id."));
    if (parser.isSet(preset)) {
        request.preset = exchange::FieldCatalog::presetFromId(parser.value(preset));
        if (!request.preset) {
            return failure(tr("Unknown preset “%1”; the presets are %2.")
                               .arg(parser.value(preset), exchange::FieldCatalog::presetIds().join(QStringLiteral(", "))));
        }
    }

    QString error;
    auto db = openToRead(databasePath, &error);
    if (!db)
        return failure(error);

    exchange::CsvExport exporter(*db);
    if (target == QLatin1String("-")) {
        // Whatever the text stream holds goes first; the CSV bytes then go out unchanged.
        out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            return failure(tr("Cannot write to standard output: %1").arg(stdoutFile.errorString()));
        const bool written = exporter.write(request, &stdoutFile, &error);
        stdoutFile.flush();
        if (!written)
            return failure(error);
        err << tr("Exported %n row(s).", nullptr, int(exporter.rowsWritten())) << '\n';
        return Success;
    }
    const QString path = QFileInfo(target).absoluteFilePath();
    if (!exporter.writeFile(request, path, &error))
        return failure(error);
    err << tr("Exported %n row(s) to “%1”.", nullptr, int(exporter.rowsWritten()))
               .arg(QDir::toNativeSeparators(path))
        << '\n';
    return Success;
}

} // namespace dd::cli
