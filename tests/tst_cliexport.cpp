// The `export` command of DESIGN.md's command line, run as a user runs it: the real executable
// in a child process. Data on stdout or in the --output file (written whole or not at all),
// messages on stderr; exit 1 with a message naming what is wrong, 2 on wrong usage.

#include "CliRunner.h"
#include "ExportFixture.h"
#include "exchange/FieldCatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using dd::clitest::run;
using dd::clitest::Run;
using dd::exporttest::column;
using dd::exporttest::readCsv;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    Run exportWith(const QStringList &arguments)
    {
        return run(
            QStringList { QStringLiteral("--database"), m_database, QStringLiteral("export") }
            + arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("cli-export.sqlite"));
        storage::Database::Error error;
        auto db = storage::Database::open(m_database, &error);
        QVERIFY2(db, qPrintable(error.message));
        exporttest::Seeded seeded;
        QVERIFY(exporttest::seed(*db, &seeded));
    }

    void help()
    {
        const Run help = exportWith({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QString text = QString::fromUtf8(help.out);
        for (const char *word :
            { "export TABLE", "--output", "--delegation", "--status", "--preset", "--columns",
                "--header", "--delimiter", "--bom", "--no-formula-guard", "attendees", "rooming" })
            QVERIFY2(text.contains(QLatin1String(word)), word);
        const Run program = run({ QStringLiteral("--help") });
        QVERIFY(QString::fromUtf8(program.out).contains(QStringLiteral("export")));
    }

    void attendeesToStdout()
    {
        const Run result = exportWith(
            { QStringLiteral("attendees"), QStringLiteral("--header"), QStringLiteral("ids") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!result.out.startsWith("\xEF\xBB\xBF")); // no BOM unless asked
        const QList<QStringList> rows = readCsv(result.out);
        QCOMPARE(rows.size(), 1 + 5);
        // Without --delegation: every delegation, and a column saying which.
        QVERIFY(rows.constFirst().contains(QStringLiteral("delegation")));
        QVERIFY(!rows.constFirst().contains(QStringLiteral("passport_number")));
        QVERIFY(result.out.contains("\r\n"));
        QVERIFY(result.err.contains(QStringLiteral("5")));
    }

    void presetDelegationStatusToAFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("paris.csv"));
        const Run result = exportWith({ QStringLiteral("attendees"), QStringLiteral("--delegation"),
            QStringLiteral("Cities4Cities Paris"), QStringLiteral("--status"),
            QStringLiteral("confirmed,invited"), QStringLiteral("--preset"),
            QStringLiteral("badges"), QStringLiteral("--output"), file,
            QStringLiteral("--delimiter"), QStringLiteral("semicolon"), QStringLiteral("--bom") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QStringLiteral("paris.csv")), qPrintable(result.err));
        const QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = readCsv(bytes, QLatin1Char(';'));
        QCOMPARE(rows.constFirst(),
            (QStringList { QStringLiteral("Given name"), QStringLiteral("Family name"),
                QStringLiteral("Given name (passport)"), QStringLiteral("Family name (passport)"),
                QStringLiteral("Position"), QStringLiteral("Community"), QStringLiteral("Role") }));
        QCOMPARE(column(rows, QStringLiteral("Family name")),
            (QStringList {
                QStringLiteral("Савчук"), QStringLiteral("Коваленко"), QStringLiteral("Шевчук") }));
    }

    void publicPresetAndColumns()
    {
        const Run pub = exportWith({ QStringLiteral("attendees"), QStringLiteral("--preset"),
            QStringLiteral("public"), QStringLiteral("--header"), QStringLiteral("ids") });
        QVERIFY2(pub.exitCode == 0, qPrintable(pub.err));
        QVERIFY(!column(readCsv(pub.out), QStringLiteral("family_name"))
                     .contains(QStringLiteral("Коваленко")));

        const Run columns = exportWith({ QStringLiteral("contacts"), QStringLiteral("--columns"),
            QStringLiteral("family_name,passport_number"), QStringLiteral("--header"),
            QStringLiteral("ids"), QStringLiteral("--delimiter"), QStringLiteral("tab") });
        QVERIFY2(columns.exitCode == 0, qPrintable(columns.err));
        QVERIFY(columns.out.startsWith("family_name\tpassport_number\r\n"));
        QVERIFY(columns.out.contains(QStringLiteral("Савчук\tFA123456\r\n").toUtf8()));
    }

    void formulaGuard()
    {
        const QStringList arguments { QStringLiteral("contacts"), QStringLiteral("--columns"),
            QStringLiteral("phone,notes") };
        const Run guarded = exportWith(arguments);
        QVERIFY(guarded.out.contains("+380 44 123 45 67,\"'=HYPERLINK("));
        const Run plain
            = exportWith(arguments + QStringList { QStringLiteral("--no-formula-guard") });
        QVERIFY(plain.out.contains("+380 44 123 45 67,\"=HYPERLINK("));
    }

    void translatedHeader()
    {
        const Run result = run({ QStringLiteral("--database"), m_database, QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("export"), QStringLiteral("communities"),
            QStringLiteral("--columns"), QStringLiteral("name,official_code") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.startsWith("Name,Official code\r\n"));
    }

    void failuresExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << QStringList { QStringLiteral("contacts"),
            QStringLiteral("--columns"), QStringLiteral("family_name,shoe_size") }
                                       << QStringLiteral("shoe_size");
        QTest::newRow("unknown delegation") << QStringList { QStringLiteral("attendees"),
            QStringLiteral("--delegation"), QStringLiteral("Atlantis") }
                                            << QStringLiteral("Atlantis");
        QTest::newRow("preset on contacts") << QStringList { QStringLiteral("contacts"),
            QStringLiteral("--preset"), QStringLiteral("rooming") }
                                            << QStringLiteral("contacts");
        QTest::newRow("unknown preset") << QStringList { QStringLiteral("attendees"),
            QStringLiteral("--preset"), QStringLiteral("secret") }
                                        << QStringLiteral("secret");
        QTest::newRow("unknown status") << QStringList { QStringLiteral("attendees"),
            QStringLiteral("--status"), QStringLiteral("confirmed,asleep") }
                                        << QStringLiteral("asleep");
        QTest::newRow("status of contacts") << QStringList { QStringLiteral("contacts"),
            QStringLiteral("--status"), QStringLiteral("confirmed") }
                                            << QStringLiteral("contacts");
    }

    void failuresExitOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(QStringLiteral("failed.csv"));
        const Run result = exportWith(arguments + QStringList { QStringLiteral("--output"), file });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(file)); // nothing half-written
        QVERIFY(result.out.isEmpty());
    }

    void unwritableFileExitsOneAndLeavesNothing()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("plain-file"));
        QFile plain(blocker);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString target = blocker + QStringLiteral("/out.csv");
        const Run result
            = exportWith({ QStringLiteral("attendees"), QStringLiteral("--output"), target });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("out.csv")), qPrintable(result.err));
        QVERIFY(!QFile::exists(target));
    }

    void missingDatabaseExitsOne()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        const Run result = run({ QStringLiteral("--database"), missing, QStringLiteral("export"),
            QStringLiteral("contacts") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFile::exists(missing));
    }

    void wrongUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no table") << QStringList() << QStringLiteral("TABLE");
        QTest::newRow("two tables")
            << QStringList { QStringLiteral("contacts"), QStringLiteral("events") }
            << QStringLiteral("TABLE");
        QTest::newRow("unknown table")
            << QStringList { QStringLiteral("people") } << QStringLiteral("people");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("contacts"),
            QStringLiteral("--zip") } << QStringLiteral("zip");
        QTest::newRow("bad header") << QStringList { QStringLiteral("contacts"),
            QStringLiteral("--header"), QStringLiteral("none") }
                                    << QStringLiteral("none");
        QTest::newRow("bad delimiter") << QStringList { QStringLiteral("contacts"),
            QStringLiteral("--delimiter"), QStringLiteral("pipe") }
                                       << QStringLiteral("pipe");
        QTest::newRow("missing value")
            << QStringList { QStringLiteral("contacts"), QStringLiteral("--columns") }
            << QStringLiteral("columns");
    }

    void wrongUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = exportWith(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
