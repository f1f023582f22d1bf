// The LOCALIZED collation that SQLite sorts names with: it compares through ICU directly, and
// must give, pair by pair, the order QCollator (Ukrainian, case-insensitive, numeric) gives:
// Є after Е, Ї after І, Ґ after Г, é beside e, case ignored, "№2" before "№10", the empty text
// first. Then ORDER BY ... COLLATE LOCALIZED on a real database returns that order.

#include "PlainConnection.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QCollator>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace dd;
using namespace dd::storage;

namespace {

// The locale every connection's collation is registered for (Database.cpp).
QLocale collationLocale()
{
    return QLocale(QLocale::Ukrainian, QLocale::Ukraine);
}

QCollator referenceCollator()
{
    QCollator collator(collationLocale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

// Names as they are typed: Ukrainian letters that English and French collations misplace, the
// two apostrophes, accented Latin, case, numbers and texts in two scripts at once.
const QStringList &names()
{
    static const QStringList list {
        QString(),
        QStringLiteral("Олена"), QStringLiteral("олена"), QStringLiteral("ОЛЕНА"),
        QStringLiteral("Евген"), QStringLiteral("Євген"), QStringLiteral("євген"),
        QStringLiteral("Ерік"), QStringLiteral("Єрмоленко"), QStringLiteral("Ежен"),
        QStringLiteral("Ігор"), QStringLiteral("Їжак"), QStringLiteral("Иван"),
        QStringLiteral("Йосип"), QStringLiteral("Іванко"), QStringLiteral("їжа"),
        QStringLiteral("Ганна"), QStringLiteral("Ґонта"), QStringLiteral("Гонта"),
        QStringLiteral("ґанок"), QStringLiteral("Ґава"), QStringLiteral("Гава"),
        QStringLiteral("Мар'яна"), QStringLiteral("Марʼяна"), QStringLiteral("Мар’яна"),
        QStringLiteral("Марина"), QStringLiteral("Мар"), QStringLiteral("Мар'ян"),
        QStringLiteral("Élodie"), QStringLiteral("Elodie"), QStringLiteral("elodie"),
        QStringLiteral("Éloïse"), QStringLiteral("Eloise"), QStringLiteral("Émile"),
        QStringLiteral("Emile"), QStringLiteral("Zoé"), QStringLiteral("Zoe"),
        QStringLiteral("Ærø"), QStringLiteral("Œuvre"), QStringLiteral("Straße"),
        QStringLiteral("Громада №2"), QStringLiteral("Громада №10"), QStringLiteral("Громада №1"),
        QStringLiteral("Громада №02"), QStringLiteral("громада №2"), QStringLiteral("Громада"),
        QStringLiteral("Коваленко-2"), QStringLiteral("Коваленко-10"), QStringLiteral("Коваленко"),
        QStringLiteral("item 9"), QStringLiteral("item 10"), QStringLiteral("item 9a"),
        QStringLiteral("Kovalenko"), QStringLiteral("Коваленко Kovalenko"),
        QStringLiteral("Kovalenko Коваленко"), QStringLiteral("Київ"), QStringLiteral("Kyiv"),
        QStringLiteral("Paris"), QStringLiteral("Париж"), QStringLiteral("Αθήνα"),
        QStringLiteral("東京"), QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("-"),
        QStringLiteral(" "), QStringLiteral("  Олена"), QStringLiteral("Олена "),
        QStringLiteral("O'Brien"), QStringLiteral("OBrien"), QStringLiteral("O’Brien"),
        QStringLiteral("1"), QStringLiteral("01"), QStringLiteral("10"), QStringLiteral("2"),
        QStringLiteral("Сен-Дені"), QStringLiteral("Сен Дені"), QStringLiteral("Сендені"),
        // Decomposed é (e + U+0301) against the precomposed one.
        QStringLiteral("Ele\u0301onore"), QStringLiteral("El\u00e9onore"),
        // Two marks in either order (canonically equivalent; not in ICU's fast FCD form).
        QStringLiteral("Ha\u0302\u0323n"), QStringLiteral("Ha\u0323\u0302n"),
        QStringLiteral("H\u1ead n"), QStringLiteral("Ha\u0302\u0323"),
        // A zero-width joiner alone: ignorable in ICU, yet after the empty text in QCollator.
        QStringLiteral("\u200d"),
        QStringLiteral("🙂"), QStringLiteral("Олена 🙂"),
    };
    return list;
}

// -1, 0 or 1 as the collation on connection orders a and b, given as UTF-8 bytes so that
// bytes QString would not hold can be compared too (bound as blobs, read as text; Qt binds
// an empty QByteArray as NULL, hence the COALESCE).
int collatedSign(const QSqlDatabase &connection, const QByteArray &a, const QByteArray &b)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "SELECT CASE WHEN a = b COLLATE LOCALIZED THEN 0 WHEN a < b COLLATE LOCALIZED THEN -1 "
        "ELSE 1 END FROM (SELECT COALESCE(CAST(? AS TEXT), '') AS a, "
        "COALESCE(CAST(? AS TEXT), '') AS b)"));
    query.addBindValue(a);
    query.addBindValue(b);
    if (!query.exec() || !query.next())
        return 2; // no answer: never a sign
    return query.value(0).toInt();
}

