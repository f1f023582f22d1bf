// The CSV writer and the formula guard, case by case: RFC 4180 quoting, CRLF rows, the three
// delimiters, the byte-order mark, and the formula guard both ways (protect, then unprotect
// gives the value back), phone numbers and negative numbers left as they are.

#include "exchange/CsvWriter.h"
#include "exchange/FormulaGuard.h"

#include <QBuffer>
#include <QTest>

using namespace dd::exchange;

Q_DECLARE_METATYPE(CsvWriter::Delimiter)

namespace {

QByteArray csv(const QList<QStringList> &rows,
    CsvWriter::Delimiter delimiter = CsvWriter::Delimiter::Comma, bool bom = false,
    bool guard = true)
{
    CsvWriter::Options options;
    options.delimiter = delimiter;
    options.byteOrderMark = bom;
    options.formulaGuard = guard;
    return CsvWriter::toCsv(rows, options);
}

// A device that takes nothing, as a full disk does.
class FullDevice : public QIODevice {
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
};

} // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT

private slots:
    void fields_data()
    {
        QTest::addColumn<QStringList>("row");
        QTest::addColumn<CsvWriter::Delimiter>("delimiter");
        QTest::addColumn<QByteArray>("expected");
        const auto comma = CsvWriter::Delimiter::Comma;
        const auto semicolon = CsvWriter::Delimiter::Semicolon;
        const auto tab = CsvWriter::Delimiter::Tab;
        QTest::newRow("plain") << QStringList { QStringLiteral("a"), QStringLiteral("b") } << comma
                               << QByteArray("a,b\r\n");
        QTest::newRow("empty fields")
            << QStringList { QString(), QString(), QString() } << comma << QByteArray(",,\r\n");
        QTest::newRow("one empty field")
            << QStringList { QString() } << comma << QByteArray("\r\n");
        QTest::newRow("comma inside")
            << QStringList { QStringLiteral("Paris, France"), QStringLiteral("x") } << comma
            << QByteArray("\"Paris, France\",x\r\n");
        QTest::newRow("comma with semicolon delimiter")
            << QStringList { QStringLiteral("Paris, France"), QStringLiteral("x") } << semicolon
            << QByteArray("Paris, France;x\r\n");
        QTest::newRow("semicolon inside")
            << QStringList { QStringLiteral("a;b"), QStringLiteral("c") } << semicolon
            << QByteArray("\"a;b\";c\r\n");
        QTest::newRow("semicolon with comma delimiter")
            << QStringList { QStringLiteral("a;b") } << comma << QByteArray("a;b\r\n");
        QTest::newRow("tab delimiter") << QStringList { QStringLiteral("a b"), QStringLiteral("c") }
                                       << tab << QByteArray("a b\tc\r\n");
        QTest::newRow("tab inside, tab delimiter")
            << QStringList { QStringLiteral("a\tb") } << tab << QByteArray("\"a\tb\"\r\n");
        QTest::newRow("quote doubled")
            << QStringList { QStringLiteral("NGO \"Stand with Ukraine\"") } << comma
            << QByteArray("\"NGO \"\"Stand with Ukraine\"\"\"\r\n");
        QTest::newRow("only a quote")
            << QStringList { QStringLiteral("\"") } << comma << QByteArray("\"\"\"\"\r\n");
        QTest::newRow("LF inside") << QStringList { QStringLiteral("line 1\nline 2") } << comma
                                   << QByteArray("\"line 1\nline 2\"\r\n");
        QTest::newRow("CRLF inside") << QStringList { QStringLiteral("line 1\r\nline 2") } << comma
                                     << QByteArray("\"line 1\r\nline 2\"\r\n");
        QTest::newRow("CR inside")
            << QStringList { QStringLiteral("a\rb") } << comma << QByteArray("\"a\rb\"\r\n");
        QTest::newRow("Cyrillic") << QStringList { QStringLiteral("Корюківка"),
            QStringLiteral("Їжакевич") }
                                  << comma << QStringLiteral("Корюківка,Їжакевич\r\n").toUtf8();
        QTest::newRow("accents") << QStringList {
            QStringLiteral("Vélizy-Villacoublay"), QStringLiteral("Château-Thierry")
        } << semicolon << QStringLiteral("Vélizy-Villacoublay;Château-Thierry\r\n").toUtf8();
        QTest::newRow("apostrophe inside")
            << QStringList { QStringLiteral("Кам’янське"), QStringLiteral("d'Ivry") } << comma
            << QStringLiteral("Кам’янське,d'Ivry\r\n").toUtf8();
        QTest::newRow("spaces kept")
            << QStringList { QStringLiteral("  a  ") } << comma << QByteArray("  a  \r\n");
    }

    void fields()
    {
        QFETCH(QStringList, row);
        QFETCH(CsvWriter::Delimiter, delimiter);
        QFETCH(QByteArray, expected);
        QCOMPARE(csv({ row }, delimiter), expected);
    }

    void utf8BytesAreWrittenLikeText_data() { fields_data(); }

    // The byte path (SQLite's buffers) writes exactly what the text path writes.
    void utf8BytesAreWrittenLikeText()
    {
        QFETCH(QStringList, row);
        QFETCH(CsvWriter::Delimiter, delimiter);
        QFETCH(QByteArray, expected);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter::Options options;
            options.delimiter = delimiter;
            CsvWriter writer(&buffer, options);
            for (const QString &field : row) {
                const QByteArray utf8 = field.toUtf8();
                writer.writeField(QByteArrayView(utf8));
            }
            writer.endRow();
            QVERIFY(writer.flush());
        }
        QCOMPARE(bytes, expected);
    }

    void rowsEndWithCrlf()
    {
        const QByteArray text
            = csv({ { QStringLiteral("a") }, { QStringLiteral("b") }, { QStringLiteral("c") } });
        QCOMPARE(text, QByteArray("a\r\nb\r\nc\r\n"));
    }

    void byteOrderMark()
    {
        const QByteArray with
            = csv({ { QStringLiteral("Прізвище") } }, CsvWriter::Delimiter::Semicolon, true);
        QVERIFY(with.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(with.mid(3), QStringLiteral("Прізвище\r\n").toUtf8());
        const QByteArray without = csv({ { QStringLiteral("Прізвище") } });
        QVERIFY(!without.startsWith("\xEF\xBB\xBF"));
        // The mark comes once, however many rows.
        const QByteArray two = csv({ { QStringLiteral("a") }, { QStringLiteral("b") } },
            CsvWriter::Delimiter::Comma, true);
        QCOMPARE(two.count("\xEF\xBB\xBF"), 1);
        // An empty export with a mark is the mark alone.
        QCOMPARE(csv({}, CsvWriter::Delimiter::Comma, true), QByteArray("\xEF\xBB\xBF"));
    }

    void delimiterIds()
    {
        for (auto d : { CsvWriter::Delimiter::Comma, CsvWriter::Delimiter::Semicolon,
                 CsvWriter::Delimiter::Tab })
            QCOMPARE(CsvWriter::delimiterFromId(CsvWriter::delimiterId(d)), std::optional(d));
        QVERIFY(!CsvWriter::delimiterFromId(QStringLiteral("pipe")));
    }

    void formulaGuard_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("protectedCell");
        auto row = [](const char *name, const QString &cell, const QString &guarded) {
            QTest::newRow(name) << cell << guarded;
        };
        auto same
            = [](const char *name, const QString &cell) { QTest::newRow(name) << cell << cell; };
        row("equals", QStringLiteral("=1+2"), QStringLiteral("'=1+2"));
        row("hyperlink", QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
            QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"));
        row("at", QStringLiteral("@SUM(A1)"), QStringLiteral("'@SUM(A1)"));
        row("tab", QStringLiteral("\t=1"), QStringLiteral("'\t=1"));
        row("carriage return", QStringLiteral("\r=1"), QStringLiteral("'\r=1"));
        row("plus formula", QStringLiteral("+cmd|' /C calc'!A0"),
            QStringLiteral("'+cmd|' /C calc'!A0"));
        row("minus formula", QStringLiteral("-2+3+cmd|' /C calc'!A0"),
            QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
        row("minus letters", QStringLiteral("-SUM(A1)"), QStringLiteral("'-SUM(A1)"));
        row("plus plus", QStringLiteral("+1+2"), QStringLiteral("'+1+2"));
        row("minus bullet", QStringLiteral("- a note"), QStringLiteral("'- a note"));
        row("user apostrophe before formula", QStringLiteral("'=1"), QStringLiteral("''=1"));
        row("two apostrophes before formula", QStringLiteral("''@x"), QStringLiteral("'''@x"));
        same("phone Ukraine", QStringLiteral("+380 44 123 45 67"));
        same("phone France", QStringLiteral("+33 (0)1 23 45 67 89"));
        same("phone dashes", QStringLiteral("+1-202-555-0100"));
        same("phone dots", QStringLiteral("+33.1.23.45.67.89"));
        same("negative decimal", QStringLiteral("-12.5"));
        same("negative comma decimal", QStringLiteral("-12,5"));
        same("positive", QStringLiteral("+3"));
        same("lone minus", QStringLiteral("-"));
        same("lone plus", QStringLiteral("+"));
        same("plain text", QStringLiteral("Корюківка"));
        same("empty", QString());
        same("equals later", QStringLiteral("a=b"));
        same("user apostrophe", QStringLiteral("'quoted'"));
        same("apostrophe number", QStringLiteral("'-12"));
        same("at later", QStringLiteral("person@example.org"));
    }

    void formulaGuard()
    {
        QFETCH(QString, cell);
        QFETCH(QString, protectedCell);
        QCOMPARE(FormulaGuard::protect(cell), protectedCell);
        QCOMPARE(FormulaGuard::needsGuard(cell), protectedCell != cell);
        // The import's side: exactly what was added comes off again.
        QCOMPARE(FormulaGuard::unprotect(protectedCell), cell);
    }

    void formulaGuardInTheWriter_data() { formulaGuard_data(); }

    void formulaGuardInTheWriter()
    {
        QFETCH(QString, cell);
        QFETCH(QString, protectedCell);
        const QList<QStringList> rows { { cell, QStringLiteral("x") } };
        const QByteArray on = csv(rows);
        const QByteArray off = csv(rows, CsvWriter::Delimiter::Comma, false, false);
        // Guard off: the cell as it is; on: the guarded cell, quoted as any other.
        QCOMPARE(on,
            csv({ { protectedCell, QStringLiteral("x") } }, CsvWriter::Delimiter::Comma, false,
                false));
        QCOMPARE(on == off, protectedCell == cell);
        // The byte path guards the same way.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer, CsvWriter::Options());
            const QByteArray utf8 = cell.toUtf8();
            writer.writeField(QByteArrayView(utf8));
            writer.writeField(QStringLiteral("x"));
            writer.endRow();
        }
        QCOMPARE(bytes, on);
    }

    void aFailingDeviceIsReported()
    {
        FullDevice device;
        CsvWriter writer(&device, CsvWriter::Options());
        writer.writeRow({ QStringLiteral("a") });
        QVERIFY(!writer.flush());
        QVERIFY(writer.hasError());
        QVERIFY(writer.errorString().contains(QStringLiteral("No space")));
    }

    // Rows far beyond the buffer reach the device whole and in order.
    void manyRows()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer, CsvWriter::Options());
            for (int i = 0; i < 50000; ++i)
                writer.writeRow(
                    { QString::number(i), QStringLiteral("Олена \"Ш\""), QStringLiteral("a,b") });
            QVERIFY(writer.flush());
        }
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.size(), 50001); // the last one empty, after the final CRLF
        QCOMPARE(lines.at(49999), QStringLiteral("49999,\"Олена \"\"Ш\"\"\",\"a,b\"\r").toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
