#include "EntityKind.h"

#include <QCoreApplication>

namespace dd {

QList<EntityKind> Entity::all()
{
    return { EntityKind::Community, EntityKind::Organisation, EntityKind::Contact,
             EntityKind::Event,     EntityKind::Delegation,   EntityKind::Member,
             EntityKind::Meeting,   EntityKind::Partnership };
}

QString Entity::id(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Community: return QStringLiteral("communities");
    case EntityKind::Organisation: return QStringLiteral("organisations");
    case EntityKind::Contact: return QStringLiteral("contacts");
    case EntityKind::Event: return QStringLiteral("events");
    case EntityKind::Delegation: return QStringLiteral("delegations");
    case EntityKind::Member: return QStringLiteral("attendees");
    case EntityKind::Meeting: return QStringLiteral("meetings");
    case EntityKind::Partnership: return QStringLiteral("partnerships");
    }
    return {};
}

QString Entity::kindId(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Community: return QStringLiteral("community");
    case EntityKind::Organisation: return QStringLiteral("organisation");
    case EntityKind::Contact: return QStringLiteral("contact");
    case EntityKind::Event: return QStringLiteral("event");
    case EntityKind::Delegation: return QStringLiteral("delegation");
    case EntityKind::Member: return QStringLiteral("attendee");
    case EntityKind::Meeting: return QStringLiteral("meeting");
    case EntityKind::Partnership: return QStringLiteral("partnership");
    }
    return {};
}

QString Entity::pluralLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Community: return QCoreApplication::translate("Entity", "Communities");
    case EntityKind::Organisation: return QCoreApplication::translate("Entity", "Organisations");
    case EntityKind::Contact: return QCoreApplication::translate("Entity", "Contacts");
    case EntityKind::Event: return QCoreApplication::translate("Entity", "Events");
    case EntityKind::Delegation: return QCoreApplication::translate("Entity", "Delegations");
    case EntityKind::Member: return QCoreApplication::translate("Entity", "Delegation members");
    case EntityKind::Meeting: return QCoreApplication::translate("Entity", "Meetings");
    case EntityKind::Partnership: return QCoreApplication::translate("Entity", "Partnerships");
    }
    return {};
}

QString Entity::singularLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Community: return QCoreApplication::translate("Entity", "Community");
    case EntityKind::Organisation: return QCoreApplication::translate("Entity", "Organisation");
    case EntityKind::Contact: return QCoreApplication::translate("Entity", "Contact");
    case EntityKind::Event: return QCoreApplication::translate("Entity", "Event");
    case EntityKind::Delegation: return QCoreApplication::translate("Entity", "Delegation");
    case EntityKind::Member: return QCoreApplication::translate("Entity", "Delegation member");
    case EntityKind::Meeting: return QCoreApplication::translate("Entity", "Meeting");
    case EntityKind::Partnership: return QCoreApplication::translate("Entity", "Partnership");
    }
    return {};
}

} // namespace dd
