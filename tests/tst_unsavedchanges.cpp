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

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_MAIN(TestUnsavedChanges)
#include "tst_unsavedchanges.moc"
