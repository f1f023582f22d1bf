#include "DocumentHtml.h"

#include "domain/FormInput.h"
#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace dd::documents {
namespace {

using exchange::DocumentData;
using exchange::DocumentKind;
using exchange::DocumentMember;

// Programmes and timetables of European events use the 24-hour clock, whatever the language.
QString clock(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// QTextDocument takes HTML lengths in CSS pixels (1/96 inch) and scales them to the device.
int px(qreal mm)
{
    constexpr qreal cssPixelsPerMm = 96 / 25.4;
    return std::max(1, int(std::lround(mm * cssPixelsPerMm)));
}

// A table whose header row QTextDocument repeats on every page it spans.
QString tableStart(const QStringList &headers, const QList<int> &widths = {})
{
    QString html = QStringLiteral(
        "<table width=\"100%\" border=\"%1\" cellspacing=\"0\" cellpadding=\"%2\" "
        "style=\"border-color:#9aa5b1; border-style:solid; border-collapse:collapse;\"><thead><tr>")
                       .arg(px(0.2))
                       .arg(px(1.2));
    for (int i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() && widths.at(i) > 0
            ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i))
            : QString();
        html += QStringLiteral(
            "<th bgcolor=\"#dfe6ee\" align=\"left\" style=\"font-size:8pt;\"%1>%2</th>")
                    .arg(width, esc(headers.at(i)));
    }
    return html + QStringLiteral("</tr></thead>");
}

QString groupRow(const QString &heading, int count, int columns)
{
    return QStringLiteral("<tr><td colspan=\"%1\" bgcolor=\"#f1f4f8\"><b>%2</b> <span "
                          "style=\"color:#555555;\">(%3)</span></td></tr>")
        .arg(columns)
        .arg(esc(heading))
        .arg(count);
}

// The person as the lists show them: the passport name, the native name beneath when it differs.
QString nameCell(const DocumentMember &member)
{
    QString html = QStringLiteral("<b>%1</b>").arg(esc(member.latinName()));
    if (!member.nativeName().isEmpty())
        html += QStringLiteral("<br>%1").arg(esc(member.nativeName()));
    return html;
}

QString dateRange(const QDate &from, const QDate &to)
{
    const QLocale locale;
    if (!from.isValid())
        return {};
    if (!to.isValid() || to == from)
        return locale.toString(from, QLocale::LongFormat);
    return QStringLiteral("%1 – %2").arg(
        FormInput::dateText(from), FormInput::dateText(to));
}

