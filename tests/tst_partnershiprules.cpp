// The rules of a partnership's progress (app/domain/PartnershipRules): when a next step is
// overdue, and which stage changes may be recorded. Each row says whether the case is accepted
// (or overdue); a refusal comes with a sentence.

#include "domain/PartnershipRules.h"

#include <QTest>

using namespace dd;

namespace {
const QDate today(2025, 11, 20);
}

class TestPartnershipRules : public QObject
{
    Q_OBJECT

private:
    // At "exploring" since 18 November 2025, after a first contact on 10 November.
    static Partnership exploring()
    {
        Partnership partnership;
        partnership.stage = QStringLiteral("exploring");
        partnership.history = { { 1, QStringLiteral("contact"), QDate(2025, 11, 10), QString() },
                                { 2, QStringLiteral("exploring"), QDate(2025, 11, 18), QString() } };
        return partnership;
    }

private slots:
    void isOverdue_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("yesterday") << today.addDays(-1) << QStringLiteral("exploring") << true;
        QTest::newRow("a year ago, drafting") << today.addYears(-1) << QStringLiteral("drafting") << true;
        QTest::newRow("active still has steps") << today.addDays(-3) << QStringLiteral("active") << true;
        QTest::newRow("signed") << today.addDays(-3) << QStringLiteral("signed") << true;
        QTest::newRow("today is not late yet") << today << QStringLiteral("exploring") << false;
        QTest::newRow("tomorrow") << today.addDays(1) << QStringLiteral("exploring") << false;
        QTest::newRow("no due date") << QDate() << QStringLiteral("exploring") << false;
        QTest::newRow("dormant") << today.addDays(-30) << QStringLiteral("dormant") << false;
        QTest::newRow("ended") << today.addDays(-30) << QStringLiteral("ended") << false;
        QTest::newRow("unknown stage still counts") << today.addDays(-1) << QStringLiteral("whatever") << true;
    }
    void isOverdue()
    {
        QFETCH(QDate, due);
        QFETCH(QString, stage);
        QFETCH(bool, overdue);
        QCOMPARE(PartnershipRules::isOverdue(due, stage, today), overdue);
    }

    void noTodayNoVerdict()
    {
        QVERIFY(!PartnershipRules::isOverdue(today.addDays(-1), QStringLiteral("exploring"), QDate()));
    }

    void stageChange_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("next stage today") << QStringLiteral("letter_of_intent") << today << true;
        QTest::newRow("skipping stages") << QStringLiteral("signed") << today << true;
        QTest::newRow("on the day of the last change") << QStringLiteral("letter_of_intent") << QDate(2025, 11, 18) << true;
        QTest::newRow("backwards is allowed") << QStringLiteral("contact") << today << true;
        QTest::newRow("to dormant") << QStringLiteral("dormant") << today << true;
        QTest::newRow("the same stage") << QStringLiteral("exploring") << today << false;
        QTest::newRow("unknown stage") << QStringLiteral("married") << today << false;
        QTest::newRow("empty stage") << QString() << today << false;
        QTest::newRow("tomorrow") << QStringLiteral("letter_of_intent") << today.addDays(1) << false;
        QTest::newRow("before the last change") << QStringLiteral("letter_of_intent") << QDate(2025, 11, 17) << false;
        QTest::newRow("no date") << QStringLiteral("letter_of_intent") << QDate() << false;
    }
    void stageChange()
    {
        QFETCH(QString, stage);
        QFETCH(QDate, on);
        QFETCH(bool, accepted);
        const QString problem = PartnershipRules::problemWithStageChange(exploring(), stage, on, today);
        if (accepted)
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY(!problem.isEmpty());
    }

    // A change recorded late with an earlier date does not let the next one go further back:
    // the latest date in the history counts, wherever it stands.
    void latestDateCounts()
    {
        Partnership partnership = exploring();
        partnership.history.append({ 3, QStringLiteral("letter_of_intent"), QDate(2025, 11, 12), QString() });
        partnership.stage = QStringLiteral("letter_of_intent");
        QVERIFY(!PartnershipRules::problemWithStageChange(partnership, QStringLiteral("drafting"),
                                                          QDate(2025, 11, 15), today).isEmpty());
        QVERIFY(PartnershipRules::problemWithStageChange(partnership, QStringLiteral("drafting"),
                                                         QDate(2025, 11, 18), today).isEmpty());
    }

    void noHistoryNoLowerBound()
    {
        Partnership partnership;
        QVERIFY(PartnershipRules::problemWithStageChange(partnership, QStringLiteral("exploring"),
                                                         QDate(1999, 1, 1), today).isEmpty());
    }

    void sameStageNamesIt()
    {
        const QString problem = PartnershipRules::problemWithStageChange(exploring(), QStringLiteral("exploring"),
                                                                         today, today);
        QVERIFY2(problem.contains(QStringLiteral("Exploring")), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestPartnershipRules)
#include "tst_partnershiprules.moc"
