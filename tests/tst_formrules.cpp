// The rules the organisation, event and delegation forms ask before saving (app/domain/
// OrganisationRules, EventRules, DelegationRules) and how those forms read typed dates and
// counts (app/domain/FormInput). Each row says whether a value is accepted; a refused value
// comes with a sentence, and a member's stay outside the delegation's dates is a warning.

#include "domain/DelegationRules.h"
#include "domain/EventRules.h"
#include "domain/FormInput.h"
#include "domain/OrganisationRules.h"

#include <QTest>

#include <optional>

using namespace dd;

Q_DECLARE_METATYPE(std::optional<qint64>)

class TestFormRules : public QObject
{
    Q_OBJECT

private:
    static void textRows()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
    }

    static void row(const char *tag, const QString &value, bool accepted)
    {
        QTest::newRow(tag) << value << accepted;
    }

    static void check(const QString &problem)
    {
        QFETCH(bool, accepted);
        if (accepted)
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY(!problem.isEmpty());
    }

    static QDate day(int d) { return QDate(2025, 11, d); }
    static QDateTime at(int d, int hour) { return QDateTime(day(d), QTime(hour, 0)); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void names_data()
    {
        textRows();
        row("Ukrainian", QStringLiteral("Асоціація міст України"), true);
        row("French", QStringLiteral("Régions de France"), true);
        row("padded", QStringLiteral("  Stand with Ukraine "), true);
        row("empty", QString(), false);
        row("spaces", QStringLiteral("   "), false);
        row("tab and no-break space", QStringLiteral("\t\u00a0"), false);
    }
    void names()
    {
        // The three records share what a name must be; each says it in its own words.
        QFETCH(QString, value);
        check(OrganisationRules::problemWithName(value));
        check(EventRules::problemWithName(value));
        check(DelegationRules::problemWithName(value));
    }

    void namesSayWhatIsMissing()
    {
        QVERIFY(OrganisationRules::problemWithName(QString()).contains(QStringLiteral("name")));
        QVERIFY(EventRules::problemWithName(QString()).contains(QStringLiteral("event")));
        QVERIFY(DelegationRules::problemWithName(QString()).contains(QStringLiteral("delegation")));
    }

    void country_data()
    {
        textRows();
        row("empty", QString(), true);
        row("UA", QStringLiteral("UA"), true);
        row("lower case", QStringLiteral("fr"), true);
        row("padded", QStringLiteral(" DE "), true);
        row("one letter", QStringLiteral("F"), false);
        row("three letters", QStringLiteral("FRA"), false);
        row("digits", QStringLiteral("12"), false);
        row("Cyrillic", QStringLiteral("УК"), false);
    }
    void country()
    {
        QFETCH(QString, value);
        check(OrganisationRules::problemWithCountry(value));
    }

    void website_data()
    {
        textRows();
        row("empty", QString(), true);
        row("bare domain", QStringLiteral("standwithukraine.fr"), true);
        row("www and path", QStringLiteral("www.cities4cities.eu/en/partners"), true);
        row("https", QStringLiteral("https://www.amf.asso.fr"), true);
        row("http with port", QStringLiteral("http://example.org:8080/x"), true);
        row("Cyrillic domain", QStringLiteral("https://мінрегіон.укр"), true);
        row("padded", QStringLiteral("  example.org "), true);
        row("space inside", QStringLiteral("example .org"), false);
        row("no top-level domain", QStringLiteral("localhost"), false);
        row("numeric end", QStringLiteral("https://10.0.0.1"), false);
        row("mail address", QStringLiteral("mailto:info@example.org"), false);
        row("ftp", QStringLiteral("ftp://example.org"), false);
        row("one-letter tld", QStringLiteral("example.o"), false);
    }
    void website()
    {
        QFETCH(QString, value);
        check(OrganisationRules::problemWithWebsite(value));
    }

    void parent()
    {
        QVERIFY(OrganisationRules::problemWithParent(0, 0).isEmpty());
        QVERIFY(OrganisationRules::problemWithParent(0, 3).isEmpty()); // a new one
        QVERIFY(OrganisationRules::problemWithParent(4, 3).isEmpty());
        QVERIFY(OrganisationRules::problemWithParent(4, 0).isEmpty());
        QVERIFY(!OrganisationRules::problemWithParent(3, 3).isEmpty());
    }

    void dates_data()
    {
        QTest::addColumn<QDate>("startsOn");
        QTest::addColumn<QDate>("endsOn");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("both unknown") << QDate() << QDate() << true;
        QTest::newRow("start only") << day(18) << QDate() << true;
        QTest::newRow("end only") << QDate() << day(20) << true;
        QTest::newRow("one day") << day(18) << day(18) << true;
        QTest::newRow("three days") << day(18) << day(20) << true;
        QTest::newRow("across a year") << QDate(2025, 12, 30) << QDate(2026, 1, 2) << true;
        QTest::newRow("ends the day before") << day(18) << day(17) << false;
        QTest::newRow("ends a year before") << QDate(2026, 1, 2) << QDate(2025, 12, 30) << false;
    }
    void dates()
    {
        QFETCH(QDate, startsOn);
        QFETCH(QDate, endsOn);
        check(EventRules::problemWithDates(startsOn, endsOn));
        check(DelegationRules::problemWithDates(startsOn, endsOn));
    }

    void sizes_data()
    {
        QTest::addColumn<std::optional<qint64>>("size");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("unknown") << std::optional<qint64>() << true;
        QTest::newRow("zero") << std::optional<qint64>(0) << true;
        QTest::newRow("twenty") << std::optional<qint64>(20) << true;
        QTest::newRow("1,200 mayors") << std::optional<qint64>(1200) << true;
        QTest::newRow("minus one") << std::optional<qint64>(-1) << false;
        QTest::newRow("very negative") << std::optional<qint64>(-1000000) << false;
    }
    void sizes()
    {
        QFETCH(std::optional<qint64>, size);
        check(DelegationRules::problemWithPlannedSize(size));
        check(EventRules::problemWithExpectedAttendance(size));
    }

    void timeZone_data()
    {
        textRows();
        row("empty", QString(), true);
        row("Paris", QStringLiteral("Europe/Paris"), true);
        row("Kyiv", QStringLiteral("Europe/Kyiv"), true);
        row("padded", QStringLiteral(" Europe/Berlin "), true);
        row("made up", QStringLiteral("Europe/Atlantis"), false);
        row("a city name", QStringLiteral("Paris"), false);
    }
    void timeZone()
    {
        QFETCH(QString, value);
        check(EventRules::problemWithTimeZone(value));
    }

    void travel_data()
    {
        QTest::addColumn<QDateTime>("arrival");
        QTest::addColumn<QDateTime>("departure");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("both unknown") << QDateTime() << QDateTime() << true;
        QTest::newRow("arrival only") << at(17, 9) << QDateTime() << true;
        QTest::newRow("departure only") << QDateTime() << at(21, 9) << true;
        QTest::newRow("four days") << at(17, 9) << at(21, 18) << true;
        QTest::newRow("same minute") << at(17, 9) << at(17, 9) << true;
        QTest::newRow("an hour before") << at(17, 9) << at(17, 8) << false;
        QTest::newRow("a day before") << at(17, 9) << at(16, 9) << false;
    }
    void travel()
    {
        QFETCH(QDateTime, arrival);
        QFETCH(QDateTime, departure);
        check(DelegationRules::problemWithTravel(arrival, departure));
    }

    void stay_data()
    {
        QTest::addColumn<QDate>("starts");
        QTest::addColumn<QDate>("ends");
        QTest::addColumn<QDateTime>("arrival");
        QTest::addColumn<QDateTime>("departure");
        QTest::addColumn<QStringList>("says"); // what the warning names; none: no warning
        const QStringList none;
        QTest::newRow("within") << day(17) << day(21) << at(17, 6) << at(21, 23) << none;
        QTest::newRow("nothing known") << QDate() << QDate() << QDateTime() << QDateTime() << none;
        QTest::newRow("delegation dates unknown") << QDate() << QDate() << at(1, 0) << at(30, 0) << none;
        QTest::newRow("travel unknown") << day(17) << day(21) << QDateTime() << QDateTime() << none;
        QTest::newRow("arrives a day early")
            << day(17) << day(21) << at(16, 22) << at(21, 9)
            << QStringList({ QStringLiteral("Arrives"), QStringLiteral("16 Nov 2025"), QStringLiteral("17 Nov 2025") });
        QTest::newRow("leaves a day late")
            << day(17) << day(21) << at(17, 9) << at(22, 9)
            << QStringList({ QStringLiteral("Leaves"), QStringLiteral("22 Nov 2025"), QStringLiteral("21 Nov 2025") });
        QTest::newRow("both") << day(17) << day(21) << at(15, 9) << at(23, 9)
                              << QStringList({ QStringLiteral("Arrives"), QStringLiteral("Leaves") });
        QTest::newRow("arrives after the end")
            << day(17) << day(21) << at(22, 9) << QDateTime()
            << QStringList({ QStringLiteral("after the delegation ends") });
        QTest::newRow("leaves before the start")
            << day(17) << QDate() << QDateTime() << at(16, 9)
            << QStringList({ QStringLiteral("before the delegation starts") });
        QTest::newRow("late on the last day") << day(17) << day(21) << at(17, 0) << at(21, 23) << none;
    }
    void stay()
    {
        QFETCH(QDate, starts);
        QFETCH(QDate, ends);
        QFETCH(QDateTime, arrival);
        QFETCH(QDateTime, departure);
        QFETCH(QStringList, says);
        const QString warning = DelegationRules::warningAboutStay(starts, ends, arrival, departure);
        QCOMPARE(warning.isEmpty(), says.isEmpty());
        for (const QString &part : says)
            QVERIFY2(warning.contains(part), qPrintable(warning));
        // A warning, not a problem: the same travel is acceptable.
        QVERIFY(DelegationRules::problemWithTravel(arrival, departure).isEmpty());
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("read");
        QTest::addColumn<QDate>("date");
        const QDate congress(2025, 11, 18);
        QTest::newRow("empty") << QStringLiteral("fr_FR") << QString() << true << QDate();
        QTest::newRow("blank") << QStringLiteral("fr_FR") << QStringLiteral("  ") << true << QDate();
        QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral("18/11/2025") << true << congress;
        QTest::newRow("Ukrainian") << QStringLiteral("uk_UA") << QStringLiteral("18.11.2025") << true << congress;
        QTest::newRow("American") << QStringLiteral("en_US") << QStringLiteral("11/18/2025") << true << congress;
        QTest::newRow("American, two-digit year")
            << QStringLiteral("en_US") << QStringLiteral("11/18/25") << true << congress;
        QTest::newRow("French, two-digit year") << QStringLiteral("fr_FR") << QStringLiteral("18/11/25") << true << congress;
        QTest::newRow("ISO anywhere") << QStringLiteral("uk_UA") << QStringLiteral("2025-11-18") << true << congress;
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("18 Nov 2025") << true << congress;
        QTest::newRow("padded") << QStringLiteral("fr_FR") << QStringLiteral(" 18/11/2025 ") << true << congress;
        QTest::newRow("no such day") << QStringLiteral("fr_FR") << QStringLiteral("31/11/2025") << false << QDate();
        QTest::newRow("month first in France") << QStringLiteral("fr_FR") << QStringLiteral("11/18/2025") << false << QDate();
        QTest::newRow("words") << QStringLiteral("fr_FR") << QStringLiteral("demain") << false << QDate();
    }
    void parseDate()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(bool, read);
        QFETCH(QDate, date);
        const QLocale userLocale(locale);
        const std::optional<QDate> parsed = FormInput::parseDate(text, userLocale);
        QCOMPARE(bool(parsed), read);
        QCOMPARE(FormInput::problemWithDate(text, userLocale).isEmpty(), read);
        if (read)
            QCOMPARE(*parsed, date);
    }

    void datesRoundTripInFourDigitYears_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *name : { "C", "en_US", "en_GB", "fr_FR", "uk_UA", "de_DE", "sv_SE" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void datesRoundTripInFourDigitYears()
    {
        QFETCH(QString, locale);
        const QLocale userLocale(locale);
        QVERIFY2(FormInput::dateFormat(userLocale).contains(QStringLiteral("yyyy")),
                 qPrintable(FormInput::dateFormat(userLocale)));
        for (const QDate date : { QDate(2025, 11, 18), QDate(2026, 1, 30), QDate(1999, 2, 3) }) {
            const QString shown = FormInput::dateText(date, userLocale);
            QVERIFY(shown.contains(QString::number(date.year())));
            QCOMPARE(FormInput::parseDate(shown, userLocale), std::optional<QDate>(date));
        }
        QVERIFY(FormInput::dateText(QDate(), userLocale).isEmpty());
    }

    void problemWithDateGivesAnExample()
    {
        const QString problem = FormInput::problemWithDate(QStringLiteral("soon"), QLocale(QStringLiteral("fr_FR")));
        QVERIFY2(problem.contains(QStringLiteral("18/11/2025")), qPrintable(problem));
    }

    void parseCount_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("read");
        QTest::addColumn<std::optional<qint64>>("count");
        QTest::newRow("empty") << QStringLiteral("C") << QString() << true << std::optional<qint64>();
        QTest::newRow("blank") << QStringLiteral("C") << QStringLiteral("  ") << true << std::optional<qint64>();
        QTest::newRow("twenty") << QStringLiteral("C") << QStringLiteral("20") << true << std::optional<qint64>(20);
        QTest::newRow("zero") << QStringLiteral("C") << QStringLiteral("0") << true << std::optional<qint64>(0);
        QTest::newRow("space as thousands") << QStringLiteral("fr_FR") << QStringLiteral("1 200") << true
                                            << std::optional<qint64>(1200);
        QTest::newRow("comma as thousands") << QStringLiteral("en_US") << QStringLiteral("1,200") << true
                                            << std::optional<qint64>(1200);
        QTest::newRow("the locale's own") << QStringLiteral("uk_UA") << QLocale(QStringLiteral("uk_UA")).toString(1200)
                                          << true << std::optional<qint64>(1200);
        QTest::newRow("negative (for the rules)") << QStringLiteral("C") << QStringLiteral("-3") << true
                                                  << std::optional<qint64>(-3);
        QTest::newRow("decimal") << QStringLiteral("C") << QStringLiteral("2.5") << false << std::optional<qint64>();
        QTest::newRow("words") << QStringLiteral("C") << QStringLiteral("twenty") << false << std::optional<qint64>();
        QTest::newRow("about") << QStringLiteral("C") << QStringLiteral("~20") << false << std::optional<qint64>();
    }
    void parseCount()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(bool, read);
        QFETCH(std::optional<qint64>, count);
        bool ok = !read;
        QCOMPARE(FormInput::parseCount(text, &ok, QLocale(locale)), count);
        QCOMPARE(ok, read);
        QCOMPARE(FormInput::problemWithCount(text, QLocale(locale)).isEmpty(), read);
    }
};

QTEST_GUILESS_MAIN(TestFormRules)
#include "tst_formrules.moc"
