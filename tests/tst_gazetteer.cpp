// The official gazetteers carried as resources: their counts, completion as a user types (in
// either script, any case, with or without accents, by code), places of the same name told
// apart, and the completion model checked by QAbstractItemModelTester. The completion time is
// printed, not asserted (machines differ).

#include "exchange/Gazetteer.h"
#include "models/GazetteerCompletionModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dd;
using exchange::Gazetteer;
using exchange::GazetteerEntry;

class TestGazetteer : public QObject
{
    Q_OBJECT

private:
    static QStringList codes(const QList<GazetteerEntry> &entries)
    {
        QStringList result;
        for (const GazetteerEntry &entry : entries)
            result.append(entry.officialCode);
        return result;
    }

    static bool startsWithIgnoringCase(const GazetteerEntry &entry, QStringView prefix)
    {
        return entry.name.startsWith(prefix, Qt::CaseInsensitive)
            || entry.nameLatin.startsWith(prefix, Qt::CaseInsensitive)
            || entry.officialCode.startsWith(prefix, Qt::CaseInsensitive);
    }

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        const Gazetteer &gazetteer = Gazetteer::instance();
        qInfo("gazetteer read and indexed in %lld ms", qlonglong(timer.elapsed()));
        QVERIFY2(gazetteer.error().isEmpty(), qPrintable(gazetteer.error()));
    }

    void counts()
    {
        const Gazetteer &gazetteer = Gazetteer::instance();
        QCOMPARE(gazetteer.count(QStringLiteral("hromada")), 1772);
        QCOMPARE(gazetteer.count(QStringLiteral("commune")), 34969);
        QCOMPARE(gazetteer.entries().size(), 1772 + 34969);
        const auto crimea = std::count_if(gazetteer.entries().cbegin(), gazetteer.entries().cend(),
                                          [](const GazetteerEntry &e) { return e.occupiedCrimea; });
        QCOMPARE(crimea, 303);
    }

    void entriesAreComplete_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("nameLatin");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("subregion");
        QTest::addColumn<QString>("centre");
        QTest::addColumn<QString>("postalCode");
        QTest::addColumn<qint64>("population"); // -1: none

        QTest::newRow("Koriukivka (town)")
            << QStringLiteral("UA74020010000010449") << QStringLiteral("Корюківська міська територіальна громада")
            << QStringLiteral("Koriukivska miska terytorialna hromada") << QStringLiteral("Чернігівська область")
            << QStringLiteral("Корюківський район") << QStringLiteral("Корюківка") << QString() << qint64(-1);
        QTest::newRow("Hostomel (settlement)")
            << QStringLiteral("UA32080110000056605") << QStringLiteral("Гостомельська селищна територіальна громада")
            << QStringLiteral("Hostomelska selyshchna terytorialna hromada") << QStringLiteral("Київська область")
            << QStringLiteral("Бучанський район") << QStringLiteral("Гостомель") << QString() << qint64(-1);
        QTest::newRow("Kruty (village)")
            << QStringLiteral("UA74040170000037628") << QStringLiteral("Крутівська сільська територіальна громада")
            << QStringLiteral("Krutivska silska terytorialna hromada") << QStringLiteral("Чернігівська область")
            << QStringLiteral("Ніжинський район") << QStringLiteral("Крути") << QString() << qint64(-1);
        QTest::newRow("Verkhivtseve (apostrophe in raion)")
            << QStringLiteral("UA12040030000066040") << QStringLiteral("Верхівцівська міська територіальна громада")
            << QStringLiteral("Verkhivtsivska miska terytorialna hromada") << QStringLiteral("Дніпропетровська область")
            << QStringLiteral("Кам’янський район") << QStringLiteral("Верхівцеве") << QString() << qint64(-1);
        QTest::newRow("Palaiseau")
            << QStringLiteral("91477") << QStringLiteral("Palaiseau") << QStringLiteral("Palaiseau") << QStringLiteral("Île-de-France")
            << QStringLiteral("Essonne") << QString() << QStringLiteral("91120") << qint64(37471);
        QTest::newRow("Paris (first of 21 postal codes)")
            << QStringLiteral("75056") << QStringLiteral("Paris") << QStringLiteral("Paris") << QStringLiteral("Île-de-France") << QStringLiteral("Paris")
            << QString() << QStringLiteral("75001") << qint64(2103778);
        QTest::newRow("Afa (Corsica, 2A)")
            << QStringLiteral("2A001") << QStringLiteral("Afa") << QStringLiteral("Afa") << QStringLiteral("Corse") << QStringLiteral("Corse-du-Sud")
            << QString() << QStringLiteral("20167") << qint64(3350);
    }

    void entriesAreComplete()
    {
        QFETCH(QString, code);
        const GazetteerEntry *entry = Gazetteer::instance().byCode(code);
        QVERIFY(entry);
        QCOMPARE(entry->officialCode, code);
        QFETCH(QString, name);
        QCOMPARE(entry->name, name);
        QFETCH(QString, nameLatin);
        QCOMPARE(entry->nameLatin, nameLatin);
        QFETCH(QString, region);
        QCOMPARE(entry->region, region);
        QFETCH(QString, subregion);
        QCOMPARE(entry->subregion, subregion);
        QFETCH(QString, centre);
        QCOMPARE(entry->centre, centre);
        QFETCH(QString, postalCode);
        QCOMPARE(entry->postalCode, postalCode);
        QFETCH(qint64, population);
        QCOMPARE(entry->population.value_or(-1), population);
        QCOMPARE(entry->country, code.startsWith(u"UA") ? QStringLiteral("UA") : QStringLiteral("FR"));
        QCOMPARE(entry->kind, code.startsWith(u"UA") ? QStringLiteral("hromada") : QStringLiteral("commune"));
        // Lower case finds it too; an unknown code finds nothing.
        QCOMPARE(Gazetteer::instance().byCode(code.toLower()), entry);
    }

    void byCodeRefusesUnknown()
    {
        QVERIFY(!Gazetteer::instance().byCode(QString()));
        QVERIFY(!Gazetteer::instance().byCode(QStringLiteral("99999")));
        QVERIFY(!Gazetteer::instance().byCode(QStringLiteral("9147"))); // a prefix is not a code
        QVERIFY(!Gazetteer::instance().byCode(QStringLiteral("74020010000010449"))); // nor digits without UA
    }

    void firstHit_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");

        QTest::newRow("Корюк") << QStringLiteral("Корюк") << QStringLiteral("UA74020010000010449");
        QTest::newRow("КОРЮК") << QStringLiteral("КОРЮК") << QStringLiteral("UA74020010000010449");
        QTest::newRow("корюк") << QStringLiteral("корюк") << QStringLiteral("UA74020010000010449");
        QTest::newRow("koriuk") << QStringLiteral("koriuk") << QStringLiteral("UA74020010000010449");
        QTest::newRow("Koriukivka (centre, Latin)") << QStringLiteral("Koriukivka") << QStringLiteral("UA74020010000010449");
        QTest::newRow("Корюківська громада") << QStringLiteral("Корюківська громада") << QStringLiteral("UA74020010000010449");
        QTest::newRow("Корюківська міська громада")
            << QStringLiteral("Корюківська міська громада") << QStringLiteral("UA74020010000010449");
        QTest::newRow("full name") << QStringLiteral("Корюківська міська територіальна громада")
                                   << QStringLiteral("UA74020010000010449");
        QTest::newRow("Боярка (centre)") << QStringLiteral("Боярка") << QStringLiteral("UA32140030000074165");
        QTest::newRow("Boiarka") << QStringLiteral("Boiarka") << QStringLiteral("UA32140030000074165");
        QTest::newRow("Славутич") << QStringLiteral("Славутич") << QStringLiteral("UA32100130000093505");
        QTest::newRow("Чугуїв") << QStringLiteral("Чугуїв") << QStringLiteral("UA63140170000087785");
        QTest::newRow("Опішня") << QStringLiteral("Опішня") << QStringLiteral("UA53080350000070563");
        QTest::newRow("Верхівцеве") << QStringLiteral("Верхівцеве") << QStringLiteral("UA12040030000066040");
        QTest::newRow("Галич") << QStringLiteral("Галич") << QStringLiteral("UA26040090000025932");
        // The apostrophe does not matter, nor which one is typed.
        QTest::newRow("Кам'янка ASCII apostrophe") << QStringLiteral("Кам'янка-Бузька") << QString();
        QTest::newRow("Pala") << QStringLiteral("Pala") << QStringLiteral("91477");
        QTest::newRow("PALAISEAU") << QStringLiteral("PALAISEAU") << QStringLiteral("91477");
        QTest::newRow("Vélizy") << QStringLiteral("Vélizy") << QStringLiteral("78640");
        QTest::newRow("velizy") << QStringLiteral("velizy") << QStringLiteral("78640");
        QTest::newRow("velizy villacoublay") << QStringLiteral("velizy villacoublay") << QStringLiteral("78640");
        QTest::newRow("Chateau-Thierry") << QStringLiteral("Chateau-Thierry") << QStringLiteral("02168");
        QTest::newRow("Béziers") << QStringLiteral("beziers") << QStringLiteral("34032");
        QTest::newRow("Paris") << QStringLiteral("Paris") << QStringLiteral("75056");
        QTest::newRow("code prefix 9147 (codes in order)") << QStringLiteral("9147") << QStringLiteral("91471");
        QTest::newRow("code 2A001") << QStringLiteral("2a001") << QStringLiteral("2A001");
        QTest::newRow("KATOTTG prefix") << QStringLiteral("UA7402001") << QStringLiteral("UA74020010000010449");
        QTest::newRow("KATOTTG digits") << QStringLiteral("74020010000010449") << QStringLiteral("UA74020010000010449");
    }

    void firstHit()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        const QList<GazetteerEntry> hits = Gazetteer::instance().complete(typed, 10);
        QVERIFY2(!hits.isEmpty(), qPrintable(typed));
        if (code.isEmpty()) {
            // The same first hit whichever apostrophe is typed.
            const QList<GazetteerEntry> typographic = Gazetteer::instance().complete(
                QString(typed).replace(u'\'', u'’'), 10);
            QCOMPARE(typographic.constFirst().officialCode, hits.constFirst().officialCode);
            QCOMPARE(hits.constFirst().centre, QStringLiteral("Кам’янка-Бузька"));
            return;
        }
        QCOMPARE(hits.constFirst().officialCode, code);
    }

    void koriukivkaDetails()
    {
        const QList<GazetteerEntry> hits = Gazetteer::instance().complete(u"Корюк", 10);
        QVERIFY(!hits.isEmpty());
        const GazetteerEntry &first = hits.constFirst();
        QCOMPARE(first.shortName, QStringLiteral("Корюківська"));
        QCOMPARE(first.centre, QStringLiteral("Корюківка"));
        QCOMPARE(first.region, QStringLiteral("Чернігівська область"));
        QCOMPARE(first.officialCode, QStringLiteral("UA74020010000010449"));
        // Every script and case gives the same list.
        QCOMPARE(codes(Gazetteer::instance().complete(u"koriuk", 10)), codes(hits));
        QCOMPARE(codes(Gazetteer::instance().complete(u"КОРЮК", 10)), codes(hits));
    }

    void palaiseau()
    {
        const QList<GazetteerEntry> hits = Gazetteer::instance().complete(u"Pala", 10);
        QVERIFY(hits.size() > 1);
        const GazetteerEntry &first = hits.constFirst();
        QCOMPARE(first.name, QStringLiteral("Palaiseau"));
        QCOMPARE(first.officialCode, QStringLiteral("91477"));
        QCOMPARE(first.subregion, QStringLiteral("Essonne"));
        QCOMPARE(first.region, QStringLiteral("Île-de-France"));
        for (const GazetteerEntry &hit : hits)
            QVERIFY2(startsWithIgnoringCase(hit, u"pala"), qPrintable(hit.name));
    }

    void homonymsStayDistinct()
    {
        const QList<GazetteerEntry> hits = Gazetteer::instance().complete(u"Franconville", 10);
        QCOMPARE(codes(hits), QStringList({ QStringLiteral("95252"), QStringLiteral("54209") })); // the larger first
        models::GazetteerCompletionModel model;
        model.setQuery(QStringLiteral("Franconville"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Franconville (95252) — Val-d'Oise, Île-de-France"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Franconville (54209) — Meurthe-et-Moselle, Grand Est"));

        // 96 hromada names repeat: all of them are offered, each by its code.
        const QList<GazetteerEntry> pokrovska = Gazetteer::instance().complete(u"Покровська", 50);
        QCOMPARE(pokrovska.size(), 4);
        QStringList seen = codes(pokrovska);
        seen.removeDuplicates();
        QCOMPARE(seen.size(), pokrovska.size());
        // Two "Покровська" in one raion (Нікопольський) read differently by type and centre.
        model.setQuery(QStringLiteral("Покровська"));
        QStringList lines;
        for (int row = 0; row < model.rowCount(); ++row)
            lines.append(model.index(row).data().toString());
        QVERIFY(lines.contains(QStringLiteral("Покровська міська громада — Покров, Нікопольський р-н, Дніпропетровська обл.")));
        QVERIFY(lines.contains(QStringLiteral("Покровська сільська громада — Покровське, Нікопольський р-н, Дніпропетровська обл.")));
        QStringList unique = lines;
        unique.removeDuplicates();
        QCOMPARE(unique.size(), lines.size());
    }

    void codePrefixFindsPalaiseau()
    {
        const QList<GazetteerEntry> hits = Gazetteer::instance().complete(u"9147", 10);
        QCOMPARE(codes(hits), QStringList({ QStringLiteral("91471"), QStringLiteral("91473"),
                                            QStringLiteral("91477"), QStringLiteral("91479") }));
        QCOMPARE(hits.at(2).name, QStringLiteral("Palaiseau"));
    }

    void exactBeforePrefix()
    {
        // "Покров" is a town (the centre of Покровська громада, Dnipropetrovsk oblast): that
        // exact match comes before the many names that merely start with it.
        const QList<GazetteerEntry> hits = Gazetteer::instance().complete(u"Покров", 10);
        QCOMPARE(hits.constFirst().officialCode, QStringLiteral("UA12080090000039979"));
    }

    void crimeaComesLast()
    {
        // Ленінська: only in Crimea's list of pre-2014 councils. Offered, ranked after the
        // oblasts' hromadas of an equal match.
        const QList<GazetteerEntry> lenin = Gazetteer::instance().complete(u"Ленінська", 10);
        QVERIFY(!lenin.isEmpty());
        for (const GazetteerEntry &entry : lenin)
            QVERIFY(entry.occupiedCrimea);
        const QList<GazetteerEntry> hits = Gazetteer::instance().complete(u"Андріїв", 40);
        bool crimeaSeen = false;
        for (const GazetteerEntry &entry : hits) {
            if (entry.occupiedCrimea)
                crimeaSeen = true;
            else
                QVERIFY2(!crimeaSeen, "a hromada of an oblast after one of Crimea");
        }
        QVERIFY(crimeaSeen);
    }

    void nothingFound_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("German town") << QStringLiteral("Sindelfingen");
        QTest::newRow("Swedish town") << QStringLiteral("Sundsvall");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  ");
        QTest::newRow("punctuation") << QStringLiteral("—’-");
        QTest::newRow("non-KMU transliteration") << QStringLiteral("korjuk");
    }

    void nothingFound()
    {
        QFETCH(QString, typed);
        QVERIFY(Gazetteer::instance().complete(typed, 10).isEmpty());
    }

    void limitIsKept()
    {
        QCOMPARE(Gazetteer::instance().complete(u"s", 25).size(), 25);
        QCOMPARE(Gazetteer::instance().complete(u"s", 0).size(), 0);
        QCOMPARE(Gazetteer::instance().complete(u"Корюк", 1).size(), 1);
    }

    void modelRows()
    {
        models::GazetteerCompletionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);

        model.setQuery(QStringLiteral("Корюк"));
        QCOMPARE(resets.size(), 1);
        QVERIFY(model.rowCount() >= 1);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data().toString(),
                 QStringLiteral("Корюківська міська громада — Корюківка, Корюківський р-н, Чернігівська обл."));
        QCOMPARE(first.data(models::GazetteerCompletionModel::CodeRole).toString(), QStringLiteral("UA74020010000010449"));
        QCOMPARE(first.data(Qt::EditRole).toString(), QStringLiteral("Корюківська міська територіальна громада"));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("UA74020010000010449")));

        model.setQuery(QStringLiteral("Pala"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Palaiseau (91477) — Essonne, Île-de-France"));
        QCOMPARE(model.index(0).data(models::GazetteerCompletionModel::CodeRole).toString(), QStringLiteral("91477"));
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("91120")));

        model.setQuery(QStringLiteral("Ленінська")); // repeats inside one Crimean raion get their codes
        QStringList lines;
        for (int row = 0; row < model.rowCount(); ++row)
            lines.append(model.index(row).data().toString());
        QStringList unique = lines;
        unique.removeDuplicates();
        QCOMPARE(unique.size(), lines.size());
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("АР Крим")));

        model.setQuery(QStringLiteral("Sindelfingen"));
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 5);
    }

    void latency()
    {
        // Printed, not asserted: what a keystroke costs on this machine.
        const QStringList queries = { QStringLiteral("s"), QStringLiteral("sa"), QStringLiteral("sai"), QStringLiteral("saint"), QStringLiteral("saint g"),
                                      QStringLiteral("К"), QStringLiteral("Ко"), QStringLiteral("Корюк"), QStringLiteral("P"), QStringLiteral("Pala"),
                                      QStringLiteral("Franconville"), QStringLiteral("9147"), QStringLiteral("UA74"), QStringLiteral("koriuk"),
                                      QStringLiteral("Vélizy"), QStringLiteral("Sindelfingen") };
        constexpr int rounds = 200;
        qint64 worst = 0;
        QString worstQuery;
        QElapsedTimer total;
        total.start();
        for (const QString &query : queries) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < rounds; ++i)
                QVERIFY(Gazetteer::instance().complete(query, 40).size() <= 40);
            const qint64 perCall = timer.nsecsElapsed() / rounds;
            if (perCall > worst) {
                worst = perCall;
                worstQuery = query;
            }
        }
        const double mean = double(total.nsecsElapsed()) / double(rounds * queries.size()) / 1000.0;
        qInfo("complete(limit 40): mean %.1f µs per call over %lld queries × %d rounds; "
              "slowest \"%s\" %.1f µs",
              mean, qlonglong(queries.size()), rounds, qPrintable(worstQuery), double(worst) / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
