#include "CsvImport.h"

#include "domain/ContactRules.h"
#include "domain/DelegationRules.h"
#include "domain/FormInput.h"
#include "domain/OrganisationRules.h"
#include "domain/TextNormaliser.h"
#include "domain/Transliteration.h"
#include "domain/Vocabulary.h"
#include "exchange/CsvWriter.h"
#include "exchange/FieldCatalog.h"
#include "exchange/FormulaGuard.h"
#include "storage/Database.h"
#include "storage/ExportCursor.h"
#include "storage/ImportWriter.h"

#include <QDate>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <vector>

namespace dd::exchange {
namespace {

using storage::ImportWriter;
using Table = ImportWriter::Table;

// Keys of the duplicate maps are 64-bit hashes of the normalised text, not the text itself:
// a million contacts then take tens of megabytes instead of hundreds. The hash is FNV-1a over
// the UTF-16 code units with a final avalanche (splitmix64's): qHash() is made for bucketing
// and let thousands of a million e-mail addresses collide in a test. Two different keys
// meeting by chance is about one in thirty million at a million rows; the row is then shown
// as a duplicate, never merged without the user's policy.
using Key = quint64;

Key keyOf(const QString &text)
{
    quint64 hash = 14695981039346656037ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    hash ^= hash >> 30;
    hash *= 0xbf58476d1ce4e5b9ULL;
    hash ^= hash >> 27;
    hash *= 0x94d049bb133111ebULL;
    hash ^= hash >> 31;
    return hash;
}

// The line each record this import created came from. Ids come in order (one above another
// as the writer gives them; negative stand-ins counting down in a dry run), so a list indexed
// from the first id holds them: a hash of a million ids cost a second of a million-row import.
class CreatedLines {
public:
    void note(RowId id, qint64 line)
    {
        if (m_lines.empty())
            m_first = id;
        const qint64 at = index(id);
        if (at < 0)
            return; // not in order: never so, and then only the earlier line goes unnamed
        if (at >= qint64(m_lines.size()))
            m_lines.resize(std::size_t(at) + 1, 0);
        m_lines[std::size_t(at)] = line;
    }
    // 0 when the record was not created by this import.
    qint64 line(RowId id) const
    {
        const qint64 at = m_lines.empty() ? -1 : index(id);
        return at >= 0 && at < qint64(m_lines.size()) ? m_lines[std::size_t(at)] : 0;
    }

private:
    qint64 index(RowId id) const
    {
        if ((id > 0) != (m_first > 0))
            return -1;
        return m_first > 0 ? id - m_first : m_first - id;
    }
    RowId m_first = 0;
    std::vector<qint64> m_lines;
};

QVariant idValue(RowId id)
{
    return id != 0 ? QVariant(qint64(id)) : QVariant();
}

// One run of an import: the request, the maps, the row being read.
class Session {
public:
    Session(storage::Database &database, const ImportRequest &request, ImportReport &report)
        : m_request(request)
        , m_report(report)
        , m_writer(database)
        , m_database(database)
    {
    }

    bool run(QIODevice *device, const CsvImport::Progress &progress);

private:
    // Mapping
    bool mapColumns();
    int slot(const char *id) const { return int(m_fieldIds.indexOf(QLatin1String(id))); }
    bool mapped(int slot) const { return slot >= 0 && m_columnOf.at(slot) >= 0; }
    // A cell as it will be stored: without the formula guard's apostrophe, trimmed. Read once
    // per row by readValues().
    QString value(int slot) const { return slot < 0 ? QString() : m_values.at(slot); }
    void readValues()
    {
        for (int s = 0; s < m_columnOf.size(); ++s) {
            const int column = m_columnOf.at(s);
            m_values[s] = column < 0 || column >= m_record.size()
                ? QString()
                : FormulaGuard::unprotect(m_record.at(column)).trimmed();
        }
    }
    void problem(int slot, const QString &message)
    {
        if (message.isEmpty())
            return;
        m_rowProblems.append({ m_line, slot >= 0 ? m_fieldIds.at(slot) : QString(), message });
    }
    void show(int slot, const QString &text)
    {
        if (slot >= 0 && m_showing)
            m_shown[slot] = text;
    }
    // Value readers that report what is wrong with the cell.
    QString term(Vocab vocab, int slot, const QString &fallback);
    QVariant flag(int slot);
    QVariant date(int slot);
    QVariant dateTime(int slot, QDateTime *parsed = nullptr);
    QString country(int slot);
    RowId community(int nameSlot, int codeSlot);
    RowId organisation(int slot);

    bool loadMaps();
    bool processRow();
    bool contactRow(RowId *contactId, bool *duplicateSkipped);
    bool communityRow();
    bool organisationRow();
    bool memberRow();
    void duplicate(const QString &field, const QString &value, RowId existing);
    DuplicatePolicy policy() const
    {
        return m_request.rowPolicies.value(m_line, m_request.onDuplicate);
    }
    RowId newId(); // a real row id after an insert, a negative stand-in in a dry run
    bool insert(Table table, const QVariantList &values, RowId *id);
    bool update(Table table, RowId id, const QStringList &columns, const QVariantList &values,
        const QList<bool> &given);
    // A record created has its search document from the writer; only updates are touched.
    // A record of the table checked for duplicates (contacts for attendees) was created.
    void noteCreated(RowId id) { m_createdLines.note(id, m_line); }
    void noteUpdated(EntityKind kind, RowId id)
    {
        if (!m_request.dryRun && id > 0)
            m_touched.append({ kind, id });
    }
    bool writing() const { return !m_request.dryRun && !m_failed; }

    const ImportRequest &m_request;
    ImportReport &m_report;
    ImportWriter m_writer;
    storage::Database &m_database;
    EntityKind m_table = EntityKind::Contact;

    QStringList m_fieldIds; // every field of the table (FieldCatalog order)
    QList<int> m_columnOf; // field slot → column, -1 when not mapped
    QStringList m_record;
    QStringList m_values; // by field slot, see value()
    qint64 m_line = 0;
    QList<ImportProblem> m_rowProblems;
    bool m_showing = false;
    QStringList m_shown;
    bool m_failed = false; // a bad row without skipBadRows: nothing will be written
    bool m_writeError = false;
    RowId m_virtual = 0;
    RowId m_delegationId = 0;
    QHash<QString, RowId> m_delegationsByName; // attendees with a delegation column

    QHash<Key, RowId> m_communityByUid, m_communityByCode, m_communityByNameCountry;
    QHash<Key, QList<RowId>> m_communityByName;
    QHash<Key, RowId> m_organisationByUid, m_organisationByNameCountry;
    QHash<Key, QList<RowId>> m_organisationByName;
    QHash<Key, RowId> m_contactByUid, m_contactByEmail, m_contactByName;
    QHash<QPair<RowId, RowId>, RowId> m_memberOf; // (delegation, contact) → member
    QHash<Key, RowId> m_memberByUid;
    CreatedLines m_createdLines;
    QList<QPair<EntityKind, RowId>> m_touched; // records updated, for the search index

