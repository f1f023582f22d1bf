#pragma once
// Draws a delegation's documents (the data exchange::DocumentSource gathers) on paper: a PDF
// file, a printer, or a print preview's pages. A4 pages with a running header (document,
// delegation, event) and a footer (page X of Y); tables repeat their header row on every page
// and wrap long names rather than cut them; badges are A6, one per page or four per A4 sheet
// with cutting marks. Text is set in DejaVu Sans, which has Cyrillic and accented Latin, and
// QPdfWriter embeds the glyphs used.
//
// The window previews through printPreview() (DocumentPreview.h), which calls render(); its
// Save as PDF and the print command call writePdf().

#include "exchange/DocumentData.h"

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace dd::documents {

// The page the document wants: A4 portrait (landscape for an attendee list of many columns),
// A6 or A4 without margins for badges.
QPageLayout pageLayout(const exchange::DocumentData &data);

// Draws every page on device after setting pageLayout() on it. False and *error (translated)
// when the device cannot be painted on.
bool render(const exchange::DocumentData &data, QPagedPaintDevice *device, QString *error);

// Writes the document as a PDF file, whole or not at all.
bool writePdf(const exchange::DocumentData &data, const QString &path, QString *error);

// The family every document is set in.
QString fontFamily();

} // namespace dd::documents
