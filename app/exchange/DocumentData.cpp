#include "DocumentData.h"

#include "domain/Transliteration.h"
#include "domain/Vocabulary.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/EventRepository.h"
#include "storage/ExportCursor.h"
#include "storage/OrganisationRepository.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>
#include <algorithm>

namespace dd::exchange {
namespace {

QString joined(const QString &first, const QString &second)
{
    return QStringList { first, second }.join(QLatin1Char(' ')).trimmed();
}

// Every attendee field a document shows; the letters add the sensitive ones.
QStringList memberFields()
{
    return { QStringLiteral("uid"), QStringLiteral("salutation"), QStringLiteral("given_name"),
        QStringLiteral("patronymic"), QStringLiteral("family_name"),
        QStringLiteral("given_name_latin"), QStringLiteral("family_name_latin"),
        QStringLiteral("position"), QStringLiteral("community"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("nationality"), QStringLiteral("role"),
        QStringLiteral("status"), QStringLiteral("arrival_at"), QStringLiteral("arrival_transport"),
        QStringLiteral("arrival_number"), QStringLiteral("arrival_place"),
        QStringLiteral("departure_at"), QStringLiteral("departure_transport"),
        QStringLiteral("departure_number"), QStringLiteral("departure_place"),
        QStringLiteral("hotel"), QStringLiteral("room_type"), QStringLiteral("sharing_with"),
        QStringLiteral("check_in_on"), QStringLiteral("check_out_on"),
        QStringLiteral("visa_status"), QStringLiteral("badge_printed"), QStringLiteral("dietary"),
        QStringLiteral("accessibility") };
}

QCollator collator()
{
    QCollator result; // the default locale's order: Є after Е, é beside e
    result.setCaseSensitivity(Qt::CaseInsensitive);
    result.setNumericMode(true);
    return result;
}

// People in alphabetical order of their passport names: the order hotels and desks use.
void sortByName(QList<DocumentMember> &members)
{
    const QCollator order = collator();
    std::stable_sort(
        members.begin(), members.end(), [&order](const DocumentMember &a, const DocumentMember &b) {
            const auto key = [](const DocumentMember &m) {
                const QString family = m.value(QStringLiteral("family_name_latin"));
                return joined(family.isEmpty() ? m.value(QStringLiteral("family_name")) : family,
                    m.latinName());
            };
            return order.compare(key(a), key(b)) < 0;
        });
}

// Groups members under a field's value, groups in alphabetical order, the ones without a
// value last under otherHeading.
QList<MemberGroup> groupBy(
    const QList<DocumentMember> &members, const QString &field, const QString &otherHeading)
{
    QList<MemberGroup> groups;
    MemberGroup other { otherHeading, {} };
    for (const DocumentMember &member : members) {
        const QString key = member.value(field);
        if (key.isEmpty()) {
            other.members.append(member);
            continue;
        }
        auto group = std::find_if(groups.begin(), groups.end(),
            [&key](const MemberGroup &g) { return g.heading == key; });
        if (group == groups.end())
            groups.append({ key, { member } });
        else
            group->members.append(member);
    }
    const QCollator order = collator();
    std::stable_sort(
        groups.begin(), groups.end(), [&order](const MemberGroup &a, const MemberGroup &b) {
            return order.compare(a.heading, b.heading) < 0;
        });
    if (!other.members.isEmpty())
        groups.append(other);
    for (MemberGroup &group : groups)
        sortByName(group.members);
    return groups;
}

// A stored date-time: "…Z" is a UTC moment, shown in the zone; otherwise a local wall time.
QDateTime wallTime(const QString &stored, const QString &zone)
{
    QDateTime time = QDateTime::fromString(stored, Qt::ISODate);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::UTC && !zone.isEmpty()) {
        const QTimeZone timeZone(zone.toUtf8());
        if (timeZone.isValid())
            time = time.toTimeZone(timeZone);
        time = QDateTime(time.date(), time.time()); // the wall time, zone kept apart
    }
    return time;
}

QString countryName(const QString &code)
{
    if (code.size() != 2)
        return code;
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace

QString DocumentMember::latinName() const
{
    const QString latin = joined(
        value(QStringLiteral("given_name_latin")), value(QStringLiteral("family_name_latin")));
    if (!latin.isEmpty())
        return latin;
    return Transliteration::ukrainianToLatin(
        joined(value(QStringLiteral("given_name")), value(QStringLiteral("family_name"))));
}

QString DocumentMember::nativeName() const
{
    const QString native
        = joined(value(QStringLiteral("given_name")), value(QStringLiteral("family_name")));
    return native == latinName() ? QString() : native;
}

QStringList DocumentData::memberUids() const
{
    QStringList uids;
    for (const DocumentMember &member : members)
        uids.append(member.uid());
    for (const MemberGroup &group : groups) {
        for (const DocumentMember &member : group.members)
            uids.append(member.uid());
    }
    uids.removeDuplicates();
    return uids;
}

int DocumentData::meetingCount() const
{
    int count = 0;
    for (const MeetingDay &day : days)
        count += int(day.meetings.size());
    return count;
}

DocumentSource::DocumentSource(const storage::Database &database)
    : m_database(database)
{
}

QList<DocumentKind> DocumentSource::kinds()
{
    return { DocumentKind::Attendees, DocumentKind::Badges, DocumentKind::Programme,
        DocumentKind::Rooming, DocumentKind::Arrivals, DocumentKind::Letters };
}

QString DocumentSource::kindId(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Attendees:
        return QStringLiteral("attendees");
    case DocumentKind::Badges:
        return QStringLiteral("badges");
    case DocumentKind::Programme:
        return QStringLiteral("programme");
    case DocumentKind::Rooming:
        return QStringLiteral("rooming");
    case DocumentKind::Arrivals:
        return QStringLiteral("arrivals");
    case DocumentKind::Letters:
        return QStringLiteral("letters");
    }
    return {};
}

std::optional<DocumentKind> DocumentSource::kindFromId(const QString &id)
{
    for (DocumentKind kind : kinds()) {
        if (kindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString DocumentSource::kindTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Attendees:
        return tr("Attendee list");
    case DocumentKind::Badges:
        return tr("Badges");
    case DocumentKind::Programme:
        return tr("Programme");
    case DocumentKind::Rooming:
        return tr("Rooming list");
    case DocumentKind::Arrivals:
        return tr("Arrivals and departures");
    case DocumentKind::Letters:
        return tr("Visa invitation letters");
    }
    return {};
}

QStringList DocumentSource::takingPartStatuses()
{
    QStringList statuses = Vocabulary::ids(Vocab::MemberStatus);
    statuses.removeAll(QStringLiteral("declined"));
    statuses.removeAll(QStringLiteral("cancelled"));
    statuses.removeAll(QStringLiteral("replaced"));
    return statuses;
}

QString DocumentSource::letterTemplate(const QString &language)
{
    QFile file(QStringLiteral(":/letters/invitation_%1.html")
                   .arg(language == QLatin1String("fr") ? language : QStringLiteral("en")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The file's opening comment is for whoever edits the file, not for the letter.
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QLatin1String("<!--")))
        text.remove(0, text.indexOf(QLatin1String("-->")) + 3);
    return text.trimmed();
}

QStringList DocumentSource::letterPlaceholders()
{
    return { QStringLiteral("passport_name"), QStringLiteral("native_name"),
        QStringLiteral("salutation"), QStringLiteral("date_of_birth"),
        QStringLiteral("nationality"), QStringLiteral("passport_number"),
        QStringLiteral("passport_expiry"), QStringLiteral("position"), QStringLiteral("community"),
        QStringLiteral("stay_from"), QStringLiteral("stay_to"), QStringLiteral("purpose"),
        QStringLiteral("payer"), QStringLiteral("signatory"), QStringLiteral("organisation"),
        QStringLiteral("delegation"), QStringLiteral("event"), QStringLiteral("city"),
        QStringLiteral("host_country"), QStringLiteral("today") };
}

std::optional<QString> DocumentSource::readLetterTemplate(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (QFileInfo(path).isDir())
        return fail(tr("Cannot read the template “%1”: it is a folder.").arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the template “%1”: %2").arg(shown, file.errorString()));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError())
        return fail(tr("The template “%1” is not UTF-8 text.").arg(shown));
    // Placeholders named in comments (the built-in files explain {{placeholder}} in one) are
    // not filled in and do not count.
    QString letter = text;
    letter.remove(QRegularExpression(
        QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption));
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([a-z_]+)\\s*\\}\\}"));
    const QStringList known = letterPlaceholders();
    QStringList used;
    QStringList unknown;
    auto match = placeholder.globalMatch(letter);
    while (match.hasNext()) {
        const QString name = match.next().captured(1);
        QStringList &list = known.contains(name) ? used : unknown;
        if (!list.contains(name))
            list.append(name);
    }
    if (!unknown.isEmpty()) {
        for (QString &name : unknown)
            name = QStringLiteral("{{%1}}").arg(name);
        return fail(tr("The template “%1” uses placeholders the letters do not know: %2.")
                        .arg(shown, unknown.join(QStringLiteral(", "))));
    }
    if (used.isEmpty())
        return fail(tr("The template “%1” has no placeholder such as {{passport_name}}: it is "
                       "not a letter template.")
                        .arg(shown));
    return text;
}

QString DocumentSource::fillTemplate(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([a-z_]+)\\s*\\}\\}"));
    QString result;
    qsizetype last = 0;
    auto match = placeholder.globalMatch(text);
    while (match.hasNext()) {
        const QRegularExpressionMatch found = match.next();
        result += QStringView(text).mid(last, found.capturedStart() - last);
        const QString name = found.captured(1);
        result += values.contains(name) ? values.value(name).toHtmlEscaped() : found.captured(0);
        last = found.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

bool DocumentSource::readMembers(RowId delegationId, const QStringList &fields,
    const QStringList &statuses, bool consentedOnly, QList<DocumentMember> *members,
    QString *error) const
{
    storage::ExportFilter filter;
    filter.delegationId = delegationId;
    filter.statuses = statuses;
    filter.consentedOnly = consentedOnly;
    storage::ExportCursor cursor(m_database, EntityKind::Member, fields, filter);
    if (!cursor.open()) {
        *error = cursor.lastError();
        return false;
    }
    while (cursor.next()) {
        DocumentMember member;
        for (int i = 0; i < fields.size(); ++i) {
            const QByteArrayView bytes = cursor.value(i);
            if (!bytes.isEmpty())
                member.values.insert(fields.at(i), QString::fromUtf8(bytes));
        }
        members->append(member);
    }
    if (!cursor.lastError().isEmpty()) {
        *error = cursor.lastError();
        return false;
    }
    return true;
}

bool DocumentSource::readMeetings(
    RowId delegationId, const QString &defaultZone, QList<MeetingDay> *days, QString *error) const
{
    const QStringList fields { QStringLiteral("uid"), QStringLiteral("title"),
        QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("time_zone"),
        QStringLiteral("location"), QStringLiteral("counterparts"), QStringLiteral("participants"),
        QStringLiteral("outcome") };
    storage::ExportFilter filter;
    filter.delegationId = delegationId;
    storage::ExportCursor cursor(m_database, EntityKind::Meeting, fields, filter);
    if (!cursor.open()) {
        *error = cursor.lastError();
        return false;
    }
    QList<DocumentMeeting> meetings;
    while (cursor.next()) {
        const auto text = [&cursor](int column) { return QString::fromUtf8(cursor.value(column)); };
        DocumentMeeting meeting;
        meeting.uid = text(0);
        meeting.title = text(1);
        meeting.timeZone = text(4).isEmpty() ? defaultZone : text(4);
        meeting.startsAt = wallTime(text(2), meeting.timeZone);
        meeting.endsAt = wallTime(text(3), meeting.timeZone);
        meeting.location = text(5);
        meeting.counterparts = text(6);
        meeting.participants = text(7);
        meeting.outcome = text(8);
        meetings.append(meeting);
    }
    if (!cursor.lastError().isEmpty()) {
        *error = cursor.lastError();
        return false;
    }
    std::stable_sort(
        meetings.begin(), meetings.end(), [](const DocumentMeeting &a, const DocumentMeeting &b) {
            // Meetings without a time come last.
            if (a.startsAt.isValid() != b.startsAt.isValid())
                return a.startsAt.isValid();
            return a.startsAt < b.startsAt;
        });
    for (const DocumentMeeting &meeting : std::as_const(meetings)) {
        const QDate day = meeting.startsAt.date();
        if (days->isEmpty() || days->constLast().day != day)
            days->append({ day, {} });
        days->last().meetings.append(meeting);
    }
    return true;
}

std::optional<DocumentData> DocumentSource::gather(const Request &request, QString *error) const
{
    QString ignored;
    QString &message = error ? *error : ignored;
    storage::DelegationRepository delegations(m_database);
    const std::optional<Delegation> delegation = delegations.find(request.delegationId);
    if (!delegation) {
        message = delegations.lastError().isEmpty() ? tr("The delegation does not exist.")
                                                    : delegations.lastError();
        return std::nullopt;
    }
    DocumentData data;
    data.kind = request.kind;
    data.title = kindTitle(request.kind);
    data.delegationName = delegation->name;
    data.delegationUid = delegation->uid;
    data.startsOn = delegation->startsOn;
    data.endsOn = delegation->endsOn;
    data.printedOn = QDate::currentDate();
    data.badgeLayout = request.badgeLayout;
    QString hostCountry;
    if (delegation->eventId) {
        storage::EventRepository events(m_database);
        if (const std::optional<Event> event = events.find(delegation->eventId)) {
            data.eventName = event->name;
            data.eventCity = event->city;
            data.eventVenue = event->venue;
            data.timeZone = event->timeZone;
            hostCountry = event->country;
            if (!data.startsOn.isValid())
                data.startsOn = event->startsOn;
            if (!data.endsOn.isValid())
                data.endsOn = event->endsOn;
        }
    }
    if (delegation->coordinatorId) {
        storage::OrganisationRepository organisations(m_database);
        if (const std::optional<Organisation> coordinator
            = organisations.find(delegation->coordinatorId))
            data.coordinator = coordinator->name;
    }

    if (request.kind == DocumentKind::Programme) {
        if (!readMeetings(request.delegationId, data.timeZone, &data.days, &message))
            return std::nullopt;
        return data;
    }

    QStringList fields = memberFields();
    const bool letters = request.kind == DocumentKind::Letters;
    if (letters)
        fields += FieldCatalog::sensitiveIds(EntityKind::Member);
    if (request.kind == DocumentKind::Attendees) {
        const QStringList presetFields = FieldCatalog::presetFields(request.preset);
        for (const QString &field : presetFields) {
            if (!fields.contains(field))
                fields.append(field);
            const Field *known = FieldCatalog::field(EntityKind::Member, field);
            data.columns.append(field);
            data.columnLabels.append(known ? known->label() : field);
        }
    }
    // A selection names its members whatever their status; otherwise those who take part.
    const QStringList statuses
        = request.memberUids.isEmpty() ? takingPartStatuses() : QStringList();
    const bool consentedOnly = request.kind == DocumentKind::Attendees
        && FieldCatalog::presetNeedsConsent(request.preset);
    QList<DocumentMember> members;
    if (!readMembers(request.delegationId, fields, statuses, consentedOnly, &members, &message))
        return std::nullopt;
    if (!request.memberUids.isEmpty()) {
        QList<DocumentMember> chosen;
        for (const QString &uid : request.memberUids) {
            auto found = std::find_if(members.cbegin(), members.cend(),
                [&uid](const DocumentMember &m) { return m.uid() == uid; });
            if (found == members.cend()) {
                message = tr("“%1” is not a member of the delegation “%2”.")
                              .arg(uid, data.delegationName);
                return std::nullopt;
            }
            chosen.append(*found);
        }
        members = chosen;
    }
    if (request.unprintedOnly) {
        members.removeIf([](const DocumentMember &m) {
            return m.value(QStringLiteral("badge_printed")) == QLatin1String("yes");
        });
    }

    switch (request.kind) {
    case DocumentKind::Attendees:
        data.groups = groupBy(members, QStringLiteral("community"), tr("Without a community"));
        break;
    case DocumentKind::Badges:
        data.members = members;
        break;
    case DocumentKind::Rooming:
        data.groups = groupBy(members, QStringLiteral("hotel"), tr("Hotel not chosen yet"));
        break;
    case DocumentKind::Arrivals:
        data.members = members;
        for (const bool arrival : { true, false }) {
            const QString prefix
                = arrival ? QStringLiteral("arrival_") : QStringLiteral("departure_");
            QList<TravelGroup> groups;
            for (const DocumentMember &member : std::as_const(members)) {
                const QDateTime at = QDateTime::fromString(
                    member.value(prefix + QStringLiteral("at")), Qt::ISODate);
                const QString place = member.value(prefix + QStringLiteral("place"));
                if (!at.isValid() && place.isEmpty())
                    continue; // nothing known of this trip yet
                TravelEntry entry { at, member.latinName(),
                    member.value(QStringLiteral("community")),
                    Vocabulary::label(
                        Vocab::Transport, member.value(prefix + QStringLiteral("transport"))),
                    member.value(prefix + QStringLiteral("number")),
                    member.value(QStringLiteral("phone")) };
                const QDate day = at.date();
                auto group = std::find_if(groups.begin(), groups.end(),
                    [&](const TravelGroup &g) { return g.day == day && g.place == place; });
                if (group == groups.end())
                    groups.append({ arrival, day, place, { entry } });
                else
                    group->entries.append(entry);
            }
            const QCollator order = collator();
            std::stable_sort(
                groups.begin(), groups.end(), [&order](const TravelGroup &a, const TravelGroup &b) {
                    if (a.day != b.day)
                        return b.day.isNull() || (!a.day.isNull() && a.day < b.day);
                    return order.compare(a.place, b.place) < 0;
                });
            for (TravelGroup &group : groups) {
                std::stable_sort(group.entries.begin(), group.entries.end(),
                    [](const TravelEntry &a, const TravelEntry &b) {
                        return a.at.time() < b.at.time();
                    });
            }
            data.travel += groups;
        }
        break;
    case DocumentKind::Letters: {
        const QString language = request.letter.language == QLatin1String("fr")
            ? QStringLiteral("fr")
            : QStringLiteral("en");
        const QLocale locale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
            language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom);
        const auto date = [&locale](const QDate &day) {
            return day.isValid() ? locale.toString(day, QStringLiteral("d MMMM yyyy")) : QString();
        };
        QString text = request.letter.templateText.isEmpty() ? letterTemplate(language)
                                                             : request.letter.templateText;
        QString signatory = request.letter.signatory;
        if (signatory.isEmpty() && delegation->headId) {
            storage::ContactRepository contacts(m_database);
            if (const std::optional<Contact> head = contacts.find(delegation->headId)) {
                signatory = joined(head->givenNameLatin, head->familyNameLatin);
                if (signatory.isEmpty())
                    signatory = joined(head->givenName, head->familyName);
            }
        }
        const QString organisation
            = data.coordinator.isEmpty() ? data.delegationName : data.coordinator;
        // The letter's own language, not the window's: so these words are not tr() but follow
        // the template, as its wording does.
        QString purpose = request.letter.purpose;
        if (purpose.isEmpty() && !data.eventName.isEmpty()) {
            purpose = language == QLatin1String("fr")
                ? QStringLiteral("participer à l'événement « %1 », %2")
                      .arg(data.eventName, data.eventCity)
                : QStringLiteral("to take part in the event “%1”, %2")
                      .arg(data.eventName, data.eventCity);
        }
        for (const DocumentMember &member : std::as_const(members)) {
            const auto memberDate = [&](const char *field, const QDate &fallback) {
                const QDate day
                    = QDate::fromString(member.value(QLatin1String(field)).left(10), Qt::ISODate);
                return date(day.isValid() ? day : fallback);
            };
            // As consulates write it: the family name in capitals ("Olena SAVCHUK").
            const QString familyLatin = member.value(QStringLiteral("family_name_latin"));
            const QString passportName = familyLatin.isEmpty()
                ? member.latinName()
                : joined(member.value(QStringLiteral("given_name_latin")), familyLatin.toUpper());
            const QHash<QString, QString> values {
                { QStringLiteral("passport_name"), passportName },
                { QStringLiteral("native_name"), member.nativeName() },
                { QStringLiteral("salutation"), member.value(QStringLiteral("salutation")) },
                { QStringLiteral("date_of_birth"), memberDate("date_of_birth", {}) },
                { QStringLiteral("nationality"),
                    countryName(member.value(QStringLiteral("nationality"))) },
                { QStringLiteral("passport_number"),
                    member.value(QStringLiteral("passport_number")) },
                { QStringLiteral("passport_expiry"), memberDate("passport_expiry", {}) },
                { QStringLiteral("position"), member.value(QStringLiteral("position")) },
                { QStringLiteral("community"), member.value(QStringLiteral("community")) },
                { QStringLiteral("stay_from"),
                    memberDate(member.value(QStringLiteral("arrival_at")).isEmpty() ? "check_in_on"
                                                                                    : "arrival_at",
                        data.startsOn) },
                { QStringLiteral("stay_to"),
                    memberDate(member.value(QStringLiteral("departure_at")).isEmpty()
                            ? "check_out_on"
                            : "departure_at",
                        data.endsOn) },
                { QStringLiteral("purpose"), purpose },
                { QStringLiteral("payer"),
                    request.letter.payer.isEmpty() ? organisation : request.letter.payer },
                { QStringLiteral("signatory"), signatory },
                { QStringLiteral("organisation"), organisation },
                { QStringLiteral("delegation"), data.delegationName },
                { QStringLiteral("event"), data.eventName },
                { QStringLiteral("city"), data.eventCity },
                { QStringLiteral("host_country"), countryName(hostCountry) },
                { QStringLiteral("today"), date(data.printedOn) },
            };
            data.letters.append(fillTemplate(text, values));
            data.members.append(member);
        }
        break;
    }
    case DocumentKind::Programme:
        break;
    }
    return data;
}

} // namespace dd::exchange
