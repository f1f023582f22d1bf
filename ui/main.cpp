// Delegation Desk: reads the command line, then runs a command headless or opens the window.

#include "MainWindow.h"
#include "cli/Cli.h"
#include "cli/PrintCommand.h"
#include "documents/Documents.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("DelegationDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("delegation-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));

    // A command, --help or a usage error needs no display: only the window makes a QApplication.
    const bool window = dd::cli::Cli::wantsWindow(arguments);
    // print draws PDFs, which needs fonts and painting: a QGuiApplication, on no display.
    const bool render = !window && dd::cli::PrintCommand::needsGui(arguments);
    if (render)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    dd::cli::PrintCommand::setPdfWriter(&dd::documents::writePdf);
    std::unique_ptr<QCoreApplication> app = window ? std::make_unique<QApplication>(argc, argv)
        : render                                   ? std::make_unique<QGuiApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    dd::cli::Cli::installTranslations(*app, dd::cli::Cli::resolveLanguage(dd::cli::Cli::requestedLanguage(arguments)));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const dd::cli::Outcome outcome = dd::cli::Cli::run(app->arguments(), out, err);
    if (!outcome.openWindow || !window)
        return outcome.exitCode;
    out.flush();
    err.flush();

    QGuiApplication::setApplicationDisplayName(QObject::tr("Delegation Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("delegation-desk"));
    dd::ui::MainWindow mainWindow;
    mainWindow.show();
    mainWindow.openDatabase(outcome.databasePath);
    return app->exec();
}
