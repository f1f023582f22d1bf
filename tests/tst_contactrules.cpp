// The rules a contact's fields must meet before it is saved (app/domain/ContactRules): a family
// name, an e-mail address of the usual shape, a phone number people can dial, a nationality
// code. Each row says whether the value is accepted; a refused value comes with a sentence.

#include "domain/ContactRules.h"

#include <QTest>

using namespace dd;

class TestContactRules : public QObject
{
    Q_OBJECT

private:
    static void addColumns()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
    }

    static void row(const QString &value, bool accepted)
    {
        QString tag = value.isEmpty() ? QStringLiteral("(empty)") : value;
        tag.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
        QTest::newRow(tag.toUtf8().constData()) << value << accepted;
    }

    static void check(const QString &problem)
    {
        QFETCH(bool, accepted);
        if (accepted)
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY(!problem.isEmpty());
    }

private slots:
    void familyName_data()
    {
        addColumns();
        row(QStringLiteral("Шевченко"), true);
        row(QStringLiteral("Dupont"), true);
        row(QStringLiteral("de la Fontaine"), true);
        row(QStringLiteral("О'Коннор"), true);
        row(QStringLiteral("  Руденко "), true);
        row(QString(), false);
        row(QStringLiteral("   "), false);
        row(QStringLiteral("\t\u00a0"), false);
    }
    void familyName()
    {
        QFETCH(QString, value);
        check(ContactRules::problemWithFamilyName(value));
    }

    void email_data()
    {
        addColumns();
        row(QString(), true); // optional
        row(QStringLiteral("   "), true);
        row(QStringLiteral("mariia.rudenko@example.org"), true);
        row(QStringLiteral("  mariia@example.org "), true); // stored trimmed
        row(QStringLiteral("first.last+delegation@mail.city.gov.ua"), true);
        row(QStringLiteral("o'brien@example.ie"), true);
        row(QStringLiteral("мер@київ.укр"), true); // internationalised names are addresses too
        row(QStringLiteral("a@b.fr"), true);
        row(QStringLiteral("mariia"), false);
        row(QStringLiteral("mariia@"), false);
        row(QStringLiteral("@example.org"), false);
        row(QStringLiteral("mariia@example"), false);
        row(QStringLiteral("mariia@example."), false);
        row(QStringLiteral("mariia@.org"), false);
        row(QStringLiteral("mariia@example..org"), false);
        row(QStringLiteral("mariia@example.o"), false);
        row(QStringLiteral("mariia@@example.org"), false);
        row(QStringLiteral("mariia@home@example.org"), false);
        row(QStringLiteral("mariia rudenko@example.org"), false);
        row(QStringLiteral("mariia@example .org"), false);
        row(QStringLiteral("mariia@example.org, yaryna@example.org"), false);
    }
    void email()
    {
        QFETCH(QString, value);
        check(ContactRules::problemWithEmail(value));
    }

    void phone_data()
    {
        addColumns();
        row(QString(), true); // optional
        row(QStringLiteral("+380 00 000 00 12"), true);
        row(QStringLiteral("+33 1 23 45 67 89"), true);
        row(QStringLiteral("+33 (0)1 23 45 67 89"), true);
        row(QStringLiteral("044-123-45-67"), true);
        row(QStringLiteral("(044) 123 45 67"), true);
        row(QStringLiteral("0800 123 456 / 0800 123 457"), true);
        row(QStringLiteral("123456"), true);
        row(QStringLiteral(" +380\u00a0441234567 "), true); // spaces of any kind, trimmed
        row(QStringLiteral("12345"), false);
        row(QStringLiteral("+1 23-45"), false);
        row(QStringLiteral("++380 44 123 45 67"), false);
        row(QStringLiteral("380 +44 123 45 67"), false);
        row(QStringLiteral("044 123 45 67 ext. 12"), false);
        row(QStringLiteral("01.23.45.67.89"), true); // as French numbers are often written
        row(QStringLiteral("044 123 45 67 #12"), false);
        row(QStringLiteral("mariia@example.org"), false);
        row(QStringLiteral("٠٤٤١٢٣٤٥٦٧"), false); // Arabic-Indic digits: not dialable as typed
        row(QStringLiteral("+ - ( ) /"), false);
    }
    void phone()
    {
        QFETCH(QString, value);
        check(ContactRules::problemWithPhone(value));
    }

    void nationality_data()
    {
        addColumns();
        row(QString(), true);
        row(QStringLiteral("UA"), true);
        row(QStringLiteral("fr"), true);
        row(QStringLiteral(" DE "), true);
        row(QStringLiteral("U"), false);
        row(QStringLiteral("UKR"), false);
        row(QStringLiteral("У1"), false);
        row(QStringLiteral("УА"), false);
        row(QStringLiteral("1A"), false);
    }
    void nationality()
    {
        QFETCH(QString, value);
        check(ContactRules::problemWithNationality(value));
    }

    // Each refusal says what is wrong, so that the form can show it as it is.
    void messagesSayWhatIsWrong()
    {
        QVERIFY(ContactRules::problemWithEmail(QStringLiteral("a b@example.org")).contains(QStringLiteral("space")));
        QVERIFY(ContactRules::problemWithEmail(QStringLiteral("mariia")).contains(QStringLiteral("name@example.org")));
        QVERIFY(ContactRules::problemWithPhone(QStringLiteral("12 34")).contains(QStringLiteral("six digits")));
        QVERIFY(ContactRules::problemWithPhone(QStringLiteral("044 12 34 56 x")).contains(QStringLiteral("digits, spaces")));
        QVERIFY(ContactRules::problemWithPhone(QStringLiteral("0 +44 12 34 56")).contains(QStringLiteral("+")));
        QVERIFY(ContactRules::problemWithFamilyName(QString()).contains(QStringLiteral("family name")));
    }
};

QTEST_GUILESS_MAIN(TestContactRules)
#include "tst_contactrules.moc"
