#include "BadgePainter.h"

#include "Documents.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace dd::documents {
namespace {

// The font for text in rect: on one line if it fits there at no less than 70 % of `points`,
// else the largest size down to `floor` at which it fits in `lines` lines; at the floor it
// wraps as it must (the rect's height is the last limit). Never cut.
QFont fitted(QPainter &painter, const QString &text, const QRectF &rect, qreal points, qreal floor,
    bool bold, int lines)
{
    QFont font(fontFamily());
    font.setBold(bold);
    auto fits = [&](qreal size, int maxLines) {
        font.setPointSizeF(size);
        const QFontMetricsF metrics(font, painter.device());
        const QRectF needed = metrics.boundingRect(rect, Qt::AlignCenter | Qt::TextWordWrap, text);
        return needed.width() <= rect.width()
            && needed.height() <= std::min(rect.height(), metrics.lineSpacing() * maxLines + 1);
    };
    for (qreal size = points; size >= points * 0.7; size -= 0.5) {
        if (fits(size, 1))
            return font;
    }
    for (qreal size = points; size >= floor; size -= 0.5) {
        if (fits(size, lines))
            return font;
    }
    font.setPointSizeF(floor);
    return font;
}

} // namespace

BadgePainter::BadgePainter(const exchange::DocumentData &data, qreal pxPerMm)
    : m_data(data)
    , m_mm(pxPerMm)
{
}

void BadgePainter::paint(
    QPainter &painter, const QRectF &rect, const exchange::DocumentMember &member) const
{
    const qreal mm = m_mm;
    painter.save();
    const QRectF inner = rect.adjusted(8 * mm, 8 * mm, -8 * mm, -8 * mm);
    // A thin frame where the badge's plastic sleeve ends.
    painter.setPen(QPen(QColor(0xc8, 0xd0, 0xda), 0.3 * mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(inner, 3 * mm, 3 * mm);

    // The event band.
    const QRectF band(inner.left(), inner.top(), inner.width(), 22 * mm);
    QPainterPath bandPath;
    bandPath.addRoundedRect(band, 3 * mm, 3 * mm);
    painter.fillPath(bandPath, QColor(0x1f, 0x3a, 0x5f));
    painter.setPen(Qt::white);
    const QRectF bandText = band.adjusted(4 * mm, 2 * mm, -4 * mm, -2 * mm);
    const QString event = m_data.eventName.isEmpty() ? m_data.delegationName : m_data.eventName;
    painter.setFont(fitted(painter, event, bandText, 13, 7, true, 2));
    painter.drawText(bandText, Qt::AlignCenter | Qt::TextWordWrap, event);

    const qreal width = inner.width() - 8 * mm;
    const qreal left = inner.left() + 4 * mm;
    qreal y = band.bottom() + 12 * mm;

    // The passport-Latin name large: what the host's staff read.
    painter.setPen(QColor(0x10, 0x10, 0x10));
    const QRectF latinBox(left, y, width, 30 * mm);
    const QString latin = member.latinName();
    painter.setFont(fitted(painter, latin, latinBox, 26, 14, true, 2));
    QRectF used
        = painter.boundingRect(latinBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, latin);
    painter.drawText(latinBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, latin);
    y = used.bottom() + 3 * mm;

    // The native name beneath, for the delegation's own people.
    const QString native = member.nativeName();
    if (!native.isEmpty()) {
        const QRectF box(left, y, width, 16 * mm);
        painter.setFont(fitted(painter, native, box, 15, 9, false, 2));
        used
            = painter.boundingRect(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, native);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, native);
        y = used.bottom() + 6 * mm;
    }

    painter.setPen(QColor(0x33, 0x33, 0x33));
    const QString position = member.value(QStringLiteral("position"));
    if (!position.isEmpty()) {
        const QRectF box(left, y, width, 12 * mm);
        painter.setFont(fitted(painter, position, box, 11, 7, false, 2));
        used = painter.boundingRect(
            box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, position);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, position);
        y = used.bottom() + 2 * mm;
    }
    const QString community = member.value(QStringLiteral("community"));
    if (!community.isEmpty()) {
        const QRectF box(left, y, width, 12 * mm);
        painter.setFont(fitted(painter, community, box, 12, 7, true, 2));
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, community);
    }

    // The delegation at the foot.
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF foot(left, inner.bottom() - 12 * mm, width, 9 * mm);
    painter.setFont(fitted(painter, m_data.delegationName, foot, 9, 6, false, 2));
    painter.drawText(foot, Qt::AlignCenter | Qt::TextWordWrap, m_data.delegationName);
    painter.restore();
}

void BadgePainter::paintCuttingMarks(QPainter &painter, const QRectF &page) const
{
    const qreal mm = m_mm;
    painter.save();
    painter.setPen(QPen(Qt::black, 0.2 * mm));
    const qreal midX = page.center().x();
    const qreal midY = page.center().y();
    const qreal length = 5 * mm;
    // At the edges, where the guillotine goes in…
    painter.drawLine(QPointF(midX, page.top()), QPointF(midX, page.top() + length));
    painter.drawLine(QPointF(midX, page.bottom() - length), QPointF(midX, page.bottom()));
    painter.drawLine(QPointF(page.left(), midY), QPointF(page.left() + length, midY));
    painter.drawLine(QPointF(page.right() - length, midY), QPointF(page.right(), midY));
    // …and a cross at the centre, where the four badges meet.
    painter.drawLine(QPointF(midX - length, midY), QPointF(midX + length, midY));
    painter.drawLine(QPointF(midX, midY - length), QPointF(midX, midY + length));
    painter.restore();
}

} // namespace dd::documents
