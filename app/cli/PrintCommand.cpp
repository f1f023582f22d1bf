#include "PrintCommand.h"

#include "CommandSupport.h"

#include "Cli.h"
#include "exchange/DocumentData.h"
#include "storage/BadgeMarks.h"
#include "storage/Database.h"
#include "storage/ExportCursor.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace dd::cli {
namespace {

const char syntax[]
    = "delegation-desk [--database PATH] print attendees|badges|programme|rooming|arrivals|letters "
      "--delegation NAME|UID --output FILE.pdf [--preset NAME] [--members UID1,UID2…] "
      "[--layout a6|a4] [--unprinted] [--mark-printed] [--letter-language en|fr] "
      "[--purpose TEXT] [--payer TEXT] [--template FILE]";

PrintCommand::PdfWriter pdfWriter = nullptr;

QStringList kindIds()
{
    QStringList ids;
    for (exchange::DocumentKind kind : exchange::DocumentSource::kinds())
        ids.append(exchange::DocumentSource::kindId(kind));
    return ids;
}

} // namespace

void PrintCommand::setPdfWriter(PdfWriter writer)
{
    pdfWriter = writer;
}

bool PrintCommand::needsGui(const QStringList &arguments)
{
    // The first argument that is neither a global option nor its value names the command.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--database") || argument == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')))
            continue;
        return argument == QLatin1String("print");
    }
    return false;
}

