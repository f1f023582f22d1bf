#include "DetailsHtml.h"

#include "models/RecordDetails.h"

namespace dd::ui {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString detailsHtml(const models::RecordDetails &details)
{
    QString html = QStringLiteral("<p style='color:palette(mid)'>%1</p><h2>%2</h2><table cellspacing='0' cellpadding='3'>")
                       .arg(escaped(details.kindLabel), escaped(details.title));
    for (const auto &[label, text] : details.fields) {
        html += QStringLiteral("<tr><td valign='top' style='color:#666; padding-right:10px'>%1</td><td>%2</td></tr>")
                    .arg(escaped(label), escaped(text));
    }
    html += QStringLiteral("</table>");
    for (const models::RecordDetails::Table &table : details.tables) {
        html += QStringLiteral("<h3>%1 (%2)</h3>").arg(escaped(table.heading)).arg(table.rows.size());
        if (table.rows.isEmpty())
            continue;
        html += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'><tr>");
        for (const QString &header : table.headers)
            html += QStringLiteral("<th align='left' style='border-bottom:1px solid #999'>%1</th>").arg(escaped(header));
        html += QStringLiteral("</tr>");
        for (const QStringList &row : table.rows) {
            html += QStringLiteral("<tr>");
            for (const QString &cell : row)
                html += QStringLiteral("<td valign='top'>%1</td>").arg(escaped(cell));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace dd::ui
