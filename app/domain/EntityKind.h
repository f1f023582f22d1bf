#pragma once
// The kinds of record a user browses, with their names in the CLI and in the window.

#include <QList>
#include <QString>

namespace dd {

enum class EntityKind {
    Community,
    Organisation,
    Contact,
    Event,
    Delegation,
    Member,
    Meeting,
    Partnership,
};

namespace Entity {

QList<EntityKind> all();
// The stable id used by the CLI and in settings: "communities", "attendees"...
QString id(EntityKind kind);
// The stable singular id used in search results: "community", "contact"...
QString kindId(EntityKind kind);
// Translated plural name for lists and menus: "Communities".
QString pluralLabel(EntityKind kind);
// Translated singular name: "Community".
QString singularLabel(EntityKind kind);

} // namespace Entity
} // namespace dd
