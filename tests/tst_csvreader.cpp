// The CSV parser on every case a user's file brings: quoting, line endings, blank lines, ragged
// rows, stray quotes, binary and empty files, huge fields, encodings and delimiters.

#include "exchange/CsvReader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTranslator>
#include <QtTest>

using namespace dd::exchange;

using Records = QList<QStringList>;
Q_DECLARE_METATYPE(Records)

namespace {

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder(text);
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    // Messages as the program shows them in English: the plural forms come from the English file.
    void initTestCase()
    {
        auto *english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(":/i18n/delegation-desk_en.qm")));
        QCoreApplication::installTranslator(english);
    }

    void parses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Records>("expected");
        auto row = [](std::initializer_list<const char *> fields) {
            QStringList list;
            for (const char *f : fields)
                list.append(QString::fromUtf8(f));
            return list;
        };
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << Records { row({ "a", "b" }), row({ "1", "2" }) };
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Records { row({ "a", "b" }), row({ "1", "2" }) };
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r") << Records { row({ "a", "b" }), row({ "1", "2" }) };
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << Records { row({ "a", "b" }), row({ "1", "2" }) };
        QTest::newRow("blank lines") << QByteArray("a,b\n\n\r\n1,2\n\n") << Records { row({ "a", "b" }), row({ "1", "2" }) };
        QTest::newRow("delimiter in quotes") << QByteArray("a,b\n\"x, y\",2\n")
                                             << Records { row({ "a", "b" }), row({ "x, y", "2" }) };
        QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n")
                                        << Records { row({ "a", "b" }), row({ "say \"hi\"", "\"" }) };
        QTest::newRow("LF inside quotes") << QByteArray("a,b\n\"line 1\nline 2\",2\n")
                                          << Records { row({ "a", "b" }), row({ "line 1\nline 2", "2" }) };
        QTest::newRow("CRLF inside quotes") << QByteArray("a,b\r\n\"line 1\r\nline 2\",2\r\n")
                                            << Records { row({ "a", "b" }), row({ "line 1\r\nline 2", "2" }) };
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n\"\",x,\n")
                                      << Records { row({ "a", "b", "c" }), row({ "", "", "" }), row({ "", "x", "" }) };
        QTest::newRow("Cyrillic UTF-8") << QByteArray("Прізвище,Ім’я\nСавчук,Олена\n")
                                        << Records { row({ "Прізвище", "Ім’я" }), row({ "Савчук", "Олена" }) };
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFNom;Prénom\nLefèvre;Jean\n")
                             << Records { row({ "Nom", "Prénom" }), row({ "Lefèvre", "Jean" }) };
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n4;5,5;6\n")
                                   << Records { row({ "a", "b", "c" }), row({ "1,5", "2", "3" }), row({ "4", "5,5", "6" }) };
        QTest::newRow("tab") << QByteArray("a\tb\n1, 2\t3\n") << Records { row({ "a", "b" }), row({ "1, 2", "3" }) };
        QTest::newRow("quoted delimiters do not count") << QByteArray("a;b\n\"x,y,z\";2\n")
                                                        << Records { row({ "a", "b" }), row({ "x,y,z", "2" }) };
        QTest::newRow("spaces kept") << QByteArray("a,b\n 1 , 2\n") << Records { row({ "a", "b" }), row({ " 1 ", " 2" }) };
    }

    void parses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Records, expected);
        QString error;
        const Records records = CsvReader::readAll(bytes, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records, expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<qint64>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("ragged row") << QByteArray("a,b\n1,2\n\"x\ny\",2\n1,2,3\n") << true << qint64(5) << qint64(0)
                                    << QStringLiteral("3 fields");
        QTest::newRow("stray quote") << QByteArray("a,b\n1,ab\"c\n") << false << qint64(2) << qint64(5)
                                     << QStringLiteral("stray quote");
        QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,2\n") << false << qint64(2)
                                                  << qint64(3) << QStringLiteral("stray quote");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\nmore\n") << false << qint64(3)
                                            << qint64(3) << QStringLiteral("never ends");
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\x14\0data", 14) << false << qint64(0) << qint64(0)
                                << QStringLiteral("binary");
        QTest::newRow("control characters") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10 abc")
                                            << false << qint64(0) << qint64(0) << QStringLiteral("binary");
        QTest::newRow("empty file") << QByteArray() << false << qint64(0) << qint64(0) << QStringLiteral("empty");
        QTest::newRow("huge field") << (QByteArray("a,b\n1,2\n3,") + QByteArray(1024 * 1024 + 10, 'x') + "\n")
                                    << false << qint64(3) << qint64(0) << QStringLiteral("longer than");
        QTest::newRow("huge quoted field") << (QByteArray("a,b\n\"") + QByteArray(1024 * 1024 + 10, 'x') + "\",1\n")
                                           << false << qint64(2) << qint64(0) << QStringLiteral("longer than");
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, strict);
        QFETCH(qint64, line);
        QFETCH(qint64, column);
        QFETCH(QString, words);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader::Options options;
        options.strictFieldCount = strict;
        CsvReader reader(&buffer, options);
        if (reader.open()) {
            QStringList fields;
            while (reader.readRecord(&fields)) { }
        }
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().contains(words), qPrintable(reader.errorString()));
        QCOMPARE(reader.errorLine(), line);
        if (column)
            QCOMPARE(reader.errorColumn(), column);
        if (line)
            QVERIFY2(reader.errorString().contains(QString::number(line)), qPrintable(reader.errorString()));
    }

    void raggedRowsNamedByLine()
    {
        // Not strict: the records come, each with the line it starts on.
        QByteArray bytes("a,b\n\"multi\nline\",2\n\n1,2,3\n");
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, {});
        QVERIFY(reader.open());
        QStringList fields;
        QList<qint64> lines;
        QList<qsizetype> counts;
        while (reader.readRecord(&fields)) {
            lines.append(reader.recordLine());
            counts.append(fields.size());
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(lines, (QList<qint64> { 1, 2, 5 }));
        QCOMPARE(counts, (QList<qsizetype> { 2, 2, 3 }));
        QCOMPARE(reader.firstFieldCount(), 2);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("text");
        const QString ukrainian = QStringLiteral(
            "Прізвище;Ім'я;Посада\nСавчук;Олена;Міська голова\nКоваленко;Тарас;Староста Їжакевичі\n");
        const QString french = QStringLiteral(
            "Nom;Prénom;Ville\nLefèvre;Jean-Pierre;Château-Thierry\nMüller;Zoé;Vélizy\n");
        QTest::newRow("utf-8") << ukrainian.toUtf8() << int(CsvReader::Encoding::Utf8) << ukrainian;
        QTest::newRow("utf-8 with BOM") << (QByteArray("\xEF\xBB\xBF") + french.toUtf8())
                                        << int(CsvReader::Encoding::Utf8) << french;
        QTest::newRow("windows-1251") << encoded(ukrainian, "windows-1251") << int(CsvReader::Encoding::Windows1251)
                                      << ukrainian;
        QTest::newRow("windows-1252") << encoded(french, "windows-1252") << int(CsvReader::Encoding::Windows1252)
                                      << french;
        // Windows-1251 bytes that happen to be short: one word.
        QTest::newRow("windows-1251 short") << encoded(QStringLiteral("Прізвище\nҐалаґан\n"), "windows-1251")
                                            << int(CsvReader::Encoding::Windows1251)
                                            << QStringLiteral("Прізвище\nҐалаґан\n");
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, expected);
        QFETCH(QString, text);
        QCOMPARE(int(CsvReader::detectEncoding(bytes)), expected);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, {});
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        QCOMPARE(int(reader.encoding()), expected);
        QStringList fields;
        QStringList lines;
        while (reader.readRecord(&fields))
            lines.append(fields.join(reader.delimiterChar(reader.delimiter())));
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'), text);
    }

    void encodingOverride()
    {
        // The same bytes read as Windows-1252 when the user says so.
        QByteArray bytes = encoded(QStringLiteral("a\nПрізвище\n"), "windows-1251");
        CsvReader::Options options;
        options.encoding = CsvReader::Encoding::Windows1252;
        const Records records = CsvReader::readAll(bytes, options);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).at(0), QStringLiteral("Ïð³çâèùå"));
        // And invalid UTF-8 when UTF-8 is forced is refused, not turned into garbage.
        options.encoding = CsvReader::Encoding::Utf8;
        QString error;
        QVERIFY(CsvReader::readAll(bytes, options, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not valid")), qPrintable(error));
    }

    void delimiters_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("expected");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << int(CsvReader::Delimiter::Comma);
        QTest::newRow("semicolon with decimal commas") << QStringLiteral("a;b\n1,5;2,5\n3;4\n")
                                                       << int(CsvReader::Delimiter::Semicolon);
        QTest::newRow("tab") << QStringLiteral("a\tb\tc\n1\t2\t3\n") << int(CsvReader::Delimiter::Tab);
        QTest::newRow("quoted commas") << QStringLiteral("a;b\n\"1,2,3\";4\n") << int(CsvReader::Delimiter::Semicolon);
        QTest::newRow("one column") << QStringLiteral("name\nx\n") << int(CsvReader::Delimiter::Comma);
        QTest::newRow("multi-line quoted") << QStringLiteral("a;b\n\"x;\ny\";2\n") << int(CsvReader::Delimiter::Semicolon);
    }

    void delimiters()
    {
        QFETCH(QString, sample);
        QFETCH(int, expected);
        QCOMPARE(int(CsvReader::detectDelimiter(sample)), expected);
    }

    void delimiterOverride()
    {
        CsvReader::Options options;
        options.delimiter = CsvReader::Delimiter::Comma;
        const Records records = CsvReader::readAll("a;b\n1;2\n", options);
        QCOMPARE(records.at(1), QStringList { QStringLiteral("1;2") });
    }

    void largeFileAcrossBlocks()
    {
        // More than one read block, with multi-byte letters and quoted line breaks everywhere,
        // so that block boundaries fall inside characters, fields and CRLFs.
        QByteArray bytes = "Прізвище,Нотатки\r\n";
        const int rows = 40000;
        for (int i = 0; i < rows; ++i)
            bytes += QStringLiteral("Шевчук%1,\"рядок\r\n«%1», \"\"так\"\"\"\r\n").arg(i).toUtf8();
        QVERIFY(bytes.size() > 2 * 1024 * 1024);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, {});
        QVERIFY(reader.open());
        QStringList fields;
        int count = 0;
        qint64 lastLine = 0;
        while (reader.readRecord(&fields)) {
            if (count > 0) {
                QCOMPARE(fields.size(), 2);
                QCOMPARE(fields.at(0), QStringLiteral("Шевчук%1").arg(count - 1));
                QCOMPARE(fields.at(1), QStringLiteral("рядок\r\n«%1», \"так\"").arg(count - 1));
            }
            lastLine = reader.recordLine();
            ++count;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(count, rows + 1);
        QCOMPARE(lastLine, qint64(2 * rows));
        QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
    }

    void ids()
    {
        QCOMPARE(CsvReader::encodingFromId(QStringLiteral("windows-1251")), CsvReader::Encoding::Windows1251);
        QCOMPARE(CsvReader::encodingFromId(QStringLiteral("UTF-8")), CsvReader::Encoding::Utf8);
        QVERIFY(!CsvReader::encodingFromId(QStringLiteral("koi8-u")));
        QCOMPARE(CsvReader::delimiterFromId(QStringLiteral("tab")), CsvReader::Delimiter::Tab);
        QVERIFY(!CsvReader::delimiterFromId(QStringLiteral("pipe")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