QString titleBlock(const DocumentData &data, const QString &summary)
{
    QString html = QStringLiteral("<h1 style=\"font-size:16pt;\">%1</h1>").arg(esc(data.title));
    QStringList lines { QStringLiteral("<b>%1</b>").arg(esc(data.delegationName)) };
    QStringList event;
    for (const QString &part : { data.eventName, data.eventCity })
        if (!part.isEmpty())
            event.append(esc(part));
    if (!event.isEmpty())
        lines.append(event.join(QStringLiteral(", ")));
    if (data.startsOn.isValid())
        lines.append(esc(dateRange(data.startsOn, data.endsOn)));
    if (!summary.isEmpty())
        lines.append(esc(summary));
    return html + QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QString attendees(const DocumentData &data)
{
    const QStringList uids = data.memberUids();
    QString html = titleBlock(data,
        QStringList { DocumentHtml::tr("%n member(s)", "attendee list: how many people", int(uids.size())),
            DocumentHtml::tr("%n group(s)", "attendee list: how many communities, each a group",
                int(data.groups.size())) }
            .join(QStringLiteral(" · ")));
    // The community is each group's heading: a column repeating it would only take room.
    QStringList columns;
    QStringList headers { DocumentHtml::tr("No.") };
    for (int i = 0; i < data.columns.size(); ++i) {
        if (data.columns.at(i) == QLatin1String("community"))
            continue;
        columns.append(data.columns.at(i));
        headers.append(data.columnLabels.value(i));
    }
    // The number column narrow, the others sharing the rest, the last one up to 100 %.
    QList<int> widths { 5 };
    const int share = 95 / std::max(1, int(columns.size()));
    for (int i = 0; i < columns.size(); ++i)
        widths.append(i + 1 < columns.size() ? share : 95 - share * (int(columns.size()) - 1));
    html += tableStart(headers, widths);
    int number = 0;
    for (const exchange::MemberGroup &group : data.groups) {
        html += groupRow(group.heading, int(group.members.size()), int(headers.size()));
        for (const DocumentMember &member : group.members) {
            html += QStringLiteral("<tr><td>%1</td>").arg(++number);
            for (const QString &field : std::as_const(columns))
                html += QStringLiteral("<td>%1</td>")
                            .arg(esc(DocumentHtml::displayValue(field, member.value(field))));
            html += QStringLiteral("</tr>");
        }
    }
    return html + QStringLiteral("</table>");
}

QString programme(const DocumentData &data)
{
    QString html
        = titleBlock(data, DocumentHtml::tr("%n meeting(s)", nullptr, data.meetingCount()));
    const QStringList headers { DocumentHtml::tr("Time"), DocumentHtml::tr("Meeting"),
        DocumentHtml::tr("Place"), DocumentHtml::tr("Counterpart"), DocumentHtml::tr("Who goes", "programme: the delegation's members at the meeting") };
    html += tableStart(headers, { 12, 24, 20, 20, 24 });
    const QLocale locale;
    for (const exchange::MeetingDay &day : data.days) {
        const QString heading = day.day.isValid() ? locale.toString(day.day, QLocale::LongFormat)
                                                  : DocumentHtml::tr("Date not set yet", "programme: the heading of meetings without a date");
        html += groupRow(heading, int(day.meetings.size()), int(headers.size()));
        for (const exchange::DocumentMeeting &meeting : day.meetings) {
            QString time;
            if (meeting.startsAt.isValid()) {
                time = clock(meeting.startsAt.time());
                if (meeting.endsAt.isValid())
                    time += QStringLiteral("–") + clock(meeting.endsAt.time());
            }
            QString zone;
            if (!meeting.timeZone.isEmpty() && meeting.timeZone != data.timeZone)
                zone = QStringLiteral("<br><small>%1</small>").arg(esc(meeting.timeZone));
            html += QStringLiteral(
                "<tr><td>%1%2</td><td><b>%3</b></td><td>%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(esc(time), zone, esc(meeting.title), esc(meeting.location),
                            esc(meeting.counterparts)
                                .replace(QStringLiteral("; "), QStringLiteral("<br>")),
                            esc(meeting.participants)
                                .replace(QStringLiteral("; "), QStringLiteral("<br>")));
        }
    }
    if (data.days.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"5\">%1</td></tr>")
                    .arg(esc(DocumentHtml::tr("No meeting is planned yet.")));
    return html + QStringLiteral("</table>");
}

QString rooming(const DocumentData &data)
{
    const QStringList uids = data.memberUids();
    QString html = titleBlock(data, DocumentHtml::tr("%n guest(s)", nullptr, int(uids.size())));
    const QStringList headers { DocumentHtml::tr("No."),
        DocumentHtml::tr("Guest (as in the passport)"), DocumentHtml::tr("Room type"),
        DocumentHtml::tr("Sharing with"), DocumentHtml::tr("Check-in", "rooming list: the day of arrival at the hotel"),
        DocumentHtml::tr("Check-out", "rooming list: the day of leaving the hotel"), DocumentHtml::tr("Nights"), DocumentHtml::tr("Needs") };
    html += tableStart(headers, { 5, 23, 11, 14, 13, 13, 8, 13 });
    int number = 0;
    const QLocale locale;
    for (const exchange::MemberGroup &group : data.groups) {
        html += groupRow(group.heading, int(group.members.size()), int(headers.size()));
        for (const DocumentMember &member : group.members) {
            const QDate in
                = QDate::fromString(member.value(QStringLiteral("check_in_on")), Qt::ISODate);
            const QDate out
                = QDate::fromString(member.value(QStringLiteral("check_out_on")), Qt::ISODate);
            const QString nights
                = in.isValid() && out.isValid() ? QString::number(in.daysTo(out)) : QString();
            QStringList needs;
            for (const QString &field :
                { QStringLiteral("dietary"), QStringLiteral("accessibility") })
                if (!member.value(field).isEmpty())
                    needs.append(member.value(field));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</"
                                   "td><td>%6</td><td>%7</td><td>%8</td></tr>")
                        .arg(QString::number(++number), nameCell(member),
                            esc(member.value(QStringLiteral("room_type"))),
                            esc(member.value(QStringLiteral("sharing_with"))),
                            esc(in.isValid() ? FormInput::dateText(in)
                                             : QString()),
                            esc(out.isValid() ? FormInput::dateText(out)
                                              : QString()),
                            nights, esc(needs.join(QStringLiteral("; "))));
        }
    }
    return html + QStringLiteral("</table>");
}

