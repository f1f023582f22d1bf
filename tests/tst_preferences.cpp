// Edit › Preferences on the offscreen platform: the language choice saved in QSettings (and a
// cancelled dialog saving nothing), the note that the language changes at the next start
// appearing only when the choice differs from the running language, the menu action, and the
// order cli::Cli resolves the language in: --lang, then the preference, then the system's, then
// English. Settings live in Qt's test location, so a user's own are never touched.

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "cli/Cli.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace dd;
using namespace dd::guitest;

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    static void choose(ui::PreferencesDialog &dialog, const QString &language)
    {
        auto *combo = field<QComboBox>(dialog, "languageCombo");
        const int index = combo->findData(language);
        QVERIFY2(index >= 0, qPrintable(language));
        combo->setCurrentIndex(index);
    }
    static bool noteShown(ui::PreferencesDialog &dialog)
    {
        return !field<QLabel>(dialog, "restartNote")->isHidden();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init() { QSettings().remove(cli::Cli::languageKey()); }

    void resolvesInOrder_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QString>("expected");
        const QString system = cli::Cli::systemLanguage();
        QTest::newRow("--lang over the preference") << QStringLiteral("fr") << QStringLiteral("uk") << QStringLiteral("fr");
        QTest::newRow("--lang alone") << QStringLiteral("uk") << QString() << QStringLiteral("uk");
        QTest::newRow("the preference") << QString() << QStringLiteral("uk") << QStringLiteral("uk");
        QTest::newRow("an unknown --lang: the preference") << QStringLiteral("de") << QStringLiteral("fr") << QStringLiteral("fr");
        QTest::newRow("no choice: the system's") << QString() << QString() << system;
        QTest::newRow("an unknown preference: the system's") << QString() << QStringLiteral("sv") << system;
        QTest::newRow("English asked for") << QStringLiteral("en") << QStringLiteral("fr") << QStringLiteral("en");
    }

    void resolvesInOrder()
    {
        QFETCH(QString, requested);
        QFETCH(QString, preferred);
        QFETCH(QString, expected);
        QCOMPARE(cli::Cli::resolveLanguage(requested, preferred), expected);
    }

    void resolvesTheSavedPreference()
    {
        // The tests run with LC_ALL=C.UTF-8: a system that speaks none of ours falls back to English.
        QCOMPARE(cli::Cli::systemLanguage(), QStringLiteral("en"));
        QCOMPARE(cli::Cli::resolveLanguage(QString()), QStringLiteral("en"));
        cli::Cli::setPreferredLanguage(QStringLiteral("fr"));
        QCOMPARE(QSettings().value(cli::Cli::languageKey()).toString(), QStringLiteral("fr"));
        QCOMPARE(cli::Cli::preferredLanguage(), QStringLiteral("fr"));
        QCOMPARE(cli::Cli::resolveLanguage(QString()), QStringLiteral("fr"));
        QCOMPARE(cli::Cli::resolveLanguage(QStringLiteral("uk")), QStringLiteral("uk"));
        // Following the system again removes the key rather than storing an empty choice.
        cli::Cli::setPreferredLanguage(QString());
        QVERIFY(!QSettings().contains(cli::Cli::languageKey()));
        QCOMPARE(cli::Cli::resolveLanguage(QString()), QStringLiteral("en"));
        // A value written by hand that is not one of ours is no choice.
        QSettings().setValue(cli::Cli::languageKey(), QStringLiteral("klingon"));
        QCOMPARE(cli::Cli::preferredLanguage(), QString());
        QCOMPARE(cli::Cli::resolveLanguage(QString()), QStringLiteral("en"));
    }

    void offersEachLanguageInItself()
    {
        ui::PreferencesDialog dialog(QStringLiteral("en"));
        auto *combo = field<QComboBox>(dialog, "languageCombo");
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemText(0), QStringLiteral("System language (English)"));
        QCOMPARE(combo->itemText(1), QStringLiteral("English"));
        QCOMPARE(combo->itemText(2), QStringLiteral("Українська"));
        QCOMPARE(combo->itemText(3), QStringLiteral("Français"));
        QCOMPARE(combo->currentIndex(), 0); // nothing saved: the system's
        QCOMPARE(dialog.chosenLanguage(), QString());
    }

    void savesTheChoice()
    {
        {
            ui::PreferencesDialog dialog(QStringLiteral("en"));
            choose(dialog, QStringLiteral("uk"));
            QTest::mouseClick(field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(QSettings().value(cli::Cli::languageKey()).toString(), QStringLiteral("uk"));
        QCOMPARE(cli::Cli::resolveLanguage(QString()), QStringLiteral("uk"));
        {
            // The next dialog starts from the saved choice; Cancel keeps it.
            ui::PreferencesDialog dialog(QStringLiteral("en"));
            QCOMPARE(dialog.chosenLanguage(), QStringLiteral("uk"));
            choose(dialog, QStringLiteral("fr"));
            QTest::mouseClick(field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
                              Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        QCOMPARE(QSettings().value(cli::Cli::languageKey()).toString(), QStringLiteral("uk"));
        {
            // Back to the system's language: no key at all.
            ui::PreferencesDialog dialog(QStringLiteral("en"));
            choose(dialog, QString());
            dialog.accept();
        }
        QVERIFY(!QSettings().contains(cli::Cli::languageKey()));
    }

    void notesTheRestartOnlyWhenTheLanguageChanges()
    {
        ui::PreferencesDialog dialog(QStringLiteral("en"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!noteShown(dialog)); // the system's language is the one running
        choose(dialog, QStringLiteral("uk"));
        QVERIFY(noteShown(dialog));
        QVERIFY(field<QLabel>(dialog, "restartNote")->isVisible());
        QVERIFY2(field<QLabel>(dialog, "restartNote")->text().contains(QStringLiteral("Українська")),
                 qPrintable(field<QLabel>(dialog, "restartNote")->text()));
        choose(dialog, QStringLiteral("en"));
        QVERIFY(!noteShown(dialog));
        choose(dialog, QStringLiteral("fr"));
        QVERIFY(noteShown(dialog));
        choose(dialog, QString());
        QVERIFY(!noteShown(dialog));

        // Running in French (say, by --lang): the system's English is a change, French is none.
        ui::PreferencesDialog french(QStringLiteral("fr"));
        QVERIFY(noteShown(french));
        choose(french, QStringLiteral("fr"));
        QVERIFY(!noteShown(french));
    }

    void isInTheEditMenu()
    {
        ui::MainWindow window;
        warnOnMessages(window);
        auto *action = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(action);
        auto *editMenu = window.findChild<QMenu *>(QStringLiteral("menuEdit"));
        QVERIFY(editMenu);
        QVERIFY(editMenu->actions().contains(action));
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY2(shortcutClashes(window).isEmpty(), qPrintable(shortcutClashes(window).join(QLatin1Char('\n'))));

        bool opened = false;
        whenDialogOpens<ui::PreferencesDialog>([&](ui::PreferencesDialog *dialog) {
            opened = true;
            choose(*dialog, QStringLiteral("fr"));
            dialog->accept();
        });
        action->trigger();
        QVERIFY(opened);
        QCOMPARE(cli::Cli::preferredLanguage(), QStringLiteral("fr"));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
