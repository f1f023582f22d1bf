#include "Cli.h"

#include "CommandSupport.h"

#include "CalendarCommand.h"
#include "ExportCommand.h"
#include "PrintCommand.h"
#include "ImportCommand.h"
#include "exchange/DemoScenario.h"
#include "models/SearchResults.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

namespace dd::cli {
namespace {

// Options of the program as a whole; the ones that take a value are listed for namesCommand().
const QStringList optionsWithValue { QStringLiteral("database"), QStringLiteral("lang") };

struct Context {
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
};

// Parses a command's own options; prints its help or a usage error. Returns -1 to go on.
int parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &syntax,
                 const QString &description, Context &context)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  Cli::tr("Show help for this command."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        context.err << programName() << ": " << parser.errorText() << '\n'
                    << Cli::tr("Usage: %1").arg(syntax) << '\n';
        return Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt's first line names only the executable; ours names the whole command.
        text.replace(0, text.indexOf(QLatin1Char('\n')), Cli::tr("Usage: %1").arg(syntax));
        context.out << text;
        return Success;
    }
    return -1;
}

std::unique_ptr<storage::Database> openOrReport(Context &context, const storage::Database::Options &options)
{
    storage::Database::Error error;
    auto db = storage::Database::open(context.databasePath, options, &error);
    if (!db)
        context.err << programName() << ": " << error.message << '\n';
    return db;
}

int runDemo(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const int parsed = parseCommand(
        parser, arguments, QStringLiteral("delegation-desk [--database PATH] demo"),
        Cli::tr("Loads the demonstration scenario (the Congress of Mayors of France) into a new "
                "or empty database."),
        context);
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << programName() << ": " << Cli::tr("demo takes no arguments.") << '\n';
        return Usage;
    }
    storage::Database::Options options;
    options.requireWritable = true;
    auto db = openOrReport(context, options);
    if (!db)
        return Failure;
    QString error;
    if (!exchange::DemoScenario::load(*db, &error)) {
        context.err << programName() << ": " << error << '\n';
        return Failure;
    }
    context.err << Cli::tr("Loaded the demonstration scenario into “%1”.")
                       .arg(QDir::toNativeSeparators(db->path()))
                << '\n';
    return Success;
}

int runCheck(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    const int parsed = parseCommand(parser, arguments,
                                    QStringLiteral("delegation-desk [--database PATH] check"),
                                    Cli::tr("Checks the database's integrity and its references. "
                                            "Exits with 0 only when it is healthy."),
                                    context);
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << programName() << ": " << Cli::tr("check takes no arguments.") << '\n';
        return Usage;
    }
    storage::Database::Options options;
    options.mode = storage::Database::Mode::ReadOnly;
    auto db = openOrReport(context, options);
    if (!db)
        return Failure;
    const storage::Database::CheckReport report = db->check();
    for (const QString &problem : report.problems)
        context.out << problem << '\n';
    const QString shownPath = QDir::toNativeSeparators(db->path());
    if (!report.healthy) {
        context.err << programName() << ": "
                    << Cli::tr("“%1” has %n problem(s).", nullptr, int(report.problems.size())).arg(shownPath)
                    << '\n';
        return Failure;
    }
    context.err << Cli::tr("“%1” is healthy (database version %2).").arg(shownPath).arg(db->schemaVersion())
                << '\n';
    return Success;
}

int runBackup(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The new file to write the copy to."));
    const int parsed = parseCommand(parser, arguments,
                                    QStringLiteral("delegation-desk [--database PATH] backup FILE"),
                                    Cli::tr("Writes a consistent copy of the database to a new file."),
                                    context);
    if (parsed >= 0)
        return parsed;
    if (parser.positionalArguments().size() != 1) {
        context.err << programName() << ": " << Cli::tr("backup takes one argument: the file to write.")
                    << '\n';
        return Usage;
    }
    const QString target = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        context.err << programName() << ": "
                    << Cli::tr("“%1” exists already; a backup is never written over a file.")
                           .arg(QDir::toNativeSeparators(target))
                    << '\n';
        return Failure;
    }
    storage::Database::Options options;
    options.mode = storage::Database::Mode::ReadOnly;
    auto db = openOrReport(context, options);
    if (!db)
        return Failure;
    QString error;
    if (!db->backup(target, &error)) {
        QFile::remove(target);
        context.err << programName() << ": "
                    << Cli::tr("Cannot write the backup “%1”: %2").arg(QDir::toNativeSeparators(target), error)
                    << '\n';
        return Failure;
    }
    context.err << Cli::tr("Wrote a copy of the database to “%1”.").arg(QDir::toNativeSeparators(target))
                << '\n';
    return Success;
}

