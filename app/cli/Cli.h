#pragma once
// The command line of DESIGN.md: global options, the commands that run without a window, and
// the decision whether to open one. main() stays a few lines long.
//
// Exit status: 0 success, 1 the command failed (message on stderr, nothing half-written),
// 2 wrong usage.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace dd::cli {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

struct Outcome {
    bool openWindow = false;
    int exitCode = Success;
    QString databasePath;     // for the window
    bool databaseGiven = false; // --database was on the command line
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // Read before any QCoreApplication exists, to choose between a GUI and a console
    // application and to load translations before help texts are made. Only a command line of
    // window options alone (--database, --lang) wants the window; a command, --help,
    // --version or anything unknown is answered on the console.
    static bool wantsWindow(const QStringList &arguments);
    static QString requestedLanguage(const QStringList &arguments);

    // en, uk or fr: the requested one (--lang) if valid, else the one chosen in Preferences,
    // else the system's if we have it, else English.
    static QString resolveLanguage(const QString &requested);
    static QString resolveLanguage(const QString &requested, const QString &preferred);
    // The system's language if we have it (en, uk or fr), else English.
    static QString systemLanguage();
    // The language chosen in Preferences, kept in QSettings under languageKey(); empty when the
    // user follows the system. It takes effect at the next start.
    static QString preferredLanguage();
    static void setPreferredLanguage(const QString &language);
    static QString languageKey() { return QStringLiteral("language"); }
    // Loads our translations and Qt's for the language, and makes its locale the default (dates,
    // numbers, the collation of new connections).
    static void installTranslations(QCoreApplication &app, const QString &language);

    // The user's own database: delegation-desk.sqlite in the application-data folder.
    static QString defaultDatabasePath();

    // Parses arguments (argv, program name first) and runs the command, or says to open the
    // window. Data goes to out, messages to err.
    static Outcome run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QStringList languages() { return { QStringLiteral("en"), QStringLiteral("uk"), QStringLiteral("fr") }; }
};

} // namespace dd::cli
