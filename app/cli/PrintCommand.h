#pragma once
// The `print` command of DESIGN.md's command line: a delegation's document as a PDF file.
//
//   print attendees|badges|programme|rooming|arrivals|letters --delegation NAME|UID
//         --output FILE.pdf [--preset NAME] [--members UID1,UID2…] [--layout a6|a4]
//         [--unprinted] [--mark-printed] [--letter-language en|fr] [--purpose TEXT]
//         [--payer TEXT] [--template FILE]
//
// The data is gathered here (Qt Core and SQL); the PDF is drawn by ui/documents, which needs
// Qt GUI, so main() hands the renderer in through setPdfWriter() and starts a QGuiApplication
// on the offscreen platform when needsGui() says so. app/ stays free of GUI code.
//
// Exit status: 0 written; 1 failed (no such delegation or member, a file that cannot be
// written; nothing left behind); 2 wrong usage (unknown document, option or value).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace dd::exchange {
struct DocumentData;
}

namespace dd::cli {

class PrintCommand {
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    // Writes the document to path as PDF; false and *error (translated) when it cannot.
    using PdfWriter
        = bool (*)(const exchange::DocumentData &data, const QString &path, QString *error);
    static void setPdfWriter(PdfWriter writer);

    // True when arguments (argv, program name first) run the print command: main() must then
    // create a QGuiApplication (fonts, painting) rather than a QCoreApplication.
    static bool needsGui(const QStringList &arguments);

    // arguments: the command's name first, as a program sees argv[0].
    static int run(const QStringList &arguments, const QString &databasePath, QTextStream &out,
        QTextStream &err);
};

} // namespace dd::cli
