// Editing and deleting from the lists, on the offscreen platform with the demonstration: Enter
// opens the selected contact in its form and the list shows what was saved; Delete asks first,
// naming what goes with the record, and No changes nothing; Yes leaves no dangling reference.

#include "CommunityDialog.h"
#include "ContactDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "exchange/DemoScenario.h"
#include "models/EntityTableModel.h"
#include "models/RecordDetails.h"
#include "storage/CommunityRepository.h"
#include "ChoiceListWidget.h"
#include "DelegationPage.h"
#include "ImportDialog.h"
#include "RecordForms.h"
#include "domain/Vocabulary.h"
#include "models/DelegationMembersModel.h"
#include "storage/DelegationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

using namespace dd;
using namespace dd::guitest;

class TestEditDelete : public QObject {
    Q_OBJECT

private:
    struct Question {
        QMessageBox::Icon icon;
        QString text;
        QMessageBox::StandardButtons buttons;
    };

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<Question> m_questions;
    QMessageBox::StandardButton m_answer = QMessageBox::No;

    storage::Database &db() { return *m_window->database(); }
    QTableView *table() { return field<QTableView>(*m_window, "recordTable"); }

    RowId idOf(const QString &sql, const QVariant &value)
    {
        QSqlQuery query(db().connection());
        query.prepare(sql);
        query.addBindValue(value);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }
    int count(const QString &sql, const QVariant &value)
    {
        QSqlQuery query(db().connection());
        query.prepare(sql);
        query.addBindValue(value);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }
    RowId contactId(const QString &familyName)
    {
        return idOf(QStringLiteral("SELECT id FROM contacts WHERE family_name = ?"), familyName);
    }
    RowId communityId(const QString &nameStart)
    {
        return idOf(
            QStringLiteral("SELECT id FROM communities WHERE name LIKE ? || '%'"), nameStart);
    }
    int column(const QString &header)
    {
        for (int c = 0; c < m_window->listModel()->columnCount(); ++c) {
            if (m_window->listModel()->headerData(c, Qt::Horizontal).toString() == header)
                return c;
        }
        return -1;
    }
    QString currentCell(const QString &header)
    {
        return m_window->listModel()
            ->index(table()->currentIndex().row(), column(header))
            .data()
            .toString();
    }
    int total(EntityKind kind)
    {
        m_window->showSection(kind);
        return int(m_window->listModel()->totalCount());
    }
    bool searchFinds(EntityKind kind, RowId id, const QString &text)
    {
        storage::SearchIndex index(db().connection());
        for (const storage::SearchIndex::Match &match : index.search(text, 50)) {
            if (match.kind == kind && match.id == id)
                return true;
        }
        return false;
    }
    void verifyHealthy()
    {
        const storage::Database::CheckReport report = db().check();
        QVERIFY2(report.healthy, qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        auto *english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral(":/i18n/delegation-desk_en.qm")));
        QCoreApplication::installTranslator(english);
    }

    // A fresh demonstration in a fresh window for every test: they change it.
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_run));
        {
            storage::Database::Error error;
            auto demo = storage::Database::open(path, &error);
            QVERIFY2(demo, qPrintable(error.message));
            QString loadError;
            QVERIFY2(exchange::DemoScenario::load(*demo, &loadError), qPrintable(loadError));
        }
        m_questions.clear();
        m_answer = QMessageBox::No;
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setMessageHandler([this](QMessageBox::Icon icon, const QString &,
                                        const QString &text, QMessageBox::StandardButtons buttons) {
            m_questions.append({ icon, text, buttons });
            return buttons.testFlag(m_answer) ? m_answer : QMessageBox::NoButton;
        });
        QVERIFY(m_window->openDatabase(path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void shortcutsAreUniqueAndActionsFollowTheSection()
    {
        auto *edit = field<QAction>(*m_window, "actionEdit");
        auto *remove = field<QAction>(*m_window, "actionDelete");
        QVERIFY(edit->shortcuts().contains(QKeySequence(Qt::Key_F2)));
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        for (QAction *action : { edit, remove }) {
            for (const QKeySequence &shortcut : action->shortcuts()) {
                for (QAction *other : m_window->findChildren<QAction *>()) {
                    if (other != action)
                        QVERIFY2(!other->shortcuts().contains(shortcut),
                            qPrintable(other->objectName()));
                }
            }
        }
        for (EntityKind kind : Entity::all()) {
            m_window->showSection(kind);
            QCOMPARE(edit->isEnabled(), ui::RecordForms::hasForm(kind));
            QVERIFY(remove->isEnabled()); // every list has rows in the demonstration
        }
        // Nothing selected: nothing to edit.
        m_window->showSection(EntityKind::Contact);
        table()->selectionModel()->clear();
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());
    }

    void enterEditsTheSelectedContact()
    {
        const RowId id = contactId(QStringLiteral("Олійник"));
        QVERIFY(id > 0);
        m_window->showRecord(EntityKind::Contact, id);
        bool opened = false;
        whenDialogOpens<ui::ContactDialog>([&opened](ui::ContactDialog *dialog) {
            opened = true;
            auto *position = field<QLineEdit>(*dialog, "positionEdit");
            QCOMPARE(position->text(), QStringLiteral("Міський голова"));
            position->clear();
            type(position, QStringLiteral("Голова громади"));
            field<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keyClick(table(), Qt::Key_Return);
        QVERIFY(opened);
        QCOMPARE(m_window->currentSection(), EntityKind::Contact);
        QCOMPARE(m_window->listModel()->idAt(table()->currentIndex().row()), id);
        QCOMPARE(currentCell(QStringLiteral("Position")), QStringLiteral("Голова громади"));
        const auto stored = storage::ContactRepository(db()).find(id);
        QVERIFY(stored);
        QCOMPARE(stored->position, QStringLiteral("Голова громади"));
        QCOMPARE(stored->familyName, QStringLiteral("Олійник"));
        QVERIFY(m_questions.isEmpty());
    }

    void f2EditsTheSelectedCommunity()
    {
        const RowId id = communityId(QStringLiteral("Sindelfingen"));
        QVERIFY(id > 0);
        const auto before = storage::CommunityRepository(db()).find(id);
        QVERIFY(before);
        m_window->showRecord(EntityKind::Community, id);
        bool opened = false;
        whenDialogOpens<ui::CommunityDialog>([&opened](ui::CommunityDialog *dialog) {
            opened = true;
            auto *centre = field<QLineEdit>(*dialog, "centreEdit");
            centre->clear();
            type(centre, QStringLiteral("Sindelfingen"));
            dialog->accept();
        });
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QVERIFY(opened);
        const auto after = storage::CommunityRepository(db()).find(id);
        QVERIFY(after);
        QCOMPARE(after->centre, QStringLiteral("Sindelfingen"));
        QCOMPARE(after->name, before->name);
        QCOMPARE(after->nameLatin, before->nameLatin);
        QCOMPARE(after->officialCode, before->officialCode);
        QCOMPARE(after->population, before->population);
        QCOMPARE(after->uid, before->uid);
        QCOMPARE(total(EntityKind::Community), 22); // edited, not added
    }

    void doubleClickEditsToo()
    {
        const RowId id = contactId(QStringLiteral("Зінченко"));
        m_window->showRecord(EntityKind::Contact, id);
        int opened = 0;
        whenDialogOpens<ui::ContactDialog>([&opened, id](ui::ContactDialog *dialog) {
            ++opened;
            QCOMPARE(dialog->contact().id, id);
            dialog->reject();
        });
        const QRect cell = table()->visualRect(table()->currentIndex());
        // A double-click is a press, a release and a second press that Qt reports as double.
        QTest::mousePress(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::qWait(100);
        QCOMPARE(opened, 1);
        QVERIFY(storage::ContactRepository(db()).find(id)); // Cancel: unchanged
    }

    void deletingAMayorSaysWhatGoesWithHer()
    {
        const RowId id = contactId(QStringLiteral("Олійник"));
        QVERIFY(id > 0);
        const int members = total(EntityKind::Member);
        const int contacts = total(EntityKind::Contact);
        QVERIFY(searchFinds(EntityKind::Contact, id, QStringLiteral("Oliinyk")));
        m_window->showRecord(EntityKind::Contact, id);
        const int row = table()->currentIndex().row();

        // No: everything stays.
        m_answer = QMessageBox::No;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_questions.size(), 1);
        QCOMPARE(m_questions.first().icon, QMessageBox::Question);
        QCOMPARE(m_questions.first().buttons, QMessageBox::Yes | QMessageBox::No);
        QVERIFY2(m_questions.first().text.startsWith(
                     QStringLiteral("Deleting Людмила Олійник also removes 1 delegation membership "
                                    "and 1 meeting participation.")),
            qPrintable(m_questions.first().text));
        QVERIFY(storage::ContactRepository(db()).find(id));
        QCOMPARE(m_window->listModel()->totalCount(), contacts);
        QCOMPARE(total(EntityKind::Member), members);

        // Yes: the contact and her membership go; the next row is selected.
        m_window->showRecord(EntityKind::Contact, id);
        m_answer = QMessageBox::Yes;
        field<QAction>(*m_window, "actionDelete")->trigger();
        QCOMPARE(m_questions.size(), 2);
        QVERIFY(!storage::ContactRepository(db()).find(id));
        QCOMPARE(m_window->currentSection(), EntityKind::Contact);
        QCOMPARE(m_window->listModel()->totalCount(), contacts - 1);
        QCOMPARE(m_window->listModel()->rowOf(id), -1);
        QCOMPARE(table()->currentIndex().row(), qMin(row, contacts - 2));
        QCOMPARE(total(EntityKind::Member), members - 1);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM meeting_participants WHERE contact_id = ?"),
                id),
            0);
        QVERIFY(!searchFinds(EntityKind::Contact, id, QStringLiteral("Oliinyk")));
        QVERIFY(!searchFinds(EntityKind::Contact, id, QStringLiteral("Олійник")));
        verifyHealthy();
    }

    // Edit › Undo after a deletion that cascaded: the contact, her membership and her meeting
    // participation are back, found by the search again; Redo deletes them once more.
    void undoBringsBackADeletedContactWithItsLinks()
    {
        const RowId id = contactId(QStringLiteral("Олійник"));
        QVERIFY(id > 0);
        const int members = total(EntityKind::Member);
        const int contacts = total(EntityKind::Contact);
        auto *undo = field<QAction>(*m_window, "actionUndo");
        auto *redo = field<QAction>(*m_window, "actionRedo");
        QVERIFY(!undo->isEnabled());

        m_window->showRecord(EntityKind::Contact, id);
        m_answer = QMessageBox::Yes;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.first().text.contains(QStringLiteral("Undo")), qPrintable(m_questions.first().text));
        QVERIFY(!storage::ContactRepository(db()).find(id));
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo Delete “Людмила Олійник”"));

        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        // The window shows what came back.
        QCOMPARE(m_window->currentSection(), EntityKind::Contact);
        QCOMPARE(m_window->listModel()->totalCount(), contacts);
        QCOMPARE(m_window->listModel()->idAt(table()->currentIndex().row()), id);
        const auto restored = storage::ContactRepository(db()).find(id);
        QVERIFY(restored);
        QCOMPARE(restored->familyName, QStringLiteral("Олійник"));
        QCOMPARE(total(EntityKind::Member), members);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM meeting_participants WHERE contact_id = ?"), id), 1);
        QVERIFY(searchFinds(EntityKind::Contact, id, QStringLiteral("Oliinyk")));
        QVERIFY(redo->isEnabled());
        verifyHealthy();

        redo->trigger();
        QVERIFY(!storage::ContactRepository(db()).find(id));
        QCOMPARE(total(EntityKind::Contact), contacts - 1);
        QCOMPARE(total(EntityKind::Member), members - 1);
        verifyHealthy();
        QCOMPARE(m_questions.size(), 1); // neither asked again
    }

    // An edit made in the form is undone field for field.
    void undoTakesBackAnEdit()
    {
        const RowId id = contactId(QStringLiteral("Олійник"));
        m_window->showRecord(EntityKind::Contact, id);
        whenDialogOpens<ui::ContactDialog>([](ui::ContactDialog *dialog) {
            QApplication::setActiveWindow(dialog);
            auto *position = field<QLineEdit>(*dialog, "positionEdit");
            position->clear();
            type(position, QStringLiteral("Голова громади"));
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves
        });
        QTest::keyClick(table(), Qt::Key_F2);
        QCOMPARE(storage::ContactRepository(db()).find(id)->position, QStringLiteral("Голова громади"));
        field<QAction>(*m_window, "actionUndo")->trigger();
        QCOMPARE(storage::ContactRepository(db()).find(id)->position, QStringLiteral("Міський голова"));
        QCOMPARE(currentCell(QStringLiteral("Position")), QStringLiteral("Міський голова"));
        QVERIFY(m_questions.isEmpty());
    }

    // Enter on a delegation opens its page in place of the lists; a bulk status change made
    // there is one undo step, undone on the page; Esc goes back with the delegation selected.
    void delegationPageOpensAndUndoesInPlace()
    {
        const RowId delegation = idOf(QStringLiteral("SELECT delegation_id FROM delegation_members "
                                                     "GROUP BY delegation_id HAVING COUNT(*) > ? "
                                                     "ORDER BY COUNT(*) DESC LIMIT 1"),
                                      2);
        QVERIFY(delegation > 0);
        m_window->showRecord(EntityKind::Delegation, delegation);
        QTest::keyClick(table(), Qt::Key_Return);
        ui::DelegationPage *page = m_window->delegationPage();
        QVERIFY(page);
        QCOMPARE(field<QStackedWidget>(*m_window, "pages")->currentWidget(), page);
        QCOMPARE(page->delegationId(), delegation);

        const QList<RowId> members = { page->membersModel()->idAt(0), page->membersModel()->idAt(1) };
        const auto statusOf = [this](RowId member) {
            return storage::DelegationMemberRepository(db()).find(member)->status;
        };
        const QString before0 = statusOf(members.at(0));
        const QString before1 = statusOf(members.at(1));
        page->selectMembers(members);
        page->setStatusOfSelected(QStringLiteral("cancelled"));
        QCOMPARE(statusOf(members.at(0)), QStringLiteral("cancelled"));
        QCOMPARE(statusOf(members.at(1)), QStringLiteral("cancelled"));
        auto *undo = field<QAction>(*m_window, "actionUndo");
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("Set 2 members")), qPrintable(undo->text()));

        undo->trigger();
        QCOMPARE(statusOf(members.at(0)), before0);
        QCOMPARE(statusOf(members.at(1)), before1);
        QCOMPARE(m_window->delegationPage(), page); // still on the page, which shows it
        const QModelIndex status = page->membersModel()->index(page->membersModel()->rowOf(members.at(0)), models::DelegationMembersModel::Status);
        QCOMPARE(status.data(Qt::DisplayRole).toString(), Vocabulary::label(Vocab::MemberStatus, before0));

        QTest::keyClick(page, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->delegationPage());
        QCOMPARE(field<QStackedWidget>(*m_window, "pages")->currentWidget()->objectName(), QStringLiteral("browsePage"));
        QCOMPARE(m_window->currentSection(), EntityKind::Delegation);
        QCOMPARE(m_window->listModel()->idAt(table()->currentIndex().row()), delegation);
        QVERIFY(m_questions.isEmpty());
    }

    // For every kind with a form, from its list and by keyboard alone: Ctrl+N makes a record,
    // F2 changes it, Delete removes it; then Ctrl+Z three times walks back through all three.
    void everyFormCreatesEditsDeletesAndUndoes_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<QString>("nameField");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        const QString first = QStringLiteral("Пробний запис");
        const QString second = QStringLiteral("Змінений запис");
        for (EntityKind kind : Entity::all()) {
            if (!ui::RecordForms::hasForm(kind))
                continue;
            const QByteArray name = Entity::id(kind).toUtf8();
            const char *row = name.constData();
            if (kind == EntityKind::Contact)
                QTest::newRow(row) << kind << QStringLiteral("familyNameEdit") << first << second;
            else if (kind == EntityKind::Meeting)
                QTest::newRow(row) << kind << QStringLiteral("titleEdit") << first << second;
            else if (kind == EntityKind::Partnership) // named by its parties, picked by name
                QTest::newRow(row) << kind << QStringLiteral("partyPicker") << QStringLiteral("Palaiseau")
                                   << QStringLiteral("Santeny");
            else
                QTest::newRow(row) << kind << QStringLiteral("nameEdit") << first << second;
        }
    }
    void everyFormCreatesEditsDeletesAndUndoes()
    {
        QFETCH(EntityKind, kind);
        QFETCH(QString, nameField);
        QFETCH(QString, first);
        QFETCH(QString, second);
        m_window->showSection(kind);
        const int rows = int(m_window->listModel()->totalCount());
        const auto title = [this, kind](RowId id) { return models::RecordDetails::load(db(), kind, id).title; };
        const auto typeName = [nameField](const QString &name) {
            whenDialogOpens<QDialog>([nameField, name](QDialog *dialog) {
                // Shortcuts reach the active window; the offscreen platform activates late.
                QApplication::setActiveWindow(dialog);
                QCOMPARE(QApplication::activeWindow(), dialog);
                QLineEdit *edit = dialog->findChild<QLineEdit *>(nameField);
                auto *picker = dialog->findChild<ui::ChoiceListWidget *>(nameField);
                if (picker)
                    edit = picker->filterEdit();
                QVERIFY2(edit, qPrintable(nameField));
                edit->setFocus();
                edit->selectAll();
                QTest::keyClick(edit, Qt::Key_Backspace);
                type(edit, name);
                // A completer's list may have opened on the way: the name typed is the one.
                if (QWidget *popup = QApplication::activePopupWidget())
                    popup->hide();
                if (picker) // Enter adds the record the filter leaves
                    QTest::keyClick(edit, Qt::Key_Return);
                QTest::keyClick(edit, Qt::Key_S, Qt::ControlModifier);
                QVERIFY2(!dialog->isVisible(), "the form did not save");
            });
        };
        // Back to the window once a form closed (the offscreen platform does not do it).
        const auto backToWindow = [this] { QApplication::setActiveWindow(m_window.get()); };

        typeName(first);
        QTest::keyClick(table(), Qt::Key_N, Qt::ControlModifier);
        backToWindow();
        QCOMPARE(int(m_window->listModel()->totalCount()), rows + 1);
        const RowId id = m_window->listModel()->idAt(table()->currentIndex().row());
        QVERIFY2(title(id).contains(first), qPrintable(title(id)));

        typeName(second);
        QTest::keyClick(table(), Qt::Key_F2);
        backToWindow();
        QVERIFY2(title(id).contains(second), qPrintable(title(id)));
        QCOMPARE(m_window->listModel()->idAt(table()->currentIndex().row()), id);

        m_answer = QMessageBox::Yes;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(int(m_window->listModel()->totalCount()), rows);
        QVERIFY(title(id).isEmpty());
        verifyHealthy();

        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(title(id).contains(second), qPrintable(title(id)));
        QCOMPARE(m_window->listModel()->idAt(table()->currentIndex().row()), id);
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(title(id).contains(first), qPrintable(title(id)));
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(title(id).isEmpty());
        QCOMPARE(int(m_window->listModel()->totalCount()), rows);
        verifyHealthy();
        QCOMPARE(m_questions.size(), 1); // the one deletion asked
    }

    // File › Import from CSV on the contacts list: the new people are in the list, and the
    // whole import is one undo step.
    void anImportIsOneUndoStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("arrivals-%1.csv").arg(m_run));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Прізвище,Ім'я,E-mail\r\nКоваль,Оксана,oksana.koval@example.org\r\nМельник,Тарас,taras.melnyk@example.org\r\n");
        }
        m_window->showSection(EntityKind::Contact);
        const int contacts = int(m_window->listModel()->totalCount());
        bool imported = false;
        whenDialogOpens<ui::ImportDialog>([&](ui::ImportDialog *dialog) {
            QCOMPARE(dialog->table(), EntityKind::Contact);
            dialog->setFilePath(path);
            QTest::mouseClick(field<QPushButton>(*dialog, "importButton"), Qt::LeftButton);
            imported = dialog->result() == QDialog::Accepted && dialog->importedCount() == 2;
        });
        field<QAction>(*m_window, "actionImport")->trigger();
        QVERIFY(imported);
        QCOMPARE(int(m_window->listModel()->totalCount()), contacts + 2);
        QVERIFY(contactId(QStringLiteral("Коваль")) > 0);
        auto *undo = field<QAction>(*m_window, "actionUndo");
        QCOMPARE(undo->text(), QStringLiteral("&Undo Import of 2 records"));
        undo->trigger();
        QCOMPARE(contactId(QStringLiteral("Коваль")), RowId(0));
        QCOMPARE(contactId(QStringLiteral("Мельник")), RowId(0));
        QCOMPARE(int(m_window->listModel()->totalCount()), contacts);
        verifyHealthy();
        QVERIFY(m_questions.isEmpty());
    }

    // File › Print and Export Calendar work on the delegation on screen; badges for the members
    // selected on its page.
    void documentsAreForTheDelegationOnScreen()
    {
        m_window->showSection(EntityKind::Contact);
        QCOMPARE(m_window->currentDelegation(), RowId(0));
        const RowId delegation = idOf(QStringLiteral("SELECT id FROM delegations WHERE id > ? ORDER BY id LIMIT 1"), 0);
        m_window->showRecord(EntityKind::Delegation, delegation);
        QCOMPARE(m_window->currentDelegation(), delegation);
        QString error;
        const auto everyone = m_window->gatherDocument(exchange::DocumentKind::Badges, &error);
        QVERIFY2(everyone, qPrintable(error));
        QVERIFY(everyone->memberUids().size() > 2);

        m_window->openDelegation(delegation);
        ui::DelegationPage *page = m_window->delegationPage();
        page->selectMembers({ page->membersModel()->idAt(0), page->membersModel()->idAt(1) });
        const auto two = m_window->gatherDocument(exchange::DocumentKind::Badges, &error);
        QVERIFY2(two, qPrintable(error));
        QCOMPARE(two->memberUids().size(), 2);

        const QString ics = m_dir.filePath(QStringLiteral("programme-%1.ics").arg(m_run));
        m_window->setPathChooser([ics](const QString &suggested) {
            return suggested.endsWith(QStringLiteral(".ics")) ? ics : QString();
        });
        field<QAction>(*m_window, "actionCalendar")->trigger();
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("BEGIN:VCALENDAR"));
        // The demonstration's meetings have no times (the source gives none): left out, and said.
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("3 meetings without a time left out")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(m_questions.isEmpty());
    }

    void deletingBoyarkaLeavesPalaiseauAsTheOnlyParty()
    {
        const RowId boyarka = communityId(QStringLiteral("Боярська"));
        const RowId palaiseau = communityId(QStringLiteral("Palaiseau"));
        QVERIFY(boyarka > 0 && palaiseau > 0);
        const RowId partnership
            = idOf(QStringLiteral("SELECT partnership_id FROM partnership_parties "
                                  "WHERE community_id = ?"),
                boyarka);
        QVERIFY(partnership > 0);
        const QString partiesSql
            = QStringLiteral("SELECT COUNT(*) FROM partnership_parties WHERE partnership_id = ?");
        QCOMPARE(count(partiesSql, partnership), 2);
        m_window->showRecord(EntityKind::Community, boyarka);

        m_answer = QMessageBox::Yes;
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(m_questions.size(), 1);
        const QString question = m_questions.first().text;
        QVERIFY2(question.contains(QStringLiteral("It is a party to 1 partnership (Боярка – Palaiseau), "
                                                  "which will go on without it.")),
                 qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 contact without a community")),
            qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 delegation member without a community")),
            qPrintable(question));

        QVERIFY(!storage::CommunityRepository(db()).find(boyarka));
        QCOMPARE(count(partiesSql, partnership), 1);
        QCOMPARE(idOf(QStringLiteral(
                          "SELECT community_id FROM partnership_parties WHERE partnership_id = ?"),
                     partnership),
            palaiseau);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE community_id = ?"), boyarka),
            0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM delegation_members WHERE community_id = ?"),
                boyarka),
            0);
        QVERIFY(storage::ContactRepository(db()).find(
            contactId(QStringLiteral("Савчук")))); // unlinked, kept
        QVERIFY(!searchFinds(EntityKind::Community, boyarka, QStringLiteral("Boiarka")));
        // The partnership is still found, by its remaining party.
        QVERIFY(searchFinds(EntityKind::Partnership, partnership, QStringLiteral("Palaiseau")));
        verifyHealthy();
    }

    void readOnlyDatabaseCannotEditOrDelete()
    {
        const QString path = db().path();
        m_window.reset();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setMessageHandler(
            [](QMessageBox::Icon, const QString &, const QString &, QMessageBox::StandardButtons) {
                return QMessageBox::NoButton;
            });
        QVERIFY(m_window->openDatabase(path));
        if (!db().isReadOnly())
            QSKIP("the file stays writable (running as root?)");
        m_window->showSection(EntityKind::Contact);
        QVERIFY(table()->currentIndex().isValid());
        QVERIFY(!field<QAction>(*m_window, "actionEdit")->isEnabled());
        QVERIFY(!field<QAction>(*m_window, "actionDelete")->isEnabled());
    }
};

QTEST_MAIN(TestEditDelete)
#include "tst_editdelete.moc"
