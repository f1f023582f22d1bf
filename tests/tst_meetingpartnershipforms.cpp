// The meeting and partnership forms on the demonstration database and the offscreen platform,
// driven by keys as a user would: a record created through the form and read back from its
// repository; a stored one reopened, changed and read back; bad input (no title, an end before
// the start, fewer parties in all than named, the same party twice, no party) shown beside its
// field with nothing saved; Cancel after a change asking first, and after none not; the filter
// that keeps a list of 1,800 communities usable; the stage of a stored partnership changed only
// through the Change Stage form. Set DD_SCREENSHOT_DIR to save screenshots (the partnership
// form editing Boyarka–Palaiseau is "partnership-form").

#include "ChoiceListWidget.h"
#include "GuiTestSupport.h"
#include "MeetingDialog.h"
#include "PartnershipDialog.h"
#include "StageChangeDialog.h"
#include "UnsavedChangesGuard.h"
#include "exchange/DemoScenario.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/ListSource.h"
#include "storage/MeetingRepository.h"
#include "storage/PartnershipRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace dd::guitest;

class TestMeetingPartnershipForms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_fileNumber = 0;
    int m_questions = 0;       // how often a form asked before dropping changes
    bool m_discard = false;    // what the user answers

    static void erase(QLineEdit *edit)
    {
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
    }

    static void clickOk(QWidget &dialog)
    {
        QTest::mouseClick(field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    static void selectData(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

    static void selectText(QComboBox *combo, const QString &startOfText)
    {
        const int index = combo->findText(startOfText, Qt::MatchStartsWith);
        QVERIFY2(index >= 0, qPrintable(startOfText));
        combo->setCurrentIndex(index);
    }

    // Types in a list's filter and presses Enter: checks (or, in a picker, adds) the first match.
    static void chooseByFilter(ui::ChoiceListWidget *list, const QString &typed)
    {
        QLineEdit *filter = list->filterEdit();
        filter->setFocus();
        erase(filter);
        type(filter, typed);
        QTest::keyClick(filter, Qt::Key_Return);
    }

    static int shownRows(const ui::ChoiceListWidget *list)
    {
        int shown = 0;
        for (int row = 0; row < list->listWidget()->count(); ++row)
            shown += list->listWidget()->item(row)->isHidden() ? 0 : 1;
        return shown;
    }

    int count(EntityKind kind) const { return storage::ListSource(*m_db, kind).count(); }

    RowId idWhere(EntityKind kind, const char *column, const QString &startOfValue) const
    {
        storage::ListSource list(*m_db, kind);
        const int index = list.columnIndex(QLatin1String(column));
        for (const QVariantList &row : list.fetch(0, 1000)) {
            if (row.at(index + 2).toString().startsWith(startOfValue))
                return row.at(0).toLongLong();
        }
        qFatal("no %s starts with %s", column, qPrintable(startOfValue));
        return 0;
    }
    RowId communityId(const QString &name) const { return idWhere(EntityKind::Community, "name", name); }
    RowId organisationId(const QString &name) const { return idWhere(EntityKind::Organisation, "name", name); }

    Partnership boyarkaPalaiseau() const
    {
        const RowId id = idWhere(EntityKind::Partnership, "parties", QStringLiteral("Боярка – Palaiseau"));
        return *storage::PartnershipRepository(*m_db).find(id);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        ui::UnsavedChangesGuard::setQuestion([this](QDialog *) {
            ++m_questions;
            return m_discard;
        });
    }

    // A fresh demonstration for every test.
    void init()
    {
        storage::Database::Error error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("demo%1.sqlite").arg(++m_fileNumber)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QString loadError;
        QVERIFY2(exchange::DemoScenario::load(*m_db, &loadError), qPrintable(loadError));
        m_questions = 0;
        m_discard = false;
    }
    void cleanup() { m_db.reset(); }

    // ---- meetings ----

    void createMeeting()
    {
        const int before = count(EntityKind::Meeting);
        ui::MeetingDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *title = field<QLineEdit>(dialog, "titleEdit");
        QCOMPARE(QApplication::focusWidget(), title);
        type(title, QStringLiteral("Боярка – Palaiseau: перші перемовини"));
        selectText(field<QComboBox>(dialog, "delegationCombo"), QStringLiteral("Cities4Cities delegation"));
        selectText(field<QComboBox>(dialog, "eventCombo"), QStringLiteral("Congress of Mayors"));
        // The times: checked by keyboard, set on the edits.
        auto *startsCheck = field<QCheckBox>(dialog, "startsCheck");
        auto *startsEdit = field<QDateTimeEdit>(dialog, "startsEdit");
        QVERIFY(!startsEdit->isEnabled());
        startsCheck->setFocus();
        QTest::keyClick(startsCheck, Qt::Key_Space);
        QVERIFY(startsEdit->isEnabled());
        QCOMPARE(QApplication::focusWidget(), startsEdit);
        const QDateTime starts(QDate(2025, 11, 18), QTime(9, 30));
        startsEdit->setDateTime(starts);
        // The end offered is an hour after the start.
        QCOMPARE(field<QDateTimeEdit>(dialog, "endsEdit")->dateTime(), starts.addSecs(3600));
        field<QCheckBox>(dialog, "endsCheck")->click();
        field<QDateTimeEdit>(dialog, "endsEdit")->setDateTime(starts.addSecs(45 * 60));
        QTest::keyClicks(field<QLineEdit>(dialog, "locationEdit"), QStringLiteral("Paris Expo, hall 5, stand B12"));

        chooseByFilter(field<ui::ChoiceListWidget>(dialog, "counterpartCommunityList"), QStringLiteral("pala"));
        chooseByFilter(field<ui::ChoiceListWidget>(dialog, "counterpartOrganisationList"), QStringLiteral("ile-de"));
        auto *participants = field<ui::ChoiceListWidget>(dialog, "participantList");
        chooseByFilter(participants, QStringLiteral("Савч")); // Олена Савчук, in her own script
        chooseByFilter(participants, QStringLiteral("rudenko")); // Марія Руденко, in passport Latin
        QVERIFY(participants->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("2")));

        type(field<QPlainTextEdit>(dialog, "outcomeEdit"), QStringLiteral("Домовилися про обмін делегаціями"));
        QTest::keyClicks(field<QLineEdit>(dialog, "followUpEdit"), QStringLiteral("Send the draft agreement"));
        field<QCheckBox>(dialog, "followUpDueCheck")->click();
        field<QDateEdit>(dialog, "followUpDueEdit")->setDate(QDate(2025, 12, 15));
        type(field<QPlainTextEdit>(dialog, "notesEdit"), QStringLiteral("Перекладач: п. Бондар"));

        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(EntityKind::Meeting), before + 1);
        const std::optional<Meeting> saved = storage::MeetingRepository(*m_db).find(dialog.meeting().id);
        QVERIFY(saved);
        QCOMPARE(saved->title, QStringLiteral("Боярка – Palaiseau: перші перемовини"));
        QVERIFY(saved->delegationId != 0);
        QVERIFY(saved->eventId != 0);
        QCOMPARE(saved->startsAt, starts);
        QCOMPARE(saved->endsAt, starts.addSecs(45 * 60));
        QCOMPARE(saved->location, QStringLiteral("Paris Expo, hall 5, stand B12"));
        QCOMPARE(saved->counterpartCommunityIds, QList<RowId> { communityId(QStringLiteral("Palaiseau")) });
        QCOMPARE(saved->counterpartOrganisationIds, QList<RowId> { organisationId(QStringLiteral("Région Île-de-France")) });
        QCOMPARE(saved->participantContactIds.size(), 2);
        QCOMPARE(saved->outcome, QStringLiteral("Домовилися про обмін делегаціями"));
        QCOMPARE(saved->followUp, QStringLiteral("Send the draft agreement"));
        QCOMPARE(saved->followUpDue, QDate(2025, 12, 15));
        QCOMPARE(saved->notes, QStringLiteral("Перекладач: п. Бондар"));
    }

    void editMeeting()
    {
        const RowId id = idWhere(EntityKind::Meeting, "title", QStringLiteral("Nosivka"));
        storage::MeetingRepository repository(*m_db);
        const Meeting stored = *repository.find(id);
        const int before = count(EntityKind::Meeting);
        const RowId nosivka = communityId(QStringLiteral("Носівська"));
        const RowId sosnytsia = communityId(QStringLiteral("Сосницька"));
        QCOMPARE(stored.counterpartCommunityIds, QList<RowId> { nosivka });

        ui::MeetingDialog dialog(*m_db, stored);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.windowTitle() != ui::MeetingDialog(*m_db).windowTitle());
        auto *title = field<QLineEdit>(dialog, "titleEdit");
        QCOMPARE(title->text(), stored.title);
        QVERIFY(!field<QCheckBox>(dialog, "startsCheck")->isChecked()); // the source gives no time
        auto *communities = field<ui::ChoiceListWidget>(dialog, "counterpartCommunityList");
        QCOMPARE(communities->chosenIds(), QList<RowId> { nosivka });

        // Retitled, Nosivka unchecked, Sosnytsia checked, a follow-up added.
        erase(title);
        type(title, QStringLiteral("Носівка та Сосниця – Île-de-France"));
        chooseByFilter(communities, QStringLiteral("nosiv"));
        chooseByFilter(communities, QStringLiteral("Сосн"));
        QTest::keyClicks(field<QLineEdit>(dialog, "followUpEdit"), QStringLiteral("Call the region's office"));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.meeting().id, id);
        QCOMPARE(count(EntityKind::Meeting), before);

        const std::optional<Meeting> saved = repository.find(id);
        QVERIFY(saved);
        QCOMPARE(saved->uid, stored.uid);
        QCOMPARE(saved->title, QStringLiteral("Носівка та Сосниця – Île-de-France"));
        QCOMPARE(saved->counterpartCommunityIds, QList<RowId> { sosnytsia });
        QCOMPARE(saved->counterpartOrganisationIds, stored.counterpartOrganisationIds);
        QCOMPARE(saved->participantContactIds, stored.participantContactIds);
        QCOMPARE(saved->followUp, QStringLiteral("Call the region's office"));
        QVERIFY(!saved->startsAt.isValid());
        QCOMPARE(saved->outcome, stored.outcome);
        QCOMPARE(saved->notes, stored.notes);
    }

    void badMeeting_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("endsMinutesAfterStart"); // 1000: no end
        QTest::addColumn<bool>("dueWithoutFollowUp");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QString>("focusName");
        QTest::newRow("no title") << QStringLiteral("   ") << 1000 << false << QStringLiteral("titleError")
                                  << QStringLiteral("titleEdit");
        QTest::newRow("ends before it starts") << QStringLiteral("Зустріч") << -30 << false
                                               << QStringLiteral("timesError") << QStringLiteral("endsEdit");
        QTest::newRow("a due date without a follow-up") << QStringLiteral("Зустріч") << 1000 << true
                                                        << QStringLiteral("followUpDueError")
                                                        << QStringLiteral("followUpEdit");
    }
    void badMeeting()
    {
        QFETCH(QString, title);
        QFETCH(int, endsMinutesAfterStart);
        QFETCH(bool, dueWithoutFollowUp);
        QFETCH(QString, errorName);
        QFETCH(QString, focusName);
        const int before = count(EntityKind::Meeting);
        ui::MeetingDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(field<QLineEdit>(dialog, "titleEdit"), title);
        const QDateTime starts(QDate(2025, 11, 18), QTime(14, 0));
        field<QCheckBox>(dialog, "startsCheck")->click();
        field<QDateTimeEdit>(dialog, "startsEdit")->setDateTime(starts);
        if (endsMinutesAfterStart != 1000) {
            field<QCheckBox>(dialog, "endsCheck")->click();
            field<QDateTimeEdit>(dialog, "endsEdit")->setDateTime(starts.addSecs(endsMinutesAfterStart * 60));
        }
        if (dueWithoutFollowUp)
            field<QCheckBox>(dialog, "followUpDueCheck")->click();
        auto *error = dialog.findChild<QLabel *>(errorName);
        QVERIFY(error);
        QVERIFY(!error->isVisible());

        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(QApplication::focusWidget()->objectName(), focusName);
        QCOMPARE(count(EntityKind::Meeting), before);
        // Only the field at fault says something.
        for (QLabel *other : dialog.findChildren<QLabel *>()) {
            if (other != error && other->objectName().endsWith(QStringLiteral("Error")))
                QVERIFY2(!other->isVisible(), qPrintable(other->objectName()));
        }
        if (QTest::currentDataTag() == QByteArrayLiteral("ends before it starts"))
            QVERIFY(saveScreenshot(dialog, QStringLiteral("meeting-form-ends-before-start")));
    }

    void cancelMeetingAsksOnlyAfterAChange()
    {
        const RowId id = idWhere(EntityKind::Meeting, "title", QStringLiteral("Sosnytsia"));
        const Meeting stored = *storage::MeetingRepository(*m_db).find(id);
        {
            // Unchanged, or only filtered: closes without asking.
            ui::MeetingDialog dialog(*m_db, stored);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            type(field<ui::ChoiceListWidget>(dialog, "participantList")->filterEdit(), QStringLiteral("олій"));
            dialog.reject();
            QVERIFY(!dialog.isVisible());
            QCOMPARE(m_questions, 0);
        }
        {
            // A participant checked: asks; "keep editing" keeps the form open.
            ui::MeetingDialog dialog(*m_db, stored);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            chooseByFilter(field<ui::ChoiceListWidget>(dialog, "participantList"), QStringLiteral("Олій"));
            dialog.reject();
            QCOMPARE(m_questions, 1);
            QVERIFY(dialog.isVisible());
            m_discard = true;
            dialog.reject();
            QCOMPARE(m_questions, 2);
            QVERIFY(!dialog.isVisible());
        }
        {
            // A new meeting with a title typed: asks too.
            ui::MeetingDialog dialog(*m_db);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClicks(field<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Lunch"));
            dialog.reject();
            QCOMPARE(m_questions, 3);
        }
        QCOMPARE(storage::MeetingRepository(*m_db).find(id)->participantContactIds, stored.participantContactIds);
    }

    void filterKeepsALongListUsable()
    {
        // 1,800 more communities, as a database holding every hromada of a few oblasts would.
        storage::CommunityRepository repository(*m_db);
        QVERIFY(m_db->connection().transaction());
        for (int i = 0; i < 1800; ++i) {
            Community community;
            community.name = QStringLiteral("Громада %1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY(repository.insert(community));
        }
        QVERIFY(m_db->connection().commit());

        QElapsedTimer opening;
        opening.start();
        ui::MeetingDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(opening.elapsed() < 3000, qPrintable(QString::number(opening.elapsed())));
        auto *list = field<ui::ChoiceListWidget>(dialog, "counterpartCommunityList");
        QVERIFY(list->listWidget()->count() > 1800);

        // Any script, any case, the centre as well as the official name.
        type(list->filterEdit(), QStringLiteral("koriuk"));
        QCOMPARE(shownRows(list), 1);
        erase(list->filterEdit());
        type(list->filterEdit(), QStringLiteral("КОРЮКІВКА"));
        QCOMPARE(shownRows(list), 1);
        erase(list->filterEdit());
        QTest::keyClicks(list->filterEdit(), QStringLiteral("velizy"));
        QCOMPARE(shownRows(list), 1);
        erase(list->filterEdit());
        type(list->filterEdit(), QStringLiteral("громада 17"));
        QCOMPARE(shownRows(list), 100);
        // Down goes to the list, Space checks; the summary says what is chosen and shown.
        QTest::keyClick(list->filterEdit(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), list->listWidget());
        QTest::keyClick(list->listWidget(), Qt::Key_Space);
        QCOMPARE(list->chosenIds().size(), 1);
        const QString summary = list->findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Chosen: 1")) && summary.contains(QStringLiteral("100 of")),
                 qPrintable(summary));
    }

    void meetingTabOrderFollowsTheForm()
    {
        ui::MeetingDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        field<QCheckBox>(dialog, "startsCheck")->click();
        field<QCheckBox>(dialog, "endsCheck")->click();
        field<QCheckBox>(dialog, "followUpDueCheck")->click();
        field<QLineEdit>(dialog, "titleEdit")->setFocus();
        // Each field once, in order (a date edit's Tab first goes through its sections).
        QStringList visited { QApplication::focusWidget()->objectName() };
        for (int i = 0; i < 40 && visited.last() != u"buttonBox"; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            // The OK button is in the button box; a list's filter is known by its list.
            QString name = focus->objectName();
            if (qobject_cast<QDialogButtonBox *>(focus->parentWidget()))
                name = QStringLiteral("buttonBox");
            else if (name == u"filter" || name == u"list")
                name = focus->parentWidget()->objectName() + QLatin1Char('.') + name;
            if (name != visited.last())
                visited.append(name);
        }
        QCOMPARE(visited,
                 QStringList({ QStringLiteral("titleEdit"), QStringLiteral("delegationCombo"),
                               QStringLiteral("eventCombo"), QStringLiteral("startsCheck"),
                               QStringLiteral("startsEdit"), QStringLiteral("endsCheck"),
                               QStringLiteral("endsEdit"), QStringLiteral("locationEdit"),
                               QStringLiteral("outcomeEdit"), QStringLiteral("followUpEdit"),
                               QStringLiteral("followUpDueCheck"), QStringLiteral("followUpDueEdit"),
                               QStringLiteral("notesEdit"), QStringLiteral("counterpartCommunityList.filter"),
                               QStringLiteral("counterpartCommunityList.list"),
                               QStringLiteral("counterpartOrganisationList.filter"),
                               QStringLiteral("counterpartOrganisationList.list"),
                               QStringLiteral("participantList.filter"), QStringLiteral("participantList.list"),
                               QStringLiteral("buttonBox") }));
    }

    // ---- partnerships ----

    void createPartnership()
    {
        const int before = count(EntityKind::Partnership);
        ui::PartnershipDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *picker = field<ui::ChoiceListWidget>(dialog, "partyPicker");
        QCOMPARE(QApplication::focusWidget(), picker->filterEdit());
        // A new partnership chooses its stage; there is no history to show yet.
        QVERIFY(field<QComboBox>(dialog, "stageCombo")->isVisible());
        QVERIFY(!field<QPushButton>(dialog, "changeStageButton")->isVisible());
        QVERIFY(!field<QTableWidget>(dialog, "historyTable")->isVisible());

        // Two communities and an organisation, each found by a few letters and added with Enter.
        type(picker->filterEdit(), QStringLiteral("Тараща"));
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        type(picker->filterEdit(), QStringLiteral("chaville"));
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        type(picker->filterEdit(), QStringLiteral("cities4cities united"));
        QTest::mouseClick(field<QPushButton>(dialog, "addPartyButton"), Qt::LeftButton);
        auto *parties = field<QTableWidget>(dialog, "partiesTable");
        QCOMPARE(parties->rowCount(), 3);
        QVERIFY(parties->item(0, 0)->text().startsWith(QStringLiteral("Таращанська")));
        QCOMPARE(parties->item(1, 0)->text(), QStringLiteral("Chaville"));
        // Chaville ratified: the date in its cell's editor, the decision typed in the next cell.
        parties->setFocus();
        parties->setCurrentCell(1, 1);
        QTest::keyClick(parties, Qt::Key_F2);
        auto *dateEditor = qobject_cast<QDateEdit *>(QApplication::focusWidget());
        QVERIFY(dateEditor);
        dateEditor->setDate(QDate(2025, 12, 9));
        QTest::keyClick(dateEditor, Qt::Key_Return);
        QTRY_COMPARE(parties->item(1, 1)->data(Qt::EditRole).toDate(), QDate(2025, 12, 9));
        parties->setCurrentCell(1, 2);
        QTest::keyClick(parties, Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Deliberation 2025-117"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // The delegate commits once the event loop runs.
        QTRY_COMPARE(parties->item(1, 2)->text(), QStringLiteral("Deliberation 2025-117"));

        auto *count3 = field<QSpinBox>(dialog, "partyCountSpin");
        QCOMPARE(count3->text(), QStringLiteral("as named"));
        count3->setFocus();
        QTest::keyClick(count3, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(count3, QStringLiteral("4"));
        QCOMPARE(count3->value(), 4);
        selectData(field<QComboBox>(dialog, "kindCombo"), QStringLiteral("twinning"));
        selectData(field<QComboBox>(dialog, "stageCombo"), QStringLiteral("exploring"));
        type(field<QLineEdit>(dialog, "areasEdit"), QStringLiteral("освіта, культура"));
        selectText(field<QComboBox>(dialog, "bornAtEventCombo"), QStringLiteral("Congress of Mayors"));
        selectText(field<QComboBox>(dialog, "bornAtMeetingCombo"), QStringLiteral("Tarashcha"));
        chooseByFilter(field<ui::ChoiceListWidget>(dialog, "facilitatorList"), QStringLiteral("ile-de"));
        QTest::keyClicks(field<QLineEdit>(dialog, "nextStepEdit"), QStringLiteral("Letter of intent to both councils"));
        field<QCheckBox>(dialog, "nextStepDueCheck")->click();
        field<QDateEdit>(dialog, "nextStepDueEdit")->setDate(QDate(2026, 2, 1));
        type(field<QPlainTextEdit>(dialog, "notesEdit"), QStringLiteral("Приклад для тесту"));

        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(EntityKind::Partnership), before + 1);
        const std::optional<Partnership> saved = storage::PartnershipRepository(*m_db).find(dialog.partnership().id);
        QVERIFY(saved);
        QCOMPARE(saved->parties.size(), 3);
        QCOMPARE(saved->parties.at(0).communityId, communityId(QStringLiteral("Таращанська")));
        QCOMPARE(saved->parties.at(1).communityId, communityId(QStringLiteral("Chaville")));
        QCOMPARE(saved->parties.at(1).ratifiedOn, QDate(2025, 12, 9));
        QCOMPARE(saved->parties.at(1).ratificationDecision, QStringLiteral("Deliberation 2025-117"));
        QCOMPARE(saved->parties.at(2).organisationId, organisationId(QStringLiteral("Cities4Cities | United4Ukraine")));
        QVERIFY(!saved->parties.at(0).ratifiedOn.isValid());
        QCOMPARE(saved->partyCount, std::optional<qint64>(4));
        QCOMPARE(saved->kind, QStringLiteral("twinning"));
        QCOMPARE(saved->stage, QStringLiteral("exploring"));
        QCOMPARE(saved->history.size(), 1);
        QCOMPARE(saved->history.first().stage, QStringLiteral("exploring"));
        QCOMPARE(saved->areas, QStringLiteral("освіта, культура"));
        QCOMPARE(saved->facilitatorIds, QList<RowId> { organisationId(QStringLiteral("Région Île-de-France")) });
        QVERIFY(saved->bornAtEventId != 0);
        QCOMPARE(saved->bornAtMeetingId, idWhere(EntityKind::Meeting, "title", QStringLiteral("Tarashcha")));
        QVERIFY(!saved->signedOn.isValid());
        QCOMPARE(saved->nextStep, QStringLiteral("Letter of intent to both councils"));
        QCOMPARE(saved->nextStepDue, QDate(2026, 2, 1));
        QCOMPARE(saved->notes, QStringLiteral("Приклад для тесту"));
    }

    void editBoyarkaPalaiseau()
    {
        const Partnership stored = boyarkaPalaiseau();
        const int before = count(EntityKind::Partnership);
        ui::PartnershipDialog dialog(*m_db, stored);
        dialog.resize(dialog.sizeHint().expandedTo(QSize(1180, 640)));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *parties = field<QTableWidget>(dialog, "partiesTable");
        QCOMPARE(parties->rowCount(), 2);
        QVERIFY(parties->item(0, 0)->text().contains(QStringLiteral("Боярка")));
        QCOMPARE(parties->item(1, 0)->text(), QStringLiteral("Palaiseau"));
        // The stage is shown, not chosen; the history is there to read.
        QVERIFY(!field<QComboBox>(dialog, "stageCombo")->isVisible());
        QVERIFY(field<QLabel>(dialog, "currentStageLabel")->text().startsWith(QStringLiteral("Signed")));
        QVERIFY(field<QPushButton>(dialog, "changeStageButton")->isVisible());
        QCOMPARE(field<QTableWidget>(dialog, "historyTable")->rowCount(), int(stored.history.size()));
        QCOMPARE(field<ui::ChoiceListWidget>(dialog, "facilitatorList")->chosenIds(), stored.facilitatorIds);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("partnership-form")));

        // Palaiseau's council ratified; areas typed; the stage moved through its own form.
        parties->setFocus();
        parties->setCurrentCell(1, 1);
        QTest::keyClick(parties, Qt::Key_F2);
        auto *dateEditor = qobject_cast<QDateEdit *>(QApplication::focusWidget());
        QVERIFY(dateEditor);
        QCOMPARE(dateEditor->date(), QDate::currentDate()); // none yet: starts at today
        dateEditor->setDate(QDate::currentDate().addDays(-2));
        QTest::keyClick(dateEditor, Qt::Key_Return);
        QTRY_COMPARE(parties->item(1, 1)->data(Qt::EditRole).toDate(), QDate::currentDate().addDays(-2));
        type(field<QLineEdit>(dialog, "areasEdit"), QStringLiteral("енергоефективність"));

        bool changed = false;
        whenDialogOpens<ui::StageChangeDialog>([&changed](ui::StageChangeDialog *stage) {
            auto *combo = stage->findChild<QComboBox *>(QStringLiteral("stageCombo"));
            combo->setCurrentIndex(combo->findData(QStringLiteral("ratified")));
            QTest::keyClicks(stage->findChild<QLineEdit *>(QStringLiteral("noteEdit")), QStringLiteral("Palaiseau council"));
            stage->accept();
            changed = stage->result() == QDialog::Accepted;
        });
        QTest::mouseClick(field<QPushButton>(dialog, "changeStageButton"), Qt::LeftButton);
        QVERIFY(changed);
        QVERIFY(dialog.stageChanged());
        QVERIFY(field<QLabel>(dialog, "currentStageLabel")->text().startsWith(QStringLiteral("Ratified")));
        QCOMPARE(field<QTableWidget>(dialog, "historyTable")->rowCount(), int(stored.history.size()) + 1);
        QCOMPARE(field<QTableWidget>(dialog, "historyTable")->item(0, 2)->text(), QStringLiteral("Palaiseau council"));
        // Recorded at once, before the form is saved; the form's own changes wait for OK.
        QCOMPARE(boyarkaPalaiseau().stage, QStringLiteral("ratified"));
        QVERIFY(boyarkaPalaiseau().areas.isEmpty());

        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(EntityKind::Partnership), before);
        const Partnership saved = boyarkaPalaiseau();
        QCOMPARE(saved.id, stored.id);
        QCOMPARE(saved.uid, stored.uid);
        QCOMPARE(saved.stage, QStringLiteral("ratified"));
        QCOMPARE(saved.history.size(), stored.history.size() + 1); // not twice
        QCOMPARE(saved.areas, QStringLiteral("енергоефективність"));
        QCOMPARE(saved.parties.size(), 2);
        QCOMPARE(saved.parties.at(0).id, stored.parties.at(0).id);
        QCOMPARE(saved.parties.at(1).ratifiedOn, QDate::currentDate().addDays(-2));
        QVERIFY(!saved.parties.at(0).ratifiedOn.isValid());
        QCOMPARE(saved.facilitatorIds, stored.facilitatorIds);
        QCOMPARE(saved.notes, stored.notes);
    }

    void fewerInAllThanNamed()
    {
        const Partnership stored = boyarkaPalaiseau();
        ui::PartnershipDialog dialog(*m_db, stored);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A third party named, and 2 in all.
        auto *picker = field<ui::ChoiceListWidget>(dialog, "partyPicker");
        type(picker->filterEdit(), QStringLiteral("santeny"));
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        QCOMPARE(field<QTableWidget>(dialog, "partiesTable")->rowCount(), 3);
        auto *spin = field<QSpinBox>(dialog, "partyCountSpin");
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QStringLiteral("2"));
        QCOMPARE(spin->value(), 2);
        auto *error = field<QLabel>(dialog, "partyCountError");
        QVERIFY(!error->isVisible());

        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1Char('3')), qPrintable(error->text()));
        QCOMPARE(QApplication::focusWidget(), spin);
        QVERIFY(!field<QLabel>(dialog, "partiesError")->isVisible());
        QVERIFY(saveScreenshot(dialog, QStringLiteral("partnership-form-fewer-in-all")));
        const Partnership after = boyarkaPalaiseau();
        QCOMPARE(after.parties.size(), 2);
        QVERIFY(!after.partyCount);
        QCOMPARE(after.updatedAt, stored.updatedAt);

        // 3 in all is fine.
        QTest::keyClick(spin, Qt::Key_Up);
        QVERIFY(!error->isVisible());
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(boyarkaPalaiseau().partyCount, std::optional<qint64>(3));
        QCOMPARE(boyarkaPalaiseau().parties.size(), 3);
    }

    void samePartyTwiceIsRefused()
    {
        const Partnership stored = boyarkaPalaiseau();
        ui::PartnershipDialog dialog(*m_db, stored);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *picker = field<ui::ChoiceListWidget>(dialog, "partyPicker");
        auto *parties = field<QTableWidget>(dialog, "partiesTable");
        auto *error = field<QLabel>(dialog, "partiesError");
        type(picker->filterEdit(), QStringLiteral("palai"));
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        // Said at once, beside the table, and the row already there is shown.
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Palaiseau")), qPrintable(error->text()));
        QCOMPARE(parties->rowCount(), 2);
        QCOMPARE(parties->currentRow(), 1);
        // Cancel: nothing was changed, nothing is asked, nothing is saved.
        dialog.reject();
        QCOMPARE(m_questions, 0);
        const Partnership after = boyarkaPalaiseau();
        QCOMPARE(after.parties.size(), 2);
        QCOMPARE(after.updatedAt, stored.updatedAt);
    }

    void noPartyIsRefused()
    {
        const Partnership stored = boyarkaPalaiseau();
        ui::PartnershipDialog dialog(*m_db, stored);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *parties = field<QTableWidget>(dialog, "partiesTable");
        auto *remove = field<QPushButton>(dialog, "removePartyButton");
        QVERIFY(!remove->isEnabled()); // nothing selected yet
        parties->setFocus();
        parties->setCurrentCell(0, 0);
        QTest::mouseClick(remove, Qt::LeftButton);
        parties->setCurrentCell(0, 0);
        QTest::keyClick(parties, Qt::Key_Delete); // Delete on a party's name removes it too
        QCOMPARE(parties->rowCount(), 0);
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(field<QLabel>(dialog, "partiesError")->isVisible());
        QCOMPARE(QApplication::focusWidget(), parties);
        QCOMPARE(boyarkaPalaiseau().parties.size(), 2);
    }

    void newPartnershipNeedsAParty()
    {
        const int before = count(EntityKind::Partnership);
        ui::PartnershipDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field<QLineEdit>(dialog, "nextStepEdit"), QStringLiteral("Find a partner"));
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(field<QLabel>(dialog, "partiesError")->isVisible());
        QVERIFY(!field<QLabel>(dialog, "nextStepDueError")->isVisible());
        QCOMPARE(count(EntityKind::Partnership), before);
    }

    void cancelPartnershipAsksOnlyAfterAChange()
    {
        const Partnership stored = boyarkaPalaiseau();
        {
            ui::PartnershipDialog dialog(*m_db, stored);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            type(field<ui::ChoiceListWidget>(dialog, "partyPicker")->filterEdit(), QStringLiteral("chav"));
            dialog.reject();
            QVERIFY(!dialog.isVisible());
            QCOMPARE(m_questions, 0);
        }
        {
            // A decision typed in the parties' table counts as a change.
            ui::PartnershipDialog dialog(*m_db, stored);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *parties = field<QTableWidget>(dialog, "partiesTable");
            parties->setFocus();
            parties->setCurrentCell(0, 2);
            QTest::keyClick(parties, Qt::Key_F2);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("No. 12"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTRY_COMPARE(parties->item(0, 2)->text(), QStringLiteral("No. 12"));
            dialog.reject();
            QCOMPARE(m_questions, 1);
            QVERIFY(dialog.isVisible());
            m_discard = true;
            dialog.reject();
            QVERIFY(!dialog.isVisible());
        }
        {
            // So does a party removed.
            ui::PartnershipDialog dialog(*m_db, stored);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *parties = field<QTableWidget>(dialog, "partiesTable");
            parties->setCurrentCell(1, 0);
            field<QPushButton>(dialog, "removePartyButton")->click();
            dialog.reject();
            QCOMPARE(m_questions, 3);
        }
        QCOMPARE(boyarkaPalaiseau().parties.size(), 2);
        QVERIFY(boyarkaPalaiseau().parties.at(0).ratificationDecision.isEmpty());
    }
};

QTEST_MAIN(TestMeetingPartnershipForms)
#include "tst_meetingpartnershipforms.moc"
