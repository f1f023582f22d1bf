// The delegation page's models on the demonstration database: the members model (checked by
// QAbstractItemModelTester; its rows, names with their passport spelling, translated terms,
// counts per status, sorting in workflow order, reload signals) and the repository's bulk
// writes behind the page (add, set status, set role, remove: each all or nothing); and the
// agenda model (days in order, meetings in time order under the right day, undated ones last).

#include "domain/Contact.h"
#include "domain/Meeting.h"
#include "exchange/DemoScenario.h"
#include "models/AgendaModel.h"
#include "models/DelegationMembersModel.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/ListSource.h"
#include "storage/MeetingRepository.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dd;
using models::AgendaModel;
using models::DelegationMembersModel;

class TestDelegationMembers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_fileNumber = 0;
    RowId m_delegation = 0;

    QList<DelegationMember> members()
    {
        return storage::DelegationMemberRepository(*m_db).membersOf(m_delegation);
    }

    static QStringList columnTexts(const QAbstractItemModel &model, int column)
    {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts.append(model.index(row, column).data().toString());
        return texts;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        storage::Database::Error error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_fileNumber)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QString loadError;
        QVERIFY2(exchange::DemoScenario::load(*m_db, &loadError), qPrintable(loadError));
        // The delegation with the most members.
        storage::ListSource delegations(*m_db, EntityKind::Delegation);
        delegations.setSort(delegations.columnIndex(QStringLiteral("members")), Qt::DescendingOrder);
        const QList<QVariantList> rows = delegations.fetch(0, 1);
        QCOMPARE(int(rows.size()), 1);
        m_delegation = rows.first().first().toLongLong();
    }

    void cleanup() { m_db.reset(); }

    void membersModelShowsEveryMember()
    {
        DelegationMembersModel model(*m_db, m_delegation);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        const QList<DelegationMember> stored = members();
        QVERIFY(stored.size() >= 10);
        QCOMPARE(model.rowCount(), int(stored.size()));
        QCOMPARE(model.columnCount(), int(DelegationMembersModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

        // The name in the person's own script, the passport spelling in the tooltip.
        const QStringList names = columnTexts(model, DelegationMembersModel::Name);
        QVERIFY2(names.contains(QStringLiteral("Олена Савчук")), qPrintable(names.join(QLatin1Char(','))));
        const int savchuk = int(names.indexOf(QStringLiteral("Олена Савчук")));
        QCOMPARE(model.index(savchuk, DelegationMembersModel::Name).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Passport: Olena Savchuk"));
        QCOMPARE(model.index(savchuk, DelegationMembersModel::Status).data().toString(), QStringLiteral("Confirmed"));
        QCOMPARE(model.index(savchuk, DelegationMembersModel::Status).data(DelegationMembersModel::ValueRole).toString(),
                 QStringLiteral("confirmed"));
        const RowId id = model.index(savchuk, 0).data(DelegationMembersModel::IdRole).toLongLong();
        QCOMPARE(model.idAt(savchuk), id);
        QCOMPARE(model.rowOf(id), savchuk);
        QCOMPARE(model.memberAt(savchuk).id, id);

        // Every member's status and role as a translated label, every row's id a member's.
        for (int row = 0; row < model.rowCount(); ++row) {
            const DelegationMember member = model.memberAt(row);
            QCOMPARE(model.index(row, DelegationMembersModel::Status).data().toString(),
                     Vocabulary::label(Vocab::MemberStatus, member.status));
            QCOMPARE(model.index(row, DelegationMembersModel::Role).data().toString(),
                     Vocabulary::label(Vocab::MemberRole, member.role));
            QVERIFY(std::any_of(stored.cbegin(), stored.cend(), [&](const DelegationMember &m) { return m.id == member.id; }));
        }
        // A hromada is named by its centre.
        QVERIFY(columnTexts(model, DelegationMembersModel::Community).contains(QStringLiteral("Боярка")));
    }

    void countsByStatusMatchTheDatabase()
    {
        DelegationMembersModel model(*m_db, m_delegation);
        const DelegationMembersModel::StatusCounts counts = model.countsByStatus();
        const QList<DelegationMember> stored = members();
        QCOMPARE(counts.total, int(stored.size()));
        int sum = 0;
        for (const auto &[status, count] : counts.byStatus) {
            const auto inDatabase = std::count_if(stored.cbegin(), stored.cend(),
                                                  [&status](const DelegationMember &m) { return m.status == status; });
            QCOMPARE(count, int(inDatabase));
            QVERIFY(counts.text.contains(DelegationMembersModel::statusCountText(status, count)));
            sum += count;
        }
        QCOMPARE(sum, int(stored.size()));
        // Most first.
        for (int i = 1; i < counts.byStatus.size(); ++i)
            QVERIFY(counts.byStatus.at(i - 1).second >= counts.byStatus.at(i).second);
        QCOMPARE(DelegationMembersModel::statusCountText(QStringLiteral("confirmed"), 1), QStringLiteral("1 confirmed"));
        QCOMPARE(DelegationMembersModel::statusCountText(QStringLiteral("no_show"), 2), QStringLiteral("2 no-show"));
        QVERIFY(counts.text.startsWith(DelegationMembersModel::statusCountText(counts.byStatus.first().first,
                                                                               counts.byStatus.first().second)));
    }

    void sortsInWorkflowOrderAndKeepsSelection()
    {
        DelegationMembersModel model(*m_db, m_delegation);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex kept = model.index(3, DelegationMembersModel::Name);
        const RowId keptId = model.idAt(3);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
        QCOMPARE(int(layout.count()), 2 * model.columnCount());
        QCOMPARE(model.idAt(kept.row()), keptId);

        model.sort(DelegationMembersModel::Status, Qt::AscendingOrder);
        int previous = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int rank = Vocabulary::rank(Vocab::MemberStatus, model.memberAt(row).status);
            QVERIFY(rank >= previous);
            previous = rank;
        }
        // Arrivals: known ones in time order, unknown ones last in either direction.
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            model.sort(DelegationMembersModel::Arrival, order);
            bool seenEmpty = false;
            for (int row = 0; row < model.rowCount(); ++row) {
                const bool empty = !model.memberAt(row).arrivalAt.isValid();
                QVERIFY2(!(seenEmpty && !empty), "a known arrival after an unknown one");
                seenEmpty = seenEmpty || empty;
            }
        }
        // People by family name.
        model.sort(DelegationMembersModel::Name, Qt::AscendingOrder);
        const QStringList sortKeys = [&model] {
            QStringList keys;
            for (int row = 0; row < model.rowCount(); ++row)
                keys.append(model.index(row, 0).data(DelegationMembersModel::SortRole).toString());
            return keys;
        }();
        QCOMPARE(int(sortKeys.size()), model.rowCount());
        QVERIFY(sortKeys.contains(QStringLiteral("Савчук Олена")));
    }

    void bulkStatusAndRoleAreAllOrNothing()
    {
        DelegationMembersModel model(*m_db, m_delegation);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QList<DelegationMember> before = members();
        const QList<RowId> two { before.at(0).id, before.at(1).id };
        storage::DelegationMemberRepository repository(*m_db);

        QVERIFY2(repository.setStatus(two, QStringLiteral("declined")), qPrintable(repository.lastError()));
        QCOMPARE(repository.find(two.at(0))->status, QStringLiteral("declined"));
        QCOMPARE(repository.find(two.at(1))->status, QStringLiteral("declined"));
        model.reload();
        QCOMPARE(int(reset.count()), 1);
        QVERIFY(model.countsByStatus().text.contains(QStringLiteral("2 declined")));

        QVERIFY(repository.setRole(two, QStringLiteral("press")));
        QCOMPARE(repository.find(two.at(1))->role, QStringLiteral("press"));

        // One unknown member: nothing changes, not even the known ones.
        QVERIFY(!repository.setStatus({ before.at(2).id, 99999999 }, QStringLiteral("attended")));
        QVERIFY(!repository.lastError().isEmpty());
        QCOMPARE(repository.find(before.at(2).id)->status, before.at(2).status);
        // An unknown status or role: refused.
        QVERIFY(!repository.setStatus(two, QStringLiteral("on_holiday")));
        QVERIFY(!repository.setRole(two, QStringLiteral("king")));
        QCOMPARE(repository.find(two.at(0))->status, QStringLiteral("declined"));
        QCOMPARE(repository.find(two.at(0))->role, QStringLiteral("press"));
    }

    void addAndRemoveContacts()
    {
        storage::ContactRepository contacts(*m_db);
        QList<RowId> newContacts;
        for (const QString &family : { QStringLiteral("Гнатюк"), QStringLiteral("Дорошенко") }) {
            Contact contact;
            contact.givenName = QStringLiteral("Тест");
            contact.familyName = family;
            QVERIFY2(contacts.insert(contact), qPrintable(contacts.lastError()));
            newContacts.append(contact.id);
        }
        storage::DelegationMemberRepository repository(*m_db);
        const int before = int(members().size());
        const RowId existing = members().first().contactId;
        QList<RowId> added;
        // A contact already in the delegation is skipped, the others are added.
        QVERIFY2(repository.addContacts(m_delegation, newContacts + QList<RowId> { existing },
                                        QStringLiteral("staff"), QStringLiteral("invited"), &added),
                 qPrintable(repository.lastError()));
        QCOMPARE(int(added.size()), 2);
        QCOMPARE(int(members().size()), before + 2);
        QCOMPARE(repository.find(added.first())->status, QStringLiteral("invited"));
        QCOMPARE(repository.find(added.first())->role, QStringLiteral("staff"));
        QVERIFY(repository.contactIdsOf(m_delegation).contains(newContacts.last()));

        // An unknown contact among them: nobody is added.
        Contact third;
        third.familyName = QStringLiteral("Третій");
        QVERIFY(contacts.insert(third));
        QVERIFY(!repository.addContacts(m_delegation, { third.id, 99999999 }, QStringLiteral("staff"),
                                        QStringLiteral("invited")));
        QCOMPARE(int(members().size()), before + 2);

        // Removing: all or nothing too.
        QVERIFY(!repository.removeAll({ added.first(), 99999999 }));
        QCOMPARE(int(members().size()), before + 2);
        QVERIFY2(repository.removeAll(added), qPrintable(repository.lastError()));
        QCOMPARE(int(members().size()), before);
    }

    void agendaGroupsMeetingsByDay()
    {
        storage::MeetingRepository meetings(*m_db);
        const QList<QVariantList> rows = storage::ListSource(*m_db, EntityKind::Meeting,
                                                             { { QStringLiteral("delegation_id"), m_delegation } })
                                             .fetch(0, 100);
        QVERIFY(rows.size() >= 3);
        // Two meetings on the 18th (the later one entered first), one on the 19th.
        const QDate tuesday(2025, 11, 18);
        const QList<QDateTime> starts { QDateTime(tuesday, QTime(14, 0)), QDateTime(tuesday, QTime(9, 30)),
                                        QDateTime(tuesday.addDays(1), QTime(11, 0)) };
        QStringList titles;
        for (int i = 0; i < 3; ++i) {
            auto meeting = meetings.find(rows.at(i).first().toLongLong());
            QVERIFY(meeting);
            meeting->startsAt = starts.at(i);
            meeting->endsAt = starts.at(i).addSecs(3600);
            QVERIFY2(meetings.update(*meeting), qPrintable(meetings.lastError()));
            titles.append(meeting->title);
        }
        Meeting undated;
        undated.delegationId = m_delegation;
        undated.title = QStringLiteral("Dinner, date to be fixed");
        QVERIFY(meetings.insert(undated));

        AgendaModel agenda(*m_db, m_delegation);
        QAbstractItemModelTester tester(&agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(agenda.lastError().isEmpty(), qPrintable(agenda.lastError()));
        QCOMPARE(agenda.meetingCount(), int(rows.size()) + 1);
        QCOMPARE(agenda.rowCount(), 3); // two days, and the meetings whose date is not set
        const QModelIndex first = agenda.index(0, 0);
        QCOMPARE(first.data().toString(), QLocale().toString(tuesday, QLocale::LongFormat));
        QCOMPARE(first.data(AgendaModel::DateRole).toDate(), tuesday);
        QCOMPARE(agenda.rowCount(first), 2);
        QCOMPARE(agenda.index(0, AgendaModel::Title, first).data().toString(), titles.at(1)); // 09:30 first
        QCOMPARE(agenda.index(0, AgendaModel::Time, first).data().toString(), QStringLiteral("09:30–10:30"));
        QCOMPARE(agenda.index(1, AgendaModel::Title, first).data().toString(), titles.at(0));
        QVERIFY(agenda.index(1, AgendaModel::Counterparts, first).data().toString().contains(QStringLiteral("Île-de-France")));
        const QModelIndex second = agenda.index(1, 0);
        QCOMPARE(second.data(AgendaModel::DateRole).toDate(), tuesday.addDays(1));
        QCOMPARE(agenda.index(0, AgendaModel::Title, second).data().toString(), titles.at(2));
        const QModelIndex last = agenda.index(agenda.rowCount() - 1, 0);
        QCOMPARE(last.data().toString(), QStringLiteral("Date not set yet"));
        QVERIFY(columnTexts(agenda, 0).size() == agenda.rowCount());
        bool foundUndated = false;
        for (int row = 0; row < agenda.rowCount(last); ++row)
            foundUndated = foundUndated || agenda.index(row, AgendaModel::Title, last).data().toString() == undated.title;
        QVERIFY(foundUndated);
        QCOMPARE(agenda.index(0, 0, second).data(AgendaModel::IdRole).toLongLong(), rows.at(2).first().toLongLong());
    }
};

QTEST_MAIN(TestDelegationMembers)
#include "tst_delegationmembers.moc"
