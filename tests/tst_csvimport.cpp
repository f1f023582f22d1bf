// CSV import as a whole: header mapping by English, Ukrainian and French labels and by --map,
// validation messages naming line and field, transliteration of empty Latin names, references
// by name and code, duplicates in the database and in the file under each policy, all or
// nothing (the database file byte for byte as it was), skipping bad rows with the rejected rows
// saved as CSV, cancelling, and a round trip: export, import into an empty database, export
// again gives the same bytes, formula-guarded cells included.

#include "ExportFixture.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "storage/DelegationRepository.h"
#include "storage/SearchIndex.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dd;
using namespace dd::exchange;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCsvImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<storage::Database> open(const QString &path)
    {
        storage::Database::Error error;
        auto db = storage::Database::open(path, &error);
        if (!db)
            qWarning("%s", qPrintable(error.message));
        return db;
    }
    std::unique_ptr<storage::Database> fresh()
    {
        return open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_count)));
    }

    static bool runImport(storage::Database &db, const ImportRequest &request, const QByteArray &csv,
        ImportReport *report)
    {
        QByteArray bytes = csv;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvImport importer(db);
        return importer.run(request, &buffer, report);
    }

    static QStringList column(storage::Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        QStringList values;
        if (!query.exec(sql))
            return { QStringLiteral("SQL failed") };
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

    static qint64 count(storage::Database &db, const char *table)
    {
        return column(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).value(0).toLongLong();
    }

    static RowId addCommunity(storage::Database &db, const char *name, const char *code)
    {
        storage::CommunityRepository repository(db);
        Community community;
        community.name = QString::fromUtf8(name);
        community.kind = QStringLiteral("hromada");
        community.country = QStringLiteral("UA");
        community.officialCode = QLatin1String(code);
        repository.insert(community);
        return community.id;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mapsHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("ids") << QByteArray("family_name,given_name,email");
        QTest::newRow("English") << QByteArray("Family name,Given name,E-mail");
        QTest::newRow("Ukrainian") << QByteArray("Прізвище,Ім’я,Електронна пошта");
        QTest::newRow("Ukrainian, ASCII apostrophe, capitals") << QByteArray("ПРІЗВИЩЕ,Ім'я,електронна пошта");
        QTest::newRow("French") << QByteArray("Nom,Prénom,Courriel");
    }

    void mapsHeaders()
    {
        QFETCH(QByteArray, header);
        auto db = fresh();
        ImportRequest request;
        ImportReport report;
        QVERIFY2(runImport(*db, request, header + "\nСавчук,Олена,olena@example.org\n", &report),
            qPrintable(report.error));
        QCOMPARE(report.columnFields,
            (QStringList { QStringLiteral("family_name"), QStringLiteral("given_name"), QStringLiteral("email") }));
        QCOMPARE(column(*db, QStringLiteral("SELECT family_name || '|' || given_name || '|' || email || '|' || "
                                            "family_name_latin || '|' || given_name_latin FROM contacts")),
            QStringList { QStringLiteral("Савчук|Олена|olena@example.org|Savchuk|Olena") });
    }

    void explicitMap()
    {
        auto db = fresh();
        ImportRequest request;
        request.map = { { QStringLiteral("family_name"), QStringLiteral("Surname X") },
            { QStringLiteral("email"), QStringLiteral("3") },
            // --map wins over the automatic match of the column "Nom".
            { QStringLiteral("position"), QStringLiteral("Nom") } };
        ImportReport report;
        QVERIFY2(runImport(*db, request, "Surname X,Nom,Mail\nLefèvre,Maire,jp@example.org\n", &report),
            qPrintable(report.error));
        QCOMPARE(column(*db, QStringLiteral("SELECT family_name || '|' || position || '|' || email FROM contacts")),
            QStringList { QStringLiteral("Lefèvre|Maire|jp@example.org") });
        // Nothing Cyrillic: no Latin name is made up.
        QCOMPARE(column(*db, QStringLiteral("SELECT coalesce(family_name_latin, '-') FROM contacts")),
            QStringList { QStringLiteral("-") });

        ImportReport unknown;
        request.map = { { QStringLiteral("shoe_size"), QStringLiteral("1") } };
        QVERIFY(!runImport(*db, request, "a\nb\n", &unknown));
        QVERIFY2(unknown.error.contains(QStringLiteral("shoe_size")), qPrintable(unknown.error));
        request.map = { { QStringLiteral("family_name"), QStringLiteral("Nope") } };
        QVERIFY(!runImport(*db, request, "a\nb\n", &unknown));
        QVERIFY2(unknown.error.contains(QStringLiteral("Nope")), qPrintable(unknown.error));
        // No column for the one field every row needs.
        request.map.clear();
        QVERIFY(!runImport(*db, request, "email\nx@example.org\n", &unknown));
        QVERIFY2(unknown.error.contains(QStringLiteral("family_name")), qPrintable(unknown.error));
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("field");
        QTest::newRow("no family name") << QByteArray(",Olena,,,no") << QStringLiteral("family_name");
        QTest::newRow("bad e-mail") << QByteArray("Savchuk,Olena,olena at example,,no") << QStringLiteral("email");
        QTest::newRow("bad phone") << QByteArray("Savchuk,Olena,,call me,no") << QStringLiteral("phone");
        QTest::newRow("bad flag") << QByteArray("Savchuk,Olena,,,maybe") << QStringLiteral("consent_public_list");
        QTest::newRow("unknown community") << QByteArray("Savchuk,Olena,,,no,Atlantis") << QStringLiteral("community");
        QTest::newRow("ragged") << QByteArray("Savchuk,Olena") << QString();
    }

    void validation()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, field);
        auto db = fresh();
        ImportRequest request;
        ImportReport report;
        QByteArray csv = "family_name,given_name,email,phone,consent_public_list";
        if (row.count(',') == 5)
            csv += ",community";
        csv += "\nKovalenko,Taras,,,yes";
        if (row.count(',') == 5)
            csv += ",";
        csv += "\n" + row + "\n";
        QVERIFY(!runImport(*db, request, csv, &report));
        QCOMPARE(report.rejected, 1);
        QVERIFY(!report.problems.isEmpty());
        const ImportProblem &problem = report.problems.constFirst();
        QCOMPARE(problem.line, 3);
        QCOMPARE(problem.field, field);
        const QString text = CsvImport::describe(problem);
        QVERIFY2(text.contains(QStringLiteral("Line 3")), qPrintable(text));
        if (!field.isEmpty())
            QVERIFY2(text.contains(field), qPrintable(text));
        // All or nothing: the good first row did not land either.
        QCOMPARE(count(*db, "contacts"), 0);
    }

    void references()
    {
        auto db = fresh();
        addCommunity(*db, "Франконвіль", "95252");
        addCommunity(*db, "Франконвіль", "54205");
        addCommunity(*db, "Корюківська громада", "UA74040130000014211");
        ImportRequest request;
        ImportReport report;
        const QByteArray csv = "family_name,community,community_code\n"
                               "Савчук,Корюківська громада,\n"
                               "Шевчук,Франконвіль,54205\n"
                               "Ткачук,КОРЮКІВСЬКА  громада,\n"
                               "Бондар,Франконвіль,\n";
        QVERIFY(!runImport(*db, request, csv, &report));
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.constFirst().line, 5);
        QVERIFY(report.problems.constFirst().message.contains(QStringLiteral("community_code")));
        request.skipBadRows = true;
        QVERIFY2(runImport(*db, request, csv, &report), qPrintable(report.error));
        QCOMPARE(report.created, 3);
        QCOMPARE(column(*db, QStringLiteral("SELECT c.family_name || ':' || m.official_code FROM contacts c "
                                            "JOIN communities m ON m.id = c.community_id ORDER BY c.id")),
            (QStringList { QStringLiteral("Савчук:UA74040130000014211"), QStringLiteral("Шевчук:54205"),
                QStringLiteral("Ткачук:UA74040130000014211") }));
    }

    void duplicates_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("contacts");
        QTest::addColumn<QString>("position");
        QTest::addColumn<qint64>("created");
        QTest::addColumn<qint64>("updated");
        QTest::addColumn<qint64>("skipped");
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 3 << QStringLiteral("old") << qint64(1) << qint64(0) << qint64(3);
        QTest::newRow("update") << int(DuplicatePolicy::Update) << 3 << QStringLiteral("new") << qint64(1) << qint64(3) << qint64(0);
        QTest::newRow("create") << int(DuplicatePolicy::Create) << 6 << QStringLiteral("old") << qint64(4) << qint64(0) << qint64(0);
    }

    void duplicates()
    {
        QFETCH(int, policy);
        QFETCH(int, contacts);
        QFETCH(QString, position);
        QFETCH(qint64, created);
        QFETCH(qint64, updated);
        QFETCH(qint64, skipped);
        auto db = fresh();
        const RowId koriukivka = addCommunity(*db, "Корюківська громада", "UA74040130000014211");
        storage::ContactRepository repository(*db);
        Contact olena;
        olena.givenName = QStringLiteral("Олена");
        olena.familyName = QStringLiteral("Савчук");
        olena.email = QStringLiteral("olena@example.org");
        olena.position = QStringLiteral("old");
        Contact taras;
        taras.givenName = QStringLiteral("Тарас");
        taras.familyName = QStringLiteral("Коваленко");
        taras.communityId = koriukivka;
        taras.position = QStringLiteral("old");
        QVERIFY(repository.insert(olena) && repository.insert(taras));

        ImportRequest request;
        request.onDuplicate = DuplicatePolicy(policy);
        ImportReport report;
        const QByteArray csv = "given_name,family_name,email,community,position\n"
                               "Olena,Savchuk-Other,OLENA@example.org,,new\n" // same e-mail, any case
                               "Тарас,КОВАЛЕНКО,,Корюківська громада,new\n" // same name, same community
                               "Тарас,Коваленко,,,new\n" // same name, no community: someone else
                               "Тарас,Коваленко,,,new\n"; // within the file: the row above
        QVERIFY2(runImport(*db, request, csv, &report), qPrintable(report.error));
        QCOMPARE(count(*db, "contacts"), contacts);
        QCOMPARE(report.created, created);
        QCOMPARE(report.updated, updated);
        QCOMPARE(report.skipped, skipped);
        QCOMPARE(report.duplicates.size(), policy == int(DuplicatePolicy::Create) ? 3 : 3);
        QCOMPARE(report.duplicates.at(0).field, QStringLiteral("email"));
        QCOMPARE(report.duplicates.at(0).existingId, olena.id);
        QCOMPARE(report.duplicates.at(1).field, QStringLiteral("name"));
        QCOMPARE(report.duplicates.at(1).existingId, taras.id);
        QCOMPARE(report.duplicates.at(2).earlierLine, 4);
        QCOMPARE(report.duplicates.at(2).existingId, 0);
        QCOMPARE(column(*db, QStringLiteral("SELECT position FROM contacts WHERE id = %1").arg(olena.id)),
            QStringList { position });
        // An update sets what the file holds and leaves the rest.
        QCOMPARE(column(*db, QStringLiteral("SELECT given_name FROM contacts WHERE id = %1").arg(olena.id)),
            QStringList { policy == int(DuplicatePolicy::Update) ? QStringLiteral("Olena") : QStringLiteral("Олена") });
    }

    void perRowPolicy()
    {
        auto db = fresh();
        ImportRequest request;
        request.onDuplicate = DuplicatePolicy::Skip;
        request.rowPolicies.insert(3, DuplicatePolicy::Create);
        ImportReport report;
        QVERIFY(runImport(*db, request, "family_name,email\nA,a@example.org\nB,a@example.org\nC,a@example.org\n", &report));
        QCOMPARE(column(*db, QStringLiteral("SELECT family_name FROM contacts ORDER BY id")),
            (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
        QCOMPARE(report.duplicates.size(), 2);
        QCOMPARE(report.duplicates.at(0).policy, DuplicatePolicy::Create);
        QCOMPARE(report.duplicates.at(1).policy, DuplicatePolicy::Skip);
    }

    void failedImportLeavesFileUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("unchanged.sqlite"));
        {
            auto db = open(path);
            QVERIFY(db);
            exporttest::Seeded seeded;
            QVERIFY(exporttest::seed(*db, &seeded));
        }
        // Closed: the WAL is checkpointed into the file and removed.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        {
            auto db = open(path);
            ImportRequest request;
            ImportReport report;
            QByteArray csv = "family_name,email\n";
            for (int i = 0; i < 3000; ++i)
                csv += "Person" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.org\n";
            csv += "Broken,not an address\n";
            QVERIFY(!runImport(*db, request, csv, &report));
            QCOMPARE(report.problems.constFirst().line, 3002);
            QCOMPARE(report.problems.constFirst().field, QStringLiteral("email"));
            // And a file the reader refuses half-way.
            QVERIFY(!runImport(*db, request, "family_name\nA\nB\"c\n", &report));
            QVERIFY(report.error.contains(QStringLiteral("Line 3")));
            QCOMPARE(count(*db, "contacts"), 4);
        }
        QCOMPARE(fileHash(path), before);
    }

    void skipBadRowsAndRejected()
    {
        auto db = fresh();
        ImportRequest request;
        request.skipBadRows = true;
        ImportReport report;
        const QByteArray csv = "family_name,email,notes\nGood,g@example.org,\"two\nlines\"\n"
                               ",nobody@example.org,=SUM(1)\nAlso good,,\nBad,x@,\n";
        QVERIFY2(runImport(*db, request, csv, &report), qPrintable(report.error));
        QCOMPARE(report.created, 2);
        QCOMPARE(report.rejected, 2);
        QCOMPARE(count(*db, "contacts"), 2);
        const QString path = m_dir.filePath(QStringLiteral("rejected.csv"));
        QString error;
        QVERIFY2(CsvImport::writeRejected(report, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = exporttest::readCsv(file.readAll());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (QStringList { QStringLiteral("family_name"), QStringLiteral("email"),
                                 QStringLiteral("notes"), QStringLiteral("reason") }));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("nobody@example.org"));
        // The formula guard protects the file to fix as well.
        QCOMPARE(rows.at(1).at(2), QStringLiteral("'=SUM(1)"));
        QVERIFY(rows.at(1).at(3).startsWith(QStringLiteral("family_name: ")));
        QVERIFY(rows.at(2).at(3).startsWith(QStringLiteral("email: ")));
    }

    void dryRunWritesNothing()
    {
        auto db = fresh();
        ImportRequest request;
        request.dryRun = true;
        request.previewRows = 2;
        ImportReport report;
        QVERIFY(runImport(*db, request, "Прізвище,Ім’я\nСавчук,Олена\nШевчук,Ірина\nБондар,Юрій\n", &report));
        QCOMPARE(report.created, 3);
        QCOMPARE(count(*db, "contacts"), 0);
        QCOMPARE(report.preview.size(), 2);
        QCOMPARE(report.previewFields, (QStringList { QStringLiteral("given_name"), QStringLiteral("family_name"),
                                           QStringLiteral("given_name_latin"), QStringLiteral("family_name_latin") }));
        QCOMPARE(report.preview.at(1).first, 3);
        QCOMPARE(report.preview.at(1).second,
            (QStringList { QStringLiteral("Ірина"), QStringLiteral("Шевчук"), QStringLiteral("Iryna"),
                QStringLiteral("Shevchuk") }));
    }

    void cancelChangesNothing()
    {
        auto db = fresh();
        QByteArray csv = "family_name\n";
        for (int i = 0; i < 5000; ++i)
            csv += "Person" + QByteArray::number(i) + "\n";
        QByteArray bytes = csv;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvImport importer(*db);
        int calls = 0;
        importer.setProgress([&](qint64 done, qint64 total) {
            Q_UNUSED(done)
            Q_UNUSED(total)
            return ++calls < 3;
        });
        ImportReport report;
        QVERIFY(!importer.run(ImportRequest(), &buffer, &report));
        QVERIFY(report.cancelled);
        QCOMPARE(count(*db, "contacts"), 0);
        QCOMPARE(count(*db, "search_index"), 0);
    }

    void searchIndexFollows()
    {
        auto db = fresh();
        ImportRequest request;
        ImportReport report;
        QVERIFY(runImport(*db, request, "family_name,given_name\nКоваленко,Тарас\n", &report));
        storage::SearchIndex index(db->connection());
        QCOMPARE(index.search(QStringLiteral("kovalen"), 10).size(), 1);
    }

    // Past 20,000 rows the import takes its bulk path: a rollback journal instead of the WAL,
    // on a writer thread with the search documents written with the rows. Afterwards all of it
    // is as before (the LOCALIZED index there, the WAL back), and a failed bulk import leaves
    // nothing behind.
    void bulkImport()
    {
        auto db = fresh();
        const QString localized = QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE name = 'contacts_family_name_localized'");
        QCOMPARE(column(*db, QStringLiteral("PRAGMA journal_mode")), QStringList { QStringLiteral("wal") });
        QByteArray csv = "given_name,family_name,email,position\n";
        for (int i = 0; i < 25000; ++i) {
            csv += (i % 2 ? "Тарас" : "Ірина") + QByteArray(",Коваленко") + QByteArray::number(i)
                + ",person" + QByteArray::number(i) + "@example.org,Міський голова з дуже довгою назвою посади\n";
        }
        ImportRequest request;
        ImportReport report;
        QByteArray broken = csv + "Broken,,not an address,\n";
        QVERIFY(!runImport(*db, request, broken, &report));
        QCOMPARE(report.problems.constFirst().line, 25002);
        QCOMPARE(count(*db, "contacts"), 0);
        QCOMPARE(count(*db, "search_index"), 0);
        QCOMPARE(column(*db, localized), QStringList { QStringLiteral("1") });
        QCOMPARE(column(*db, QStringLiteral("PRAGMA journal_mode")), QStringList { QStringLiteral("wal") });

        QVERIFY2(runImport(*db, request, csv, &report), qPrintable(report.error));
        QCOMPARE(report.created, 25000);
        QCOMPARE(count(*db, "contacts"), 25000);
        QCOMPARE(count(*db, "search_index"), 25000);
        QCOMPARE(column(*db, localized), QStringList { QStringLiteral("1") });
        QCOMPARE(column(*db, QStringLiteral("PRAGMA journal_mode")), QStringList { QStringLiteral("wal") });
        storage::SearchIndex index(db->connection());
        for (const QString &query : { QStringLiteral("КОВАЛЕНКО12345"), QStringLiteral("kovalenko12345"),
                 QStringLiteral("taras kovalenko12345"), QStringLiteral("person12345") }) {
            const QList<storage::SearchIndex::Match> found = index.search(query, 10);
            QCOMPARE(found.size(), 1);
            QCOMPARE(column(*db, QStringLiteral("SELECT family_name_latin FROM contacts WHERE id = %1").arg(found.constFirst().id)),
                QStringList { QStringLiteral("Kovalenko12345") });
        }
        QCOMPARE(index.search(QStringLiteral("Iryna"), 20000).size(), 12500);
        QVERIFY(db->check().healthy); // the index holds exactly its documents' words
    }

    // The rows are written on a thread of their own while the next ones are read. A row the
    // database refuses there (here a trigger refuses one, past the first batches handed over)
    // is named by its own line, not the line being read when the refusal came back, and
    // nothing is written.
    void refusalOnTheWriterThreadNamesItsLine()
    {
        auto db = fresh();
        QSqlQuery trigger(db->connection());
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TRIGGER refuse_one BEFORE INSERT ON contacts WHEN NEW.family_name = 'Refused' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        QByteArray csv = "given_name,family_name\n";
        for (int i = 0; i < 3000; ++i)
            csv += "Тарас,Коваленко" + QByteArray::number(i) + '\n';
        csv += "Ірина,Refused\n"; // line 3002
        // Enough rows after it that the reading is still under way when the refusal comes.
        for (int i = 0; i < 20000; ++i)
            csv += "Ірина,Шевчук" + QByteArray::number(i) + '\n';
        ImportReport report;
        QVERIFY(!runImport(*db, ImportRequest(), csv, &report));
        QVERIFY2(report.error.contains(QStringLiteral("3002")), qPrintable(report.error));
        QVERIFY2(report.error.contains(QStringLiteral("refused by the test")), qPrintable(report.error));
        QCOMPARE(count(*db, "contacts"), 0);
        QCOMPARE(count(*db, "search_documents"), 0);
        QVERIFY(db->check().healthy);
    }

    // While the progress callback runs (a window draws its bar and handles its events), the
    // writer thread waits: the callback may read the database through the same connection.
    void progressMayReadTheDatabase()
    {
        auto db = fresh();
        QByteArray csv = "given_name,family_name\n";
        for (int i = 0; i < 5000; ++i)
            csv += "Тарас,Коваленко" + QByteArray::number(i) + '\n';
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        CsvImport importer(*db);
        QList<qint64> seen;
        importer.setProgress([&](qint64, qint64) {
            seen.append(count(*db, "contacts"));
            return true;
        });
        ImportReport report;
        QVERIFY2(importer.run(ImportRequest(), &buffer, &report), qPrintable(report.error));
        QVERIFY(seen.size() >= 5);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(count(*db, "contacts"), 5000);
        QVERIFY(db->check().healthy);
    }

    // Records created get row ids above the largest; a search document left there by a record
    // since removed would stand in the way of theirs. It is cleared first, and the index
    // agrees with its documents afterwards (FTS5's own check, in Database::check()).
    void staleSearchDocumentIsCleared()
    {
        auto db = fresh();
        ImportReport report;
        QVERIFY(runImport(*db, ImportRequest(), "family_name,given_name\nКоваленко,Тарас\n", &report));
        const QString staleId = QString::number(storage::SearchIndex::documentRowid(EntityKind::Contact, 2));
        QSqlQuery stale(db->connection());
        QVERIFY(stale.exec(QStringLiteral("INSERT INTO search_documents (id, terms) VALUES (%1, 'stale words')").arg(staleId)));
        QVERIFY(stale.exec(QStringLiteral("INSERT INTO search_index (rowid, terms) VALUES (%1, 'stale words')").arg(staleId)));
        QVERIFY(runImport(*db, ImportRequest(), "family_name,given_name\nШевчук,Ірина\n", &report));
        QCOMPARE(column(*db, QStringLiteral("SELECT terms FROM search_documents WHERE id = ") + staleId).value(0),
            QStringLiteral("ірина iryna шевчук shevchuk"));
        storage::SearchIndex index(db->connection());
        QCOMPARE(index.search(QStringLiteral("stale"), 10).size(), 0);
        QCOMPARE(index.search(QStringLiteral("shevchuk"), 10).size(), 1);
        QVERIFY(db->check().healthy);
    }

    void attendees()
    {
        auto db = fresh();
        exporttest::Seeded seeded;
        QVERIFY(exporttest::seed(*db, &seeded));
        ImportRequest request;
        request.table = EntityKind::Member;
        request.delegation = QStringLiteral("Study visit Lviv");
        ImportReport report;
        // Taras is found by his name and community code and joins; Iryna is new; Jean is a
        // member already (skipped).
        const QByteArray csv = "given_name,family_name,community_code,role,status,arrival_at,invitation_sent\n"
                               "Тарас,Коваленко,95252,mayor,confirmed,2025-11-17T09:30,yes\n"
                               "Ірина,Нова,,deputy,,,no\n"
                               "Jean-Pierre,Lefèvre,,staff,confirmed,,\n";
        QVERIFY2(runImport(*db, request, csv, &report), qPrintable(report.error));
        QCOMPARE(report.created, 2);
        QCOMPARE(report.skipped, 1);
        QCOMPARE(column(*db, QStringLiteral("SELECT p.family_name || ':' || m.role || ':' || m.status || ':' || "
                                            "coalesce(m.arrival_at, '') || ':' || m.invitation_sent "
                                            "FROM delegation_members m JOIN contacts p ON p.id = m.contact_id "
                                            "WHERE m.delegation_id = %1 ORDER BY m.id")
                                 .arg(seeded.lviv)),
            (QStringList { QStringLiteral("Lefèvre:staff:confirmed::0"), QStringLiteral("Савчук:head:declined::0"),
                QStringLiteral("Коваленко:mayor:confirmed:2025-11-17T09:30:1"),
                QStringLiteral("Нова:deputy:invited::0") }));
        QCOMPARE(count(*db, "contacts"), 5);

        request.delegation = QStringLiteral("No such delegation");
        QVERIFY(!runImport(*db, request, csv, &report));
        QVERIFY(report.error.contains(QStringLiteral("No such delegation")));
    }

    void roomSharing()
    {
        auto db = fresh();
        exporttest::Seeded seeded;
        QVERIFY(exporttest::seed(*db, &seeded));
        ImportRequest request;
        request.table = EntityKind::Member;
        request.delegation = QStringLiteral("Study visit Lviv");
        ImportReport report;
        const QString roommates = QStringLiteral(
            "SELECT p.family_name || ':' || coalesce(sp.family_name, '') FROM delegation_members m "
            "JOIN contacts p ON p.id = m.contact_id LEFT JOIN delegation_members sm ON sm.id = m.sharing_with_id "
            "LEFT JOIN contacts sp ON sp.id = sm.contact_id WHERE m.delegation_id = %1 ORDER BY m.id")
                                        .arg(seeded.lviv);
        // Found by the passport-Latin name of a later row, by the native name of an earlier one,
        // and a stored member by name in another case.
        const QByteArray csv = "given_name,family_name,role,sharing_with\n"
                               "Ірина,Нова,deputy,Petro Melnyk\n"
                               "Петро,Мельник,staff,ірина нова\n"
                               "Анна,Бойко,staff,ОЛЕНА САВЧУК\n";
        QVERIFY2(runImport(*db, request, csv, &report), qPrintable(report.error));
        QCOMPARE(report.created, 3);
        QCOMPARE(column(*db, roommates),
            (QStringList { QStringLiteral("Lefèvre:"), QStringLiteral("Савчук:"),
                QStringLiteral("Нова:Мельник"), QStringLiteral("Мельник:Нова"),
                QStringLiteral("Бойко:Савчук") }));

        // A name that is no member of this delegation (Taras is one in Paris only) is the row's
        // problem, with its line and field; nothing is written, and a dry run says the same.
        const QByteArray wrong = "given_name,family_name,sharing_with\n"
                                 "Марта,Гнатюк,\n"
                                 "Павло,Гнатюк,Taras Kovalenko\n";
        for (const bool dryRun : { true, false }) {
            request.dryRun = dryRun;
            QVERIFY(!runImport(*db, request, wrong, &report));
            QCOMPARE(report.rejected, 1);
            QCOMPARE(report.problems.size(), 1);
            QCOMPARE(report.problems.constFirst().line, 3);
            QCOMPARE(report.problems.constFirst().field, QStringLiteral("sharing_with"));
            QVERIFY2(report.problems.constFirst().message.contains(QStringLiteral("Taras Kovalenko")),
                qPrintable(report.problems.constFirst().message));
            QCOMPARE(count(*db, "delegation_members"), 8);
            QCOMPARE(count(*db, "contacts"), 7);
        }
        request.dryRun = false;

        // Skipping bad rows leaves that row out: no membership and no contact of its own, and
        // the row that named it is checked again and left out too.
        request.skipBadRows = true;
        const QByteArray chained = "given_name,family_name,sharing_with\n"
                                   "Марта,Гнатюк,Павло Гнатюк\n"
                                   "Павло,Гнатюк,Taras Kovalenko\n"
                                   "Олег,Ткач,Анна Бойко\n";
        QVERIFY2(runImport(*db, request, chained, &report), qPrintable(report.error));
        QCOMPARE(report.created, 1);
        QCOMPARE(report.rejected, 2);
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(report.problems.at(0).line, 2);
        QCOMPARE(report.problems.at(1).line, 3);
        QCOMPARE(report.rejectedRows.size(), 2);
        QCOMPARE(count(*db, "delegation_members"), 9);
        QCOMPARE(count(*db, "contacts"), 8);
        QCOMPARE(column(*db, roommates).constLast(), QStringLiteral("Ткач:Бойко"));
        QCOMPARE(column(*db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'hnatiuk'")),
            QStringList { QStringLiteral("0") });
    }

    void roundTrip()
    {
        auto source = fresh();
        exporttest::Seeded seeded;
        QVERIFY(exporttest::seed(*source, &seeded));
        auto target = fresh();
        storage::DelegationRepository delegations(*target);
        Delegation paris;
        paris.name = QStringLiteral("Cities4Cities Paris");
        QVERIFY(delegations.insert(paris));

        auto exported = [](storage::Database &db, EntityKind table, const QStringList &columns,
                            const QString &delegation = {}) {
            ExportRequest request;
            request.table = table;
            request.header = HeaderStyle::Ids;
            request.columns = columns;
            request.delegation = delegation;
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QString error;
            CsvExport exporter(db);
            if (!exporter.write(request, &buffer, &error))
                qWarning("%s", qPrintable(error));
            return bytes;
        };
        const QStringList contactColumns = FieldCatalog::ids(EntityKind::Contact, true);
        // Room sharing included: the second member shares with the first.
        const QStringList attendeeColumns = FieldCatalog::ids(EntityKind::Member, true);
        const QList<QPair<EntityKind, QStringList>> steps {
            { EntityKind::Community, FieldCatalog::ids(EntityKind::Community) },
            { EntityKind::Organisation, FieldCatalog::ids(EntityKind::Organisation) },
            { EntityKind::Contact, contactColumns },
            { EntityKind::Member, attendeeColumns },
        };
        for (const auto &[table, columns] : steps) {
            const QString delegation = table == EntityKind::Member ? paris.name : QString();
            const QByteArray first = exported(*source, table, columns, delegation);
            ImportRequest request;
            request.table = table;
            request.delegation = delegation;
            ImportReport report;
            QVERIFY2(runImport(*target, request, first, &report), qPrintable(report.error));
            QCOMPARE(report.rejected, 0);
            QCOMPARE(exported(*target, table, columns, delegation), first);
        }
        // The formula-guarded cell came back without its apostrophe.
        QCOMPARE(column(*target, QStringLiteral("SELECT notes FROM contacts WHERE family_name = 'Савчук'")),
            QStringList { QStringLiteral("=HYPERLINK(\"http://example.org\",\"x\")") });
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
