// The `import` command through the real executable: help, each table, --map, --encoding,
// --delimiter, --on-duplicate, --skip-bad-rows, --dry-run, attendees with --delegation, the
// summary on stderr, exit 1 with file, line and field named and the database file unchanged on
// bad input, exit 2 on wrong usage.

#include "CliRunner.h"
#include "ExportFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using dd::clitest::run;
using dd::clitest::Run;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    Run importWith(const QStringList &arguments)
    {
        return run(QStringList { QStringLiteral("--database"), m_database, QStringLiteral("import") } + arguments);
    }

    QStringList column(const QString &sql)
    {
        // Read-write, so that closing checkpoints the WAL into the file and removes it (the
        // byte-for-byte comparisons look at the file alone).
        storage::Database::Error error;
        auto db = storage::Database::open(m_database, &error);
        QStringList values;
        if (!db)
            return { error.message };
        QSqlQuery query(db->connection());
        query.exec(sql);
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("cli-import.sqlite"));
        storage::Database::Error error;
        auto db = storage::Database::open(m_database, &error);
        QVERIFY2(db, qPrintable(error.message));
        exporttest::Seeded seeded;
        QVERIFY(exporttest::seed(*db, &seeded));
    }

    void help()
    {
        const Run result = importWith({ QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        for (const char *option : { "--map", "--delegation", "--encoding", "--delimiter", "--on-duplicate",
                 "--skip-bad-rows", "--dry-run" })
            QVERIFY2(result.out.contains(option), option);
        const Run program = run({ QStringLiteral("--help") });
        QVERIFY(program.out.contains("import"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString file = QStringLiteral("x.csv");
        QTest::newRow("no file") << QStringList { QStringLiteral("contacts") };
        QTest::newRow("unknown table") << QStringList { QStringLiteral("events"), file };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("contacts"), file, QStringLiteral("--fast") };
        QTest::newRow("bad encoding") << QStringList { QStringLiteral("contacts"), file, QStringLiteral("--encoding"),
            QStringLiteral("koi8-u") };
        QTest::newRow("bad delimiter") << QStringList { QStringLiteral("contacts"), file, QStringLiteral("--delimiter"),
            QStringLiteral("pipe") };
        QTest::newRow("bad policy") << QStringList { QStringLiteral("contacts"), file, QStringLiteral("--on-duplicate"),
            QStringLiteral("merge") };
        QTest::newRow("bad map") << QStringList { QStringLiteral("contacts"), file, QStringLiteral("--map"),
            QStringLiteral("email") };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run result = importWith(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("Usage:")));
    }

    void importsContactsInWindows1251()
    {
        QStringEncoder encoder("windows-1251");
        const QByteArray bytes = encoder(QStringLiteral(
            "Прізвище;Ім'я;Пошта;Телефон\r\nМельник;Богдан;bohdan@example.org;+380 00 000 00 01\r\n"
            "Гончар;Юлія;yuliia@example.org;=cmd\r\n"));
        const QString path = write("contacts-1251.csv", bytes);
        const Run result = importWith({ QStringLiteral("contacts"), path, QStringLiteral("--map"),
            QStringLiteral("email=Пошта"), QStringLiteral("--skip-bad-rows") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("Created: 1.")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("Rejected: 1.")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("Line 3, field “phone”")), qPrintable(result.err));
        QCOMPARE(column(QStringLiteral("SELECT family_name_latin || ' ' || given_name_latin FROM contacts "
                                       "WHERE email = 'bohdan@example.org'")),
            QStringList { QStringLiteral("Melnyk Bohdan") });
    }

    void failsWithFileLineAndField()
    {
        const QByteArray before = fileHash(m_database);
        QVERIFY(!QFile::exists(m_database + QStringLiteral("-wal")));
        const QString path = write("bad.csv", "family_name,email\nGood,good@example.org\nBad,bad@\n");
        const Run result = importWith({ QStringLiteral("contacts"), path });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("bad.csv")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("Line 3, field “email”")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("nothing was imported")), qPrintable(result.err));
        QCOMPARE(fileHash(m_database), before);

        const QString binary = write("binary.csv", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        const Run refused = importWith({ QStringLiteral("contacts"), binary });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("binary")), qPrintable(refused.err));
        const Run missing = importWith({ QStringLiteral("contacts"), m_dir.filePath(QStringLiteral("nope.csv")) });
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(fileHash(m_database), before);
    }

    void dryRunAndDuplicates()
    {
        const QString path = write("dupes.csv", "family_name;given_name;community_code;position\n"
                                                "Коваленко;Тарас;95252;Мер\n");
        const Run dry = importWith({ QStringLiteral("contacts"), path, QStringLiteral("--dry-run"),
            QStringLiteral("--on-duplicate"), QStringLiteral("update") });
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY2(dry.err.contains(QStringLiteral("To update: 1.")), qPrintable(dry.err));
        QCOMPARE(column(QStringLiteral("SELECT position FROM contacts WHERE family_name = 'Коваленко'")),
            QStringList { QStringLiteral("Староста") });
        const Run skipped = importWith({ QStringLiteral("contacts"), path });
        QVERIFY2(skipped.err.contains(QStringLiteral("Skipped as duplicates: 1.")), qPrintable(skipped.err));
        const Run updated = importWith({ QStringLiteral("contacts"), path, QStringLiteral("--delimiter"),
            QStringLiteral("semicolon"), QStringLiteral("--on-duplicate"), QStringLiteral("update") });
        QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
        QCOMPARE(column(QStringLiteral("SELECT position FROM contacts WHERE family_name = 'Коваленко'")),
            QStringList { QStringLiteral("Мер") });
    }

    void attendeesWithDelegation()
    {
        const QString path = write("attendees.csv", "Nom,Prénom,Rôle,Statut\nDurand,Léa,interpreter,confirmed\n");
        const Run noDelegation = importWith({ QStringLiteral("attendees"), path });
        QCOMPARE(noDelegation.exitCode, 1);
        const Run result = importWith({ QStringLiteral("attendees"), path, QStringLiteral("--delegation"),
            QStringLiteral("Study visit Lviv"), QStringLiteral("--map"), QStringLiteral("role=3"),
            QStringLiteral("--map"), QStringLiteral("status=4") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(column(QStringLiteral("SELECT m.role || ':' || m.status FROM delegation_members m JOIN contacts c "
                                       "ON c.id = m.contact_id WHERE c.family_name = 'Durand'")),
            QStringList { QStringLiteral("interpreter:confirmed") });
    }

    void communitiesAndOrganisations()
    {
        const QString communities = write("communities.csv",
            "name,kind,country,official_code,population\nПалезо,commune,FR,91477,\"33 000\"\n");
        Run result = importWith({ QStringLiteral("communities"), communities });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString organisations = write("organisations.csv",
            "name\tkind\tcountry\twebsite\nStand with Ukraine\tngo\tFR\tstandwithukraine.example.org\n");
        result = importWith({ QStringLiteral("organisations"), organisations });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(column(QStringLiteral("SELECT kind || ':' || country FROM organisations WHERE name = 'Stand with Ukraine'")),
            QStringList { QStringLiteral("ngo:FR") });
        QCOMPARE(column(QStringLiteral("SELECT population FROM communities WHERE official_code = '91477'")),
            QStringList { QStringLiteral("33000") });
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
