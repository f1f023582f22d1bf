#pragma once
// What the window calls to print: a print preview of a document (QPrintPreviewDialog, whose
// toolbar prints to a chosen printer), and the file name a PDF of it is suggested under. The
// caller (ui::DocumentActions) gathers the data, asks where to save and decides what follows,
// such as marking badges printed (storage::BadgeMarks).

#include "exchange/DocumentData.h"

#include <QString>

class QWidget;

namespace dd::documents {

// Shows the preview; true when the user printed from it.
bool printPreview(const exchange::DocumentData &data, QWidget *parent);

// "<documents folder>/<delegation> - <document>.pdf", without the characters file systems refuse.
QString suggestedPdfPath(const exchange::DocumentData &data);

} // namespace dd::documents