    // Room sharing names another member, who may come later in the file: resolved when every
    // row is in (resolveSharing()).
    struct Sharing {
        qint64 line;
        QStringList record;
        RowId delegation, member, contact;
        QString name;
        bool memberCreated, contactCreated; // by this row, so that it can be left out again
    };
    struct FileMember {
        RowId delegation, member, contact;
        QStringList names; // given, family, given Latin, family Latin, as the row stores them
    };
    bool resolveSharing();
    QList<Sharing> m_sharing;
    QList<FileMember> m_fileMembers;
    QStringList m_rowNames; // the contact's names of the row being read (contactRow())
    bool m_rowCreatedContact = false;
};

QString nameKey(const QString &given, const QString &family, RowId community)
{
    return TextNormaliser::normalise(given) + QLatin1Char('\x1f') + TextNormaliser::normalise(family)
        + QLatin1Char('\x1f') + QString::number(community);
}

QString nameCountryKey(const QString &name, const QString &country)
{
    return TextNormaliser::normalise(name) + QLatin1Char('\x1f') + country.toUpper();
}

bool Session::mapColumns()
{
    const QList<Field> &fields = FieldCatalog::fields(m_table);
    for (const Field &field : fields)
        m_fieldIds.append(field.id);
    m_columnOf = QList<int>(m_fieldIds.size(), -1);
    m_values = QStringList(m_fieldIds.size());
    const QStringList &header = m_report.header;
    const QStringList importable = CsvImport::importableFields(m_table);
    QStringList byColumn(header.size());

    if (!m_request.columnFields.isEmpty()) {
        for (int c = 0; c < header.size(); ++c)
            byColumn[c] = m_request.columnFields.value(c);
    } else {
        for (int c = 0; c < header.size(); ++c) {
            const QString id = FieldCatalog::matchHeader(m_table, header.at(c));
            if (id.isEmpty()) {
                m_report.notes.append(CsvImport::tr("Column “%1” is not imported: no field has that name.")
                                          .arg(header.at(c)));
                continue;
            }
            if (byColumn.contains(id)) {
                m_report.notes.append(CsvImport::tr("Column “%1” is not imported: an earlier column holds the field “%2”.")
                                          .arg(header.at(c), id));
                continue;
            }
            byColumn[c] = id;
        }
        for (const auto &[fieldId, column] : m_request.map) {
            if (!m_fieldIds.contains(fieldId)) {
                m_report.error = CsvImport::tr("The table %1 has no field “%2”.").arg(Entity::id(m_table), fieldId);
                return false;
            }
            bool isNumber = false;
            int index = column.toInt(&isNumber) - 1;
            if (!isNumber) {
                index = int(header.indexOf(column));
                if (index < 0) {
                    const QString wanted = TextNormaliser::normalise(column);
                    for (int c = 0; c < header.size() && index < 0; ++c) {
                        if (TextNormaliser::normalise(header.at(c)) == wanted)
                            index = c;
                    }
                }
            }
            if (index < 0 || index >= header.size()) {
                m_report.error = CsvImport::tr("The file has no column “%1” (for the field “%2”).")
                                     .arg(column, fieldId);
                return false;
            }
            for (QString &other : byColumn) {
                if (other == fieldId)
                    other.clear();
            }
            byColumn[index] = fieldId;
        }
    }
    for (int c = 0; c < byColumn.size(); ++c) {
        const QString &id = byColumn.at(c);
        if (id.isEmpty())
            continue;
        const int s = int(m_fieldIds.indexOf(id));
        if (s < 0 || !importable.contains(id)) {
            m_report.notes.append(CsvImport::tr("Column “%1” (the field “%2”) is not imported into the table %3.")
                                      .arg(header.at(c), id, Entity::id(m_table)));
            byColumn[c].clear();
            continue;
        }
        if (m_columnOf.at(s) < 0)
            m_columnOf[s] = c;
        else
            byColumn[c].clear();
    }
    m_report.columnFields = byColumn;

    // The one field every row needs.
    const bool hasKey = m_table == EntityKind::Community || m_table == EntityKind::Organisation
        ? mapped(slot("name"))
        : mapped(slot("family_name")) || (m_table == EntityKind::Member && mapped(slot("contact_uid")));
    if (!hasKey) {
        const Field *key = FieldCatalog::field(m_table,
            m_table == EntityKind::Community || m_table == EntityKind::Organisation
                ? QStringLiteral("name")
                : QStringLiteral("family_name"));
        m_report.error = CsvImport::tr("No column holds the field “%1” (%2), which every row needs; "
                                       "name it in the header or map it.")
                             .arg(key->id, key->label());
        return false;
    }
    return true;
}

QString Session::term(Vocab vocab, int s, const QString &fallback)
{
    const QString text = value(s);
    if (text.isEmpty())
        return fallback;
    const QStringList ids = Vocabulary::ids(vocab);
    const QString wanted = TextNormaliser::normalise(text);
    for (const QString &id : ids) {
        if (id == wanted || TextNormaliser::normalise(Vocabulary::label(vocab, id)) == wanted)
            return id;
    }
    problem(s, CsvImport::tr("“%1” is not one of %2.").arg(text, ids.join(QStringLiteral(", "))));
    return fallback;
}

QVariant Session::flag(int s)
{
    const QString text = TextNormaliser::normalise(value(s));
    static const QStringList yes { QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
        QStringLiteral("1"), QStringLiteral("так"), QStringLiteral("oui"), QStringLiteral("x") };
    static const QStringList no { QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
        QStringLiteral("0"), QStringLiteral("ні"), QStringLiteral("non"), QString() };
    if (yes.contains(text))
        return true;
    if (!no.contains(text))
        problem(s, CsvImport::tr("“%1” is neither yes nor no.").arg(value(s)));
    return false;
}

QVariant Session::date(int s)
{
    const QString text = value(s);
    if (text.isEmpty())
        return {};
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid()) {
        problem(s, CsvImport::tr("“%1” is not a date written as 2025-11-18.").arg(text));
        return {};
    }
    return parsed.toString(Qt::ISODate);
}

QVariant Session::dateTime(int s, QDateTime *parsedOut)
{
    const QString text = value(s);
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid()) {
        problem(s, CsvImport::tr("“%1” is not a date and time written as 2025-11-18T09:30.").arg(text));
        return {};
    }
    if (parsedOut)
        *parsedOut = parsed;
    // As the forms store it: UTC with a Z, a local time to the minute.
    if (parsed.timeSpec() == Qt::UTC)
        return parsed.toString(Qt::ISODate);
    return parsed.toString(parsed.time().second() == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm")
                                                       : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString Session::country(int s)
{
    const QString text = value(s);
    problem(s, OrganisationRules::problemWithCountry(text));
    return text.toUpper();
}

RowId Session::community(int nameSlot, int codeSlot)
{
    const QString name = value(nameSlot);
    const QString code = value(codeSlot);
    if (!code.isEmpty()) {
        RowId id = m_communityByCode.value(keyOf(code.toUpper()));
        if (id == 0)
            id = m_communityByUid.value(keyOf(code));
        if (id == 0)
            problem(codeSlot, CsvImport::tr("No community has the code or uid “%1”.").arg(code));
        return id;
    }
    if (name.isEmpty())
        return 0;
    const QList<RowId> ids = m_communityByName.value(keyOf(TextNormaliser::normalise(name)));
    if (ids.isEmpty())
        problem(nameSlot, CsvImport::tr("There is no community “%1”; import or enter it first.").arg(name));
    else if (ids.size() > 1)
        problem(nameSlot, CsvImport::tr("%n communities are named “%1”; give the code of the one you mean in community_code.",
                                            nullptr, int(ids.size()))
                              .arg(name));
    return ids.size() == 1 ? ids.constFirst() : 0;
}

RowId Session::organisation(int s)
{
    const QString name = value(s);
    if (name.isEmpty())
        return 0;
    RowId id = m_organisationByUid.value(keyOf(name));
    if (id != 0)
        return id;
    const QList<RowId> ids = m_organisationByName.value(keyOf(TextNormaliser::normalise(name)));
    if (ids.isEmpty())
        problem(s, CsvImport::tr("There is no organisation “%1”; import or enter it first.").arg(name));
    else if (ids.size() > 1)
        problem(s, CsvImport::tr("%n organisations are named “%1”; give the uid of the one you mean.", nullptr, int(ids.size())).arg(name));
    return ids.size() == 1 ? ids.constFirst() : 0;
}

bool Session::loadMaps()
{
    bool ok = m_writer.readCommunities([this](const ImportWriter::CommunityRow &row) {
        m_communityByUid.insert(keyOf(row.uid), row.id);
        if (!row.officialCode.isEmpty())
            m_communityByCode.insert(keyOf(row.officialCode.toUpper()), row.id);
        m_communityByName[keyOf(TextNormaliser::normalise(row.name))].append(row.id);
        m_communityByNameCountry.insert(keyOf(nameCountryKey(row.name, row.country)), row.id);
    });
    ok = ok && m_writer.readOrganisations([this](const ImportWriter::OrganisationRow &row) {
        m_organisationByUid.insert(keyOf(row.uid), row.id);
        m_organisationByName[keyOf(TextNormaliser::normalise(row.name))].append(row.id);
        m_organisationByNameCountry.insert(keyOf(nameCountryKey(row.name, row.country)), row.id);
    });
    if (m_table == EntityKind::Contact || m_table == EntityKind::Member) {
        ok = ok && m_writer.readContacts([this](const ImportWriter::ContactRow &row) {
            m_contactByUid.insert(keyOf(row.uid), row.id);
            if (!row.email.isEmpty())
                m_contactByEmail.insert(keyOf(TextNormaliser::normalise(row.email)), row.id);
            m_contactByName.insert(keyOf(nameKey(row.givenName, row.familyName, row.communityId)), row.id);
        });
    }
    if (m_table == EntityKind::Member) {
        ok = ok && m_writer.readMembers([this](const ImportWriter::MemberRow &row) {
            m_memberOf.insert({ row.delegationId, row.contactId }, row.id);
        });
    }
    if (!ok)
        m_report.error = m_writer.lastError();
    return ok;
}

void Session::duplicate(const QString &field, const QString &text, RowId existing)
{
    ImportDuplicate found;
    found.line = m_line;
    found.field = field;
    found.value = text;
    found.earlierLine = m_createdLines.line(existing);
    found.existingId = found.earlierLine == 0 ? existing : 0;
    found.policy = policy();
    if (m_report.duplicates.size() < ImportReport::maxKept)
        m_report.duplicates.append(found);
}

RowId Session::newId()
{
    return --m_virtual;
}

bool Session::insert(Table table, const QVariantList &values, RowId *id)
{
    if (!writing()) {
        *id = newId();
        return true;
    }
    if (!m_writer.insert(table, values, id)) {
        m_writeError = true;
        return false;
    }
    return true;
}

bool Session::update(Table table, RowId id, const QStringList &columns, const QVariantList &values,
    const QList<bool> &given)
{
    if (!writing() || id < 0)
        return true;
    QStringList names;
    QVariantList chosen;
    for (int i = 0; i < columns.size(); ++i) {
        if (given.at(i)) {
            names.append(columns.at(i));
            chosen.append(values.at(i));
        }
    }
    if (!m_writer.update(table, id, names, chosen)) {
        m_writeError = true;
        return false;
    }
    return true;
}

// The contact part of a contacts row or an attendees row: checks, finds the duplicate, writes.
// *contactId is the contact the row ends up with (0 when skipped or bad).
bool Session::contactRow(RowId *contactId, bool *duplicateSkipped)
{
    const bool member = m_table == EntityKind::Member;
    const int sUid = slot(member ? "contact_uid" : "uid");
    const int sSalutation = slot("salutation"), sGiven = slot("given_name"),
              sPatronymic = slot("patronymic"), sFamily = slot("family_name"),
              sGivenLatin = slot("given_name_latin"), sFamilyLatin = slot("family_name_latin"),
              sPosition = slot("position"), sCommunity = slot("community"),
              sCode = slot("community_code"), sOrganisation = slot("organisation"),
              sEmail = slot("email"), sPhone = slot("phone"), sLanguages = slot("languages"),
              sNationality = slot("nationality"), sConsent = slot("consent_public_list"),
              sNotes = slot("notes"), sBirth = slot("date_of_birth"),
              sPassport = slot("passport_number"), sExpiry = slot("passport_expiry");

    const QString uid = value(sUid);
    const QString given = value(sGiven);
    const QString family = value(sFamily);
    const QString email = value(sEmail);
    const RowId byUid = uid.isEmpty() ? 0 : m_contactByUid.value(keyOf(uid));
    // An attendee row may name its contact by uid alone.
    if (!(member && byUid != 0 && family.isEmpty()))
        problem(sFamily, ContactRules::problemWithFamilyName(family));
    problem(sEmail, ContactRules::problemWithEmail(email));
    problem(sPhone, ContactRules::problemWithPhone(value(sPhone)));
    problem(sNationality, ContactRules::problemWithNationality(value(sNationality)));
    if (member && !uid.isEmpty() && byUid == 0)
        problem(sUid, CsvImport::tr("No contact has the uid “%1”.").arg(uid));
    const RowId communityId = community(sCommunity, sCode);
    const RowId organisationId = organisation(sOrganisation);
    const QVariant consent = member ? QVariant(false) : flag(sConsent);
    const QVariant birth = date(sBirth);
    const QVariant expiry = date(sExpiry);
    QString givenLatin = value(sGivenLatin);
    QString familyLatin = value(sFamilyLatin);
    if (givenLatin.isEmpty() && Transliteration::hasCyrillic(given))
        givenLatin = Transliteration::ukrainianToLatin(given);
    if (familyLatin.isEmpty() && Transliteration::hasCyrillic(family))
        familyLatin = Transliteration::ukrainianToLatin(family);
    if (member)
        m_rowNames = { given, family, givenLatin, familyLatin };

    const QVariantList values { member ? QString() : uid, value(sSalutation), given, value(sPatronymic),
        family, givenLatin, familyLatin, value(sPosition), idValue(communityId), idValue(organisationId),
        email, value(sPhone), value(sLanguages), value(sNationality).toUpper(), consent,
        member ? QString() : value(sNotes) };
    const QVariantList sensitive { birth, value(sPassport), expiry };
    if (m_showing) {
        const int shownSlots[] = { sUid, sSalutation, sGiven, sPatronymic, sFamily, sGivenLatin,
            sFamilyLatin, sPosition };
        for (int i = 0; i < 8; ++i)
            show(shownSlots[i], values.at(i).toString());
        show(sUid, uid);
        show(sCommunity, value(sCommunity));
        show(sCode, value(sCode));
        show(sOrganisation, value(sOrganisation));
        show(sEmail, email);
        show(sPhone, value(sPhone));
        show(sLanguages, value(sLanguages));
        show(sNationality, value(sNationality).toUpper());
        if (!member && mapped(sConsent)) {
            show(sConsent, consent.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
        }
        if (!member)
            show(sNotes, value(sNotes));
        show(sBirth, birth.toString());
        show(sPassport, value(sPassport));
        show(sExpiry, expiry.toString());
    }
    if (!m_rowProblems.isEmpty())
        return true;

    // Duplicates: the same uid, the same e-mail, the same name in the same community.
    RowId existing = byUid;
    QString matchedField = QStringLiteral("uid");
    QString matchedValue = uid;
    // The e-mail's and the name's keys, folded and hashed once for the look-up and the maps.
    const Key emailKey = email.isEmpty() ? 0 : keyOf(TextNormaliser::normalise(email));
    if (existing == 0 && !email.isEmpty()) {
        existing = m_contactByEmail.value(emailKey);
        matchedField = QStringLiteral("email");
        matchedValue = email;
    }
    const Key nameHash = keyOf(nameKey(given, family, communityId));
    if (existing == 0) {
        existing = m_contactByName.value(nameHash);
        matchedField = QStringLiteral("name");
        matchedValue = QString(given + QLatin1Char(' ') + family).trimmed();
    }
    const QList<bool> provided { mapped(sUid) && !member && !uid.isEmpty(), !value(sSalutation).isEmpty(),
        !given.isEmpty(), !value(sPatronymic).isEmpty(), !family.isEmpty(), !value(sGivenLatin).isEmpty(),
        !value(sFamilyLatin).isEmpty(), !value(sPosition).isEmpty(), communityId != 0,
        organisationId != 0, !email.isEmpty(), !value(sPhone).isEmpty(), !value(sLanguages).isEmpty(),
        !value(sNationality).isEmpty(), mapped(sConsent) && !member && !value(sConsent).isEmpty(),
        !member && !value(sNotes).isEmpty() };
    const bool hasSensitive = !birth.isNull() || !value(sPassport).isEmpty() || !expiry.isNull();

    DuplicatePolicy chosen = DuplicatePolicy::Create;
    if (existing != 0) {
        const bool alreadyMember = member && m_memberOf.contains({ m_delegationId, existing });
        // For attendees, a contact found who is not a member yet joins the delegation: skip
        // keeps the stored contact as it is, update sets the file's fields on it, create makes
        // a new person. One who is a member already is skipped, updated or created again.
        duplicate(member && alreadyMember ? QStringLiteral("contact") : matchedField, matchedValue, existing);
        chosen = policy();
        if (member && !alreadyMember && chosen == DuplicatePolicy::Skip) {
            *contactId = existing; // the stored contact, as it is
            return true;
        }
    }
    if (existing != 0 && chosen == DuplicatePolicy::Skip) {
        *duplicateSkipped = true;
        ++m_report.skipped;
        return true;
    }
    if (existing != 0 && chosen == DuplicatePolicy::Update) {
        if (!update(Table::Contacts, existing, ImportWriter::columns(Table::Contacts), values, provided))
            return false;
        if (hasSensitive && writing() && existing > 0 && !m_writer.setSensitive(existing, sensitive)) {
            m_writeError = true;
            return false;
        }
        if (!email.isEmpty())
            m_contactByEmail.insert(emailKey, existing);
        noteUpdated(EntityKind::Contact, existing);
        *contactId = existing;
        if (!member)
            ++m_report.updated;
        return true;
    }
    QVariantList fresh = values;
    if (existing != 0 && matchedField == QLatin1String("uid"))
        fresh[0] = QString(); // created again: a uid of its own
    RowId id = 0;
    if (!insert(Table::Contacts, fresh, &id))
        return false;
    if (hasSensitive && writing() && !m_writer.insert(Table::ContactSensitive, QVariantList { id } + sensitive, nullptr)) {
        m_writeError = true;
        return false;
    }
    noteCreated(id);
    m_rowCreatedContact = true;
    if (!uid.isEmpty() && !member)
        m_contactByUid.insert(keyOf(uid), id);
    // The first record of a key stays its record: one look-up each (a stored 0 is "none").
    if (!email.isEmpty()) {
        RowId &byEmail = m_contactByEmail[emailKey];
        if (byEmail == 0)
            byEmail = id;
    }
    RowId &byName = m_contactByName[nameHash];
    if (byName == 0)
        byName = id;
    *contactId = id;
    if (!member)
        ++m_report.created;
    return true;
}

bool Session::communityRow()
{
    const int sUid = slot("uid"), sName = slot("name"), sLatin = slot("name_latin"), sKind = slot("kind"),
              sCountry = slot("country"), sRegion = slot("region"), sSubregion = slot("subregion"),
              sCode = slot("official_code"), sCentre = slot("centre"),
              sPopulation = slot("population"), sNotes = slot("notes");
    const QString uid = value(sUid);
    const QString name = value(sName);
    if (name.isEmpty())
        problem(sName, CsvImport::tr("A community needs a name."));
    const QString kind = term(Vocab::CommunityKind, sKind, QStringLiteral("other"));
    const QString countryCode = country(sCountry);
    // A community's Latin name is its official one (a gazetteer's), not a transliteration.
    const QString latin = value(sLatin);
    QVariant population;
    const QString populationText = value(sPopulation);
    if (!populationText.isEmpty()) {
        bool ok = false;
        const std::optional<qint64> count = FormInput::parseCount(populationText, &ok, QLocale::c());
        std::optional<qint64> counted = count;
        if (!ok) // "1 200" as people write it in French or Ukrainian
            counted = FormInput::parseCount(populationText, &ok);
        if (!ok || !counted || *counted < 0)
            problem(sPopulation, CsvImport::tr("“%1” is not a population (a whole number of at least 0).").arg(populationText));
        else
            population = qint64(*counted);
    }
    const QString code = value(sCode);
    const QVariantList values { uid, name, latin, kind, countryCode, value(sRegion), value(sSubregion),
        code, value(sCentre), population, value(sNotes) };
    if (m_showing) {
        const int shownSlots[] = { sUid, sName, sLatin, sKind, sCountry, sRegion, sSubregion, sCode, sCentre,
            sPopulation, sNotes };
        for (int i = 0; i < 11; ++i)
            show(shownSlots[i], values.at(i).toString());
    }
    if (!m_rowProblems.isEmpty())
        return true;

    RowId existing = uid.isEmpty() ? 0 : m_communityByUid.value(keyOf(uid));
    QString field = QStringLiteral("uid");
    QString text = uid;
    if (existing == 0 && !code.isEmpty()) {
        existing = m_communityByCode.value(keyOf(code.toUpper()));
        field = QStringLiteral("official_code");
        text = code;
    } else if (existing == 0) {
        // Without a code, the same name in the same country (two Franconvilles need codes).
        existing = m_communityByNameCountry.value(keyOf(nameCountryKey(name, countryCode)));
        field = QStringLiteral("name");
        text = name;
    }
    const QList<bool> given { !uid.isEmpty(), true, !value(sLatin).isEmpty(), !value(sKind).isEmpty(),
        !countryCode.isEmpty(), !value(sRegion).isEmpty(), !value(sSubregion).isEmpty(), !code.isEmpty(),
        !value(sCentre).isEmpty(), !population.isNull(), !value(sNotes).isEmpty() };
    if (existing != 0) {
        duplicate(field, text, existing);
        if (policy() == DuplicatePolicy::Skip) {
            ++m_report.skipped;
            return true;
        }
        if (policy() == DuplicatePolicy::Update) {
            if (!update(Table::Communities, existing, ImportWriter::columns(Table::Communities), values, given))
                return false;
            noteUpdated(EntityKind::Community, existing);
            ++m_report.updated;
            return true;
        }
    }
    QVariantList fresh = values;
    if (existing != 0 && field == QLatin1String("uid"))
        fresh[0] = QString();
    RowId id = 0;
    if (!insert(Table::Communities, fresh, &id))
        return false;
    noteCreated(id);
    if (!uid.isEmpty())
        m_communityByUid.insert(keyOf(uid), id);
    if (!code.isEmpty() && !m_communityByCode.contains(keyOf(code.toUpper())))
        m_communityByCode.insert(keyOf(code.toUpper()), id);
    m_communityByName[keyOf(TextNormaliser::normalise(name))].append(id);
    m_communityByNameCountry.insert(keyOf(nameCountryKey(name, countryCode)), id);
    ++m_report.created;
    return true;
}

bool Session::organisationRow()
{
    const int sUid = slot("uid"), sName = slot("name"), sKind = slot("kind"), sCountry = slot("country"),
              sWebsite = slot("website"), sParent = slot("parent"), sNotes = slot("notes");
    const QString uid = value(sUid);
    const QString name = value(sName);
    problem(sName, OrganisationRules::problemWithName(name));
    const QString kind = term(Vocab::OrganisationKind, sKind, QStringLiteral("other"));
    const QString countryCode = country(sCountry);
    problem(sWebsite, OrganisationRules::problemWithWebsite(value(sWebsite)));
    const RowId parent = organisation(sParent);
    const QVariantList values { uid, name, kind, countryCode, value(sWebsite), idValue(parent), value(sNotes) };
    if (m_showing) {
        const int shownSlots[] = { sUid, sName, sKind, sCountry, sWebsite, sParent, sNotes };
        for (int i = 0; i < 7; ++i)
            show(shownSlots[i], i == 5 ? value(sParent) : values.at(i).toString());
    }
    if (!m_rowProblems.isEmpty())
        return true;
    RowId existing = uid.isEmpty() ? 0 : m_organisationByUid.value(keyOf(uid));
    QString field = QStringLiteral("uid");
    QString text = uid;
    if (existing == 0) {
        existing = m_organisationByNameCountry.value(keyOf(nameCountryKey(name, countryCode)));
        field = QStringLiteral("name");
        text = name;
    }
    const QList<bool> given { !uid.isEmpty(), true, !value(sKind).isEmpty(), !countryCode.isEmpty(),
        !value(sWebsite).isEmpty(), parent != 0, !value(sNotes).isEmpty() };
    if (existing != 0) {
        duplicate(field, text, existing);
        if (policy() == DuplicatePolicy::Skip) {
            ++m_report.skipped;
            return true;
        }
        if (policy() == DuplicatePolicy::Update) {
            if (parent == existing) {
                problem(sParent, OrganisationRules::problemWithParent(existing, parent));
                return true;
            }
            if (!update(Table::Organisations, existing, ImportWriter::columns(Table::Organisations), values, given))
                return false;
            noteUpdated(EntityKind::Organisation, existing);
            ++m_report.updated;
            return true;
        }
    }
    QVariantList fresh = values;
    if (existing != 0 && field == QLatin1String("uid"))
        fresh[0] = QString();
    RowId id = 0;
    if (!insert(Table::Organisations, fresh, &id))
        return false;
    noteCreated(id);
    if (!uid.isEmpty())
        m_organisationByUid.insert(keyOf(uid), id);
    m_organisationByName[keyOf(TextNormaliser::normalise(name))].append(id);
    m_organisationByNameCountry.insert(keyOf(nameCountryKey(name, countryCode)), id);
    ++m_report.created;
    return true;
}

bool Session::memberRow()
{
    const int sUid = slot("uid"), sDelegation = slot("delegation"), sRole = slot("role"),
              sStatus = slot("status"), sCheckedIn = slot("checked_in_at"), sArrival = slot("arrival_at"),
              sArrivalTransport = slot("arrival_transport"), sArrivalNumber = slot("arrival_number"),
              sArrivalPlace = slot("arrival_place"), sDeparture = slot("departure_at"),
              sDepartureTransport = slot("departure_transport"),
              sDepartureNumber = slot("departure_number"), sDeparturePlace = slot("departure_place"),
              sHotel = slot("hotel"), sRoom = slot("room_type"), sCheckIn = slot("check_in_on"),
              sCheckOut = slot("check_out_on"), sVisa = slot("visa_status"),
              sInvitation = slot("invitation_sent"), sBadge = slot("badge_printed"),
              sDietary = slot("dietary"), sAccessibility = slot("accessibility"), sNotes = slot("notes"),
              sSharing = slot("sharing_with");
    if (m_request.delegationId == 0 && m_request.delegation.isEmpty()) {
        // No delegation for the whole file: each row names its own.
        const QString name = value(sDelegation);
        m_delegationId = 0;
        if (name.isEmpty()) {
            problem(sDelegation, CsvImport::tr("The row names no delegation."));
        } else if (m_delegationsByName.contains(name)) {
            m_delegationId = m_delegationsByName.value(name);
        } else {
            QString error;
            // The writer thread must be done with the connection before it is read here.
            if (writing() && !m_writer.flush()) {
                m_writeError = true;
                return false;
            }
            const std::optional<RowId> found = storage::ExportCursor::findDelegation(m_database, name, &error);
            if (!found)
                problem(sDelegation, error);
            m_delegationId = found.value_or(0);
            if (found)
                m_delegationsByName.insert(name, *found);
        }
    }
    const RowId communityId = community(slot("community"), slot("community_code"));
    const QString role = term(Vocab::MemberRole, sRole, QStringLiteral("staff"));
    const QString status = term(Vocab::MemberStatus, sStatus, QStringLiteral("invited"));
    QDateTime arrival;
    QDateTime departure;
    const QVariant arrivalAt = dateTime(sArrival, &arrival);
    const QVariant departureAt = dateTime(sDeparture, &departure);
    if (arrival.isValid() && departure.isValid())
        problem(sDeparture, DelegationRules::problemWithTravel(arrival, departure));
    const QString visa = term(Vocab::VisaStatus, sVisa, QString());
    const QVariant checkIn = date(sCheckIn);
    const QVariant checkOut = date(sCheckOut);
    if (!checkIn.isNull() && !checkOut.isNull() && checkOut.toString() < checkIn.toString())
        problem(sCheckOut, CsvImport::tr("The check-out date is before the check-in date."));
    const QVariantList memberValues { value(sUid), QVariant(), QVariant(), idValue(communityId), role, status,
        dateTime(sCheckedIn), arrivalAt, term(Vocab::Transport, sArrivalTransport, QString()),
        value(sArrivalNumber), value(sArrivalPlace), departureAt,
        term(Vocab::Transport, sDepartureTransport, QString()), value(sDepartureNumber),
        value(sDeparturePlace), value(sHotel), value(sRoom), checkIn, checkOut, visa, flag(sInvitation),
        flag(sBadge), value(sDietary), value(sAccessibility), value(sNotes) };
    if (m_showing) {
        const int shownSlots[] = { sUid, -1, -1, -1, sRole, sStatus, sCheckedIn, sArrival, sArrivalTransport,
            sArrivalNumber, sArrivalPlace, sDeparture, sDepartureTransport, sDepartureNumber,
            sDeparturePlace, sHotel, sRoom, sCheckIn, sCheckOut, sVisa, sInvitation, sBadge, sDietary,
            sAccessibility, sNotes };
        for (int i = 0; i < memberValues.size(); ++i) {
            const QVariant &v = memberValues.at(i);
            show(shownSlots[i], v.typeId() == QMetaType::Bool ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                                          : v.toString());
        }
        show(sDelegation, value(sDelegation));
        show(sSharing, value(sSharing));
    }

    RowId contactId = 0;
    bool skipped = false;
    m_rowNames.clear();
    m_rowCreatedContact = false;
    if (!contactRow(&contactId, &skipped))
        return false;
    if (!m_rowProblems.isEmpty() || skipped || contactId == 0)
        return true;
    // Whom this member shares a room with, once every member is known.
    auto noteSharing = [&](RowId memberId, bool memberCreated) {
        if (!mapped(sSharing))
            return;
        m_fileMembers.append({ m_delegationId, memberId, contactId, m_rowNames });
        if (!value(sSharing).isEmpty()) {
            m_sharing.append({ m_line, m_record, m_delegationId, memberId, contactId, value(sSharing),
                memberCreated, m_rowCreatedContact });
        }
    };

    const QList<bool> given { !value(sUid).isEmpty(), false, false, communityId != 0, !value(sRole).isEmpty(),
        !value(sStatus).isEmpty(), !value(sCheckedIn).isEmpty(), !arrivalAt.isNull(),
        !value(sArrivalTransport).isEmpty(), !value(sArrivalNumber).isEmpty(), !value(sArrivalPlace).isEmpty(),
        !departureAt.isNull(), !value(sDepartureTransport).isEmpty(), !value(sDepartureNumber).isEmpty(),
        !value(sDeparturePlace).isEmpty(), !value(sHotel).isEmpty(), !value(sRoom).isEmpty(),
        !checkIn.isNull(), !checkOut.isNull(), !visa.isEmpty(), !value(sInvitation).isEmpty(),
        !value(sBadge).isEmpty(), !value(sDietary).isEmpty(), !value(sAccessibility).isEmpty(),
        !value(sNotes).isEmpty() };
    const RowId memberId = m_memberOf.value({ m_delegationId, contactId });
    if (memberId != 0) {
        // Reached only with the update policy (skip stopped at the contact).
        if (!update(Table::Members, memberId, ImportWriter::columns(Table::Members), memberValues, given))
            return false;
        noteSharing(memberId, false);
        ++m_report.updated;
        return true;
    }
    QVariantList values = memberValues;
    const QString memberUid = value(sUid);
    if (!memberUid.isEmpty() && m_memberByUid.contains(keyOf(memberUid)))
        values[0] = QString();
    values[1] = qint64(m_delegationId);
    values[2] = qint64(contactId);
    RowId id = 0;
    if (!insert(Table::Members, values, &id))
        return false;
    m_memberOf.insert({ m_delegationId, contactId }, id);
    if (!memberUid.isEmpty())
        m_memberByUid.insert(keyOf(memberUid), id);
    noteSharing(id, true);
    ++m_report.created;
    return true;
}

// sharing_with names a member of the same delegation by their name, native or passport Latin
// (as the export writes it): one stored already or one of this file, before or after the row.
// A name that finds no member, or more than one, or the row's own member, is a problem of the
// row. Without skipBadRows the import then fails as any bad row makes it fail; with it, the
// row is left out again (its membership and the contact it created removed), unless it updated
// a stored member, which cannot be taken back on its own: then nothing is imported.
bool Session::resolveSharing()
{
    if (m_sharing.isEmpty())
        return true;
    QHash<QPair<RowId, Key>, QSet<RowId>> membersByName;
    auto addNames = [&](RowId delegation, RowId member, const QStringList &names) {
        const QString native = TextNormaliser::normalise(QString(names.value(0) + QLatin1Char(' ') + names.value(1)));
        const QString latin = TextNormaliser::normalise(QString(names.value(2) + QLatin1Char(' ') + names.value(3)));
        for (const QString &name : { native, latin }) {
            if (!name.isEmpty())
                membersByName[{ delegation, keyOf(name) }].insert(member);
        }
    };
    QSet<RowId> delegations;
    for (const Sharing &sharing : std::as_const(m_sharing))
        delegations.insert(sharing.delegation);
    bool read = true;
    for (const RowId delegation : std::as_const(delegations)) {
        read = read && m_writer.readMemberNames(delegation, [&](const ImportWriter::MemberName &row) {
            addNames(delegation, row.id,
                { row.givenName, row.familyName, row.givenNameLatin, row.familyNameLatin });
        });
    }
    for (const FileMember &member : std::as_const(m_fileMembers)) {
        addNames(member.delegation, member.member, member.names);
        // A stored contact is also known by the names stored (a dry run has no membership yet).
        if (member.contact > 0) {
            read = read && m_writer.readContactNames(member.contact, [&](const ImportWriter::MemberName &row) {
                addNames(member.delegation, member.member,
                    { row.givenName, row.familyName, row.givenNameLatin, row.familyNameLatin });
            });
        }
    }
    if (!read) {
        m_writeError = true;
        return false;
    }

    // A row left out takes its member away from the names; rows naming them are checked again.
    QHash<int, QString> bad; // index in m_sharing → why
    QHash<int, RowId> roommate;
    QSet<RowId> leftOut;
    for (bool again = true; again;) {
        again = false;
        roommate.clear();
        for (int i = 0; i < m_sharing.size(); ++i) {
            if (bad.contains(i))
                continue;
            const Sharing &sharing = m_sharing.at(i);
            QSet<RowId> found = membersByName.value(
                { sharing.delegation, keyOf(TextNormaliser::normalise(sharing.name)) });
            found.subtract(leftOut);
            QString why;
            if (found.isEmpty())
                why = CsvImport::tr("No member of this delegation is named “%1”.").arg(sharing.name);
            else if (found.size() > 1)
                why = CsvImport::tr("%n member(s) of this delegation are named “%1”.", nullptr, int(found.size()))
                          .arg(sharing.name);
            else if (*found.constBegin() == sharing.member)
                why = CsvImport::tr("A member cannot share a room with themselves.");
            if (why.isEmpty()) {
                roommate.insert(i, *found.constBegin());
                continue;
            }
            bad.insert(i, why);
            if (m_request.skipBadRows && sharing.memberCreated) {
                leftOut.insert(sharing.member);
                again = true;
            }
        }
    }

    for (auto it = bad.cbegin(); it != bad.cend(); ++it) {
        const Sharing &sharing = m_sharing.at(it.key());
        const ImportProblem found { sharing.line, QStringLiteral("sharing_with"), it.value() };
        ++m_report.rejected;
        // In line order among the problems of the other rows.
        const auto byLine = [](const auto &a, const auto &b) { return a.line < b.line; };
        if (m_report.problems.size() < ImportReport::maxKept) {
            m_report.problems.insert(std::upper_bound(m_report.problems.begin(), m_report.problems.end(),
                                         found, byLine),
                found);
        }
        if (m_report.rejectedRows.size() < ImportReport::maxKept) {
            const QPair<qint64, QStringList> row { sharing.line,
                sharing.record + QStringList { QStringLiteral("sharing_with: ") + it.value() } };
            m_report.rejectedRows.insert(std::upper_bound(m_report.rejectedRows.begin(),
                                             m_report.rejectedRows.end(), row,
                                             [](const auto &a, const auto &b) { return a.first < b.first; }),
                row);
        }
        if (!m_request.skipBadRows || !sharing.memberCreated) {
            if (!m_failed) {
                m_failed = true;
                m_writer.rollback();
            }
            continue;
        }
        --m_report.created;
        if (!writing())
            continue;
        // The contact goes too when the row created it and no row kept makes it a member.
        bool contactKept = false;
        for (const FileMember &member : std::as_const(m_fileMembers))
            contactKept = contactKept || (member.contact == sharing.contact && !leftOut.contains(member.member));
        if (!m_writer.remove(Table::Members, sharing.member)
            || (sharing.contactCreated && !contactKept && !m_writer.remove(Table::Contacts, sharing.contact))) {
            m_writeError = true;
            return false;
        }
    }
    if (!writing())
        return true;
    for (auto it = roommate.cbegin(); it != roommate.cend(); ++it) {
        if (!m_writer.update(Table::Members, m_sharing.at(it.key()).member,
                { QStringLiteral("sharing_with_id") }, { qint64(it.value()) })) {
            m_writeError = true;
            return false;
        }
    }
    return true;
}

bool Session::processRow()
{
    m_rowProblems.clear();
    const qsizetype expected = m_report.header.size();
    if (m_record.size() != expected) {
        m_rowProblems.append({ m_line, QString(),
            CsvImport::tr("The row has %n field(s) where the header has %1.", nullptr, int(m_record.size())).arg(expected) });
    } else {
        readValues();
        bool ok = true;
        switch (m_table) {
        case EntityKind::Community: ok = communityRow(); break;
        case EntityKind::Organisation: ok = organisationRow(); break;
        case EntityKind::Member: ok = memberRow(); break;
        default: {
            RowId id = 0;
            bool skipped = false;
            ok = contactRow(&id, &skipped);
        }
        }
        if (!ok)
            return false;
    }
    if (!m_rowProblems.isEmpty()) {
        ++m_report.rejected;
        QStringList reasons;
        for (const ImportProblem &p : std::as_const(m_rowProblems)) {
            if (m_report.problems.size() < ImportReport::maxKept)
                m_report.problems.append(p);
            reasons.append(p.field.isEmpty() ? p.message : p.field + QStringLiteral(": ") + p.message);
        }
        if (m_report.rejectedRows.size() < ImportReport::maxKept)
            m_report.rejectedRows.append({ m_line, m_record + QStringList { reasons.join(QStringLiteral("; ")) } });
        if (!m_request.skipBadRows && !m_failed) {
            m_failed = true; // the rest is still read, so that every problem is listed
            m_writer.rollback();
        }
    }
    return true;
}

bool Session::run(QIODevice *device, const CsvImport::Progress &progress)
{
    m_table = m_request.table;
    CsvReader reader(device, m_request.csv);
    auto readerError = [&]() {
        m_report.error = reader.errorString(); // it names the line (and column) itself
        m_writer.rollback();
        return false;
    };
    if (!reader.open())
        return readerError();
    m_report.encoding = reader.encoding();
    m_report.delimiter = reader.delimiter();
    if (!reader.readRecord(&m_report.header)) {
        if (reader.hasError())
            return readerError();
        m_report.error = CsvImport::tr("The file has no header line.");
        return false;
    }
    if (!mapColumns())
        return false;
    if (m_table == EntityKind::Member) {
        if (m_request.delegationId != 0) {
            m_delegationId = m_request.delegationId;
        } else if (!m_request.delegation.isEmpty()) {
            QString error;
            const std::optional<RowId> found
                = storage::ExportCursor::findDelegation(m_database, m_request.delegation, &error);
            if (!found) {
                m_report.error = error;
                return false;
            }
            m_delegationId = *found;
        } else if (!mapped(slot("delegation"))) {
            m_report.error = CsvImport::tr("Attendees are imported into a delegation: choose one, or map a "
                                           "delegation column.");
            return false;
        }
    }
    if (!loadMaps())
        return false;
    const qint64 total = device->size();
    if (!m_request.dryRun) {
        // A guess at the rows from the size of the file, for the writer's index work.
        const qint64 expected = total / 100;
        if (!m_writer.begin(m_table, expected)) {
            m_report.error = m_writer.lastError();
            return false;
        }
        // Room for the rows to come in the maps they join, grown once rather than step by step.
        if (m_table == EntityKind::Contact || m_table == EntityKind::Member) {
            for (QHash<Key, RowId> *map : { &m_contactByUid, &m_contactByEmail, &m_contactByName })
                map->reserve(map->size() + expected);
        }
    }
    qint64 sinceProgress = 0;
    while (reader.readRecord(&m_record)) {
        m_line = reader.recordLine();
        m_writer.setLine(m_line);
        ++m_report.rows;
        m_showing = m_report.preview.size() < m_request.previewRows;
        if (m_showing)
            m_shown = QStringList(m_fieldIds.size());
        if (!processRow()) {
            // Rows are written while the next ones are read: the line refused may be earlier.
            m_report.error = CsvImport::tr("Line %1: the database refused the row: %2")
                                 .arg(m_writer.failedLine() > 0 ? m_writer.failedLine() : m_line)
                                 .arg(m_writer.lastError());
            m_writer.rollback();
            return false;
        }
        if (m_showing)
            m_report.preview.append({ m_line, m_shown });
        if (++sinceProgress >= 512 && progress) {
            sinceProgress = 0;
            // The writer thread waits meanwhile: a window drawing its progress may read the
            // database.
            if (!m_writer.whilePaused([&] { return progress(reader.bytesRead(), total); })) {
                m_writer.rollback();
                m_report.cancelled = true;
                m_report.error = CsvImport::tr("The import was cancelled; nothing was changed.");
                return false;
            }
        }
    }
    if (reader.hasError())
        return readerError();
    if (!resolveSharing()) {
        m_report.error = CsvImport::tr("The import could not be saved: %1").arg(m_writer.lastError());
        m_writer.rollback();
        return false;
    }
    if (progress)
        m_writer.whilePaused([&] { return progress(total, total); });

    // The preview's columns: the fields mapped, and those filled for them (Latin names).
    for (int s = 0; s < m_fieldIds.size(); ++s) {
        bool shown = mapped(s);
        for (const auto &row : std::as_const(m_report.preview))
            shown = shown || !row.second.at(s).isEmpty();
        if (shown)
            m_report.previewFields.append(m_fieldIds.at(s));
    }
    QList<QPair<qint64, QStringList>> trimmed;
    for (const auto &row : std::as_const(m_report.preview)) {
        QStringList values;
        for (const QString &id : std::as_const(m_report.previewFields))
            values.append(row.second.at(m_fieldIds.indexOf(id)));
        trimmed.append({ row.first, values });
    }
    m_report.preview = trimmed;

    if (m_failed) {
        m_report.error = CsvImport::tr("%n row(s) have problems; nothing was imported.", nullptr,
            int(m_report.rejected));
        return false;
    }
    if (m_request.dryRun)
        return true;
    if (!m_writer.commit(m_touched)) {
        m_report.error = m_writer.failedLine() > 0
            ? CsvImport::tr("Line %1: the database refused the row: %2").arg(m_writer.failedLine()).arg(m_writer.lastError())
            : CsvImport::tr("The import could not be saved: %1").arg(m_writer.lastError());
        return false;
    }
    m_report.written = true;
    return true;
}

} // namespace

CsvImport::CsvImport(storage::Database &database)
    : m_database(database)
{
}

QList<EntityKind> CsvImport::tables()
{
    return { EntityKind::Contact, EntityKind::Community, EntityKind::Organisation, EntityKind::Member };
}

QStringList CsvImport::importableFields(EntityKind table)
{
    QStringList ids = FieldCatalog::ids(table, true);
    if (!tables().contains(table))
        return {};
    return ids;
}

bool CsvImport::run(const ImportRequest &request, QIODevice *device, ImportReport *report)
{
    *report = ImportReport();
    if (!tables().contains(request.table)) {
        report->error = tr("The table %1 cannot be imported; import contacts, communities, organisations or "
                           "attendees.")
                            .arg(Entity::id(request.table));
        return false;
    }
    Session session(m_database, request, *report);
    const bool ok = session.run(device, m_progress);
    return ok && (request.skipBadRows || report->rejected == 0);
}

bool CsvImport::runFile(const ImportRequest &request, const QString &path, ImportReport *report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *report = ImportReport();
        report->error = tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return run(request, &file, report);
}

bool CsvImport::writeRejected(const ImportReport &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    CsvWriter::Options options;
    options.formulaGuard = true;
    CsvWriter writer(&file, options);
    writer.writeRow(report.header + QStringList { tr("reason") });
    for (const auto &row : report.rejectedRows)
        writer.writeRow(row.second);
    if (!writer.flush() || !file.commit()) {
        if (error)
            *error = tr("Cannot write “%1”: %2")
                         .arg(QDir::toNativeSeparators(path),
                             writer.hasError() ? writer.errorString() : file.errorString());
        return false;
    }
    return true;
}

QString CsvImport::describe(const ImportProblem &problem)
{
    if (problem.field.isEmpty())
        return tr("Line %1: %2").arg(problem.line).arg(problem.message);
    return tr("Line %1, field “%2”: %3").arg(problem.line).arg(problem.field, problem.message);
}

QString CsvImport::policyId(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip: return QStringLiteral("skip");
    case DuplicatePolicy::Update: return QStringLiteral("update");
    case DuplicatePolicy::Create: return QStringLiteral("create");
    }
    return {};
}

std::optional<DuplicatePolicy> CsvImport::policyFromId(const QString &id)
{
    for (DuplicatePolicy p : { DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Create }) {
        if (policyId(p) == id)
            return p;
    }
    return std::nullopt;
}

QString CsvImport::policyLabel(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip: return tr("Skip");
    case DuplicatePolicy::Update: return tr("Update");
    case DuplicatePolicy::Create: return tr("Create");
    }
    return {};
}

} // namespace dd::exchange
