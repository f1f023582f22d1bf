// The `print` and `calendar` commands of DESIGN.md's command line, run as a user runs them: the
// real executable in a child process with no display. Each document lands as a readable PDF,
// the calendar as a valid .ics; exit 1 with a message naming what is wrong (and no file left
// behind), 2 on wrong usage.

#include "CliRunner.h"
#include "DocumentFixture.h"
#include "exchange/DocumentData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <libical/ical.h>
#include <memory>
#include <poppler-qt6.h>

using namespace dd;
using dd::clitest::run;
using dd::clitest::Run;

namespace {

QString pdfText(const QString &path, int *pages)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    *pages = document ? document->numPages() : 0;
    QString text;
    for (int i = 0; i < *pages; ++i)
        text += document->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text;
}

} // namespace

class TestCliPrint : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    doctest::Seeded m_seed;

    Run command(const QStringList &arguments)
    {
        return run(QStringList { QStringLiteral("--database"), m_database } + arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("cli-print.sqlite"));
        storage::Database::Error error;
        auto db = storage::Database::open(m_database, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(doctest::seed(*db, 0, &m_seed));
    }

    void help()
    {
        const Run print = command({ QStringLiteral("print"), QStringLiteral("--help") });
        QCOMPARE(print.exitCode, 0);
        QVERIFY(print.out.contains("badges"));
        QVERIFY(print.out.contains("--delegation"));
        const Run calendar = command({ QStringLiteral("calendar"), QStringLiteral("--help") });
        QCOMPARE(calendar.exitCode, 0);
        QVERIFY(calendar.out.contains("--output"));
        const Run program = run({ QStringLiteral("--help") });
        QVERIFY(program.out.contains("print"));
        QVERIFY(program.out.contains("calendar"));
    }

    void everyDocument_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("expected");
        QTest::newRow("attendees") << QStringLiteral("attendees") << QStringLiteral("Савчук");
        QTest::newRow("badges") << QStringLiteral("badges") << QStringLiteral("Olena Savchuk");
        QTest::newRow("programme")
            << QStringLiteral("programme") << QStringLiteral("Зустріч делегації");
        QTest::newRow("rooming") << QStringLiteral("rooming") << QStringLiteral("Hôtel Lutetia");
        QTest::newRow("arrivals") << QStringLiteral("arrivals") << QStringLiteral("Gare de l'Est");
        QTest::newRow("letters") << QStringLiteral("letters") << QStringLiteral("FX100000");
    }

    void everyDocument()
    {
        QFETCH(QString, document);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(document + QStringLiteral(".pdf"));
        // By name once, by uid once.
        const QString delegation
            = document.size() % 2 ? QStringLiteral("Cities4Cities Paris") : m_seed.delegationUid;
        const Run result = command({ QStringLiteral("print"), document,
            QStringLiteral("--delegation"), delegation, QStringLiteral("--output"), path });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.contains(path));
        int pages = 0;
        const QString text = pdfText(path, &pages);
        QVERIFY(pages >= 1);
        QVERIFY2(text.contains(expected), qPrintable(text.left(400)));
    }

    void badgeSelectionAndMarking()
    {
        const QString path = m_dir.filePath(QStringLiteral("two-badges.pdf"));
        const QStringList two = m_seed.memberUids.mid(1, 2);
        Run result = command({ QStringLiteral("print"), QStringLiteral("badges"),
            QStringLiteral("--delegation"), m_seed.delegationUid, QStringLiteral("--members"),
            two.join(QLatin1Char(',')), QStringLiteral("--layout"), QStringLiteral("a6"),
            QStringLiteral("--mark-printed"), QStringLiteral("--output"), path });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        int pages = 0;
        const QString text = pdfText(path, &pages);
        QCOMPARE(pages, 2);
        QVERIFY(text.contains(QStringLiteral("Shcherbak"))); // on A6 the name may wrap
        QVERIFY(!text.contains(QStringLiteral("Olena Savchuk")));
        QVERIFY(result.err.contains(QStringLiteral("2")));

        // The rest: only the four badges not printed yet, one A4 sheet.
        const QString rest = m_dir.filePath(QStringLiteral("rest.pdf"));
        result = command({ QStringLiteral("print"), QStringLiteral("badges"),
            QStringLiteral("--delegation"), m_seed.delegationUid, QStringLiteral("--unprinted"),
            QStringLiteral("--output"), rest });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString restText = pdfText(rest, &pages);
        QCOMPARE(pages, 1);
        QVERIFY(restText.contains(QStringLiteral("Olena Savchuk")));
        QVERIFY(!restText.contains(QStringLiteral("Shcherbak")));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath(QStringLiteral("never.pdf"));
        const QString d = QStringLiteral("--delegation");
        const QString o = QStringLiteral("--output");
        const QString p = QStringLiteral("print");
        QTest::newRow("unknown document")
            << QStringList { p, QStringLiteral("posters"), d, QStringLiteral("x"), o, out } << 2
            << QStringLiteral("posters");
        QTest::newRow("no document")
            << QStringList { p, d, QStringLiteral("x"), o, out } << 2 << QStringLiteral("DOCUMENT");
        QTest::newRow("no delegation") << QStringList { p, QStringLiteral("badges"), o, out } << 2
                                       << QStringLiteral("--delegation");
        QTest::newRow("no output")
            << QStringList { p, QStringLiteral("badges"), d, QStringLiteral("x") } << 2
            << QStringLiteral("--output");
        QTest::newRow("bad layout") << QStringList { p, QStringLiteral("badges"), d,
            QStringLiteral("x"), o, out, QStringLiteral("--layout"), QStringLiteral("a3") }
                                    << 2 << QStringLiteral("a3");
        QTest::newRow("bad preset") << QStringList { p, QStringLiteral("attendees"), d,
            QStringLiteral("x"), o, out, QStringLiteral("--preset"), QStringLiteral("secret") }
                                    << 2 << QStringLiteral("secret");
        QTest::newRow("unknown option")
            << QStringList { p, QStringLiteral("badges"), QStringLiteral("--colour") } << 2
            << QStringLiteral("colour");
        QTest::newRow("unknown delegation")
            << QStringList { p, QStringLiteral("badges"), d, QStringLiteral("Nowhere"), o, out }
            << 1 << QStringLiteral("Nowhere");
        QTest::newRow("unknown member")
            << QStringList { p, QStringLiteral("badges"), d, QStringLiteral("Cities4Cities Paris"),
                   QStringLiteral("--members"), QStringLiteral("nobody"), o, out }
            << 1 << QStringLiteral("nobody");
        QTest::newRow("unwritable")
            << QStringList { p, QStringLiteral("badges"), d, QStringLiteral("Cities4Cities Paris"),
                   o, m_dir.filePath(QStringLiteral("no/such/folder/b.pdf")) }
            << 1 << QStringLiteral("b.pdf");
        const QString missing = m_dir.filePath(QStringLiteral("no-such-template.html"));
        QTest::newRow("unreadable template")
            << QStringList { p, QStringLiteral("letters"), d, QStringLiteral("Cities4Cities Paris"),
                   o, out, QStringLiteral("--template"), missing }
            << 1 << QDir::toNativeSeparators(missing);
        // Checked as the window checks it: a misspelt placeholder is not printed as it is.
        const QString misspelt = m_dir.filePath(QStringLiteral("misspelt.html"));
        QFile file(misspelt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<p>{{passport_name}} {{pasport_number}}</p>");
        file.close();
        QTest::newRow("misspelt template")
            << QStringList { p, QStringLiteral("letters"), d, QStringLiteral("Cities4Cities Paris"),
                   o, out, QStringLiteral("--template"), misspelt }
            << 1 << QStringLiteral("{{pasport_number}}");
        QTest::newRow("calendar: unknown delegation")
            << QStringList { QStringLiteral("calendar"), d, QStringLiteral("Nowhere"), o, out } << 1
            << QStringLiteral("Nowhere");
        QTest::newRow("calendar: no output") << QStringList { QStringLiteral("calendar"), d,
            QStringLiteral("x") } << 2 << QStringLiteral("--output");
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run result = command(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
    }

    void calendar()
    {
        const QString path = m_dir.filePath(QStringLiteral("meetings.ics"));
        const Run result = command({ QStringLiteral("calendar"), QStringLiteral("--delegation"),
            QStringLiteral("Cities4Cities Paris"), QStringLiteral("--output"), path });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("3")));
        QVERIFY(result.err.contains(QStringLiteral("1"))); // the meeting without a time, left out
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        icalcomponent *calendar = icalparser_parse_string(ics.constData());
        QVERIFY(calendar);
        QVERIFY(icalrestriction_check(calendar) != 0);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 3);
        icalcomponent_free(calendar);
        QVERIFY(ics.contains("TZID=Europe/Paris"));
    }
};

QTEST_GUILESS_MAIN(TestCliPrint)
#include "tst_cliprint.moc"
