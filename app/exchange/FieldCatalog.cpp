#include "FieldCatalog.h"

#include "domain/TextNormaliser.h"

#include <QHash>

namespace dd::exchange {
namespace {

// One field as every table that has it knows it: the same id means the same thing and the same
// label everywhere ("community" of a contact and of an attendee).
struct Definition {
    const char *id;
    const char *label;
    const char *ukrainian;
    const char *french;
    bool sensitive = false;
    const char *more = nullptr; // another common spelling, for header matching
};

// clang-format off
const Definition definitions[] = {
    { "uid", QT_TRANSLATE_NOOP("Field", "UID"), "Ідентифікатор", "Identifiant" },
    { "name", QT_TRANSLATE_NOOP("Field", "Name"), "Назва", "Nom" },
    { "name_latin", QT_TRANSLATE_NOOP("Field", "Name (Latin)"), "Назва латиницею", "Nom (latin)" },
    { "kind", QT_TRANSLATE_NOOP("Field", "Kind"), "Тип", "Type" },
    { "country", QT_TRANSLATE_NOOP("Field", "Country"), "Країна", "Pays" },
    { "region", QT_TRANSLATE_NOOP("Field", "Region"), "Регіон", "Région", false, "Область" },
    { "subregion", QT_TRANSLATE_NOOP("Field", "Subregion"), "Район", "Sous-région", false, "Département" },
    { "official_code", QT_TRANSLATE_NOOP("Field", "Official code"), "Офіційний код", "Code officiel", false, "КАТОТТГ" },
    { "centre", QT_TRANSLATE_NOOP("Field", "Centre"), "Центр", "Chef-lieu" },
    { "population", QT_TRANSLATE_NOOP("Field", "Population"), "Населення", "Population" },
    { "notes", QT_TRANSLATE_NOOP("Field", "Notes"), "Примітки", "Notes" },
    { "website", QT_TRANSLATE_NOOP("Field", "Website"), "Вебсайт", "Site web" },
    { "parent", QT_TRANSLATE_NOOP("Field", "Part of"), "Входить до", "Fait partie de" },
    { "salutation", QT_TRANSLATE_NOOP("Field", "Salutation"), "Звертання", "Civilité" },
    { "given_name", QT_TRANSLATE_NOOP("Field", "Given name"), "Ім’я", "Prénom", false, "First name" },
    { "patronymic", QT_TRANSLATE_NOOP("Field", "Patronymic"), "По батькові", "Patronyme" },
    { "family_name", QT_TRANSLATE_NOOP("Field", "Family name"), "Прізвище", "Nom", false, "Last name" },
    { "given_name_latin", QT_TRANSLATE_NOOP("Field", "Given name (passport)"), "Ім’я латиницею", "Prénom (passeport)" },
    { "family_name_latin", QT_TRANSLATE_NOOP("Field", "Family name (passport)"), "Прізвище латиницею", "Nom (passeport)" },
    { "position", QT_TRANSLATE_NOOP("Field", "Position"), "Посада", "Fonction" },
    { "community", QT_TRANSLATE_NOOP("Field", "Community"), "Громада", "Collectivité", false, "Commune" },
    { "community_code", QT_TRANSLATE_NOOP("Field", "Community code"), "Код громади", "Code de la collectivité" },
    { "organisation", QT_TRANSLATE_NOOP("Field", "Organisation"), "Організація", "Organisation", false, "Organization" },
    { "email", QT_TRANSLATE_NOOP("Field", "E-mail"), "Електронна пошта", "Courriel", false, "Email" },
    { "phone", QT_TRANSLATE_NOOP("Field", "Phone"), "Телефон", "Téléphone" },
    { "languages", QT_TRANSLATE_NOOP("Field", "Languages"), "Мови", "Langues" },
    { "nationality", QT_TRANSLATE_NOOP("Field", "Nationality"), "Громадянство", "Nationalité" },
    { "consent_public_list", QT_TRANSLATE_NOOP("Field", "On public lists"), "Згода на публічні списки", "Accord pour les listes publiques" },
    { "date_of_birth", QT_TRANSLATE_NOOP("Field", "Date of birth"), "Дата народження", "Date de naissance", true },
    { "passport_number", QT_TRANSLATE_NOOP("Field", "Passport number"), "Номер паспорта", "Numéro de passeport", true },
    { "passport_expiry", QT_TRANSLATE_NOOP("Field", "Passport expiry"), "Паспорт дійсний до", "Expiration du passeport", true },
    { "city", QT_TRANSLATE_NOOP("Field", "City"), "Місто", "Ville" },
    { "venue", QT_TRANSLATE_NOOP("Field", "Venue"), "Місце проведення", "Lieu" },
    { "starts_on", QT_TRANSLATE_NOOP("Field", "Starts"), "Початок", "Début" },
    { "ends_on", QT_TRANSLATE_NOOP("Field", "Ends"), "Кінець", "Fin" },
    { "organiser", QT_TRANSLATE_NOOP("Field", "Organiser"), "Організатор", "Organisateur" },
    { "expected_attendance", QT_TRANSLATE_NOOP("Field", "Expected attendance"), "Очікувана кількість учасників", "Participation attendue" },
    { "time_zone", QT_TRANSLATE_NOOP("Field", "Time zone"), "Часовий пояс", "Fuseau horaire" },
    { "event", QT_TRANSLATE_NOOP("Field", "Event"), "Подія", "Événement" },
    { "coordinator", QT_TRANSLATE_NOOP("Field", "Coordinator"), "Координатор", "Coordinateur" },
    { "head", QT_TRANSLATE_NOOP("Field", "Head"), "Керівник", "Chef de délégation" },
    { "status", QT_TRANSLATE_NOOP("Field", "Status"), "Статус", "Statut" },
    { "delegation", QT_TRANSLATE_NOOP("Field", "Delegation"), "Делегація", "Délégation" },
    { "contact_uid", QT_TRANSLATE_NOOP("Field", "Contact UID"), "Ідентифікатор контакту", "Identifiant du contact" },
    { "role", QT_TRANSLATE_NOOP("Field", "Role"), "Роль", "Rôle" },
    { "checked_in_at", QT_TRANSLATE_NOOP("Field", "Checked in"), "Зареєстровано", "Enregistré" },
    { "arrival_at", QT_TRANSLATE_NOOP("Field", "Arrival"), "Прибуття", "Arrivée" },
    { "arrival_transport", QT_TRANSLATE_NOOP("Field", "Arrival transport"), "Транспорт прибуття", "Transport à l’arrivée" },
    { "arrival_number", QT_TRANSLATE_NOOP("Field", "Arrival flight/train"), "Рейс/поїзд прибуття", "Vol/train d’arrivée" },
    { "arrival_place", QT_TRANSLATE_NOOP("Field", "Arrival airport/station"), "Аеропорт/вокзал прибуття", "Aéroport/gare d’arrivée" },
    { "departure_at", QT_TRANSLATE_NOOP("Field", "Departure"), "Відбуття", "Départ" },
    { "departure_transport", QT_TRANSLATE_NOOP("Field", "Departure transport"), "Транспорт відбуття", "Transport au départ" },
    { "departure_number", QT_TRANSLATE_NOOP("Field", "Departure flight/train"), "Рейс/поїзд відбуття", "Vol/train de départ" },
    { "departure_place", QT_TRANSLATE_NOOP("Field", "Departure airport/station"), "Аеропорт/вокзал відбуття", "Aéroport/gare de départ" },
    { "hotel", QT_TRANSLATE_NOOP("Field", "Hotel"), "Готель", "Hôtel" },
    { "room_type", QT_TRANSLATE_NOOP("Field", "Room type"), "Тип номера", "Type de chambre" },
    { "sharing_with", QT_TRANSLATE_NOOP("Field", "Sharing with"), "Ділить номер з", "Partage la chambre avec" },
    { "check_in_on", QT_TRANSLATE_NOOP("Field", "Hotel check-in"), "Заселення", "Arrivée à l’hôtel" },
    { "check_out_on", QT_TRANSLATE_NOOP("Field", "Hotel check-out"), "Виселення", "Départ de l’hôtel" },
    { "visa_status", QT_TRANSLATE_NOOP("Field", "Visa"), "Віза", "Visa" },
    { "invitation_sent", QT_TRANSLATE_NOOP("Field", "Invitation letter sent"), "Запрошення надіслано", "Lettre d’invitation envoyée" },
    { "badge_printed", QT_TRANSLATE_NOOP("Field", "Badge printed"), "Бейдж надруковано", "Badge imprimé" },
    { "dietary", QT_TRANSLATE_NOOP("Field", "Dietary needs"), "Харчові потреби", "Régime alimentaire" },
    { "accessibility", QT_TRANSLATE_NOOP("Field", "Accessibility needs"), "Потреби доступності", "Besoins d’accessibilité" },
    { "title", QT_TRANSLATE_NOOP("Field", "Title"), "Назва", "Titre" },
    { "starts_at", QT_TRANSLATE_NOOP("Field", "Starts"), "Початок", "Début" },
    { "ends_at", QT_TRANSLATE_NOOP("Field", "Ends"), "Кінець", "Fin" },
    { "location", QT_TRANSLATE_NOOP("Field", "Location"), "Місце", "Lieu" },
    { "counterparts", QT_TRANSLATE_NOOP("Field", "Counterparts"), "Співрозмовники", "Interlocuteurs" },
    { "participants", QT_TRANSLATE_NOOP("Field", "Participants"), "Учасники", "Participants" },
    { "outcome", QT_TRANSLATE_NOOP("Field", "Outcome"), "Результат", "Résultat" },
    { "follow_up", QT_TRANSLATE_NOOP("Field", "Follow-up"), "Подальші дії", "Suites à donner" },
    { "follow_up_due", QT_TRANSLATE_NOOP("Field", "Follow-up due"), "Термін подальших дій", "Échéance des suites" },
    { "parties", QT_TRANSLATE_NOOP("Field", "Parties"), "Сторони", "Parties" },
    { "stage", QT_TRANSLATE_NOOP("Field", "Stage"), "Етап", "Étape" },
    { "party_count", QT_TRANSLATE_NOOP("Field", "Parties in all"), "Кількість сторін", "Nombre de parties" },
    { "areas", QT_TRANSLATE_NOOP("Field", "Areas of cooperation"), "Сфери співпраці", "Domaines de coopération" },
    { "facilitators", QT_TRANSLATE_NOOP("Field", "Facilitators"), "Посередники", "Facilitateurs" },
    { "born_at", QT_TRANSLATE_NOOP("Field", "Born at"), "Започатковано на", "Née lors de" },
    { "signed_on", QT_TRANSLATE_NOOP("Field", "Signed"), "Підписано", "Signé le" },
    { "ratified_on", QT_TRANSLATE_NOOP("Field", "Ratified"), "Ратифіковано", "Ratifié le" },
    { "next_step", QT_TRANSLATE_NOOP("Field", "Next step"), "Наступний крок", "Prochaine étape" },
    { "next_step_due", QT_TRANSLATE_NOOP("Field", "Next step due"), "Термін наступного кроку", "Échéance de la prochaine étape" },
};
// clang-format on

// The field ids of each table, as DESIGN.md lists them (sensitive ones last).
QStringList idsOf(EntityKind table)
{
    auto list = [](std::initializer_list<const char *> ids) {
        QStringList result;
        for (const char *id : ids)
            result.append(QLatin1String(id));
        return result;
    };
    switch (table) {
    case EntityKind::Community:
        return list({ "uid", "name", "name_latin", "kind", "country", "region", "subregion",
            "official_code", "centre", "population", "notes" });
    case EntityKind::Organisation:
        return list({ "uid", "name", "kind", "country", "website", "parent", "notes" });
    case EntityKind::Contact:
        return list({ "uid", "salutation", "given_name", "patronymic", "family_name",
            "given_name_latin", "family_name_latin", "position", "community", "community_code",
            "organisation", "email", "phone", "languages", "nationality", "consent_public_list",
            "notes", "date_of_birth", "passport_number", "passport_expiry" });
    case EntityKind::Event:
        return list({ "uid", "name", "kind", "city", "country", "venue", "starts_on", "ends_on",
            "organiser", "expected_attendance", "website", "time_zone" });
    case EntityKind::Delegation:
        return list({ "uid", "name", "event", "coordinator", "head", "starts_on", "ends_on",
            "status", "notes" });
    case EntityKind::Member:
        return list({ "uid", "delegation", "contact_uid", "salutation", "given_name", "patronymic",
            "family_name", "given_name_latin", "family_name_latin", "position", "community",
            "community_code", "email", "phone", "nationality", "role", "status", "checked_in_at",
            "arrival_at", "arrival_transport", "arrival_number", "arrival_place", "departure_at",
            "departure_transport", "departure_number", "departure_place", "hotel", "room_type",
            "sharing_with", "check_in_on", "check_out_on", "visa_status", "invitation_sent",
            "badge_printed", "dietary", "accessibility", "notes", "date_of_birth",
            "passport_number", "passport_expiry" });
    case EntityKind::Meeting:
        return list({ "uid", "delegation", "event", "title", "starts_at", "ends_at", "time_zone",
            "location", "counterparts", "participants", "outcome", "follow_up", "follow_up_due" });
    case EntityKind::Partnership:
        return list({ "uid", "parties", "party_count", "kind", "stage", "areas", "facilitators",
            "born_at", "signed_on", "ratified_on", "next_step", "next_step_due", "notes" });
    }
    return {};
}

const Definition *definition(const QString &id)
{
    for (const Definition &d : definitions) {
        if (id == QLatin1String(d.id))
            return &d;
    }
    return nullptr;
}

QList<Field> buildFields(EntityKind table)
{
    QList<Field> fields;
    for (const QString &id : idsOf(table)) {
        const Definition *d = definition(id);
        Q_ASSERT_X(d, "FieldCatalog", "a table lists a field without a definition");
        if (!d)
            continue;
        Field field { id, d->label, d->sensitive, {} };
        field.aliases = { QString::fromUtf8(d->ukrainian), QString::fromUtf8(d->french) };
        if (d->more)
            field.aliases.append(QString::fromUtf8(d->more));
        fields.append(field);
    }
    return fields;
}

} // namespace

QString Field::label() const
{
    return QCoreApplication::translate("Field", sourceLabel);
}

QList<EntityKind> FieldCatalog::tables()
{
    return { EntityKind::Community, EntityKind::Organisation, EntityKind::Contact,
        EntityKind::Event, EntityKind::Delegation, EntityKind::Member, EntityKind::Meeting,
        EntityKind::Partnership };
}

std::optional<EntityKind> FieldCatalog::tableFromId(const QString &id)
{
    for (EntityKind kind : tables()) {
        if (Entity::id(kind) == id)
            return kind;
    }
    return std::nullopt;
}

const QList<Field> &FieldCatalog::fields(EntityKind table)
{
    // Built once per table on first use; the catalog never changes while the program runs.
    static const QHash<int, QList<Field>> all = [] {
        QHash<int, QList<Field>> result;
        for (EntityKind kind : tables())
            result.insert(int(kind), buildFields(kind));
        return result;
    }();
    static const QList<Field> none;
    const auto it = all.constFind(int(table));
    return it == all.constEnd() ? none : *it;
}

const Field *FieldCatalog::field(EntityKind table, const QString &id)
{
    for (const Field &field : fields(table)) {
        if (field.id == id)
            return &field;
    }
    return nullptr;
}

QStringList FieldCatalog::ids(EntityKind table, bool withSensitive)
{
    QStringList result;
    for (const Field &field : fields(table)) {
        if (withSensitive || !field.sensitive)
            result.append(field.id);
    }
    return result;
}

QStringList FieldCatalog::sensitiveIds(EntityKind table)
{
    QStringList result;
    for (const Field &field : fields(table)) {
        if (field.sensitive)
            result.append(field.id);
    }
    return result;
}

bool FieldCatalog::isSensitive(EntityKind table, const QString &id)
{
    const Field *f = field(table, id);
    return f && f->sensitive;
}

QString FieldCatalog::matchHeader(EntityKind table, const QString &header)
{
    const QString wanted = TextNormaliser::normalise(header);
    if (wanted.isEmpty())
        return {};
    // Ids first, then labels: "name" is an id before it is anyone's label.
    for (const Field &field : fields(table)) {
        if (field.id == wanted)
            return field.id;
    }
    for (const Field &field : fields(table)) {
        QStringList names = field.aliases;
        names.append(QLatin1String(field.sourceLabel));
        names.append(field.label());
        for (const QString &name : std::as_const(names)) {
            if (TextNormaliser::normalise(name) == wanted)
                return field.id;
        }
    }
    return {};
}

QList<FieldCatalog::Preset> FieldCatalog::presets()
{
    return { Preset::Public, Preset::Rooming, Preset::Transport, Preset::Badges, Preset::Visa,
        Preset::Full };
}

QStringList FieldCatalog::presetIds()
{
    QStringList ids;
    for (Preset preset : presets())
        ids.append(presetId(preset));
    return ids;
}

QString FieldCatalog::presetId(Preset preset)
{
    switch (preset) {
    case Preset::Public:
        return QStringLiteral("public");
    case Preset::Rooming:
        return QStringLiteral("rooming");
    case Preset::Transport:
        return QStringLiteral("transport");
    case Preset::Badges:
        return QStringLiteral("badges");
    case Preset::Visa:
        return QStringLiteral("visa");
    case Preset::Full:
        return QStringLiteral("full");
    }
    return {};
}

std::optional<FieldCatalog::Preset> FieldCatalog::presetFromId(const QString &id)
{
    for (Preset preset : presets()) {
        if (presetId(preset) == id)
            return preset;
    }
    return std::nullopt;
}

QString FieldCatalog::presetLabel(Preset preset)
{
    switch (preset) {
    case Preset::Public:
        return tr("Public list");
    case Preset::Rooming:
        return tr("Hotel rooming list");
    case Preset::Transport:
        return tr("Transport list");
    case Preset::Badges:
        return tr("Badges");
    case Preset::Visa:
        return tr("Visa list");
    case Preset::Full:
        return tr("Full list");
    }
    return {};
}

QString FieldCatalog::presetDescription(Preset preset)
{
    switch (preset) {
    case Preset::Public:
        return tr(
            "Name, position and community of the members who agreed to appear on public lists.");
    case Preset::Rooming:
        return tr("Passport names, hotel, room type, room sharing and check-in and check-out "
                  "dates, for the hotel.");
    case Preset::Transport:
        return tr("Passport names with arrival and departure times, flights or trains and airports "
                  "or stations, "
                  "for a transport agency.");
    case Preset::Badges:
        return tr("Native and passport names, position, community and role, for printing badges.");
    case Preset::Visa:
        return tr("Passport and native names, nationality, community, role and visa status.");
    case Preset::Full:
        return tr("Every field of the members except the sensitive ones.");
    }
    return {};
}

QStringList FieldCatalog::presetFields(Preset preset)
{
    auto list = [](std::initializer_list<const char *> ids) {
        QStringList result;
        for (const char *id : ids)
            result.append(QLatin1String(id));
        return result;
    };
    switch (preset) {
    case Preset::Public:
        return list({ "given_name", "family_name", "position", "community" });
    case Preset::Rooming:
        return list({ "family_name_latin", "given_name_latin", "hotel", "room_type", "sharing_with",
            "check_in_on", "check_out_on" });
    case Preset::Transport:
        return list({ "family_name_latin", "given_name_latin", "arrival_at", "arrival_transport",
            "arrival_number", "arrival_place", "departure_at", "departure_transport",
            "departure_number", "departure_place" });
    case Preset::Badges:
        return list({ "given_name", "family_name", "given_name_latin", "family_name_latin",
            "position", "community", "role" });
    case Preset::Visa:
        return list({ "family_name_latin", "given_name_latin", "family_name", "given_name",
            "nationality", "community", "role", "visa_status", "invitation_sent" });
    case Preset::Full: {
        QStringList all = ids(EntityKind::Member);
        all.removeAll(
            QStringLiteral("delegation")); // added by the export when it spans delegations
        return all;
    }
    }
    return {};
}

QString FieldCatalog::sensitiveExplanation()
{
    return tr("Sensitive fields are the date of birth, the passport number and the passport's "
              "expiry date. "
              "They are never exported through a preset: tick each one you need for this export, "
              "and send "
              "the file only to whom it is for.");
}

} // namespace dd::exchange
