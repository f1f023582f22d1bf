// The delegation page on the demonstration database, driven as a user would: the counts above
// the table match the members in the database; three contacts are added through the picker by
// typing in its filter (Cyrillic and Latin) and ticking with Enter; two selected members get a
// status in one change (read back through the repository; the performer is called once, with
// the description); a member is edited in the member form (an arrival after the departure is
// shown beside the field and saves nothing; a stay past the delegation's dates is a warning that
// lets the save through); removing asks first and names who; the agenda shows the meetings
// under their days; Back answers Alt+Left and Esc. DD_SCREENSHOT_DIR=/tmp saves
// /tmp/delegation-page.png.

#include "GuiTestSupport.h"
#include "ContactDialog.h"
#include "DelegationPage.h"
#include "MemberDialog.h"
#include "MemberPickerDialog.h"
#include "UndoHistory.h"
#include "domain/Contact.h"
#include "exchange/DemoScenario.h"
#include "models/AgendaModel.h"
#include "models/DelegationMembersModel.h"
#include "models/EntityTableModel.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/ListSource.h"
#include "storage/MeetingRepository.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

using namespace dd;
using namespace dd::guitest;
using models::DelegationMembersModel;

class TestDelegationPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_fileNumber = 0;
    RowId m_delegation = 0;
    // What the page asked the performer to do.
    QStringList m_performed;
    // What the page asked or said, and what the "user" answers.
    QStringList m_messages;
    QMessageBox::StandardButton m_answer = QMessageBox::No;

    QList<DelegationMember> members()
    {
        return storage::DelegationMemberRepository(*m_db).membersOf(m_delegation);
    }

    std::unique_ptr<ui::DelegationPage> makePage()
    {
        auto page = std::make_unique<ui::DelegationPage>(*m_db, m_delegation);
        page->setChangePerformer([this](const QString &description, const std::function<bool()> &change) {
            m_performed.append(description);
            return change();
        });
        page->setMessageHandler([this](QMessageBox::Icon, const QString &, const QString &text,
                                       QMessageBox::StandardButtons) {
            m_messages.append(text);
            return m_answer;
        });
        page->resize(1200, 750);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qFatal("page not shown");
        page->activateWindow();
        return page;
    }

    // The table row showing a member with this name.
    static int rowNamed(ui::DelegationPage &page, const QString &name)
    {
        auto *model = page.membersModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->nameAt(row) == name)
                return row;
        }
        return -1;
    }

    static QString expectedCounts(const QList<DelegationMember> &stored)
    {
        QMap<QString, int> byStatus;
        for (const DelegationMember &member : stored)
            ++byStatus[member.status];
        QStringList parts;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            parts.append(DelegationMembersModel::statusCountText(it.key(), it.value()));
        return parts.join(QLatin1Char('|'));
    }

    static bool countsLabelMatches(const QString &label, const QList<DelegationMember> &stored)
    {
        const int total = int(stored.size());
        if (!label.startsWith(ui::DelegationPage::tr("%n member(s): %1", nullptr, total).arg(QString())))
            return false;
        const QStringList parts = expectedCounts(stored).split(QLatin1Char('|'));
        return std::all_of(parts.cbegin(), parts.cend(), [&label](const QString &part) { return label.contains(part); });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The English plural forms ("2 members"), as the application installs them.
        auto *english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(":/i18n/delegation-desk_en.qm")));
        QCoreApplication::installTranslator(english);
    }

    void init()
    {
        storage::Database::Error error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_fileNumber)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QString loadError;
        QVERIFY2(exchange::DemoScenario::load(*m_db, &loadError), qPrintable(loadError));
        // The delegation with the most members.
        storage::ListSource delegations(*m_db, EntityKind::Delegation);
        delegations.setSort(delegations.columnIndex(QStringLiteral("members")), Qt::DescendingOrder);
        const QList<QVariantList> rows = delegations.fetch(0, 1);
        QCOMPARE(int(rows.size()), 1);
        m_delegation = rows.first().first().toLongLong();
        // The congress week, so that a stay can fall outside it.
        storage::DelegationRepository repository(*m_db);
        auto delegation = repository.find(m_delegation);
        QVERIFY(delegation);
        delegation->startsOn = QDate(2025, 11, 16);
        delegation->endsOn = QDate(2025, 11, 21);
        QVERIFY2(repository.update(*delegation), qPrintable(repository.lastError()));
        m_performed.clear();
        m_messages.clear();
        m_answer = QMessageBox::No;
    }

    void cleanup() { m_db.reset(); }

    void countsMatchTheDatabase()
    {
        auto page = makePage();
        auto *counts = field<QLabel>(*page, "countsLabel");
        auto *table = field<QTableView>(*page, "membersView");
        const QList<DelegationMember> stored = members();
        QCOMPARE(table->model()->rowCount(), int(stored.size()));
        QVERIFY2(countsLabelMatches(counts->text(), stored), qPrintable(counts->text()));
        QVERIFY(counts->isVisible());
        const QString heading = field<QLabel>(*page, "headingLabel")->text();
        QVERIFY(heading.startsWith(QStringLiteral("Cities4Cities")));
        const QString details = field<QLabel>(*page, "detailsLabel")->text();
        QVERIFY2(details.contains(QStringLiteral("Congress of Mayors of France")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Confirmed")), qPrintable(details));
        // Every button says its key.
        for (const char *name : { "addMembersButton", "setStatusButton", "setRoleButton", "editMemberButton",
                                  "removeMemberButton", "backButton" }) {
            const QString tip = field<QToolButton>(*page, name)->toolTip();
            QVERIFY2(tip.contains(QLatin1Char('(')) && tip.endsWith(QLatin1Char(')')), qPrintable(tip));
        }
        QVERIFY(m_performed.isEmpty());
    }

    void addThreeContactsThroughThePicker()
    {
        // Two people who are in no delegation yet (the demo's only other one is Едвард Майор).
        storage::ContactRepository contacts(*m_db);
        Contact hnatiuk;
        hnatiuk.givenName = QStringLiteral("Петро");
        hnatiuk.familyName = QStringLiteral("Гнатюк");
        hnatiuk.givenNameLatin = QStringLiteral("Petro");
        hnatiuk.familyNameLatin = QStringLiteral("Hnatiuk");
        QVERIFY(contacts.insert(hnatiuk));
        Contact dupont;
        dupont.givenName = QStringLiteral("Marie");
        dupont.familyName = QStringLiteral("Dupont");
        QVERIFY(contacts.insert(dupont));

        auto page = makePage();
        auto *counts = field<QLabel>(*page, "countsLabel");
        const QList<DelegationMember> before = members();
        QSignalSpy changed(page.get(), &ui::DelegationPage::changed);

        bool worked = false;
        QStringList chosen;
        whenDialogOpens<ui::MemberPickerDialog>([&](ui::MemberPickerDialog *picker) {
            auto *filter = field<QLineEdit>(*picker, "filterEdit");
            auto *list = field<QTableView>(*picker, "contactsView");
            QCOMPARE(QApplication::focusWidget(), filter);
            // A member already in the delegation is not offered.
            type(filter, QStringLiteral("Савчук"));
            QCOMPARE(list->model()->rowCount(), 0);
            filter->selectAll();
            // Cyrillic typing, Enter ticks the first match.
            type(filter, QStringLiteral("Майор"));
            QCOMPARE(list->model()->rowCount(), 1);
            QTest::keyClick(filter, Qt::Key_Return);
            QVERIFY(filter->hasSelectedText());
            // Latin typing finds the Cyrillic name.
            type(filter, QStringLiteral("hnatiuk"));
            QCOMPARE(list->model()->rowCount(), 1);
            QTest::keyClick(filter, Qt::Key_Return);
            type(filter, QStringLiteral("dupo"));
            QVERIFY(list->model()->rowCount() >= 1);
            QTest::keyClick(filter, Qt::Key_Return);
            QCOMPARE(int(picker->chosenContactIds().size()), 3);
            chosen = field<QLabel>(*picker, "chosenLabel")->text().split(QStringLiteral(": ")).mid(1);
            QVERIFY(saveScreenshot(*picker, QStringLiteral("delegation-picker")));
            QTest::keyClick(filter, Qt::Key_Return, Qt::ControlModifier);
            worked = picker->result() == QDialog::Accepted;
        });
        page->findChild<QAction *>(QStringLiteral("actionAddMembers"))->trigger();
        QVERIFY(worked);
        QCOMPARE(chosen, QStringList { QStringLiteral("Едвард Майор, Петро Гнатюк, Marie Dupont") });

        const QList<DelegationMember> after = members();
        QCOMPARE(int(after.size()), int(before.size()) + 3);
        // The picker runs inside one change (a contact it makes belongs to it); the adding
        // inside that one names it.
        QCOMPARE(m_performed, (QStringList { ui::DelegationPage::tr("Add members to the delegation"),
                                  ui::DelegationPage::tr("Add %n member(s) to the delegation", nullptr, 3) }));
        QCOMPARE(int(changed.count()), 1);
        for (const QString &name : { QStringLiteral("Едвард Майор"), QStringLiteral("Петро Гнатюк"), QStringLiteral("Marie Dupont") }) {
            const int row = rowNamed(*page, name);
            QVERIFY2(row >= 0, qPrintable(name));
            const DelegationMember member = page->membersModel()->memberAt(row);
            QCOMPARE(member.status, QStringLiteral("invited"));
            QCOMPARE(member.role, QStringLiteral("staff"));
        }
        QVERIFY2(countsLabelMatches(counts->text(), after), qPrintable(counts->text()));
        // The new members are selected.
        QCOMPARE(int(page->selectedMemberIds().size()), 3);
    }

    void newContactFromThePicker()
    {
        auto page = makePage();
        const int before = int(members().size());
        bool entered = false;
        whenDialogOpens<ui::MemberPickerDialog>([&](ui::MemberPickerDialog *picker) {
            whenDialogOpens<ui::ContactDialog>([&](ui::ContactDialog *form) {
                type(field<QLineEdit>(*form, "givenNameEdit"), QStringLiteral("Остап"));
                type(field<QLineEdit>(*form, "familyNameEdit"), QStringLiteral("Вишня"));
                QTest::mouseClick(field<QDialogButtonBox>(*form, "buttonBox")->button(QDialogButtonBox::Ok),
                                  Qt::LeftButton);
                entered = form->result() == QDialog::Accepted;
            });
            QTest::mouseClick(field<QPushButton>(*picker, "newContactButton"), Qt::LeftButton);
            QVERIFY(entered);
            // The new person is ticked and shown; Ctrl+Enter adds them.
            QCOMPARE(int(picker->chosenContactIds().size()), 1);
            QCOMPARE(picker->chosenName(picker->chosenContactIds().first()), QStringLiteral("Остап Вишня"));
            auto *list = field<QTableView>(*picker, "contactsView");
            QCOMPARE(list->model()->rowCount(), 1);
            QCOMPARE(list->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
            QTest::keyClick(field<QLineEdit>(*picker, "filterEdit"), Qt::Key_Return, Qt::ControlModifier);
        });
        // With the window's undo history: the new contact and their membership are one step.
        ui::UndoHistory history;
        history.setDatabase(m_db.get());
        page->setChangePerformer(history.performer());
        const auto contactCount = [this] {
            QSqlQuery query(m_db->connection());
            return query.exec(QStringLiteral("SELECT count(*) FROM contacts")) && query.next() ? query.value(0).toInt() : -1;
        };
        const int contactsBefore = contactCount();
        page->findChild<QAction *>(QStringLiteral("actionAddMembers"))->trigger();
        QVERIFY(entered);
        QCOMPARE(int(members().size()), before + 1);
        QVERIFY(rowNamed(*page, QStringLiteral("Остап Вишня")) >= 0);
        QCOMPARE(contactCount(), contactsBefore + 1);
        QCOMPARE(history.stack()->count(), 1);
        QCOMPARE(history.stack()->undoText(), ui::DelegationPage::tr("Add %n member(s) to the delegation", nullptr, 1));
        history.stack()->undo();
        QCOMPARE(int(members().size()), before);
        QCOMPARE(contactCount(), contactsBefore);
    }

    void setTheStatusOfTwoSelectedMembers()
    {
        auto page = makePage();
        auto *table = field<QTableView>(*page, "membersView");
        QSignalSpy changed(page.get(), &ui::DelegationPage::changed);
        // Two rows chosen from the keyboard: the first, then Shift+↓.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        const QList<RowId> chosen = page->selectedMemberIds();
        QCOMPARE(int(chosen.size()), 2);
        QVERIFY(field<QToolButton>(*page, "setStatusButton")->isEnabled());

        auto *declined = page->findChild<QAction *>(QStringLiteral("setStatus_declined"));
        QVERIFY(declined);
        declined->trigger();
        QCOMPARE(m_performed,
                 QStringList { ui::DelegationPage::tr("Set %n member(s) to “%1”", nullptr, 2).arg(QStringLiteral("Declined")) });
        QCOMPARE(int(changed.count()), 1);
        storage::DelegationMemberRepository repository(*m_db);
        for (RowId id : chosen)
            QCOMPARE(repository.find(id)->status, QStringLiteral("declined"));
        QVERIFY(field<QLabel>(*page, "countsLabel")->text().contains(QStringLiteral("2 declined")));
        QCOMPARE(page->selectedMemberIds(), chosen); // still selected for the next change

        page->findChild<QAction *>(QStringLiteral("setRole_press"))->trigger();
        QCOMPARE(int(m_performed.size()), 2);
        QCOMPARE(m_performed.last(), ui::DelegationPage::tr("Make %n member(s) “%1”", nullptr, 2).arg(QStringLiteral("Press")));
        for (RowId id : chosen)
            QCOMPARE(repository.find(id)->role, QStringLiteral("press"));
    }

    void editAMemberInTheForm()
    {
        auto page = makePage();
        auto *table = field<QTableView>(*page, "membersView");
        const int row = rowNamed(*page, QStringLiteral("Олена Савчук"));
        QVERIFY(row >= 0);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        const RowId id = page->membersModel()->idAt(row);
        const DelegationMember before = *storage::DelegationMemberRepository(*m_db).find(id);

        bool checked = false;
        whenDialogOpens<ui::MemberDialog>([&](ui::MemberDialog *dialog) {
            auto *arrival = field<QDateTimeEdit>(*dialog, "arrivalEdit");
            auto *departure = field<QDateTimeEdit>(*dialog, "departureEdit");
            auto *problem = field<QLabel>(*dialog, "arrivalError");
            auto *warning = field<QLabel>(*dialog, "stayWarning");
            auto *save = field<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Save);
            QVERIFY(!problem->isVisible());
            QVERIFY(!warning->isVisible());

            // Arriving after leaving: said beside the field, nothing saved.
            arrival->setDateTime(QDateTime(QDate(2025, 11, 19), QTime(10, 0)));
            departure->setDateTime(QDateTime(QDate(2025, 11, 18), QTime(18, 0)));
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QStringLiteral("arrival")), qPrintable(problem->text()));
            QCOMPARE(storage::DelegationMemberRepository(*m_db).find(id)->updatedAt, before.updatedAt);
            QVERIFY(m_performed.isEmpty());
            QVERIFY(saveScreenshot(*dialog, QStringLiteral("delegation-member-problem")));

            // Staying on after the congress: a warning, and the save goes through.
            departure->setDateTime(QDateTime(QDate(2025, 11, 23), QTime(9, 15)));
            QVERIFY(!problem->isVisible());
            QVERIFY(warning->isVisible());
            QVERIFY2(!dialog->stayWarning().isEmpty(), "no warning");
            QVERIFY(saveScreenshot(*dialog, QStringLiteral("delegation-member-warning")));
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
            checked = true;
        });
        QTest::keyClick(table, Qt::Key_Return); // Enter edits the current member
        QVERIFY(checked);
        const DelegationMember after = *storage::DelegationMemberRepository(*m_db).find(id);
        QCOMPARE(after.arrivalAt, QDateTime(QDate(2025, 11, 19), QTime(10, 0)));
        QCOMPARE(after.departureAt, QDateTime(QDate(2025, 11, 23), QTime(9, 15)));
        QCOMPARE(after.hotel, before.hotel); // untouched fields stay
        QCOMPARE(m_performed, QStringList { QStringLiteral("Edit Олена Савчук in the delegation") });
        const QModelIndex arrivalCell = page->membersModel()->index(page->membersModel()->rowOf(id),
                                                                    DelegationMembersModel::Arrival);
        QCOMPARE(arrivalCell.data(DelegationMembersModel::ValueRole).toDateTime(), after.arrivalAt);
    }

    void removingAsksFirst()
    {
        auto page = makePage();
        auto *table = field<QTableView>(*page, "membersView");
        const int row = rowNamed(*page, QStringLiteral("Олена Савчук"));
        QVERIFY(row >= 0);
        page->selectMembers({ page->membersModel()->idAt(row) });
        const int before = int(members().size());
        table->setFocus();

        m_answer = QMessageBox::No;
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(int(m_messages.size()), 1);
        QVERIFY2(m_messages.first().contains(QStringLiteral("Олена Савчук")), qPrintable(m_messages.first()));
        QCOMPARE(int(members().size()), before);
        QVERIFY(m_performed.isEmpty());

        m_answer = QMessageBox::Yes;
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(int(m_messages.size()), 2);
        QCOMPARE(int(members().size()), before - 1);
        QCOMPARE(m_performed, QStringList { QStringLiteral("Remove Олена Савчук from the delegation") });
        QCOMPARE(rowNamed(*page, QStringLiteral("Олена Савчук")), -1);
        const QString counts = field<QLabel>(*page, "countsLabel")->text();
        QVERIFY2(countsLabelMatches(counts, members()), qPrintable(counts));
    }

    void agendaShowsMeetingsByDay()
    {
        storage::MeetingRepository meetings(*m_db);
        const QList<QVariantList> rows = storage::ListSource(*m_db, EntityKind::Meeting,
                                                             { { QStringLiteral("delegation_id"), m_delegation } })
                                             .fetch(0, 100);
        QVERIFY(rows.size() >= 3);
        const QDate tuesday(2025, 11, 18);
        const QList<QDateTime> starts { QDateTime(tuesday, QTime(15, 0)), QDateTime(tuesday, QTime(10, 30)),
                                        QDateTime(tuesday.addDays(1), QTime(9, 0)) };
        QStringList titles;
        for (int i = 0; i < 3; ++i) {
            auto meeting = meetings.find(rows.at(i).first().toLongLong());
            meeting->startsAt = starts.at(i);
            meeting->endsAt = starts.at(i).addSecs(45 * 60);
            meeting->location = QStringLiteral("Paris Expo Porte de Versailles, stand %1").arg(i + 1);
            QVERIFY(meetings.update(*meeting));
            titles.append(meeting->title);
        }
        auto page = makePage();
        auto *tree = field<QTreeView>(*page, "agendaView");
        const QAbstractItemModel *agenda = tree->model();
        QVERIFY(agenda->rowCount() >= 2);
        const QModelIndex first = agenda->index(0, 0);
        QCOMPARE(first.data().toString(), QLocale().toString(tuesday, QLocale::LongFormat));
        QVERIFY(tree->isExpanded(first));
        QCOMPARE(agenda->rowCount(first), 2);
        QCOMPARE(agenda->index(0, models::AgendaModel::Title, first).data().toString(), titles.at(1));
        QCOMPARE(agenda->index(1, models::AgendaModel::Title, first).data().toString(), titles.at(0));
        const QModelIndex second = agenda->index(1, 0);
        QCOMPARE(second.data(models::AgendaModel::DateRole).toDate(), tuesday.addDays(1));
        QCOMPARE(agenda->index(0, models::AgendaModel::Title, second).data().toString(), titles.at(2));
        QVERIFY(field<QLabel>(*page, "agendaLabel")->text().contains(QString::number(rows.size())));
    }

    void backAnswersAltLeftAndEscape()
    {
        auto page = makePage();
        QSignalSpy back(page.get(), &ui::DelegationPage::backRequested);
        auto *table = field<QTableView>(*page, "membersView");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(int(back.count()), 1);
        QTest::keyClick(table, Qt::Key_Escape);
        QCOMPARE(int(back.count()), 2);
    }

    void screenshotOfTheBiggestDelegation()
    {
        // The agenda with times, as it will be during the congress.
        storage::MeetingRepository meetings(*m_db);
        const QList<QVariantList> rows = storage::ListSource(*m_db, EntityKind::Meeting,
                                                             { { QStringLiteral("delegation_id"), m_delegation } })
                                             .fetch(0, 100);
        for (int i = 0; i < rows.size(); ++i) {
            auto meeting = meetings.find(rows.at(i).first().toLongLong());
            meeting->startsAt = QDateTime(QDate(2025, 11, 18 + i / 2), QTime(10 + 3 * (i % 2), 0));
            meeting->endsAt = meeting->startsAt.addSecs(3600);
            meeting->location = QStringLiteral("Paris Expo, pavillon %1").arg(i + 1);
            QVERIFY(meetings.update(*meeting));
        }
        auto page = makePage();
        auto *table = field<QTableView>(*page, "membersView");
        table->selectRow(2);
        QVERIFY(saveScreenshot(*page, QStringLiteral("delegation-page")));
    }
};

QTEST_MAIN(TestDelegationPage)
#include "tst_delegationpage.moc"
