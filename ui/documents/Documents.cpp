#include "Documents.h"

#include "BadgePainter.h"
#include "DocumentHtml.h"
#include "domain/FormInput.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

namespace dd::documents {
namespace {

using exchange::BadgeLayout;
using exchange::DocumentData;
using exchange::DocumentKind;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

constexpr qreal marginMm = 15;
constexpr qreal headerMm = 10; // the running header's band, above the body
constexpr qreal footerMm = 8;

QFont documentFont(qreal points, bool bold = false)
{
    QFont font(fontFamily());
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// A text document laid out on the device, so that point sizes are true on paper.
void prepare(QTextDocument &document, QPagedPaintDevice *device, const QString &html, qreal width,
    qreal height, qreal points = 9)
{
    document.documentLayout()->setPaintDevice(device);
    document.setDefaultFont(documentFont(points));
    QTextOption option;
    // A name or an e-mail address longer than its column breaks anywhere rather than overflow.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setPageSize(QSizeF(width, height));
}

// QTextDocument has no "keep with next": a group's heading row (one cell spanning the table)
// can end a page while its members start the next. Such a heading gets a borderless spacer row
// before it, tall enough that the heading no longer fits and moves down to its members; if
// the layout does not follow, the spacer is taken out again. Headings are looked at in order,
// since each spacer moves everything below it.
void keepHeadingsWithRows(QTextDocument &document, qreal pageHeight, qreal lineHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto top = [layout](const QTextTableCell &cell) {
        return layout->blockBoundingRect(cell.firstCursorPosition().block()).top();
    };
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int row = table->format().headerRowCount(); row + 1 < table->rows(); ++row) {
            if (table->cellAt(row, 0).columnSpan() != table->columns())
                continue;
            const qreal headingTop = top(table->cellAt(row, 0));
            const int page = int(headingTop / pageHeight);
            if (page == int(top(table->cellAt(row + 1, 0)) / pageHeight))
                continue;
            const qreal margin = (page + 1) * pageHeight - headingTop - 2 * lineHeight;
            if (margin <= 0)
                continue;
            table->insertRows(row, 1);
            table->mergeCells(row, 0, 1, table->columns());
            QTextTableCell spacer = table->cellAt(row, 0);
            QTextTableCellFormat format = spacer.format().toTableCellFormat();
            format.setBorder(0);
            format.clearBackground(); // not the heading's, whose format the new row copied
            spacer.setFormat(format);
            QTextCursor cursor = spacer.firstCursorPosition();
            QTextBlockFormat block;
            block.setTopMargin(margin);
            cursor.setBlockFormat(block);
            const int movedTo = int(top(table->cellAt(row + 1, 0)) / pageHeight);
            if (movedTo != page + 1
                || movedTo != int(top(table->cellAt(row + 2, 0)) / pageHeight)) {
                table->removeRows(row, 1);
                continue;
            }
            ++row; // the heading, now one row further down
        }
    }
}

// Draws page `page` of a paginated document below the header band.
void drawPage(QPainter &painter, QTextDocument &document, int page, qreal top, qreal bodyHeight)
{
    painter.save();
    painter.translate(0, top - page * bodyHeight);
    const QRectF clip(0, page * bodyHeight, document.pageSize().width(), bodyHeight);
    document.drawContents(&painter, clip);
    painter.restore();
}

void drawRunningHeader(QPainter &painter, const DocumentData &data, qreal width, qreal mm)
{
    painter.save();
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.setFont(documentFont(8, true));
    const QRectF band(0, 0, width, 6 * mm);
    const QString left = data.title + QStringLiteral(" · ") + data.delegationName;
    painter.drawText(band, Qt::AlignLeft | Qt::AlignTop,
        painter.fontMetrics().elidedText(left, Qt::ElideRight, int(width * 0.6)));
    painter.setFont(documentFont(8));
    painter.drawText(band, Qt::AlignRight | Qt::AlignTop,
        painter.fontMetrics().elidedText(data.eventName, Qt::ElideRight, int(width * 0.38)));
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.2 * mm));
    painter.drawLine(QPointF(0, 6 * mm), QPointF(width, 6 * mm));
    painter.restore();
}

void drawFooter(QPainter &painter, const QString &left, int page, int pages, qreal width,
    qreal bottom, qreal mm)
{
    painter.save();
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.setFont(documentFont(7.5));
    const QRectF band(0, bottom - 5 * mm, width, 5 * mm);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, left);
    painter.drawText(
        band, Qt::AlignRight | Qt::AlignBottom, Tr::tr("Page %1 of %2").arg(page).arg(pages));
    painter.restore();
}

