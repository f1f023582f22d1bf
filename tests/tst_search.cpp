// The one search over everything: across scripts, cases and accents, as prefixes; hits grouped
// by kind; the index kept in step with every write (insert, rename, delete, and the
// partnerships that name a renamed or deleted community); a bulk rebuild gives the same
// answers; what people type never reaches FTS5 as syntax.

#include "exchange/DemoScenario.h"
#include "models/SearchResults.h"
#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/PartnershipRepository.h"
#include "storage/SearchIndex.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;

    QList<models::SearchHit> find(const QString &query, int limit = 50)
    {
        QString error;
        const auto hits = models::search(*m_db, query, limit, &error);
        if (!error.isEmpty())
            qWarning("search failed: %s", qPrintable(error));
        return hits;
    }

    QStringList titles(const QString &query, EntityKind kind)
    {
        QStringList result;
        for (const auto &hit : find(query)) {
            if (hit.kind == kind)
                result.append(hit.title);
        }
        return result;
    }

    RowId communityByCode(const QString &code)
    {
        for (const auto &hit : find(code)) {
            if (hit.kind == EntityKind::Community && hit.detail.contains(code))
                return hit.id;
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        storage::Database::Error error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("search.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QString loadError;
        QVERIFY2(exchange::DemoScenario::load(*m_db, &loadError), qPrintable(loadError));
    }

    void findsAcrossScriptsCasesAndAccents_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        const int community = int(EntityKind::Community);
        const QString koriukivka = QStringLiteral("Корюківська міська територіальна громада");
        QTest::newRow("Latin centre") << QStringLiteral("Koriukivka") << community << koriukivka;
        QTest::newRow("Latin prefix") << QStringLiteral("koriuk") << community << koriukivka;
        QTest::newRow("Cyrillic capitals") << QStringLiteral("КОРЮКІВКА") << community << koriukivka;
        QTest::newRow("Cyrillic") << QStringLiteral("Корюківка") << community << koriukivka;
        QTest::newRow("Cyrillic prefix") << QStringLiteral("корюк") << community << koriukivka;
        QTest::newRow("no accent") << QStringLiteral("velizy") << community << QStringLiteral("Vélizy-Villacoublay");
        QTest::newRow("accent, second word") << QStringLiteral("Villacoub") << community
                                             << QStringLiteral("Vélizy-Villacoublay");
        QTest::newRow("accented query") << QStringLiteral("BÉZIERS") << community << QStringLiteral("Béziers");
        QTest::newRow("official code") << QStringLiteral("91477") << community << QStringLiteral("Palaiseau");
        QTest::newRow("circumflex") << QStringLiteral("chateau") << community << QStringLiteral("Château-Thierry");
        QTest::newRow("organisation") << QStringLiteral("stand with") << int(EntityKind::Organisation)
                                      << QStringLiteral("Stand with Ukraine");
        QTest::newRow("partnership by party") << QStringLiteral("Boiarka Palaiseau") << int(EntityKind::Partnership)
                                              << QStringLiteral("Боярка – Palaiseau");
        QTest::newRow("partnership by Cyrillic party") << QStringLiteral("чугуїв") << int(EntityKind::Partnership)
                                                       << QStringLiteral("Чугуїв – Château-Thierry");
        QTest::newRow("meeting") << QStringLiteral("nosivka") << int(EntityKind::Meeting) << QString();
        QTest::newRow("event") << QStringLiteral("congress mayors") << int(EntityKind::Event)
                               << QStringLiteral("Congress of Mayors of France");
    }

    void findsAcrossScriptsCasesAndAccents()
    {
        QFETCH(QString, query);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const QStringList found = titles(query, EntityKind(kind));
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        if (!expected.isEmpty())
            QVERIFY2(found.contains(expected), qPrintable(found.join(QStringLiteral(" | "))));
    }

    void findsPeopleInBothScripts()
    {
        Contact shevchenko;
        shevchenko.givenName = QStringLiteral("Тарас");
        shevchenko.familyName = QStringLiteral("Шевченко");
        storage::ContactRepository contacts(*m_db);
        QVERIFY(contacts.insert(shevchenko));
        for (const QString &query : { QStringLiteral("Shevchenko"), QStringLiteral("shevch"),
                                      QStringLiteral("Шевченко"), QStringLiteral("ШЕВЧ"),
                                      QStringLiteral("taras shev") }) {
            const QStringList found = titles(query, EntityKind::Contact);
            QVERIFY2(found.contains(QStringLiteral("Тарас Шевченко")), qPrintable(query));
        }
        QVERIFY(contacts.remove(shevchenko.id));
    }

    void apostrophesOfEveryKindMatch()
    {
        storage::CommunityRepository communities(*m_db);
        Community town;
        town.name = QStringLiteral("Кам’янська міська територіальна громада");
        town.centre = QStringLiteral("Кам’янське");
        town.kind = QStringLiteral("hromada");
        QVERIFY(communities.insert(town));
        for (const QString &query : { QStringLiteral("кам'янське"), QStringLiteral("Камʼянськ"),
                                      QStringLiteral("камянськ"), QStringLiteral("kamianske") }) {
            QVERIFY2(titles(query, EntityKind::Community).contains(town.name), qPrintable(query));
        }
        QVERIFY(communities.remove(town.id));
    }

    void hitsAreGroupedByKindAndFormatted()
    {
        const auto hits = find(QStringLiteral("palaiseau"));
        QVERIFY(hits.size() >= 2); // the commune and the partnership
        int previous = -1;
        for (const auto &hit : hits) {
            const int order = int(Entity::all().indexOf(hit.kind));
            QVERIFY(order >= previous);
            previous = order;
            QVERIFY(!hit.uid.isEmpty());
            QVERIFY(!hit.title.isEmpty());
        }
        QCOMPARE(hits.constFirst().kind, EntityKind::Community);
        QVERIFY2(hits.constFirst().detail.contains(QStringLiteral("Essonne")), qPrintable(hits.constFirst().detail));
    }

    void limitAndNothingFound()
    {
        QCOMPARE(find(QStringLiteral("a"), 3).size(), 3);
        QVERIFY(find(QStringLiteral("zzzqqq")).isEmpty());
        QVERIFY(find(QStringLiteral("   ")).isEmpty());
        QVERIFY(find(QString()).isEmpty());
    }

    void typedSyntaxIsJustText_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *query : { "\"", "*", "AND", "OR bo", "NOT", "-kor", "(kor", "kor)", "kor:",
                                   "^kor", "NEAR(a b)", "'", "’", "{terms}: x", "%", "_" })
            QTest::newRow(query) << QString::fromUtf8(query);
    }

    void typedSyntaxIsJustText()
    {
        QFETCH(QString, query);
        QString error;
        models::search(*m_db, query, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void keptInStepWithEveryWrite()
    {
        storage::CommunityRepository communities(*m_db);
        Community town;
        town.name = QStringLiteral("Зразкове");
        town.kind = QStringLiteral("hromada");
        QVERIFY(communities.insert(town));
        QCOMPARE(titles(QStringLiteral("zrazkove"), EntityKind::Community), QStringList { town.name });

        town.name = QStringLiteral("Примірне");
        QVERIFY(communities.update(town));
        QVERIFY(titles(QStringLiteral("zrazkove"), EntityKind::Community).isEmpty());
        QCOMPARE(titles(QStringLiteral("prymirne"), EntityKind::Community), QStringList { town.name });

        // A partnership is found by its parties' names, also after a party is renamed.
        storage::PartnershipRepository partnerships(*m_db);
        Partnership partnership;
        partnership.parties.append({ 0, town.id, 0, {}, {} });
        partnership.parties.append({ 0, communityByCode(QStringLiteral("34032")), 0, {}, {} }); // Béziers
        QVERIFY(partnership.parties.constLast().communityId);
        QVERIFY2(partnerships.insert(partnership), qPrintable(partnerships.lastError()));
        QCOMPARE(titles(QStringLiteral("prymirne"), EntityKind::Partnership).size(), 1);
        town.name = QStringLiteral("Взірцеве");
        QVERIFY(communities.update(town));
        QVERIFY(titles(QStringLiteral("prymirne"), EntityKind::Partnership).isEmpty());
        QCOMPARE(titles(QStringLiteral("vzirtseve"), EntityKind::Partnership).size(), 1);

        // Deleting the party takes it out of the partnership's document too.
        QVERIFY(communities.remove(town.id));
        QVERIFY(titles(QStringLiteral("vzirtseve"), EntityKind::Community).isEmpty());
        QVERIFY(titles(QStringLiteral("vzirtseve"), EntityKind::Partnership).isEmpty());
        QVERIFY(!titles(QStringLiteral("beziers"), EntityKind::Partnership).isEmpty());
        QVERIFY(partnerships.remove(partnership.id));
        // The index forgot each replaced document's words exactly (FTS5's own check).
        QCOMPARE(storage::SearchIndex(m_db->connection()).checkProblem(), QString());
    }

    void rebuildGivesTheSameAnswers()
    {
        const QStringList queries { QStringLiteral("kor"), QStringLiteral("Ч"), QStringLiteral("region"),
                                    QStringLiteral("palaiseau"), QStringLiteral("UA74") };
        QList<QStringList> before;
        for (const QString &query : queries) {
            QStringList uids;
            for (const auto &hit : find(query))
                uids.append(hit.uid);
            before.append(uids);
        }
        storage::SearchIndex index(m_db->connection());
        QVERIFY2(index.rebuild(), qPrintable(index.lastError()));
        for (int i = 0; i < queries.size(); ++i) {
            QStringList uids;
            for (const auto &hit : find(queries.at(i)))
                uids.append(hit.uid);
            QCOMPARE(uids, before.at(i));
            QVERIFY2(!uids.isEmpty(), qPrintable(queries.at(i)));
        }
        QCOMPARE(index.checkProblem(), QString());
    }

    void resultsModel()
    {
        models::SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        model.setQuery(QStringLiteral("palaiseau"));
        QVERIFY(model.rowCount() >= 2); // communities and partnerships
        const QModelIndex group = model.index(0, 0);
        QVERIFY(!model.hitAt(group));
        QVERIFY(!(model.flags(group) & Qt::ItemIsSelectable));
        QVERIFY(group.data().toString().contains(Entity::pluralLabel(EntityKind::Community)));
        const QModelIndex first = model.index(0, 0, group);
        const auto hit = model.hitAt(first);
        QVERIFY(hit);
        QCOMPARE(hit->title, QStringLiteral("Palaiseau"));
        QCOMPARE(model.hitCount(), int(find(QStringLiteral("palaiseau"), models::SearchResultsModel::limit).size()));
        model.setQuery(QStringLiteral("zzzqqq"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