// The first column of every row an executed query returns.
QStringList firstColumn(QSqlQuery &query)
{
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace

class TestCollation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlainConnection> m_plain;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plain = std::make_unique<PlainConnection>(QStringLiteral(":memory:"),
                                                    PlainConnection::ReadWrite);
        QVERIFY(m_plain->isOpen());
        QSqlDatabase db = m_plain->db();
        QString error;
        QVERIFY2(SqlDialect::registerCollation(db, collationLocale(), &error), qPrintable(error));
    }

    void cleanupTestCase() { m_plain.reset(); }

    // Every ordered pair of names, both ways round: the same sign as QCollator.
    void sameSignAsQCollator_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        const QStringList &list = names();
        for (const QString &a : list) {
            for (const QString &b : list) {
                const QString tag = (a.isEmpty() ? QStringLiteral("(empty)") : a)
                    + QStringLiteral(" | ") + (b.isEmpty() ? QStringLiteral("(empty)") : b);
                QTest::newRow(tag.toUtf8().constData()) << a << b;
            }
        }
    }

    void sameSignAsQCollator()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const int expected = sign(referenceCollator().compare(a, b));
        QCOMPARE(collatedSign(m_plain->db(), a.toUtf8(), b.toUtf8()), expected);
    }

    // What a reader of Ukrainian expects, spelt out (so that the reference is checked too).
    void knownPairs_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("Е before Є") << QStringLiteral("Ежен") << QStringLiteral("Євген") << -1;
        QTest::newRow("Є before Ж") << QStringLiteral("Євген") << QStringLiteral("Жанна") << -1;
        QTest::newRow("И before І") << QStringLiteral("Иван") << QStringLiteral("Іван") << -1;
        QTest::newRow("І before Ї") << QStringLiteral("Іжак") << QStringLiteral("Їжак") << -1;
        QTest::newRow("Ї before Й") << QStringLiteral("Їжак") << QStringLiteral("Йосип") << -1;
        QTest::newRow("Г before Ґ") << QStringLiteral("Гонта") << QStringLiteral("Ґава") << -1;
        QTest::newRow("Ґ before Д") << QStringLiteral("Ґонта") << QStringLiteral("Дмитро") << -1;
        QTest::newRow("case ignored") << QStringLiteral("ОЛЕНА") << QStringLiteral("олена") << 0;
        QTest::newRow("é beside e") << QStringLiteral("Elodie") << QStringLiteral("Élodie") << -1;
        QTest::newRow("é before f") << QStringLiteral("Élodie") << QStringLiteral("Fanny") << -1;
        QTest::newRow("numbers by value") << QStringLiteral("Громада №2")
                                          << QStringLiteral("Громада №10") << -1;
        QTest::newRow("empty first") << QString() << QStringLiteral("\u200d") << -1;
        QTest::newRow("both empty") << QString() << QString() << 0;
        QTest::newRow("identical") << QStringLiteral("Мар'яна") << QStringLiteral("Мар'яна") << 0;
        // The Ukrainian tailoring puts Cyrillic before the other scripts.
        QTest::newRow("Cyrillic before Latin") << QStringLiteral("Яна") << QStringLiteral("Anna")
                                               << -1;
    }

    void knownPairs()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(sign(referenceCollator().compare(a, b)), expected);
        QCOMPARE(collatedSign(m_plain->db(), a.toUtf8(), b.toUtf8()), expected);
        QCOMPARE(collatedSign(m_plain->db(), b.toUtf8(), a.toUtf8()), -expected);
    }

    // Bytes that are not UTF-8 reach the collation only from a damaged or foreign file; they
    // are compared as QString::fromUtf8 reads them, not refused.
    void malformedUtf8_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::newRow("lone continuation") << QByteArray("\x80") << QByteArray("a");
        QTest::newRow("truncated sequence") << QByteArray("\xd0") << QByteArray("\xd0\x90");
        QTest::newRow("two lone bytes") << QByteArray("\xff\xfe") << QByteArray("\xef\xbf\xbd");
        QTest::newRow("invalid inside") << QByteArray("Ол\xffена") << QByteArray("Олена");
    }

    void malformedUtf8()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        const int expected =
            sign(referenceCollator().compare(QString::fromUtf8(a), QString::fromUtf8(b)));
        QCOMPARE(collatedSign(m_plain->db(), a, b), expected);
        QCOMPARE(collatedSign(m_plain->db(), b, a), -expected);
    }

    // ORDER BY through a Delegation Desk database: QCollator's order, ties (names that differ
    // in case only) in the order they were written.
    void orderByOnDatabase()
    {
        Database::Error error;
        auto database = Database::open(m_dir.filePath(QStringLiteral("collation.sqlite")), &error);
        QVERIFY2(database, qPrintable(error.message));
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TABLE words (w TEXT NOT NULL)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO words (w) VALUES (?)")));
        QStringList expected;
        for (const QString &name : names()) {
            // Empty text, not NULL: the collation must place it.
            const QString word = name.isNull() ? QStringLiteral("") : name;
            query.addBindValue(word);
            QVERIFY(query.exec());
            expected.append(word);
        }
        const QCollator collator = referenceCollator();
        std::stable_sort(expected.begin(), expected.end(), [&](const QString &a, const QString &b) {
            return collator.compare(a, b) < 0;
        });
        const QString orderBy = QStringLiteral(" ORDER BY ")
            + SqlDialect::collated(QStringLiteral("w")) + QStringLiteral(", rowid");

        QVERIFY(query.exec(QStringLiteral("SELECT w FROM words") + orderBy));
        QCOMPARE(firstColumn(query), expected);

        // And the same through an index in the collation, as the lists use it.
        QVERIFY(query.exec(QStringLiteral("CREATE INDEX words_localized ON words (")
                           + SqlDialect::collated(QStringLiteral("w")) + QStringLiteral(")")));
        QVERIFY(query.exec(QStringLiteral("SELECT w FROM words INDEXED BY words_localized")
                           + orderBy));
        QCOMPARE(firstColumn(query), expected);
    }

    // A short list whose order is written out: the Ukrainian alphabet, numbers, then Latin.
    void orderOfAlphabet()
    {
        Database::Error error;
        auto database = Database::open(m_dir.filePath(QStringLiteral("alphabet.sqlite")), &error);
        QVERIFY2(database, qPrintable(error.message));
        const QStringList expected {
            QStringLiteral("Ганна"), QStringLiteral("Громада №2"), QStringLiteral("Громада №10"),
            QStringLiteral("Ґонта"), QStringLiteral("Дмитро"), QStringLiteral("Ежен"),
            QStringLiteral("Євген"), QStringLiteral("Жанна"), QStringLiteral("Иван"),
            QStringLiteral("Ірина"), QStringLiteral("Їжак"), QStringLiteral("Йосип"),
            QStringLiteral("Elodie"), QStringLiteral("Élodie"), QStringLiteral("Zoe"),
        };
        QStringList shuffled = expected;
        std::reverse(shuffled.begin(), shuffled.end());
        std::rotate(shuffled.begin(), shuffled.begin() + 5, shuffled.end());
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TABLE words (w TEXT NOT NULL)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO words (w) VALUES (?)")));
        for (const QString &word : std::as_const(shuffled)) {
            query.addBindValue(word);
            QVERIFY(query.exec());
        }
        QVERIFY(query.exec(QStringLiteral("SELECT w FROM words ORDER BY ")
                           + SqlDialect::collated(QStringLiteral("w"))));
        QCOMPARE(firstColumn(query), expected);
    }
};

QTEST_GUILESS_MAIN(TestCollation)
#include "tst_collation.moc"