bool renderList(const DocumentData &data, QPagedPaintDevice *device, QPainter &painter, qreal mm)
{
    const QRectF area(
        QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    const qreal top = headerMm * mm;
    const qreal bodyHeight = area.height() - top - footerMm * mm;
    QTextDocument document;
    prepare(document, device, DocumentHtml::listDocument(data), area.width(), bodyHeight);
    keepHeadingsWithRows(
        document, bodyHeight, QFontMetricsF(document.defaultFont(), device).lineSpacing());
    const int pages = document.pageCount();
    const QString printed
        = Tr::tr("Printed on %1").arg(FormInput::dateText(data.printedOn));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return false;
        drawRunningHeader(painter, data, area.width(), mm);
        drawPage(painter, document, page, top, bodyHeight);
        drawFooter(painter, printed, page + 1, pages, area.width(), area.height(), mm);
    }
    return true;
}

bool renderLetters(const DocumentData &data, QPagedPaintDevice *device, QPainter &painter, qreal mm)
{
    const QRectF area(
        QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    const qreal bodyHeight = area.height() - footerMm * mm;
    bool first = true;
    for (int i = 0; i < data.letters.size(); ++i) {
        QTextDocument document;
        prepare(document, device, DocumentHtml::letter(data, i), area.width(), bodyHeight, 10.5);
        const int pages = document.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (!first && !device->newPage())
                return false;
            first = false;
            drawPage(painter, document, page, 0, bodyHeight);
            if (pages > 1) {
                drawFooter(painter, data.members.at(i).latinName(), page + 1, pages, area.width(),
                    area.height(), mm);
            }
        }
    }
    return true;
}

bool renderBadges(const DocumentData &data, QPagedPaintDevice *device, QPainter &painter, qreal mm)
{
    const BadgePainter badges(data, mm);
    const QRectF page(
        QPointF(0, 0), device->pageLayout().fullRectPixels(device->logicalDpiX()).size());
    const bool sheet = data.badgeLayout == BadgeLayout::FourPerA4;
    const int perPage = sheet ? 4 : 1;
    for (int i = 0; i < data.members.size(); ++i) {
        const int slot = i % perPage;
        if (i > 0 && slot == 0 && !device->newPage())
            return false;
        if (sheet && slot == 0)
            badges.paintCuttingMarks(painter, page);
        QRectF cell = page;
        if (sheet) {
            cell.setSize(page.size() / 2);
            cell.moveTopLeft(
                QPointF((slot % 2) * page.width() / 2, (slot / 2) * page.height() / 2));
        }
        badges.paint(painter, cell, data.members.at(i));
    }
    return true;
}

} // namespace

QString fontFamily()
{
    static const QString family = [] {
        const QString dejaVu = QStringLiteral("DejaVu Sans");
        return QFontDatabase::families().contains(dejaVu)
            ? dejaVu
            : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QPageLayout pageLayout(const DocumentData &data)
{
    const QMarginsF margins(marginMm, marginMm, marginMm, marginMm);
    switch (data.kind) {
    case DocumentKind::Badges:
        return QPageLayout(
            QPageSize(data.badgeLayout == BadgeLayout::A6 ? QPageSize::A6 : QPageSize::A4),
            QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
    case DocumentKind::Attendees:
        // Beyond six columns a portrait page squeezes names into slivers.
        return QPageLayout(QPageSize(QPageSize::A4),
            data.columns.size() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait, margins,
            QPageLayout::Millimeter);
    case DocumentKind::Letters:
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(25, 20, 20, 15), QPageLayout::Millimeter);
    case DocumentKind::Programme:
    case DocumentKind::Rooming:
    case DocumentKind::Arrivals:
        break;
    }
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, margins, QPageLayout::Millimeter);
}

bool render(const DocumentData &data, QPagedPaintDevice *device, QString *error)
{
    device->setPageLayout(pageLayout(data));
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = Tr::tr("Cannot draw the document on this device.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal mm = device->logicalDpiX() / 25.4;
    bool ok = false;
    switch (data.kind) {
    case DocumentKind::Badges:
        ok = renderBadges(data, device, painter, mm);
        break;
    case DocumentKind::Letters:
        ok = renderLetters(data, device, painter, mm);
        break;
    case DocumentKind::Attendees:
    case DocumentKind::Programme:
    case DocumentKind::Rooming:
    case DocumentKind::Arrivals:
        ok = renderList(data, device, painter, mm);
        break;
    }
    painter.end();
    if (!ok && error)
        *error = Tr::tr("Cannot start a new page.");
    return ok;
}

bool writePdf(const DocumentData &data, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write “%1”: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Delegation Desk ") + QStringLiteral(DD_VERSION));
        writer.setTitle(data.title + QStringLiteral(" – ") + data.delegationName);
        if (!render(data, &writer, error))
            return false; // the QSaveFile is discarded: nothing half-written
    }
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write “%1”: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace dd::documents
