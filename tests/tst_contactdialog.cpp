// The contact form on the offscreen platform, driven by keys as a user would: the passport-Latin
// names suggested from Cyrillic (and following it) until the user types their own, nothing
// suggested for a name in Latin letters, problems shown beside their fields with nothing saved,
// every field saved and read back, a stored contact edited in place, and Records › New Contact…
// in the main window. Set DD_SCREENSHOT_DIR to save screenshots of the dialog.

#include "GuiTestSupport.h"
#include "ContactDialog.h"
#include "MainWindow.h"
#include "models/EntityTableModel.h"
#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ListSource.h"
#include "storage/OrganisationRepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace dd;
using namespace dd::guitest;

class TestContactDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_fileNumber = 0;

    // Selects all and deletes it, as a user clears a field.
    static void erase(QLineEdit *edit)
    {
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        erase(edit);
        type(edit, text);
    }

    static bool looksSuggested(QLineEdit *edit)
    {
        return edit->palette().color(QPalette::Text) == edit->palette().color(QPalette::PlaceholderText);
    }

    static QStringList comboTexts(QComboBox *combo)
    {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts.append(combo->itemText(i));
        return texts;
    }

    static void clickOk(QWidget &dialog)
    {
        QTest::mouseClick(field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

    int contactCount() const { return storage::ListSource(*m_db, EntityKind::Contact).count(); }

    RowId addCommunity(const QString &name, const QString &region)
    {
        Community community;
        community.name = name;
        community.region = region;
        storage::CommunityRepository repository(*m_db);
        if (!repository.insert(community))
            qFatal("community not saved: %s", qPrintable(repository.lastError()));
        return community.id;
    }

    RowId addOrganisation(const QString &name)
    {
        Organisation organisation;
        organisation.name = name;
        storage::OrganisationRepository repository(*m_db);
        if (!repository.insert(organisation))
            qFatal("organisation not saved: %s", qPrintable(repository.lastError()));
        return organisation.id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        storage::Database::Error error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_fileNumber)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
    }

    void cleanup() { m_db.reset(); }

    void latinNamesFollowTheUkrainianOnes()
    {
        ui::ContactDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *given = field<QLineEdit>(dialog, "givenNameEdit");
        auto *family = field<QLineEdit>(dialog, "familyNameEdit");
        auto *givenLatin = field<QLineEdit>(dialog, "givenNameLatinEdit");
        auto *familyLatin = field<QLineEdit>(dialog, "familyNameLatinEdit");
        QCOMPARE(QApplication::focusWidget(), given);

        type(given, QStringLiteral("Юрій"));
        type(family, QStringLiteral("Шевченко"));
        QCOMPARE(givenLatin->text(), QStringLiteral("Yurii"));
        QCOMPARE(familyLatin->text(), QStringLiteral("Shevchenko"));
        QVERIFY(looksSuggested(givenLatin));
        QVERIFY(looksSuggested(familyLatin));

        // The suggestion follows the native name as it changes.
        retype(family, QStringLiteral("Шевчук"));
        QCOMPARE(familyLatin->text(), QStringLiteral("Shevchuk"));
        QTest::keyClick(family, Qt::Key_Backspace);
        QCOMPARE(familyLatin->text(), QStringLiteral("Shevchu"));
        retype(family, QStringLiteral("Згурський"));
        QCOMPARE(familyLatin->text(), QStringLiteral("Zghurskyi"));

        // The user's own spelling (as in a passport issued abroad) is never replaced.
        retype(familyLatin, QStringLiteral("Zgurski"));
        QVERIFY(!looksSuggested(familyLatin));
        retype(family, QStringLiteral("Шевченко"));
        QCOMPARE(familyLatin->text(), QStringLiteral("Zgurski"));
        erase(family);
        QCOMPARE(familyLatin->text(), QStringLiteral("Zgurski"));
        type(family, QStringLiteral("Шевченко"));

        // The given name, left alone, still follows.
        retype(given, QStringLiteral("Юлія"));
        QCOMPARE(givenLatin->text(), QStringLiteral("Yuliia"));
        QVERIFY(looksSuggested(givenLatin));

        // What is shown is saved: the suggestion as it stands, the user's spelling as typed.
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<Contact> saved = storage::ContactRepository(*m_db).find(dialog.contact().id);
        QVERIFY(saved);
        QCOMPARE(saved->givenName, QStringLiteral("Юлія"));
        QCOMPARE(saved->familyName, QStringLiteral("Шевченко"));
        QCOMPARE(saved->givenNameLatin, QStringLiteral("Yuliia"));
        QCOMPARE(saved->familyNameLatin, QStringLiteral("Zgurski"));
    }

    void foreignNameInCyrillicCanBeCleared()
    {
        ui::ContactDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *given = field<QLineEdit>(dialog, "givenNameEdit");
        auto *givenLatin = field<QLineEdit>(dialog, "givenNameLatinEdit");
        auto *familyLatin = field<QLineEdit>(dialog, "familyNameLatinEdit");
        // The form says that the passport's spelling wins over the transliteration.
        const QString hint = field<QLabel>(dialog, "latinHint")->text();
        QVERIFY(hint.contains(QStringLiteral("passport")));
        QVERIFY(hint.contains(QStringLiteral("correct it")));

        type(given, QStringLiteral("Едвард"));
        type(field<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Майор"));
        QCOMPARE(givenLatin->text(), QStringLiteral("Edvard"));
        QCOMPARE(familyLatin->text(), QStringLiteral("Maior"));
        QVERIFY(looksSuggested(givenLatin));

        // Cleared, it stays cleared: when the name changes and when it is saved.
        erase(givenLatin);
        QVERIFY(givenLatin->text().isEmpty());
        type(given, QStringLiteral("о"));
        QCOMPARE(given->text(), QStringLiteral("Едвардо"));
        QVERIFY(givenLatin->text().isEmpty());
        QTest::keyClick(given, Qt::Key_Backspace);
        QVERIFY(givenLatin->text().isEmpty());

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<Contact> saved = storage::ContactRepository(*m_db).find(dialog.contact().id);
        QVERIFY(saved);
        QCOMPARE(saved->givenName, QStringLiteral("Едвард"));
        QVERIFY(saved->givenNameLatin.isEmpty());
        QCOMPARE(saved->familyNameLatin, QStringLiteral("Maior"));
    }

    void nameInLatinLettersSuggestsNothing()
    {
        ui::ContactDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Marie"));
        QTest::keyClicks(field<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Dupont"));
        QVERIFY(field<QLineEdit>(dialog, "givenNameLatinEdit")->text().isEmpty());
        QVERIFY(field<QLineEdit>(dialog, "familyNameLatinEdit")->text().isEmpty());

        // A suggestion made while the name had Cyrillic goes when the Cyrillic goes.
        auto *family = field<QLineEdit>(dialog, "familyNameEdit");
        retype(family, QStringLiteral("Дюпон"));
        QCOMPARE(field<QLineEdit>(dialog, "familyNameLatinEdit")->text(), QStringLiteral("Diupon"));
        erase(family);
        QTest::keyClicks(family, QStringLiteral("Dupont"));
        QVERIFY(field<QLineEdit>(dialog, "familyNameLatinEdit")->text().isEmpty());

        dialog.accept();
        const std::optional<Contact> saved = storage::ContactRepository(*m_db).find(dialog.contact().id);
        QVERIFY(saved);
        QCOMPARE(saved->displayName(), QStringLiteral("Marie Dupont"));
        QVERIFY(saved->displayNameLatin().isEmpty());
    }

    void problemIsShownBesideItsField_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QString>("fixed");
        QTest::newRow("no family name") << QStringLiteral("familyNameEdit") << QStringLiteral("  ")
                                        << QStringLiteral("familyNameError") << QStringLiteral("Dupont");
        QTest::newRow("e-mail without domain") << QStringLiteral("emailEdit") << QStringLiteral("marie.dupont")
                                               << QStringLiteral("emailError")
                                               << QStringLiteral("marie.dupont@example.fr");
        QTest::newRow("e-mail with a space") << QStringLiteral("emailEdit") << QStringLiteral("marie dupont@example.fr")
                                             << QStringLiteral("emailError")
                                             << QStringLiteral("marie.dupont@example.fr");
        QTest::newRow("phone with letters") << QStringLiteral("phoneEdit") << QStringLiteral("01 23 45 67 89 ext")
                                            << QStringLiteral("phoneError") << QStringLiteral("+33 1 23 45 67 89");
        QTest::newRow("phone too short") << QStringLiteral("phoneEdit") << QStringLiteral("+33 12")
                                         << QStringLiteral("phoneError") << QStringLiteral("+33 1 23 45 67 89");
        QTest::newRow("nationality of one letter") << QStringLiteral("nationalityEdit") << QStringLiteral("f")
                                                   << QStringLiteral("nationalityError") << QStringLiteral("fr");
    }

    void problemIsShownBesideItsField()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, value);
        QFETCH(QString, errorName);
        QFETCH(QString, fixed);
        ui::ContactDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Marie"));
        if (fieldName != u"familyNameEdit")
            QTest::keyClicks(field<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Dupont"));
        auto *edit = dialog.findChild<QLineEdit *>(fieldName);
        auto *error = dialog.findChild<QLabel *>(errorName);
        QVERIFY(edit && error);
        QVERIFY(!error->isVisible());
        QTest::keyClicks(edit, value);

        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), edit);
        QCOMPARE(contactCount(), 0);
        // Only the field at fault says something.
        for (QLabel *other : dialog.findChildren<QLabel *>()) {
            if (other != error && other->objectName().endsWith(QStringLiteral("Error")))
                QVERIFY2(!other->isVisible(), qPrintable(other->objectName()));
        }
        if (QTest::currentDataTag() == QByteArrayLiteral("phone with letters"))
            QVERIFY(saveScreenshot(dialog, QStringLiteral("contact-dialog-bad-phone")));

        // Changing the field takes the message away; once right, OK saves.
        erase(edit);
        QVERIFY(!error->isVisible());
        QTest::keyClicks(edit, fixed);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(contactCount(), 1);
    }

    void everyProblemIsShownAtOnce()
    {
        ui::ContactDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(field<QLineEdit>(dialog, "emailEdit"), QStringLiteral("nobody"));
        QTest::keyClicks(field<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("12"));
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(field<QLabel>(dialog, "familyNameError")->isVisible());
        QVERIFY(field<QLabel>(dialog, "emailError")->isVisible());
        QVERIFY(field<QLabel>(dialog, "phoneError")->isVisible());
        QVERIFY(!field<QLabel>(dialog, "nationalityError")->isVisible());
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "familyNameEdit")); // the first
        QCOMPARE(contactCount(), 0);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("contact-dialog-problems")));
    }

    void savesEveryField()
    {
        const RowId koriukivka = addCommunity(QStringLiteral("Корюківська міська територіальна громада"),
                                              QStringLiteral("Чернігівська область"));
        addCommunity(QStringLiteral("Palaiseau"), QStringLiteral("Île-de-France"));
        addCommunity(QStringLiteral("Franconville"), QStringLiteral("Île-de-France"));
        addCommunity(QStringLiteral("Franconville"), QStringLiteral("Grand Est"));
        const RowId c4c = addOrganisation(QStringLiteral("Cities4Cities | United4Ukraine"));
        addOrganisation(QStringLiteral("Асоціація міст України"));

        ui::ContactDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // The lists start with "none", then every record by name in the order of the lists
        // (Ukrainian: Cyrillic first); namesakes say where they are.
        auto *community = field<QComboBox>(dialog, "communityCombo");
        auto *organisation = field<QComboBox>(dialog, "organisationCombo");
        QCOMPARE(community->count(), 5);
        QCOMPARE(community->currentIndex(), 0);
        QCOMPARE(community->currentData().value<RowId>(), RowId(0));
        QCOMPARE(comboTexts(community).mid(1),
                 QStringList({ QStringLiteral("Корюківська міська територіальна громада"),
                               QStringLiteral("Franconville — Île-de-France"),
                               QStringLiteral("Franconville — Grand Est"),
                               QStringLiteral("Palaiseau") }));
        QCOMPARE(comboTexts(organisation).mid(1),
                 QStringList({ QStringLiteral("Асоціація міст України"),
                               QStringLiteral("Cities4Cities | United4Ukraine") }));

        type(field<QLineEdit>(dialog, "salutationEdit"), QStringLiteral("пані"));
        type(field<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Ярина"));
        type(field<QLineEdit>(dialog, "patronymicEdit"), QStringLiteral("Богданівна"));
        type(field<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Шевчук"));
        type(field<QLineEdit>(dialog, "positionEdit"), QStringLiteral("Перекладач"));
        // Open, the list shows long names whole.
        community->showPopup();
        QTRY_VERIFY(community->view()->isVisible());
        QVERIFY(community->view()->width() > QFontMetrics(community->view()->font()).horizontalAdvance(
                    QStringLiteral("Корюківська міська територіальна громада")));
        QVERIFY(saveScreenshot(*community->view()->window(), QStringLiteral("contact-dialog-community-list")));
        community->hidePopup();
        community->setFocus();
        QTest::keyClick(community, Qt::Key_Down); // the first after "none": Корюківська…
        QCOMPARE(community->currentData().value<RowId>(), koriukivka);
        organisation->setCurrentIndex(organisation->findText(QStringLiteral("Cities4Cities | United4Ukraine")));
        QTest::keyClicks(field<QLineEdit>(dialog, "emailEdit"), QStringLiteral("yaryna.shevchuk@example.org"));
        QTest::keyClicks(field<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("+380 00 000 00 12"));
        QTest::keyClicks(field<QLineEdit>(dialog, "languagesEdit"), QStringLiteral("uk, en, fr"));
        QTest::keyClicks(field<QLineEdit>(dialog, "nationalityEdit"), QStringLiteral("ua"));
        QCOMPARE(field<QLineEdit>(dialog, "nationalityEdit")->text(), QStringLiteral("UA"));
        field<QCheckBox>(dialog, "publicListCheck")->setFocus();
        QTest::keyClick(field<QCheckBox>(dialog, "publicListCheck"), Qt::Key_Space);
        QVERIFY(field<QCheckBox>(dialog, "publicListCheck")->isChecked());
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "notesEdit"), QStringLiteral("Example person (fictitious)."));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("contact-dialog-filled")));

        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.contact().isStored());
        QCOMPARE(contactCount(), 1);

        const std::optional<Contact> saved = storage::ContactRepository(*m_db).find(dialog.contact().id);
        QVERIFY(saved);
        QCOMPARE(saved->salutation, QStringLiteral("пані"));
        QCOMPARE(saved->givenName, QStringLiteral("Ярина"));
        QCOMPARE(saved->patronymic, QStringLiteral("Богданівна"));
        QCOMPARE(saved->familyName, QStringLiteral("Шевчук"));
        QCOMPARE(saved->givenNameLatin, QStringLiteral("Yaryna"));
        QCOMPARE(saved->familyNameLatin, QStringLiteral("Shevchuk"));
        QCOMPARE(saved->position, QStringLiteral("Перекладач"));
        QCOMPARE(saved->communityId, koriukivka);
        QCOMPARE(saved->organisationId, c4c);
        QCOMPARE(saved->email, QStringLiteral("yaryna.shevchuk@example.org"));
        QCOMPARE(saved->phone, QStringLiteral("+380 00 000 00 12"));
        QCOMPARE(saved->languages, QStringLiteral("uk, en, fr"));
        QCOMPARE(saved->nationality, QStringLiteral("UA"));
        QVERIFY(saved->consentPublicList);
        QCOMPARE(saved->notes, QStringLiteral("Example person (fictitious)."));
    }

    void noneLeavesCommunityAndOrganisationEmpty()
    {
        addCommunity(QStringLiteral("Palaiseau"), QStringLiteral("Île-de-France"));
        addOrganisation(QStringLiteral("Cities4Cities | United4Ukraine"));
        ui::ContactDialog dialog(*m_db);
        QTest::keyClicks(field<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Dupont"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<Contact> saved = storage::ContactRepository(*m_db).find(dialog.contact().id);
        QVERIFY(saved);
        QCOMPARE(saved->communityId, RowId(0));
        QCOMPARE(saved->organisationId, RowId(0));
        QVERIFY(!saved->consentPublicList);
        QVERIFY(saved->email.isEmpty());
        QVERIFY(saved->phone.isEmpty());
    }

    void tabOrderFollowsTheForm()
    {
        ui::ContactDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        field<QLineEdit>(dialog, "salutationEdit")->setFocus();
        QStringList visited { QApplication::focusWidget()->objectName() };
        for (int i = 0; i < 14; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.append(QApplication::focusWidget()->objectName());
        }
        QCOMPARE(visited,
                 QStringList({ QStringLiteral("salutationEdit"), QStringLiteral("givenNameEdit"),
                               QStringLiteral("patronymicEdit"), QStringLiteral("familyNameEdit"),
                               QStringLiteral("givenNameLatinEdit"), QStringLiteral("familyNameLatinEdit"),
                               QStringLiteral("positionEdit"), QStringLiteral("communityCombo"),
                               QStringLiteral("organisationCombo"), QStringLiteral("emailEdit"),
                               QStringLiteral("phoneEdit"), QStringLiteral("languagesEdit"),
                               QStringLiteral("nationalityEdit"), QStringLiteral("publicListCheck"),
                               QStringLiteral("notesEdit") }));
    }

    void editsAStoredContact()
    {
        const RowId palaiseau = addCommunity(QStringLiteral("Palaiseau"), QStringLiteral("Île-de-France"));
        const RowId boiarka = addCommunity(QStringLiteral("Боярська міська територіальна громада"),
                                           QStringLiteral("Київська область"));
        Contact stored;
        stored.givenName = QStringLiteral("Олена");
        stored.familyName = QStringLiteral("Савчук");
        stored.givenNameLatin = QStringLiteral("Olena");
        stored.familyNameLatin = QStringLiteral("Savtchouk"); // a French-issued passport
        stored.communityId = boiarka;
        stored.phone = QStringLiteral("+380 00 000 00 03");
        stored.consentPublicList = true;
        storage::ContactRepository repository(*m_db);
        QVERIFY(repository.insert(stored));

        ui::ContactDialog dialog(*m_db, stored);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.windowTitle() != ui::ContactDialog(*m_db).windowTitle());
        auto *familyLatin = field<QLineEdit>(dialog, "familyNameLatinEdit");
        QCOMPARE(familyLatin->text(), QStringLiteral("Savtchouk"));
        QVERIFY(!looksSuggested(familyLatin)); // stored, so the user's
        QCOMPARE(field<QComboBox>(dialog, "communityCombo")->currentData().value<RowId>(), boiarka);
        QVERIFY(field<QCheckBox>(dialog, "publicListCheck")->isChecked());

        // A stored Latin name stays when the native name is corrected.
        retype(field<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Савчук-Бойко"));
        QCOMPARE(familyLatin->text(), QStringLiteral("Savtchouk"));
        field<QComboBox>(dialog, "communityCombo")->setCurrentIndex(
            field<QComboBox>(dialog, "communityCombo")->findData(QVariant::fromValue(palaiseau)));
        retype(field<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("+33 1 23 45 67 89"));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.contact().id, stored.id);
        QCOMPARE(contactCount(), 1);

        const std::optional<Contact> saved = repository.find(stored.id);
        QVERIFY(saved);
        QCOMPARE(saved->uid, stored.uid);
        QCOMPARE(saved->familyName, QStringLiteral("Савчук-Бойко"));
        QCOMPARE(saved->familyNameLatin, QStringLiteral("Savtchouk"));
        QCOMPARE(saved->givenNameLatin, QStringLiteral("Olena"));
        QCOMPARE(saved->communityId, palaiseau);
        QCOMPARE(saved->phone, QStringLiteral("+33 1 23 45 67 89"));
        QVERIFY(saved->consentPublicList);
    }

    void storedContactWithoutLatinGetsASuggestion()
    {
        Contact stored;
        stored.givenName = QStringLiteral("Юрій");
        stored.familyName = QStringLiteral("Шевченко");
        QVERIFY(storage::ContactRepository(*m_db).insert(stored));
        ui::ContactDialog dialog(*m_db, stored);
        auto *givenLatin = field<QLineEdit>(dialog, "givenNameLatinEdit");
        QCOMPARE(givenLatin->text(), QStringLiteral("Yurii"));
        QVERIFY(looksSuggested(givenLatin));
        QCOMPARE(field<QLineEdit>(dialog, "familyNameLatinEdit")->text(), QStringLiteral("Shevchenko"));
    }

    void mainWindowAddsAndSelects()
    {
        const QString path = m_db->path();
        m_db.reset(); // the window holds it now
        ui::MainWindow window;
        warnOnMessages(window);
        auto *action = window.findChild<QAction *>(QStringLiteral("actionNewContact"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no database yet
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY2(shortcutClashes(window).isEmpty(), qPrintable(shortcutClashes(window).join(QLatin1Char('\n'))));
        QVERIFY(window.openDatabase(path));
        QVERIFY(action->isEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(EntityKind::Community); // the new contact brings its own section up

        bool worked = false;
        whenDialogOpens<ui::ContactDialog>([&worked](ui::ContactDialog *dialog) {
            auto *given = dialog->findChild<QLineEdit *>(QStringLiteral("givenNameEdit"));
            auto *family = dialog->findChild<QLineEdit *>(QStringLiteral("familyNameEdit"));
            type(given, QStringLiteral("Марія"));
            type(family, QStringLiteral("Руденко"));
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
            worked = true;
        });
        action->trigger();
        QVERIFY(worked);
        QCOMPARE(window.currentSection(), EntityKind::Contact);
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        QVERIFY(table->currentIndex().isValid());
        QCOMPARE(table->model()->index(table->currentIndex().row(), 0).data().toString(), QStringLiteral("Руденко"));
        QCOMPARE(window.listModel()->totalCount(), 1);

        // A second one: the list holds both, the new one selected.
        whenDialogOpens<ui::ContactDialog>([](ui::ContactDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("familyNameEdit")), QStringLiteral("Dupont"));
            dialog->accept();
        });
        action->trigger();
        QCOMPARE(window.listModel()->totalCount(), 2);
        QCOMPARE(table->model()->index(table->currentIndex().row(), 0).data().toString(), QStringLiteral("Dupont"));

        // A refused form stays open; Cancel then adds nothing.
        whenDialogOpens<ui::ContactDialog>([](ui::ContactDialog *dialog) {
            dialog->accept(); // no family name
            QVERIFY(dialog->isVisible());
            dialog->reject();
        });
        action->trigger();
        QCOMPARE(window.listModel()->totalCount(), 2);
    }

    void readOnlyDatabaseCannotAdd()
    {
        const QString path = m_db->path(); // m_db holds the lock: the window may only read
        ui::MainWindow window;
        window.setMessageHandler([](QMessageBox::Icon, const QString &, const QString &,
                                    QMessageBox::StandardButtons) { return QMessageBox::Yes; });
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.database()->isReadOnly());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionNewContact"))->isEnabled());
    }
};

QTEST_MAIN(TestContactDialog)
#include "tst_contactdialog.moc"
