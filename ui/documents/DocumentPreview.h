#pragma once
// What the delegation page calls to print: a print preview of a document (QPrintPreviewDialog,
// whose toolbar prints to a chosen printer), and "Save as PDF" behind a file dialog. The
// caller gathers the data (exchange::DocumentSource) and decides what follows, such as marking
// badges printed (storage::BadgeMarks) when these return true.

#include "exchange/DocumentData.h"

#include <QString>

class QWidget;

namespace dd::documents {

// Shows the preview; true when the user printed from it.
bool printPreview(const exchange::DocumentData &data, QWidget *parent);

// "<documents folder>/<delegation> - <document>.pdf", without the characters file systems refuse.
QString suggestedPdfPath(const exchange::DocumentData &data);

// Asks for a file name (suggesting "<delegation> - <document>.pdf" in the documents folder)
// and writes the PDF; a failure is shown in a message box. True when written; *savedPath (when
// given) gets the file.
bool saveAsPdf(const exchange::DocumentData &data, QWidget *parent, QString *savedPath = nullptr);

} // namespace dd::documents