int PrintCommand::run(
    const QStringList &arguments, const QString &databasePath, QTextStream &out, QTextStream &err)
{
    const QString usage = tr("Usage: %1").arg(QString::fromUtf8(syntax));
    const CommandOutput console(usage, out, err);
    const auto usageError = [&console](const QString &message) { return console.usageError(message); };
    const auto failure = [&console](const QString &message) { return console.failure(message); };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a delegation's document as a PDF file (A4, fonts embedded): attendees (the "
           "attendee list by community, with a preset's columns), badges, programme (the "
           "meetings by day), rooming (the hotel's list), arrivals (arrivals and departures by "
           "day and place) or letters (a visa invitation letter per member; they hold passport "
           "details). Without --members, the members who take part (not declined, cancelled or "
           "replaced)."));
    parser.addPositionalArgument(QStringLiteral("DOCUMENT"),
        tr("The document: %1.").arg(kindIds().join(QStringLiteral(", "))));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show help for this command."));
    const QCommandLineOption delegation(QStringLiteral("delegation"),
        tr("The delegation (its name or uid)."), QStringLiteral("NAME|UID"));
    const QCommandLineOption output(QStringLiteral("output"),
        tr("The PDF file to write (written whole or not at all)."), QStringLiteral("FILE"));
    const QCommandLineOption preset(QStringLiteral("preset"),
        tr("The attendee list's columns: the export preset %1 (default badges: names in both "
           "scripts, position, community, role; public lists only the members who agreed to "
           "appear on public lists).")
            .arg(exchange::FieldCatalog::presetIds().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("badges"));
    const QCommandLineOption members(QStringLiteral("members"),
        tr("Only these members (their uids, separated by commas)."), QStringLiteral("UIDS"));
    const QCommandLineOption layout(QStringLiteral("layout"),
        tr("Badges one per A6 page (a6) or four per A4 sheet with cutting marks (a4, the "
           "default)."),
        QStringLiteral("a6|a4"), QStringLiteral("a4"));
    const QCommandLineOption unprinted(QStringLiteral("unprinted"),
        tr("Badges only for the members whose badge is not printed yet."));
    const QCommandLineOption markPrinted(QStringLiteral("mark-printed"),
        tr("After writing the badges, mark them printed in the database."));
    const QCommandLineOption letterLanguage(QStringLiteral("letter-language"),
        tr("The language of the letters: en (the default) or fr."), QStringLiteral("en|fr"),
        QStringLiteral("en"));
    const QCommandLineOption purpose(QStringLiteral("purpose"),
        tr("The purpose of the visit the letters state (default: taking part in the event)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption payer(QStringLiteral("payer"),
        tr("Who pays the stay, as the letters state (default: the coordinating organisation)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption templateFile(QStringLiteral("template"),
        tr("An edited letter template (HTML with {{placeholders}}, UTF-8) instead of the "
           "built-in one."),
        QStringLiteral("FILE"));
    parser.addOptions({ help, delegation, output, preset, members, layout, unprinted, markPrinted,
        letterLanguage, purpose, payer, templateFile });

    if (const std::optional<int> done = console.parse(parser, arguments, help))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(
            tr("print takes one DOCUMENT: %1.").arg(kindIds().join(QStringLiteral(", "))));
    const std::optional<exchange::DocumentKind> kind
        = exchange::DocumentSource::kindFromId(positional.constFirst());
    if (!kind) {
        return usageError(tr("Unknown document “%1”; use one of %2.")
                              .arg(positional.constFirst(), kindIds().join(QStringLiteral(", "))));
    }
    if (parser.value(delegation).trimmed().isEmpty())
        return usageError(tr("print needs --delegation NAME|UID."));
    if (parser.value(output).trimmed().isEmpty())
        return usageError(tr("print needs --output FILE.pdf."));
    exchange::DocumentSource::Request request;
    request.kind = *kind;
    const std::optional<exchange::FieldCatalog::Preset> chosenPreset
        = exchange::FieldCatalog::presetFromId(parser.value(preset));
    if (!chosenPreset) {
        return usageError(tr("Unknown preset “%1”; the presets are %2.")
                              .arg(parser.value(preset), exchange::FieldCatalog::presetIds().join(QStringLiteral(", "))));
    }
    request.preset = *chosenPreset;
    if (parser.value(layout) != QLatin1String("a6") && parser.value(layout) != QLatin1String("a4"))
        return usageError(tr("--layout takes a6 or a4, not “%1”.").arg(parser.value(layout)));
    request.badgeLayout = parser.value(layout) == QLatin1String("a6")
        ? exchange::BadgeLayout::A6
        : exchange::BadgeLayout::FourPerA4;
    request.unprintedOnly = parser.isSet(unprinted);
    const QString language = parser.value(letterLanguage);
    if (language != QLatin1String("en") && language != QLatin1String("fr"))
        return usageError(tr("--letter-language takes en or fr, not “%1”.").arg(language));
    request.letter.language = language;
    request.letter.purpose = parser.value(purpose).trimmed();
    request.letter.payer = parser.value(payer).trimmed();
    for (const QString &uid : parser.value(members).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!uid.trimmed().isEmpty())
            request.memberUids.append(uid.trimmed());
    }
    if (parser.isSet(members) && request.memberUids.isEmpty())
        return usageError(tr("--members needs at least one member uid."));
    if (parser.isSet(markPrinted) && *kind != exchange::DocumentKind::Badges)
        return usageError(tr("--mark-printed goes with print badges only."));
    if (parser.isSet(templateFile)) {
        // Checked as the window checks it: a misspelt placeholder would be printed as it is.
        QString templateError;
        const std::optional<QString> text = exchange::DocumentSource::readLetterTemplate(
            parser.value(templateFile), &templateError);
        if (!text)
            return failure(templateError);
        request.letter.templateText = *text;
    }
    if (!pdfWriter)
        return failure(tr("This program was built without the document renderer."));

    storage::Database::Options options;
    options.mode = parser.isSet(markPrinted) ? storage::Database::Mode::ReadWrite
                                             : storage::Database::Mode::ReadOnly;
    options.requireWritable = parser.isSet(markPrinted);
    options.createIfMissing = false;
    storage::Database::Error openError;
    auto db = storage::Database::open(databasePath, options, &openError);
    if (!db)
        return failure(openError.message);
    QString error;
    const std::optional<RowId> delegationId
        = storage::ExportCursor::findDelegation(*db, parser.value(delegation).trimmed(), &error);
    if (!delegationId)
        return failure(error);
    request.delegationId = *delegationId;
    const std::optional<exchange::DocumentData> data
        = exchange::DocumentSource(*db).gather(request, &error);
    if (!data)
        return failure(error);

    const QString path = QFileInfo(parser.value(output)).absoluteFilePath();
    if (!pdfWriter(*data, path, &error))
        return failure(error);
    const int count = int(data->memberUids().size());
    if (*kind == exchange::DocumentKind::Programme) {
        err << tr("Wrote the programme with %n meeting(s) to “%1”.", nullptr, data->meetingCount())
                   .arg(QDir::toNativeSeparators(path))
            << '\n';
    } else {
        err << tr("Wrote the document “%1” (%n member(s)) to “%2”.", nullptr, count)
                   .arg(data->title, QDir::toNativeSeparators(path))
            << '\n';
    }
    if (parser.isSet(markPrinted)) {
        storage::BadgeMarks marks(*db);
        if (!marks.markPrinted(data->memberUids()))
            return failure(tr("The badges were written, but could not be marked printed: %1")
                               .arg(marks.lastError()));
        err << tr("Marked %n badge(s) printed.", nullptr, count) << '\n';
    }
    return Success;
}

} // namespace dd::cli
