// The rules the meeting and partnership forms ask before saving (app/domain/MeetingRules and
// app/domain/PartnershipRules): a title, times in order, a due date only with something due,
// named parties (at least one, none twice, each a community or an organisation), a count of
// parties in all that is not below the named ones, and kinds and stages from their lists. Each
// row says whether the case is accepted; a refusal comes with a sentence.

#include "domain/MeetingRules.h"
#include "domain/PartnershipRules.h"

#include <QTest>

#include <optional>

using namespace dd;

namespace {

PartnershipParty community(RowId id)
{
    PartnershipParty party;
    party.communityId = id;
    return party;
}

PartnershipParty organisation(RowId id)
{
    PartnershipParty party;
    party.organisationId = id;
    return party;
}

const QDateTime nine(QDate(2025, 11, 18), QTime(9, 0));

} // namespace

Q_DECLARE_METATYPE(std::optional<qint64>)

class TestMeetingPartnershipRules : public QObject
{
    Q_OBJECT

private slots:
    void meetingTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces only") << QStringLiteral("  \t ") << false;
        QTest::newRow("Latin") << QStringLiteral("Nosivka – Île-de-France region") << true;
        QTest::newRow("Cyrillic") << QStringLiteral("Зустріч із мером Палезо") << true;
        QTest::newRow("one letter") << QStringLiteral("X") << true;
    }
    void meetingTitle()
    {
        QFETCH(QString, title);
        QFETCH(bool, accepted);
        QCOMPARE(MeetingRules::problemWithTitle(title).isEmpty(), accepted);
    }

    void meetingTimes_data()
    {
        QTest::addColumn<QDateTime>("starts");
        QTest::addColumn<QDateTime>("ends");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("neither (the source gave no time)") << QDateTime() << QDateTime() << true;
        QTest::newRow("a start only") << nine << QDateTime() << true;
        QTest::newRow("an hour") << nine << nine.addSecs(3600) << true;
        QTest::newRow("over midnight") << nine.addSecs(14 * 3600) << nine.addSecs(16 * 3600) << true;
        QTest::newRow("no length") << nine << nine << true;
        QTest::newRow("a minute before the start") << nine << nine.addSecs(-60) << false;
        QTest::newRow("the day before") << nine << nine.addDays(-1) << false;
        QTest::newRow("an end without a start") << QDateTime() << nine << false;
    }
    void meetingTimes()
    {
        QFETCH(QDateTime, starts);
        QFETCH(QDateTime, ends);
        QFETCH(bool, accepted);
        const QString problem = MeetingRules::problemWithTimes(starts, ends);
        QCOMPARE(problem.isEmpty(), accepted);
    }

    void followUpDue_data()
    {
        QTest::addColumn<QString>("followUp");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nothing") << QString() << QDate() << true;
        QTest::newRow("a follow-up without a date") << QStringLiteral("Send the draft") << QDate() << true;
        QTest::newRow("both") << QStringLiteral("Send the draft") << QDate(2025, 12, 1) << true;
        QTest::newRow("a date without a follow-up") << QString() << QDate(2025, 12, 1) << false;
        QTest::newRow("a date and blanks") << QStringLiteral("   ") << QDate(2025, 12, 1) << false;
    }
    void followUpDue()
    {
        QFETCH(QString, followUp);
        QFETCH(QDate, due);
        QFETCH(bool, accepted);
        QCOMPARE(MeetingRules::problemWithFollowUpDue(followUp, due).isEmpty(), accepted);
        // The partnership's next step follows the same rule.
        QCOMPARE(PartnershipRules::problemWithNextStepDue(followUp, due).isEmpty(), accepted);
    }

    void parties_data()
    {
        QTest::addColumn<QList<PartnershipParty>>("parties");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("repeated");
        QTest::newRow("none") << QList<PartnershipParty>() << false << -1;
        QTest::newRow("one (Halych, the others unknown)") << QList<PartnershipParty> { community(1) } << true << -1;
        QTest::newRow("two communities") << QList<PartnershipParty> { community(1), community(2) } << true << -1;
        QTest::newRow("a community and an organisation")
            << QList<PartnershipParty> { community(1), organisation(1) } << true << -1;
        QTest::newRow("the same community twice")
            << QList<PartnershipParty> { community(1), community(2), community(1) } << false << 2;
        QTest::newRow("the same organisation twice")
            << QList<PartnershipParty> { organisation(3), community(3), organisation(3) } << false << 2;
        QTest::newRow("a party that is nothing") << QList<PartnershipParty> { community(1), PartnershipParty() }
                                                 << false << -1;
        PartnershipParty both = community(1);
        both.organisationId = 2;
        QTest::newRow("a party that is both") << QList<PartnershipParty> { both } << false << -1;
    }
    void parties()
    {
        QFETCH(QList<PartnershipParty>, parties);
        QFETCH(bool, accepted);
        QFETCH(int, repeated);
        QCOMPARE(PartnershipRules::problemWithParties(parties).isEmpty(), accepted);
        QCOMPARE(PartnershipRules::repeatedParty(parties), qsizetype(repeated));
    }

    void partyCount_data()
    {
        QTest::addColumn<std::optional<qint64>>("count");
        QTest::addColumn<int>("named");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("not given") << std::optional<qint64>() << 2 << true;
        QTest::newRow("not given, one named") << std::optional<qint64>() << 1 << true;
        QTest::newRow("Halych: 15 in all, 1 named") << std::optional<qint64>(15) << 1 << true;
        QTest::newRow("as many as named") << std::optional<qint64>(3) << 3 << true;
        QTest::newRow("fewer than named") << std::optional<qint64>(2) << 3 << false;
        QTest::newRow("one in all") << std::optional<qint64>(1) << 1 << false;
        QTest::newRow("none in all") << std::optional<qint64>(0) << 0 << false;
        QTest::newRow("negative") << std::optional<qint64>(-2) << 1 << false;
    }
    void partyCount()
    {
        QFETCH(std::optional<qint64>, count);
        QFETCH(int, named);
        QFETCH(bool, accepted);
        const QString problem = PartnershipRules::problemWithPartyCount(count, named);
        QCOMPARE(problem.isEmpty(), accepted);
        if (QTest::currentDataTag() == QByteArrayLiteral("fewer than named"))
            QVERIFY2(problem.contains(QLatin1Char('3')), qPrintable(problem)); // says how many are named
    }

    void kindsAndStages_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<bool>("kindAccepted");
        QTest::addColumn<bool>("stageAccepted");
        QTest::newRow("cooperation, contact") << QStringLiteral("cooperation") << QStringLiteral("contact") << true << true;
        QTest::newRow("twinning, signed") << QStringLiteral("twinning") << QStringLiteral("signed") << true << true;
        QTest::newRow("memorandum, ratified") << QStringLiteral("memorandum") << QStringLiteral("ratified") << true << true;
        QTest::newRow("labels are not ids") << QStringLiteral("Twinning") << QStringLiteral("First contact") << false << false;
        QTest::newRow("empty") << QString() << QString() << false << false;
        QTest::newRow("swapped lists") << QStringLiteral("signed") << QStringLiteral("twinning") << false << false;
    }
    void kindsAndStages()
    {
        QFETCH(QString, kind);
        QFETCH(QString, stage);
        QFETCH(bool, kindAccepted);
        QFETCH(bool, stageAccepted);
        QCOMPARE(PartnershipRules::problemWithKind(kind).isEmpty(), kindAccepted);
        QCOMPARE(PartnershipRules::problemWithStage(stage).isEmpty(), stageAccepted);
    }
};

QTEST_GUILESS_MAIN(TestMeetingPartnershipRules)
#include "tst_meetingpartnershiprules.moc"
