#pragma once
// The demonstration scenario: the Cities4Cities delegation to the Congress of Mayors of France,
// its communities, partners and partnerships, loaded from the JSON document compiled into the
// program (resources/demo/demo-scenario.json) into a new or empty database, all or nothing.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dd::storage {
class Database;
}

namespace dd::exchange {

class DemoScenario
{
    Q_DECLARE_TR_FUNCTIONS(DemoScenario)

public:
    // Loads the scenario from the resource :/demo/demo-scenario.json. Refuses a database that
    // already holds records; on any failure nothing is written and *error (translated) says
    // which record failed and why.
    static bool load(storage::Database &db, QString *error);

    // The same from a document in memory, so that tests can feed it broken documents.
    static bool loadFrom(storage::Database &db, const QByteArray &json, QString *error);

    // Where the built-in document lives.
    static QString resourcePath();
};

} // namespace dd::exchange
