#pragma once
// Draws one name badge: the event's name in a band at the top, the passport-Latin name large,
// the native name beneath, then position and community, the delegation at the foot. A long
// name gets a smaller size (down to a floor, then a second line) rather than being cut.

#include "exchange/DocumentData.h"

#include <QRectF>

class QPainter;

namespace dd::documents {

class BadgePainter {
public:
    BadgePainter(const exchange::DocumentData &data, qreal pxPerMm);

    // The badge inside rect (device pixels).
    void paint(QPainter &painter, const QRectF &rect, const exchange::DocumentMember &member) const;
    // Short cutting marks at the page edges and the centre cross of a 2 × 2 sheet.
    void paintCuttingMarks(QPainter &painter, const QRectF &page) const;

private:
    const exchange::DocumentData &m_data;
    qreal m_mm;
};

} // namespace dd::documents
