#include "DocumentPreview.h"

#include "Documents.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace dd::documents {
namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DocumentPreview)
};

// A file name without the characters file systems refuse.
QString suggestedName(const exchange::DocumentData &data)
{
    QString name = QStringLiteral("%1 - %2.pdf").arg(data.delegationName, data.title);
    for (QChar &c : name) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c))
            c = QLatin1Char('_');
    }
    return name;
}

} // namespace

QString suggestedPdfPath(const exchange::DocumentData &data)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(suggestedName(data));
}

bool printPreview(const exchange::DocumentData &data, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(data.title + QStringLiteral(" – ") + data.delegationName);
    printer.setPageLayout(pageLayout(data));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print preview: %1").arg(data.title));
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&data, &error](QPrinter *target) { render(data, target, &error); });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace dd::documents