int runSearch(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("QUERY"), Cli::tr("The words to look for (each one as a prefix)."));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most this many hits (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(limit);
    const int parsed = parseCommand(
        parser, arguments, QStringLiteral("delegation-desk [--database PATH] search QUERY [--limit N]"),
        Cli::tr("Searches contacts, communities, organisations, events, delegations, meetings and "
                "partnerships, as the window's search (Ctrl+K) does. Prints one hit per line: "
                "kind, uid, title and detail, separated by tabs."),
        context);
    if (parsed >= 0)
        return parsed;
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (query.isEmpty() || !ok || count < 1) {
        context.err << programName() << ": "
                    << (query.isEmpty() ? Cli::tr("search needs a QUERY.")
                                        : Cli::tr("--limit takes a whole number of at least 1."))
                    << '\n';
        return Usage;
    }
    storage::Database::Options options;
    options.mode = storage::Database::Mode::ReadOnly;
    auto db = openOrReport(context, options);
    if (!db)
        return Failure;
    QString error;
    const QList<models::SearchHit> hits = models::search(*db, query, count, &error);
    if (!error.isEmpty()) {
        context.err << programName() << ": " << error << '\n';
        return Failure;
    }
    // A tab or line break inside a field would split the line: they become spaces.
    auto field = [](QString text) {
        for (QChar &c : text) {
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        }
        return text;
    };
    for (const models::SearchHit &hit : hits) {
        context.out << Entity::kindId(hit.kind) << '\t' << hit.uid << '\t' << field(hit.title) << '\t'
                    << field(hit.detail) << '\n';
    }
    context.out.flush(); // the hits before the count, where both go to one terminal
    context.err << Cli::tr("%n hit(s).", nullptr, int(hits.size())) << '\n';
    return Success;
}

int runExport(const QStringList &arguments, Context &context)
{
    return ExportCommand::run(arguments, context.databasePath, context.out, context.err);
}

int runImport(const QStringList &arguments, Context &context)
{
    return ImportCommand::run(arguments, context.databasePath, context.out, context.err);
}

int runPrint(const QStringList &arguments, Context &context)
{
    return PrintCommand::run(arguments, context.databasePath, context.out, context.err);
}

int runCalendar(const QStringList &arguments, Context &context)
{
    return CalendarCommand::run(arguments, context.databasePath, context.out, context.err);
}

struct Command {
    const char *name;
    int (*run)(const QStringList &, Context &);
    const char *summary;
};

const Command commands[] = {
    { "demo", &runDemo, QT_TRANSLATE_NOOP("Cli", "load the demonstration scenario into a new or empty database") },
    { "check", &runCheck, QT_TRANSLATE_NOOP("Cli", "check integrity and references; exit 0 only when healthy") },
    { "search", &runSearch, QT_TRANSLATE_NOOP("Cli", "search everything, as Ctrl+K does in the window") },
    { "export", &runExport, QT_TRANSLATE_NOOP("Cli", "write a table or an attendee list as CSV") },
    { "import", &runImport, QT_TRANSLATE_NOOP("Cli", "read contacts, communities, organisations or attendees from CSV") },
    { "print", &runPrint, QT_TRANSLATE_NOOP("Cli", "write a delegation's list, badges, programme or letters as PDF") },
    { "calendar", &runCalendar, QT_TRANSLATE_NOOP("Cli", "write a delegation's meetings as an iCalendar file") },
    { "backup", &runBackup, QT_TRANSLATE_NOOP("Cli", "write a consistent copy of the database to a new file") },
};

} // namespace

bool Cli::wantsWindow(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const QString name = argument.startsWith(QLatin1String("--")) ? argument.mid(2) : QString();
        if (optionsWithValue.contains(name)) {
            ++i; // its value follows
            continue;
        }
        if (optionsWithValue.contains(name.section(QLatin1Char('='), 0, 0)) && name.contains(QLatin1Char('=')))
            continue;
        return false;
    }
    return true;
}

