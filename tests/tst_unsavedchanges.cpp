// Forms never drop what was typed without asking: closing a changed contact or community form
// (Esc, Cancel) asks whether to discard; "Keep editing" leaves it open with the text, "Discard"
// closes it and saves nothing; an unchanged form closes without a question.

#include "CommunityDialog.h"
#include "ContactDialog.h"
#include "GuiTestSupport.h"
#include "UnsavedChangesGuard.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ListSource.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace dd;
using namespace dd::guitest;

class TestUnsavedChanges : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_questions = 0;
    bool m_discard = false; // the "user's" answer

    int count(EntityKind kind) const { return storage::ListSource(*m_db, kind).count(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        storage::Database::Error error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("unsaved.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        ui::UnsavedChangesGuard::setQuestion([this](QDialog *) {
            ++m_questions;
            return m_discard;
        });
    }

    void cleanupTestCase() { ui::UnsavedChangesGuard::setQuestion({}); }

    void init()
    {
        m_questions = 0;
        m_discard = false;
    }

    void unchangedFormClosesWithoutAQuestion()
    {
        ui::ContactDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(m_questions, 0);
        QVERIFY(!dialog.isVisible());
    }

    void changedContactFormAsksBeforeClosing()
    {
        ui::ContactDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *family = field<QLineEdit>(dialog, "familyNameEdit");
        family->setFocus();
        type(family, QStringLiteral("Шевченко"));

        // Esc: asked; "keep editing" leaves the form open with its text.
        QTest::keyClick(family, Qt::Key_Escape);
        QCOMPARE(m_questions, 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(family->text(), QStringLiteral("Шевченко"));

        // Cancel: asked again; "discard" closes it and nothing is saved.
        m_discard = true;
        field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(m_questions, 2);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(count(EntityKind::Contact), 0);
    }

    void typingBackWhatWasThereIsNoChange()
    {
        ui::ContactDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *family = field<QLineEdit>(dialog, "familyNameEdit");
        family->setFocus();
        type(family, QStringLiteral("Ю"));
        QTest::keyClick(family, Qt::Key_Backspace);
        QTest::keyClick(family, Qt::Key_Escape);
        QCOMPARE(m_questions, 0);
        QVERIFY(!dialog.isVisible());
    }

    void changedCommunityFormAsksToo()
    {
        ui::CommunityDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = field<QLineEdit>(dialog, "nameEdit");
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Sindelfingen"));
        QTest::keyClick(name, Qt::Key_Escape); // closes the completer popup, if any
        if (dialog.isVisible() && m_questions == 0)
            QTest::keyClick(name, Qt::Key_Escape);
        QCOMPARE(m_questions, 1);
        QVERIFY(dialog.isVisible());
        m_discard = true;
        dialog.reject();
        QCOMPARE(m_questions, 2);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(count(EntityKind::Community), 0);
    }

    // Ticks in a list and cells in a table are inputs too; a list's own order is not, and a
    // combo box's popup list is the combo's choice, not its items.
    void listTicksAndTableCellsAreChanges()
    {
        QDialog dialog;
        auto *list = new QListWidget(&dialog);
        for (const char *name : { "Боярка", "Palaiseau", "Chaville" }) {
            auto *item = new QListWidgetItem(QString::fromUtf8(name), list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        auto *table = new QTableWidget(1, 2, &dialog);
        table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Боярка")));
        table->setItem(0, 1, new QTableWidgetItem(QString()));
        auto *combo = new QComboBox(&dialog);
        combo->addItems({ QStringLiteral("a"), QStringLiteral("b") });
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(list);
        layout->addWidget(table);
        layout->addWidget(combo);
        auto *guard = new ui::UnsavedChangesGuard(&dialog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!guard->isModified());

        list->item(1)->setCheckState(Qt::Checked);
        QVERIFY(guard->isModified());
        list->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(!guard->isModified());
        list->sortItems(Qt::DescendingOrder); // the same items, in another order
        QVERIFY(!guard->isModified());

        table->item(0, 1)->setText(QStringLiteral("рішення № 12"));
        QVERIFY(guard->isModified());
        table->item(0, 1)->setText(QString());
        QVERIFY(!guard->isModified());

        combo->addItem(QStringLiteral("c")); // more to choose from; the choice is the same
        QVERIFY(!guard->isModified());
        combo->setCurrentIndex(1);
        QVERIFY(guard->isModified());
    }
};

QTEST_MAIN(TestUnsavedChanges)
#include "tst_unsavedchanges.moc"
