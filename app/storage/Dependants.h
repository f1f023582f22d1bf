#pragma once
// What else a deletion touches: the records that point to a community, an organisation or a
// contact, and what the schema's foreign keys do to them (ON DELETE CASCADE removes them, ON
// DELETE SET NULL unlinks them). Read from the schema itself, so a new foreign key is never
// forgotten; asked before deleting, so the user is told in advance.

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd::storage {

class Database;

struct Dependant {
    enum Effect { Removed, Unlinked };

    QString what; // translated, with its number: "2 delegation memberships"
    int count = 0;
    Effect effect = Removed;
    QString table; // where they are, for tests and logs: "delegation_members"
    QString column; // the foreign key: "contact_id"
    // For the parties of partnerships: the partnerships the record is a party to, named by
    // their parties ("Боярка – Palaiseau"), each once. They stay, without the record.
    QStringList partnerships;
};

class Dependants {
    Q_DECLARE_TR_FUNCTIONS(Dependants)

public:
    // Every kind of record that deleting the record (kind, id) removes or unlinks, with how many
    // there are; those with none are left out. The removals reach as far as the cascades do
    // (a removed membership unlinks its room-mate). Empty for a record nothing points to.
    static QList<Dependant> of(const Database &database, EntityKind kind, RowId id);

    // The sentence that says so: "Deleting Олена Савчук also removes 1 delegation membership
    // and 1 meeting participation." name is the record as the user knows it. A party to
    // partnerships is told that they stay, and which (up to three by name, then "and N more"):
    // "Deleting Боярка leaves 1 contact without a community. It is a party to 1 partnership
    // (Боярка – Palaiseau), which will go on without it."
    static QString describe(const QString &name, const QList<Dependant> &dependants);

private:
    static QString joined(const QStringList &items);
    static QString partiesSentence(const QStringList &partnerships);
    static QStringList partnershipsNamed(const Database &database, const QString &column, RowId id);
    static QString what(
        const QString &table, const QString &column, int count, Dependant::Effect effect);
};

inline QList<Dependant> dependantsOf(const Database &database, EntityKind kind, RowId id)
{
    return Dependants::of(database, kind, id);
}

} // namespace dd::storage