QString travel(const DocumentData &data)
{
    QString html = titleBlock(data, {});
    const QLocale locale;
    for (const bool arrival : { true, false }) {
        html += QStringLiteral("<h2 style=\"font-size:12pt; margin-top:%1px;\">%2</h2>")
                    .arg(px(arrival ? 2 : 8))
                    .arg(esc(
                        arrival ? DocumentHtml::tr("Arrivals") : DocumentHtml::tr("Departures")));
        const QStringList headers { DocumentHtml::tr("Time"), DocumentHtml::tr("Name"),
            DocumentHtml::tr("Community"), DocumentHtml::tr("Transport"),
            DocumentHtml::tr("Flight or train"), DocumentHtml::tr("Phone") };
        html += tableStart(headers, { 8, 24, 18, 14, 15, 21 });
        bool any = false;
        for (const exchange::TravelGroup &group : data.travel) {
            if (group.arrival != arrival)
                continue;
            any = true;
            const QString day = group.day.isValid()
                ? locale.toString(group.day, QLocale::LongFormat)
                : DocumentHtml::tr("Date not known yet");
            const QString place
                = group.place.isEmpty() ? DocumentHtml::tr("Place not known yet") : group.place;
            html += groupRow(QStringLiteral("%1 · %2").arg(day, place), int(group.entries.size()),
                int(headers.size()));
            for (const exchange::TravelEntry &entry : group.entries) {
                const QString time = entry.at.isValid() ? clock(entry.at.time()) : QString();
                // A phone number is read as one piece: its spaces do not break.
                html += QStringLiteral(
                    "<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                    "<td>%6</td></tr>")
                            .arg(esc(time), esc(entry.name), esc(entry.community),
                                esc(entry.transport), esc(entry.number),
                                esc(entry.phone).replace(QLatin1Char(' '), QChar(0x00A0)));
            }
        }
        if (!any) {
            html += QStringLiteral("<tr><td colspan=\"6\">%1</td></tr>")
                        .arg(esc(arrival ? DocumentHtml::tr("No arrival is known yet.")
                                         : DocumentHtml::tr("No departure is known yet.")));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace

QString DocumentHtml::displayValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return value;
    if (field == QLatin1String("role"))
        return Vocabulary::label(Vocab::MemberRole, value);
    if (field == QLatin1String("status"))
        return Vocabulary::label(Vocab::MemberStatus, value);
    if (field == QLatin1String("visa_status"))
        return Vocabulary::label(Vocab::VisaStatus, value);
    if (field.endsWith(QLatin1String("_transport")))
        return Vocabulary::label(Vocab::Transport, value);
    if (value == QLatin1String("yes"))
        return tr("yes");
    if (value == QLatin1String("no"))
        return tr("no");
    const QLocale locale;
    if (field.endsWith(QLatin1String("_at"))) {
        const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        if (time.isValid()) {
            const QDateTime shown = time.timeSpec() == Qt::UTC ? time.toLocalTime() : time;
            return FormInput::dateText(shown.date()) + QLatin1Char(' ')
                + clock(shown.time());
        }
    }
    if (field.endsWith(QLatin1String("_on")) || field == QLatin1String("date_of_birth")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            return FormInput::dateText(date);
    }
    return value;
}

QString DocumentHtml::listDocument(const DocumentData &data)
{
    switch (data.kind) {
    case DocumentKind::Attendees:
        return attendees(data);
    case DocumentKind::Programme:
        return programme(data);
    case DocumentKind::Rooming:
        return rooming(data);
    case DocumentKind::Arrivals:
        return travel(data);
    case DocumentKind::Badges:
    case DocumentKind::Letters:
        break;
    }
    return {};
}

QString DocumentHtml::letter(const DocumentData &data, int index)
{
    // The letterhead: the organisation that invites, then the filled-in template.
    const QString head = data.coordinator.isEmpty() ? data.delegationName : data.coordinator;
    return QStringLiteral("<p style=\"font-size:14pt; color:#1f3a5f;\"><b>%1</b></p><hr>")
               .arg(esc(head))
        + data.letters.value(index);
}

} // namespace dd::documents
