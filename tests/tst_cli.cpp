// The command-line contract of DESIGN.md, run as a user runs it: the real executable in a child
// process. Exit 0 on success, 1 when the command fails (message on stderr, the file untouched),
// 2 on wrong usage; data on stdout, messages on stderr.

#include "CliRunner.h"
#include "PlainConnection.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using dd::clitest::run;
using dd::clitest::Run;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A database with the demo in it, made through the CLI, closed again.
    QString demoDatabase(const QString &name)
    {
        const QString file = path(name);
        const Run demo = run({ QStringLiteral("--database"), file, QStringLiteral("demo") });
        if (demo.exitCode != 0)
            qWarning("demo failed: %s", qPrintable(demo.err));
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void versionAndHelp()
    {
        const Run version = run({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.outText().startsWith(QStringLiteral("delegation-desk ")));

        const Run help = run({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char *word : { "--database", "--lang", "demo", "check" })
            QVERIFY2(help.outText().contains(QLatin1String(word)), word);
        // Every command stands apart from its summary, the longest name too.
        for (const char *command : { "demo", "check", "search", "export", "import", "print", "calendar", "backup" })
            QVERIFY2(help.outText().contains(QStringLiteral("\n  %1  ").arg(QLatin1String(command))), command);

        const Run demoHelp = run({ QStringLiteral("demo"), QStringLiteral("--help") });
        QCOMPARE(demoHelp.exitCode, 0);
        QVERIFY(demoHelp.outText().contains(QStringLiteral("demo")));
        QVERIFY(demoHelp.outText().contains(QStringLiteral("demonstration")));
    }

    void wrongUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") } << QStringLiteral("frobnicate");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("teleport") } << QStringLiteral("teleport");
        QTest::newRow("unknown language")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check") } << QStringLiteral("de");
        QTest::newRow("missing value") << QStringList { QStringLiteral("check"), QStringLiteral("--database") }
                                       << QStringLiteral("check");
        QTest::newRow("extra argument") << QStringList { QStringLiteral("demo"), QStringLiteral("now") }
                                        << QStringLiteral("demo");
        QTest::newRow("command option unknown")
            << QStringList { QStringLiteral("check"), QStringLiteral("--fast") } << QStringLiteral("fast");
    }

    void wrongUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(QStringList { QStringLiteral("--database"), path(QStringLiteral("usage.sqlite")) } + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.outText().isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("usage.sqlite")))); // nothing was created
    }

    void demoThenCheck()
    {
        const QString file = path(QStringLiteral("x.sqlite"));
        const Run demo = run({ QStringLiteral("--database"), file, QStringLiteral("demo") });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY(demo.err.contains(QStringLiteral("x.sqlite")));
        const Run check = run({ QStringLiteral("--database"), file, QStringLiteral("check") });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(check.err.contains(QStringLiteral("healthy")));
        QVERIFY(check.outText().isEmpty());
    }

    void demoRefusesANonEmptyDatabase()
    {
        const QString file = demoDatabase(QStringLiteral("twice.sqlite"));
        const QByteArray before = fingerprint(file);
        QVERIFY(!before.isEmpty());
        const Run again = run({ QStringLiteral("--database"), file, QStringLiteral("demo") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("twice.sqlite")) || again.err.contains(QStringLiteral("record")),
                 qPrintable(again.err));
        QCOMPARE(fingerprint(file), before);
    }

    void checkFindsDanglingReferences()
    {
        const QString file = demoDatabase(QStringLiteral("dangling.sqlite"));
        {
            // Another program breaks a reference behind our back (foreign keys are off there).
            PlainConnection breaker(file, PlainConnection::ReadWrite);
            QVERIFY(breaker.exec(QStringLiteral("UPDATE delegation_members SET contact_id = 999999 "
                                                "WHERE id = (SELECT min(id) FROM delegation_members)")));
        }
        const Run check = run({ QStringLiteral("--database"), file, QStringLiteral("check") });
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.outText().contains(QStringLiteral("delegation_members")), qPrintable(check.outText()));
    }

    void unusableFilesExitOneAndStayUntouched_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("check") << QStringLiteral("check");
        QTest::newRow("demo") << QStringLiteral("demo");
    }

    void unusableFilesExitOneAndStayUntouched()
    {
        QFETCH(QString, command);
        const QString file = path(QStringLiteral("notes-%1.txt").arg(command));
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Boyarka;Palaiseau\r\nSlavutych;Franconville\r\n");
        text.close();
        const QByteArray before = fingerprint(file);

        const Run result = run({ QStringLiteral("--database"), file, command });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("notes-%1.txt").arg(command)), qPrintable(result.err));
        QCOMPARE(fingerprint(file), before);
    }

    void missingFileIsNotCreatedByCheck()
    {
        const QString file = path(QStringLiteral("missing.sqlite"));
        const Run result = run({ QStringLiteral("--database"), file, QStringLiteral("check") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("missing.sqlite")));
        QVERIFY(!QFile::exists(file));
    }

    void newerVersionIsRefused()
    {
        const QString file = demoDatabase(QStringLiteral("future.sqlite"));
        {
            PlainConnection newer(file, PlainConnection::ReadWrite);
            QVERIFY(newer.exec(QStringLiteral("PRAGMA user_version = %1").arg(storage::Schema::currentVersion() + 1)));
        }
        const QByteArray before = fingerprint(file);
        const Run result = run({ QStringLiteral("--database"), file, QStringLiteral("check") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QString::number(storage::Schema::currentVersion() + 1)), qPrintable(result.err));
        QVERIFY2(result.err.contains(QString::number(storage::Schema::currentVersion())), qPrintable(result.err));
        QCOMPARE(fingerprint(file), before);
    }

    void lockedDatabaseNamesItsHolder()
    {
        const QString file = demoDatabase(QStringLiteral("held.sqlite"));
        storage::Database::Error error;
        auto holder = storage::Database::open(file, &error);
        QVERIFY2(holder, qPrintable(error.message));
        const QByteArray before = fingerprint(file);

        const Run result = run({ QStringLiteral("--database"), file, QStringLiteral("demo") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(result.err));
        QCOMPARE(fingerprint(file), before);

        // Reading is not writing: check works while another process holds the file.
        const Run check = run({ QStringLiteral("--database"), file, QStringLiteral("check") });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));

        holder.reset();
        const Run after = run({ QStringLiteral("--database"), file, QStringLiteral("demo") });
        QCOMPARE(after.exitCode, 1); // no longer locked, but not empty either
        QVERIFY2(!after.err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(after.err));
    }

    void readOnlyFile()
    {
        const QString file = demoDatabase(QStringLiteral("readonly.sqlite"));
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = fingerprint(file);
        const Run demo = run({ QStringLiteral("--database"), file, QStringLiteral("demo") });
        QCOMPARE(demo.exitCode, 1);
        QVERIFY2(demo.err.contains(QStringLiteral("read-only")), qPrintable(demo.err));
        const Run check = run({ QStringLiteral("--database"), file, QStringLiteral("check") });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QCOMPARE(fingerprint(file), before);
    }

    void searchPrintsHitsAsTabSeparatedLines()
    {
        const QString file = demoDatabase(QStringLiteral("search.sqlite"));
        const Run result = run({ QStringLiteral("--database"), file, QStringLiteral("search"), QStringLiteral("koriuk") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines = result.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2); // the hromada and its partnership with Chaville
        for (const QString &line : lines)
            QCOMPARE(line.count(QLatin1Char('\t')), 3);
        const QStringList first = lines.constFirst().split(QLatin1Char('\t'));
        QCOMPARE(first.at(0), QStringLiteral("community"));
        QCOMPARE(first.at(1).size(), 36); // a uid
        QCOMPARE(first.at(2), QStringLiteral("Корюківська міська територіальна громада"));
        QVERIFY(first.at(3).contains(QStringLiteral("UA74020010000010449")));
        QVERIFY(lines.constLast().startsWith(QStringLiteral("partnership\t")));

        const Run words = run({ QStringLiteral("--database"), file, QStringLiteral("search"), QStringLiteral("Boiarka"),
                                QStringLiteral("Palaiseau"), QStringLiteral("--limit"), QStringLiteral("1") });
        QVERIFY2(words.exitCode == 0, qPrintable(words.err));
        QCOMPARE(words.outText().count(QLatin1Char('\n')), 1);
        QVERIFY(words.outText().startsWith(QStringLiteral("partnership\t")));

        const Run none = run({ QStringLiteral("--database"), file, QStringLiteral("search"), QStringLiteral("zzzqqq") });
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.outText().isEmpty());

        const Run usage = run({ QStringLiteral("--database"), file, QStringLiteral("search") });
        QCOMPARE(usage.exitCode, 2);
        const Run badLimit = run({ QStringLiteral("--database"), file, QStringLiteral("search"), QStringLiteral("a"),
                                   QStringLiteral("--limit"), QStringLiteral("many") });
        QCOMPARE(badLimit.exitCode, 2);
    }

    void backupWritesAConsistentCopy()
    {
        const QString file = demoDatabase(QStringLiteral("original.sqlite"));
        const QString copy = path(QStringLiteral("copy.sqlite"));
        const Run backup = run({ QStringLiteral("--database"), file, QStringLiteral("backup"), copy });
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        const Run check = run({ QStringLiteral("--database"), copy, QStringLiteral("check") });
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        // Never over an existing file.
        const QByteArray before = fingerprint(copy);
        const Run again = run({ QStringLiteral("--database"), file, QStringLiteral("backup"), copy });
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(fingerprint(copy), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
