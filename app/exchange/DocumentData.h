#pragma once
// What a printed document of a delegation holds, gathered from the database and already put in
// order: the attendee list grouped by community with a preset's columns, badges, the programme
// by day, the hotel's rooming list, the arrivals and departures by day and place, and the visa
// invitation letters filled in from their template. Rendering (ui/documents) only lays it out;
// which members, which meetings and in what order is decided here, headless and testable.
//
// Sensitive fields (date of birth, passport number) are read for the letters only.

#include "domain/Record.h"
#include "exchange/FieldCatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dd::storage {
class Database;
}

namespace dd::exchange {

enum class DocumentKind { Attendees, Badges, Programme, Rooming, Arrivals, Letters };

// Badges one per A6 page, or four per A4 sheet with cutting marks.
enum class BadgeLayout { A6, FourPerA4 };

// One member as the documents show it: the attendee fields by their FieldCatalog id, as the CSV
// export writes them (dates ISO 8601, terms by id).
struct DocumentMember {
    QHash<QString, QString> values;

    QString value(const QString &field) const { return values.value(field); }
    QString uid() const { return value(QStringLiteral("uid")); }
    // "Olena Kovalenko" as in the passport; transliterated from the native name when no Latin
    // name is entered, so a badge is never empty.
    QString latinName() const;
    // "Олена Коваленко"; empty when it is the same as the Latin name (a foreigner's name).
    QString nativeName() const;
};

// Members under a heading: the attendee list's community, the rooming list's hotel.
struct MemberGroup {
    QString heading;
    QList<DocumentMember> members;
};

// One trip in the arrivals and departures schedule.
struct TravelEntry {
    QDateTime at; // the local time at the place, as entered
    QString name; // Latin name
    QString community;
    QString transport; // translated label: "Plane", "Train"
    QString number; // flight or train number
    QString phone;
};

// The arrivals (or departures) of one day at one airport or station.
struct TravelGroup {
    bool arrival = true;
    QDate day; // null when the date is not known yet
    QString place;
    QList<TravelEntry> entries; // by time
};

struct DocumentMeeting {
    QString uid;
    QString title;
    QDateTime startsAt; // wall time in timeZone (converted there when stored in UTC)
    QDateTime endsAt;
    QString timeZone; // IANA id: the meeting's, else the event's; empty when neither is set
    QString location;
    QString counterparts; // "; "-separated names
    QString participants; // who goes, "; "-separated
    QString outcome;
};

struct MeetingDay {
    QDate day; // null: the meetings whose time is not set yet
    QList<DocumentMeeting> meetings;
};

// The choices a visa invitation letter is filled in with.
struct LetterOptions {
    QString language = QStringLiteral("en"); // en or fr
    QString purpose; // empty: "to take part in <event>, <city>, <dates>"
    QString payer; // who pays the stay; empty: the coordinating organisation
    QString signatory; // who signs; empty: the head of the delegation
    QString templateText; // an edited template (HTML with {{placeholders}}); empty: the built-in
};

struct DocumentData {
    DocumentKind kind = DocumentKind::Attendees;
    QString title; // translated: "Attendee list"
    QString delegationName;
    QString delegationUid;
    QString eventName;
    QString eventCity;
    QString eventVenue;
    QDate startsOn; // the delegation's dates, else the event's
    QDate endsOn;
    QString coordinator; // the coordinating organisation's name
    QString timeZone; // the event's
    QDate printedOn;

    // Attendee list: the preset's columns (ids and translated labels) and the members by
    // community; rooming list: by hotel.
    QStringList columns;
    QStringList columnLabels;
    QList<MemberGroup> groups;
    // Badges: the members in list order.
    QList<DocumentMember> members;
    BadgeLayout badgeLayout = BadgeLayout::FourPerA4;
    // Programme (and calendar).
    QList<MeetingDay> days;
    // Arrivals and departures.
    QList<TravelGroup> travel;
    // Letters: one filled-in HTML letter per member, in member order.
    QStringList letters;

    // Every member the document names, once (for counting and for marking badges printed).
    QStringList memberUids() const;
    int meetingCount() const;
};

class DocumentSource {
    Q_DECLARE_TR_FUNCTIONS(DocumentSource)

public:
    struct Request {
        DocumentKind kind = DocumentKind::Attendees;
        RowId delegationId = 0;
        // The attendee list's columns.
        FieldCatalog::Preset preset = FieldCatalog::Preset::Badges; // the organiser's own list
        // Only these members (uids); empty: every member who takes part (not declined,
        // cancelled or replaced).
        QStringList memberUids;
        // Badges: only the members whose badge is not printed yet.
        bool unprintedOnly = false;
        BadgeLayout badgeLayout = BadgeLayout::FourPerA4;
        LetterOptions letter;
    };

    explicit DocumentSource(const storage::Database &database);

    // The document's data; nullopt and *error (translated) when the delegation does not exist,
    // a selected member is not in it, or the database fails.
    std::optional<DocumentData> gather(const Request &request, QString *error) const;

    static QList<DocumentKind> kinds();
    static QString kindId(DocumentKind kind); // "attendees", "badges", …
    static std::optional<DocumentKind> kindFromId(const QString &id);
    static QString kindTitle(DocumentKind kind); // "Attendee list"

    // The built-in letter template of a language (en or fr): HTML with {{placeholders}}.
    static QString letterTemplate(const QString &language);
    // The placeholders a template may use, for the template editor's help.
    static QStringList letterPlaceholders();
    // An edited template from a file, checked before any letter is made from it: it must be
    // UTF-8 text using at least one placeholder and none the letters do not know (a typo would
    // be printed as it is). Nullopt and *error (translated, naming the file) otherwise.
    static std::optional<QString> readLetterTemplate(const QString &path, QString *error);
    // Replaces each {{name}} by its value, HTML-escaped; unknown placeholders stay visible.
    static QString fillTemplate(const QString &text, const QHash<QString, QString> &values);

    // Member statuses that take part (every one but declined, cancelled and replaced).
    static QStringList takingPartStatuses();

private:
    bool readMembers(RowId delegationId, const QStringList &fields, const QStringList &statuses,
        bool consentedOnly, QList<DocumentMember> *members, QString *error) const;
    bool readMeetings(RowId delegationId, const QString &defaultZone, QList<MeetingDay> *days,
        QString *error) const;

    const storage::Database &m_database;
};

} // namespace dd::exchange
