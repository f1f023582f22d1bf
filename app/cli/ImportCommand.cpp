#include "ImportCommand.h"

#include "CommandSupport.h"

#include "Cli.h"
#include "exchange/CsvImport.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace dd::cli {
namespace {

const char syntax[]
    = "delegation-desk [--database PATH] import TABLE FILE [--map FIELD=COLUMN]… "
      "[--delegation NAME|UID] [--encoding auto|utf-8|windows-1251|windows-1252] "
      "[--delimiter auto|comma|semicolon|tab] [--on-duplicate skip|update|create] "
      "[--skip-bad-rows] [--dry-run]";

// Problems listed on stderr before "and N more".
constexpr int shownProblems = 20;

QStringList tableIds()
{
    QStringList ids;
    for (EntityKind kind : exchange::CsvImport::tables())
        ids.append(Entity::id(kind));
    return ids;
}

} // namespace

int ImportCommand::run(
    const QStringList &arguments, const QString &databasePath, QTextStream &out, QTextStream &err)
{
    const QString usage = tr("Usage: %1").arg(QString::fromUtf8(syntax));
    const CommandOutput console(usage, out, err);
    const auto usageError = [&console](const QString &message) { return console.usageError(message); };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports %1 from a CSV file in one transaction: all rows land or none does, unless "
           "--skip-bad-rows leaves the bad ones out. Columns are matched to fields by field id or "
           "by their English, Ukrainian or French label; --map names the column of a field. "
           "Passport-Latin names are filled by transliteration when empty. Duplicates (the same "
           "uid, e-mail, or name in the same community; for attendees, a contact who is already "
           "a member) are skipped unless --on-duplicate says otherwise; an update sets the "
           "fields the file holds a value for.")
            .arg(tableIds().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("TABLE"),
        tr("The table to import into: %1.").arg(tableIds().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file to read."));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show help for this command."));
    const QCommandLineOption map(QStringLiteral("map"),
        tr("The column (its header or its number, from 1) that holds a field; may be repeated."),
        QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption delegation(QStringLiteral("delegation"),
        tr("Attendees: the delegation they are members of (its name or uid)."),
        QStringLiteral("NAME|UID"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
        tr("The file's encoding: auto (the default), utf-8, windows-1251 or windows-1252."),
        QStringLiteral("auto|utf-8|windows-1251|windows-1252"), QStringLiteral("auto"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
        tr("The delimiter: auto (the default), comma, semicolon or tab."),
        QStringLiteral("auto|comma|semicolon|tab"), QStringLiteral("auto"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"),
        tr("What to do with a row that matches a stored record or an earlier row: skip (the "
           "default), update or create."),
        QStringLiteral("skip|update|create"), QStringLiteral("skip"));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad-rows"),
        tr("Leave out the rows with problems (listed on stderr) and import the others."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        tr("Read and check everything, write nothing."));
    parser.addOptions({ help, map, delegation, encoding, delimiter, onDuplicate, skipBad, dryRun });

    if (const std::optional<int> done = console.parse(parser, arguments, help))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("import takes a TABLE and a FILE."));
    exchange::ImportRequest request;
    bool knownTable = false;
    for (EntityKind kind : exchange::CsvImport::tables()) {
        if (Entity::id(kind) == positional.at(0)) {
            request.table = kind;
            knownTable = true;
        }
    }
    if (!knownTable) {
        return usageError(tr("Unknown table “%1”; use one of %2.")
                              .arg(positional.at(0), tableIds().join(QStringLiteral(", "))));
    }
    const std::optional<exchange::CsvReader::Encoding> chosenEncoding
        = exchange::CsvReader::encodingFromId(parser.value(encoding));
    if (!chosenEncoding) {
        return usageError(tr("--encoding takes auto, utf-8, windows-1251 or windows-1252, not “%1”.")
                              .arg(parser.value(encoding)));
    }
    const std::optional<exchange::CsvReader::Delimiter> chosenDelimiter
        = exchange::CsvReader::delimiterFromId(parser.value(delimiter));
    if (!chosenDelimiter) {
        return usageError(tr("--delimiter takes auto, comma, semicolon or tab, not “%1”.")
                              .arg(parser.value(delimiter)));
    }
    const std::optional<exchange::DuplicatePolicy> policy
        = exchange::CsvImport::policyFromId(parser.value(onDuplicate));
    if (!policy) {
        return usageError(tr("--on-duplicate takes skip, update or create, not “%1”.")
                              .arg(parser.value(onDuplicate)));
    }
    for (const QString &pair : parser.values(map)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0 || equals == pair.size() - 1)
            return usageError(tr("--map takes FIELD=COLUMN, not “%1”.").arg(pair));
        request.map.append({ pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed() });
    }
    if (parser.isSet(delegation) && parser.value(delegation).trimmed().isEmpty())
        return usageError(tr("--delegation needs a name or uid."));
    if (parser.isSet(delegation) && request.table != EntityKind::Member)
        return usageError(tr("--delegation is for attendees only."));
    request.delegation = parser.value(delegation).trimmed();
    request.csv.encoding = *chosenEncoding;
    request.csv.delimiter = *chosenDelimiter;
    request.onDuplicate = *policy;
    request.skipBadRows = parser.isSet(skipBad);
    request.dryRun = parser.isSet(dryRun);

    const QString path = QFileInfo(positional.at(1)).absoluteFilePath();
    const QString shownPath = QDir::toNativeSeparators(path);
    auto failure = [&](const QString &message) {
        err << programName() << ": " << shownPath << ": " << message << '\n';
        return int(Failure);
    };
    if (!QFileInfo(path).isFile())
        return failure(tr("no such file."));

    storage::Database::Options options;
    options.requireWritable = !request.dryRun;
    if (request.dryRun)
        options.mode = storage::Database::Mode::ReadOnly;
    storage::Database::Error openError;
    auto db = storage::Database::open(databasePath, options, &openError);
    if (!db) {
        err << programName() << ": " << openError.message << '\n';
        return Failure;
    }

    exchange::CsvImport importer(*db);
    exchange::ImportReport report;
    const bool ok = importer.runFile(request, path, &report);
    for (const QString &note : std::as_const(report.notes))
        err << shownPath << ": " << note << '\n';
    int listed = 0;
    for (const exchange::ImportProblem &problem : std::as_const(report.problems)) {
        if (listed++ == shownProblems) {
            err << shownPath << ": "
                << tr("… and %n more problem(s).", nullptr, int(report.problems.size()) - shownProblems)
                << '\n';
            break;
        }
        err << shownPath << ": " << exchange::CsvImport::describe(problem) << '\n';
    }
    if (!ok) {
        const QString message = report.error.isEmpty()
            ? tr("%n row(s) have problems; nothing was imported.", nullptr, int(report.rejected))
            : report.error;
        return failure(message);
    }
    const QString table = Entity::id(request.table);
    if (request.dryRun) {
        // Counts after a label and a colon: no noun has to agree with a number.
        err << tr("Dry run of “%1” into the table %2; nothing was written. Rows read: %L3. To create: "
                  "%L4. To update: %L5. Duplicates to skip: %L6. Rejected: %L7.")
                   .arg(shownPath, table)
                   .arg(report.rows)
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.skipped)
                   .arg(report.rejected)
            << '\n';
        return Success;
    }
    err << tr("Imported “%1” into the table %2. Rows read: %L3. Created: %L4. Updated: %L5. Skipped as "
              "duplicates: %L6. Rejected: %L7.")
               .arg(shownPath, table)
               .arg(report.rows)
               .arg(report.created)
               .arg(report.updated)
               .arg(report.skipped)
               .arg(report.rejected)
        << '\n';
    return Success;
}

} // namespace dd::cli
