#pragma once
// The fields of every table that CSV export and import know, as DESIGN.md lists them: the
// stable snake_case ids (the header with `--header ids`, `--columns`, `--map`), a label in the
// user's language, whether the field is sensitive (date of birth, passport number and expiry),
// and the Ukrainian and French labels written out, so that an import recognises a header in
// any of the three languages whatever the language of the window. Also the purpose presets of
// the attendee list (public, rooming, transport, badges, visa, full), none of which carries a
// sensitive field.
//
// The catalog says what the fields are; storage::ExportCursor says how each is read.

#include "domain/EntityKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dd::exchange {

struct Field {
    QString id; // "family_name"
    const char *sourceLabel; // English, translated in the context "Field"
    bool sensitive = false;
    // The same label in the other languages, written out for header matching: "Прізвище", "Nom".
    QStringList aliases;

    // The label in the user's language: "Family name", "Прізвище".
    QString label() const;
};

class FieldCatalog {
    Q_DECLARE_TR_FUNCTIONS(FieldCatalog)

public:
    enum class Preset { Public, Rooming, Transport, Badges, Visa, Full };

    // The tables with fields, in DESIGN.md's order; their ids are Entity::id() ("attendees").
    static QList<EntityKind> tables();
    static std::optional<EntityKind> tableFromId(const QString &id);

    // Every field of a table, sensitive ones last, in a stable order.
    static const QList<Field> &fields(EntityKind table);
    // The field with that id, or null.
    static const Field *field(EntityKind table, const QString &id);
    // The ids of a table's fields; sensitive ones only when asked for.
    static QStringList ids(EntityKind table, bool withSensitive = false);
    static QStringList sensitiveIds(EntityKind table);
    static bool isSensitive(EntityKind table, const QString &id);

    // The field a CSV header names: its id, its English or translated label, or one of its
    // aliases, compared after TextNormaliser::normalise() (case, accents, apostrophes and
    // spaces do not matter). Empty when none matches.
    static QString matchHeader(EntityKind table, const QString &header);

    // Attendee presets.
    static QList<Preset> presets();
    static QString presetId(Preset preset); // "rooming"
    static QStringList presetIds(); // in the order of presets(), for messages and help
    static std::optional<Preset> presetFromId(const QString &id);
    static QString presetLabel(Preset preset); // "Hotel rooming list"
    static QString presetDescription(Preset preset); // one sentence: what it is for
    // The fields of a preset, in order; never a sensitive one.
    static QStringList presetFields(Preset preset);
    // The public list holds only the members who agreed to appear on public lists.
    static bool presetNeedsConsent(Preset preset) { return preset == Preset::Public; }

    // One translated sentence saying what the sensitive fields are and when they are written.
    static QString sensitiveExplanation();
};

} // namespace dd::exchange
