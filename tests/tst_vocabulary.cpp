// The closed lists: ids are unique and stable, labels exist, workflow order holds.

#include "domain/Vocabulary.h"

#include <QSet>
#include <QTest>

using namespace dd;

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void idsAreUniqueAndLabelled_data()
    {
        QTest::addColumn<int>("vocab");
        QTest::newRow("community kind") << int(Vocab::CommunityKind);
        QTest::newRow("organisation kind") << int(Vocab::OrganisationKind);
        QTest::newRow("event kind") << int(Vocab::EventKind);
        QTest::newRow("delegation status") << int(Vocab::DelegationStatus);
        QTest::newRow("member role") << int(Vocab::MemberRole);
        QTest::newRow("member status") << int(Vocab::MemberStatus);
        QTest::newRow("visa status") << int(Vocab::VisaStatus);
        QTest::newRow("transport") << int(Vocab::Transport);
        QTest::newRow("partnership kind") << int(Vocab::PartnershipKind);
        QTest::newRow("partnership stage") << int(Vocab::PartnershipStage);
    }

    void idsAreUniqueAndLabelled()
    {
        QFETCH(int, vocab);
        const QStringList ids = Vocabulary::ids(Vocab(vocab));
        QVERIFY(!ids.isEmpty());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (const QString &id : ids) {
            QVERIFY2(!id.isEmpty() && id == id.toLower() && !id.contains(QLatin1Char(' ')),
                     qPrintable(id));
            QVERIFY(!Vocabulary::label(Vocab(vocab), id).isEmpty());
            QVERIFY(Vocabulary::contains(Vocab(vocab), id));
        }
    }

    void stagesFollowTheWorkflow()
    {
        QVERIFY(Vocabulary::rank(Vocab::PartnershipStage, QStringLiteral("contact"))
                < Vocabulary::rank(Vocab::PartnershipStage, QStringLiteral("signed")));
        QVERIFY(Vocabulary::rank(Vocab::PartnershipStage, QStringLiteral("signed"))
                < Vocabulary::rank(Vocab::PartnershipStage, QStringLiteral("ratified")));
        QVERIFY(Vocabulary::rank(Vocab::PartnershipStage, QStringLiteral("ratified"))
                < Vocabulary::rank(Vocab::PartnershipStage, QStringLiteral("active")));
    }

    void unknownIdIsShownAsItIs()
    {
        QCOMPARE(Vocabulary::label(Vocab::MemberRole, QStringLiteral("astronaut")),
                 QStringLiteral("astronaut"));
        QCOMPARE(Vocabulary::rank(Vocab::MemberRole, QStringLiteral("astronaut")), -1);
        QCOMPARE(Vocabulary::label(Vocab::MemberRole, QStringLiteral("mayor")), QStringLiteral("Mayor"));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