QString Cli::requestedLanguage(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

QString Cli::resolveLanguage(const QString &requested)
{
    return resolveLanguage(requested, preferredLanguage());
}

QString Cli::resolveLanguage(const QString &requested, const QString &preferred)
{
    if (languages().contains(requested))
        return requested;
    if (languages().contains(preferred))
        return preferred;
    return systemLanguage();
}

QString Cli::systemLanguage()
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &language : uiLanguages) {
        const QString code = language.left(2).toLower();
        if (languages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString Cli::preferredLanguage()
{
    // A value from another version or typed by hand is no choice: the system's language holds.
    const QString saved = QSettings().value(languageKey()).toString();
    return languages().contains(saved) ? saved : QString();
}

void Cli::setPreferredLanguage(const QString &language)
{
    QSettings settings;
    if (languages().contains(language))
        settings.setValue(languageKey(), language);
    else
        settings.remove(languageKey());
}

void Cli::installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale(language == QLatin1String("uk")   ? QStringLiteral("uk_UA")
                         : language == QLatin1String("fr") ? QStringLiteral("fr_FR")
                                                           : QStringLiteral("en_GB"));
    QLocale::setDefault(locale);
    // English is the source language; its translation file holds the plural forms only.
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/delegation-desk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    if (language == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString Cli::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("delegation-desk.sqlite"));
}

Outcome Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Outcome outcome;
    QCommandLineParser parser;
    // Names in a column as wide as the longest one and two spaces.
    int nameWidth = 0;
    for (const Command &command : commands)
        nameWidth = qMax(nameWidth, int(qstrlen(command.name)));
    QString commandList;
    for (const Command &command : commands) {
        commandList += QStringLiteral("\n  %1%2")
                           .arg(QLatin1String(command.name), -(nameWidth + 2))
                           .arg(tr(command.summary));
    }
    parser.setApplicationDescription(
        tr("Delegation Desk organises municipal delegations and city-to-city partnerships.\n"
           "Without a command it opens the window; with one it runs without a window.")
        + QStringLiteral("\n\n") + tr("Commands (“COMMAND --help” tells more):") + commandList);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") },
                                     tr("Show the version."));
    const QCommandLineOption database(
        QStringLiteral("database"),
        tr("The database file to open (default: %1).").arg(QDir::toNativeSeparators(defaultDatabasePath())),
        QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The language of the window and of messages: en, uk or fr."),
                                  QStringLiteral("LANG"));
    parser.addOptions({ help, version, database, lang });
    parser.addPositionalArgument(QStringLiteral("COMMAND"), tr("A command to run without the window."),
                                 QStringLiteral("[COMMAND [OPTIONS]]"));

    if (!parser.parse(arguments)) {
        err << programName() << ": " << parser.errorText() << '\n'
            << tr("Try “%1 --help”.").arg(programName()) << '\n';
        outcome.exitCode = Usage;
        return outcome;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) && positional.isEmpty()) {
        out << parser.helpText();
        return outcome;
    }
    if (parser.isSet(version) && positional.isEmpty()) {
        out << programName() << ' ' << QStringLiteral(DD_VERSION) << '\n';
        return outcome;
    }
    if (parser.isSet(lang) && !languages().contains(parser.value(lang))) {
        err << programName() << ": "
            << tr("Unknown language “%1”; use en, uk or fr.").arg(parser.value(lang)) << '\n';
        outcome.exitCode = Usage;
        return outcome;
    }
    outcome.databaseGiven = parser.isSet(database);
    outcome.databasePath = outcome.databaseGiven ? parser.value(database) : defaultDatabasePath();
    if (outcome.databasePath.isEmpty()) {
        err << programName() << ": " << tr("--database needs a file name.") << '\n';
        outcome.exitCode = Usage;
        return outcome;
    }

    if (positional.isEmpty()) {
        outcome.openWindow = true;
        return outcome;
    }

    const QString name = positional.constFirst();
    Context context { outcome.databasePath, out, err };
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name)) {
            // The command's parser sees its own name first, as a program sees argv[0].
            outcome.exitCode = command.run(positional, context);
            return outcome;
        }
    }
    err << programName() << ": " << tr("Unknown command “%1”.").arg(name) << '\n'
        << tr("Try “%1 --help”.").arg(programName()) << '\n';
    outcome.exitCode = Usage;
    return outcome;
}

} // namespace dd::cli
