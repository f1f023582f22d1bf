#pragma once
// The list documents (attendee list, programme, rooming list, arrivals and departures, and a
// letter's page) as the HTML subset QTextDocument lays out: one table per document whose
// <thead> row QTextDocument repeats on every page, group headings as full-width rows.

#include "exchange/DocumentData.h"

#include <QCoreApplication>
#include <QString>

namespace dd::documents {

class DocumentHtml {
    Q_DECLARE_TR_FUNCTIONS(DocumentHtml)

public:
    // The body of a list document (not badges or letters).
    static QString listDocument(const exchange::DocumentData &data);
    // One letter with its letterhead.
    static QString letter(const exchange::DocumentData &data, int index);

    // A member's field as a reader expects it: a term's label, a date in the user's format,
    // yes/no translated.
    static QString displayValue(const QString &field, const QString &value);
};

} // namespace dd::documents
