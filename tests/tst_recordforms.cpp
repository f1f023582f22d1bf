// The organisation, event and delegation forms on the offscreen platform, driven by keys as a
// user would (dates typed in the user's locale, French here): each record created through its
// form and read back from its repository, then reopened, changed and saved in place; a problem
// shown beside its field with nothing saved; closing a changed form asks first; the tab order
// follows the form. Set DD_SCREENSHOT_DIR to save screenshots of the forms.

#include "DelegationDialog.h"
#include "EventDialog.h"
#include "GuiTestSupport.h"
#include "OrganisationDialog.h"
#include "UnsavedChangesGuard.h"

#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/EventRepository.h"
#include "storage/ListSource.h"
#include "storage/OrganisationRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dd;
using namespace dd::guitest;

class TestRecordForms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_fileNumber = 0;
    int m_questions = 0;
    bool m_discard = false; // the "user's" answer when a form asks about unsaved changes

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

    static void clickOk(QWidget &dialog)
    {
        QTest::mouseClick(field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

    static void chooseRecord(QComboBox *combo, RowId id) { choose(combo, QVariant::fromValue(id)); }

    // Ticks or unticks a partner with the keyboard: the row made current, then Space.
    static void togglePartner(QListWidget *list, const QString &label)
    {
        const QList<QListWidgetItem *> found = list->findItems(label, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        list->setFocus();
        list->setCurrentItem(found.first());
        QTest::keyClick(list, Qt::Key_Space);
    }

    static QStringList checkedLabels(QListWidget *list)
    {
        QStringList labels;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                labels.append(list->item(row)->text());
        }
        return labels;
    }

    static QList<RowId> sorted(QList<RowId> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // The error labels of a form that are on screen, by objectName.
    static QStringList shownErrors(QWidget &dialog)
    {
        QStringList names;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->objectName().endsWith(QStringLiteral("Error")) && label->isVisible())
                names.append(label->objectName());
        }
        names.sort();
        return names;
    }

    int count(EntityKind kind) const { return storage::ListSource(*m_db, kind).count(); }

    RowId addOrganisation(const QString &name, const QString &country = {})
    {
        Organisation organisation;
        organisation.name = name;
        organisation.country = country;
        storage::OrganisationRepository repository(*m_db);
        if (!repository.insert(organisation))
            qFatal("organisation not saved: %s", qPrintable(repository.lastError()));
        return organisation.id;
    }

    RowId addEvent(const QString &name)
    {
        Event event;
        event.name = name;
        storage::EventRepository repository(*m_db);
        if (!repository.insert(event))
            qFatal("event not saved: %s", qPrintable(repository.lastError()));
        return event.id;
    }

    RowId addContact(const QString &given, const QString &family)
    {
        Contact contact;
        contact.givenName = given;
        contact.familyName = family;
        storage::ContactRepository repository(*m_db);
        if (!repository.insert(contact))
            qFatal("contact not saved: %s", qPrintable(repository.lastError()));
        return contact.id;
    }

    // Opens a form and waits until it is on screen.
    template<class Dialog>
    static bool showAndWait(Dialog &dialog)
    {
        dialog.show();
        return QTest::qWaitForWindowExposed(&dialog);
    }

    // Goes from the first field with Tab and lists where the focus lands.
    static QStringList tabOrder(QDialog &dialog, const char *first, int steps)
    {
        field<QWidget>(dialog, first)->setFocus();
        QStringList visited { QApplication::focusWidget()->objectName() };
        for (int i = 0; i < steps; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.append(QApplication::focusWidget()->objectName());
        }
        return visited;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        // A French user: dates are typed and shown day first, 18/11/2025.
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
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
        storage::Database::Error error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_fileNumber)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
    }

    void cleanup() { m_db.reset(); }

    // ---- Organisations ----

    void organisationCreatedAndEdited()
    {
        const RowId polaris = addOrganisation(QStringLiteral("Polaris"), QStringLiteral("SE"));
        const RowId sida = addOrganisation(QStringLiteral("Sida"), QStringLiteral("SE"));

        ui::OrganisationDialog dialog(*m_db);
        QVERIFY(showAndWait(dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Organisation"));
        auto *name = field<QLineEdit>(dialog, "nameEdit");
        QCOMPARE(QApplication::focusWidget(), name);
        type(name, QStringLiteral("Cities4Cities | United4Ukraine"));
        auto *kind = field<QComboBox>(dialog, "kindCombo");
        QCOMPARE(kind->currentData().toString(), QStringLiteral("other"));
        QCOMPARE(kind->count(), Vocabulary::ids(Vocab::OrganisationKind).size());
        QCOMPARE(kind->itemText(0), Vocabulary::label(Vocab::OrganisationKind, QStringLiteral("ngo")));
        choose(kind, QStringLiteral("programme"));
        QTest::keyClicks(field<QLineEdit>(dialog, "countryEdit"), QStringLiteral("de"));
        QCOMPARE(field<QLineEdit>(dialog, "countryEdit")->text(), QStringLiteral("DE"));
        QTest::keyClicks(field<QLineEdit>(dialog, "websiteEdit"), QStringLiteral("cities4cities.eu"));
        auto *parent = field<QComboBox>(dialog, "parentCombo");
        QCOMPARE(parent->count(), 3); // none, Polaris, Sida
        QCOMPARE(parent->currentData().value<RowId>(), RowId(0));
        chooseRecord(parent, polaris);
        type(field<QPlainTextEdit>(dialog, "notesEdit"), QStringLiteral("Об'єднані з вересня 2022 року."));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.organisation().isStored());
        QCOMPARE(count(EntityKind::Organisation), 3);

        storage::OrganisationRepository repository(*m_db);
        std::optional<Organisation> saved = repository.find(dialog.organisation().id);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Cities4Cities | United4Ukraine"));
        QCOMPARE(saved->kind, QStringLiteral("programme"));
        QCOMPARE(saved->country, QStringLiteral("DE"));
        QCOMPARE(saved->website, QStringLiteral("cities4cities.eu"));
        QCOMPARE(saved->parentId, polaris);
        QCOMPARE(saved->notes, QStringLiteral("Об'єднані з вересня 2022 року."));

        // Reopened: every field as stored; it is not offered as its own parent.
        ui::OrganisationDialog edit(*m_db, *saved);
        QVERIFY(showAndWait(edit));
        QCOMPARE(edit.windowTitle(), QStringLiteral("Edit “Cities4Cities | United4Ukraine”"));
        QCOMPARE(field<QLineEdit>(edit, "nameEdit")->text(), saved->name);
        QCOMPARE(field<QComboBox>(edit, "kindCombo")->currentData().toString(), QStringLiteral("programme"));
        QCOMPARE(field<QLineEdit>(edit, "countryEdit")->text(), QStringLiteral("DE"));
        auto *editParent = field<QComboBox>(edit, "parentCombo");
        QCOMPARE(editParent->currentData().value<RowId>(), polaris);
        QCOMPARE(editParent->findData(QVariant::fromValue(saved->id)), -1);
        QCOMPARE(editParent->count(), 3);
        chooseRecord(editParent, sida);
        retype(field<QLineEdit>(edit, "websiteEdit"), QStringLiteral("https://www.cities4cities.eu"));
        clickOk(edit);
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        QCOMPARE(edit.organisation().id, saved->id);
        QCOMPARE(count(EntityKind::Organisation), 3);

        const std::optional<Organisation> edited = repository.find(saved->id);
        QVERIFY(edited);
        QCOMPARE(edited->uid, saved->uid);
        QCOMPARE(edited->website, QStringLiteral("https://www.cities4cities.eu"));
        QCOMPARE(edited->parentId, sida);
        QCOMPARE(edited->name, saved->name);
        QCOMPARE(edited->notes, saved->notes);
    }

    void organisationProblemIsShownBesideItsField_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QString>("saying"); // a word of the message
        QTest::addColumn<QString>("fixed");
        QTest::newRow("no name") << QStringLiteral("nameEdit") << QStringLiteral("   ") << QStringLiteral("nameError")
                                 << QStringLiteral("name") << QStringLiteral("Régions de France");
        QTest::newRow("one-letter country") << QStringLiteral("countryEdit") << QStringLiteral("f")
                                            << QStringLiteral("countryError") << QStringLiteral("country")
                                            << QStringLiteral("fr");
        QTest::newRow("website with a space") << QStringLiteral("websiteEdit") << QStringLiteral("regions de france.fr")
                                              << QStringLiteral("websiteError") << QStringLiteral("website")
                                              << QStringLiteral("regions-france.org");
        QTest::newRow("website without a domain") << QStringLiteral("websiteEdit") << QStringLiteral("regions")
                                                  << QStringLiteral("websiteError") << QStringLiteral("website")
                                                  << QStringLiteral("regions-france.org");
    }

    void organisationProblemIsShownBesideItsField()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, value);
        QFETCH(QString, errorName);
        QFETCH(QString, saying);
        QFETCH(QString, fixed);
        ui::OrganisationDialog dialog(*m_db);
        QVERIFY(showAndWait(dialog));
        if (fieldName != u"nameEdit")
            type(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Régions de France"));
        auto *edit = dialog.findChild<QLineEdit *>(fieldName);
        auto *error = dialog.findChild<QLabel *>(errorName);
        QVERIFY(edit && error);
        QVERIFY(!error->isVisible());
        QTest::keyClicks(edit, value);

        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(shownErrors(dialog), QStringList(errorName));
        QVERIFY2(error->text().contains(saying, Qt::CaseInsensitive), qPrintable(error->text()));
        QCOMPARE(QApplication::focusWidget(), edit);
        QCOMPARE(count(EntityKind::Organisation), 0);

        // Changing the field takes the message away; once right, OK saves.
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!error->isVisible());
        retype(edit, fixed);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(EntityKind::Organisation), 1);
    }

    void organisationTabOrder()
    {
        ui::OrganisationDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(tabOrder(dialog, "nameEdit", 5),
                 QStringList({ QStringLiteral("nameEdit"), QStringLiteral("kindCombo"), QStringLiteral("countryEdit"),
                               QStringLiteral("websiteEdit"), QStringLiteral("parentCombo"),
                               QStringLiteral("notesEdit") }));
    }

    // ---- Events ----

    void eventCreatedAndEdited()
    {
        const RowId amf = addOrganisation(QStringLiteral("Association des maires de France"), QStringLiteral("FR"));

        ui::EventDialog dialog(*m_db);
        QVERIFY(showAndWait(dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Event"));
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "nameEdit"));
        // The date fields say in what form a date is typed here.
        QCOMPARE(field<QLineEdit>(dialog, "startsOnEdit")->placeholderText(), QStringLiteral("18/11/2025"));
        type(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Конгрес мерів Франції"));
        QCOMPARE(field<QComboBox>(dialog, "kindCombo")->currentData().toString(), QStringLiteral("conference"));
        chooseRecord(field<QComboBox>(dialog, "organiserCombo"), amf);
        QTest::keyClicks(field<QLineEdit>(dialog, "expectedAttendanceEdit"), QStringLiteral("1 200"));
        QTest::keyClicks(field<QLineEdit>(dialog, "websiteEdit"), QStringLiteral("https://www.amf.asso.fr"));
        QTest::keyClicks(field<QLineEdit>(dialog, "cityEdit"), QStringLiteral("Paris"));
        QTest::keyClicks(field<QLineEdit>(dialog, "countryEdit"), QStringLiteral("fr"));
        QTest::keyClicks(field<QLineEdit>(dialog, "venueEdit"), QStringLiteral("Paris Expo Porte de Versailles"));
        QTest::keyClicks(field<QLineEdit>(dialog, "startsOnEdit"), QStringLiteral("18/11/2025"));
        QTest::keyClicks(field<QLineEdit>(dialog, "endsOnEdit"), QStringLiteral("20/11/25")); // this century
        auto *zone = field<QComboBox>(dialog, "timeZoneCombo");
        QVERIFY(zone->findText(QStringLiteral("Europe/Kyiv")) >= 0 || zone->findText(QStringLiteral("Europe/Kiev")) >= 0);
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("Europe/Paris"));
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Paris"));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(EntityKind::Event), 1);

        storage::EventRepository repository(*m_db);
        const std::optional<Event> saved = repository.find(dialog.savedEvent().id);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Конгрес мерів Франції"));
        QCOMPARE(saved->kind, QStringLiteral("conference"));
        QCOMPARE(saved->organiserId, amf);
        QCOMPARE(saved->expectedAttendance, std::optional<qint64>(1200));
        QCOMPARE(saved->website, QStringLiteral("https://www.amf.asso.fr"));
        QCOMPARE(saved->city, QStringLiteral("Paris"));
        QCOMPARE(saved->country, QStringLiteral("FR"));
        QCOMPARE(saved->venue, QStringLiteral("Paris Expo Porte de Versailles"));
        QCOMPARE(saved->startsOn, QDate(2025, 11, 18));
        QCOMPARE(saved->endsOn, QDate(2025, 11, 20));
        QCOMPARE(saved->timeZone, QStringLiteral("Europe/Paris"));

        // Reopened: the dates in the user's form; an emptied date and count are saved empty.
        ui::EventDialog edit(*m_db, *saved);
        QVERIFY(showAndWait(edit));
        QCOMPARE(edit.windowTitle(), QStringLiteral("Edit “Конгрес мерів Франції”"));
        QCOMPARE(field<QLineEdit>(edit, "startsOnEdit")->text(), QStringLiteral("18/11/2025"));
        QCOMPARE(field<QLineEdit>(edit, "endsOnEdit")->text(), QStringLiteral("20/11/2025"));
        QCOMPARE(field<QComboBox>(edit, "timeZoneCombo")->currentText(), QStringLiteral("Europe/Paris"));
        QCOMPARE(field<QComboBox>(edit, "organiserCombo")->currentData().value<RowId>(), amf);
        QCOMPARE(QLocale().toLongLong(field<QLineEdit>(edit, "expectedAttendanceEdit")->text()), 1200);
        retype(field<QLineEdit>(edit, "endsOnEdit"), QStringLiteral("21/11/2025"));
        erase(field<QLineEdit>(edit, "startsOnEdit"));
        erase(field<QLineEdit>(edit, "expectedAttendanceEdit"));
        choose(field<QComboBox>(edit, "kindCombo"), QStringLiteral("forum"));
        clickOk(edit);
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        QCOMPARE(count(EntityKind::Event), 1);

        const std::optional<Event> edited = repository.find(saved->id);
        QVERIFY(edited);
        QCOMPARE(edited->uid, saved->uid);
        QCOMPARE(edited->endsOn, QDate(2025, 11, 21));
        QVERIFY(edited->startsOn.isNull());
        QVERIFY(!edited->expectedAttendance);
        QCOMPARE(edited->kind, QStringLiteral("forum"));
        QCOMPARE(edited->venue, saved->venue);
        QCOMPARE(edited->timeZone, saved->timeZone);
    }

    void eventProblemIsShownBesideItsField_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QString>("saying");
        QTest::newRow("no such day") << QStringLiteral("startsOnEdit") << QStringLiteral("31/11/2025")
                                     << QStringLiteral("startsOnError") << QStringLiteral("18/11/2025");
        QTest::newRow("ends before it starts") << QStringLiteral("endsOnEdit") << QStringLiteral("17/11/2025")
                                               << QStringLiteral("endsOnError") << QStringLiteral("before it starts");
        QTest::newRow("month first") << QStringLiteral("endsOnEdit") << QStringLiteral("11/20/2025")
                                     << QStringLiteral("endsOnError") << QStringLiteral("date");
        QTest::newRow("negative attendance") << QStringLiteral("expectedAttendanceEdit") << QStringLiteral("-5")
                                             << QStringLiteral("expectedAttendanceError") << QStringLiteral("negative");
        QTest::newRow("attendance in words") << QStringLiteral("expectedAttendanceEdit") << QStringLiteral("many")
                                             << QStringLiteral("expectedAttendanceError") << QStringLiteral("number");
        QTest::newRow("unknown time zone") << QStringLiteral("timeZoneCombo") << QStringLiteral("Europe/Atlantis")
                                           << QStringLiteral("timeZoneError") << QStringLiteral("time zone");
        QTest::newRow("bad website") << QStringLiteral("websiteEdit") << QStringLiteral("https://amf")
                                     << QStringLiteral("websiteError") << QStringLiteral("website");
    }

    void eventProblemIsShownBesideItsField()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, value);
        QFETCH(QString, errorName);
        QFETCH(QString, saying);
        ui::EventDialog dialog(*m_db);
        QVERIFY(showAndWait(dialog));
        QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Congress of Mayors"));
        if (fieldName != u"startsOnEdit")
            QTest::keyClicks(field<QLineEdit>(dialog, "startsOnEdit"), QStringLiteral("18/11/2025"));
        QWidget *input = dialog.findChild<QWidget *>(fieldName);
        QVERIFY(input);
        auto *combo = qobject_cast<QComboBox *>(input);
        QLineEdit *edit = combo ? combo->lineEdit() : qobject_cast<QLineEdit *>(input);
        QVERIFY(edit);
        QTest::keyClicks(edit, value);

        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(shownErrors(dialog), QStringList(errorName));
        auto *error = field<QLabel>(dialog, errorName.toLatin1().constData());
        QVERIFY2(error->text().contains(saying, Qt::CaseInsensitive), qPrintable(error->text()));
        QVERIFY(QApplication::focusWidget() == input || QApplication::focusWidget() == edit);
        QCOMPARE(count(EntityKind::Event), 0);
        if (QTest::currentDataTag() == QByteArrayLiteral("ends before it starts"))
            QVERIFY(saveScreenshot(dialog, QStringLiteral("event-dialog-dates")));

        // Emptied (every one of these fields is optional), the form saves.
        erase(edit);
        QVERIFY(!error->isVisible());
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(EntityKind::Event), 1);
    }

    void eventTabOrder()
    {
        ui::EventDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(tabOrder(dialog, "nameEdit", 11),
                 QStringList({ QStringLiteral("nameEdit"), QStringLiteral("kindCombo"),
                               QStringLiteral("organiserCombo"), QStringLiteral("expectedAttendanceEdit"),
                               QStringLiteral("websiteEdit"), QStringLiteral("cityEdit"),
                               QStringLiteral("countryEdit"), QStringLiteral("venueEdit"),
                               QStringLiteral("startsOnEdit"), QStringLiteral("endsOnEdit"),
                               QStringLiteral("timeZoneCombo"), QStringLiteral("notesEdit") }));
    }

    // ---- Delegations ----

    void delegationCreatedAndEdited()
    {
        const RowId congress = addEvent(QStringLiteral("Congress of Mayors of France"));
        addEvent(QStringLiteral("Forum of Partnerships"));
        const RowId c4c = addOrganisation(QStringLiteral("Cities4Cities | United4Ukraine"));
        const RowId swu = addOrganisation(QStringLiteral("Stand with Ukraine"), QStringLiteral("FR"));
        const RowId amf = addOrganisation(QStringLiteral("Association des maires de France"), QStringLiteral("FR"));
        const RowId regions = addOrganisation(QStringLiteral("Régions de France"), QStringLiteral("FR"));
        const RowId head = addContact(QStringLiteral("Олена"), QStringLiteral("Савчук"));
        addContact(QStringLiteral("Marie"), QStringLiteral("Dupont"));

        ui::DelegationDialog dialog(*m_db);
        QVERIFY(showAndWait(dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Delegation"));
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "nameEdit"));
        type(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Делегація Cities4Cities"));

        auto *event = field<QComboBox>(dialog, "eventCombo");
        QCOMPARE(event->count(), 3);
        QCOMPARE(event->currentData().value<RowId>(), RowId(0));
        chooseRecord(event, congress);
        auto *status = field<QComboBox>(dialog, "statusCombo");
        QCOMPARE(status->currentData().toString(), QStringLiteral("planning"));
        choose(status, QStringLiteral("confirmed"));
        // People by the names people say, in the order of the contacts list (by family name,
        // Cyrillic first).
        auto *headCombo = field<QComboBox>(dialog, "headCombo");
        QCOMPARE(headCombo->count(), 3);
        QCOMPARE(headCombo->itemText(1), QStringLiteral("Олена Савчук"));
        QCOMPARE(headCombo->itemText(2), QStringLiteral("Marie Dupont"));
        chooseRecord(headCombo, head);
        QTest::keyClicks(field<QLineEdit>(dialog, "startsOnEdit"), QStringLiteral("17/11/2025"));
        QTest::keyClicks(field<QLineEdit>(dialog, "endsOnEdit"), QStringLiteral("21/11/2025"));
        QTest::keyClicks(field<QLineEdit>(dialog, "plannedSizeEdit"), QStringLiteral("20"));
        chooseRecord(field<QComboBox>(dialog, "coordinatorCombo"), c4c);
        auto *partners = field<QListWidget>(dialog, "partnersList");
        QCOMPARE(partners->count(), 4);
        QVERIFY(checkedLabels(partners).isEmpty());
        togglePartner(partners, QStringLiteral("Stand with Ukraine"));
        togglePartner(partners, QStringLiteral("Association des maires de France"));
        QCOMPARE(checkedLabels(partners).size(), 2);
        type(field<QPlainTextEdit>(dialog, "notesEdit"), QStringLiteral("20 громад, 11 названо."));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("delegation-dialog")));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(EntityKind::Delegation), 1);
        QCOMPARE(sorted(dialog.delegation().partnerIds), sorted({ swu, amf }));

        storage::DelegationRepository repository(*m_db);
        const std::optional<Delegation> saved = repository.find(dialog.delegation().id);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Делегація Cities4Cities"));
        QCOMPARE(saved->eventId, congress);
        QCOMPARE(saved->status, QStringLiteral("confirmed"));
        QCOMPARE(saved->headId, head);
        QCOMPARE(saved->startsOn, QDate(2025, 11, 17));
        QCOMPARE(saved->endsOn, QDate(2025, 11, 21));
        QCOMPARE(saved->plannedSize, std::optional<qint64>(20));
        QCOMPARE(saved->coordinatorId, c4c);
        QCOMPARE(sorted(saved->partnerIds), sorted({ swu, amf }));
        QCOMPARE(saved->notes, QStringLiteral("20 громад, 11 названо."));

        // Reopened: everything as stored; a partner swapped, the size and end date emptied.
        ui::DelegationDialog edit(*m_db, *saved);
        QVERIFY(showAndWait(edit));
        QCOMPARE(edit.windowTitle(), QStringLiteral("Edit “Делегація Cities4Cities”"));
        QCOMPARE(field<QComboBox>(edit, "eventCombo")->currentData().value<RowId>(), congress);
        QCOMPARE(field<QComboBox>(edit, "headCombo")->currentData().value<RowId>(), head);
        QCOMPARE(field<QComboBox>(edit, "statusCombo")->currentData().toString(), QStringLiteral("confirmed"));
        QCOMPARE(field<QLineEdit>(edit, "startsOnEdit")->text(), QStringLiteral("17/11/2025"));
        QCOMPARE(field<QLineEdit>(edit, "plannedSizeEdit")->text(), QStringLiteral("20"));
        auto *editPartners = field<QListWidget>(edit, "partnersList");
        QStringList shown = checkedLabels(editPartners);
        shown.sort();
        QCOMPARE(shown, QStringList({ QStringLiteral("Association des maires de France"),
                                      QStringLiteral("Stand with Ukraine") }));
        togglePartner(editPartners, QStringLiteral("Association des maires de France"));
        togglePartner(editPartners, QStringLiteral("Régions de France"));
        choose(field<QComboBox>(edit, "statusCombo"), QStringLiteral("travelling"));
        erase(field<QLineEdit>(edit, "plannedSizeEdit"));
        erase(field<QLineEdit>(edit, "endsOnEdit"));
        clickOk(edit);
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        QCOMPARE(count(EntityKind::Delegation), 1);

        const std::optional<Delegation> edited = repository.find(saved->id);
        QVERIFY(edited);
        QCOMPARE(edited->uid, saved->uid);
        QCOMPARE(sorted(edited->partnerIds), sorted({ swu, regions }));
        QCOMPARE(edited->status, QStringLiteral("travelling"));
        QVERIFY(!edited->plannedSize);
        QVERIFY(edited->endsOn.isNull());
        QCOMPARE(edited->startsOn, QDate(2025, 11, 17));
        QCOMPARE(edited->headId, head);
        QCOMPARE(edited->coordinatorId, c4c);
    }

    void delegationWithNothingChosenLinksNothing()
    {
        addEvent(QStringLiteral("Congress of Mayors of France"));
        addOrganisation(QStringLiteral("Stand with Ukraine"));
        addContact(QStringLiteral("Marie"), QStringLiteral("Dupont"));
        ui::DelegationDialog dialog(*m_db);
        QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Study visit"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<Delegation> saved = storage::DelegationRepository(*m_db).find(dialog.delegation().id);
        QVERIFY(saved);
        QCOMPARE(saved->eventId, RowId(0));
        QCOMPARE(saved->headId, RowId(0));
        QCOMPARE(saved->coordinatorId, RowId(0));
        QVERIFY(saved->partnerIds.isEmpty());
        QVERIFY(!saved->plannedSize);
        QVERIFY(saved->startsOn.isNull());
        QCOMPARE(saved->status, QStringLiteral("planning"));
    }

    void delegationProblemIsShownBesideItsField_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QString>("saying");
        QTest::newRow("no name") << QStringLiteral("nameEdit") << QStringLiteral(" ") << QStringLiteral("nameError")
                                 << QStringLiteral("name");
        QTest::newRow("ends before it starts") << QStringLiteral("endsOnEdit") << QStringLiteral("16/11/2025")
                                               << QStringLiteral("endsOnError") << QStringLiteral("before it starts");
        QTest::newRow("start is no date") << QStringLiteral("startsOnEdit") << QStringLiteral("soon")
                                          << QStringLiteral("startsOnError") << QStringLiteral("18/11/2025");
        QTest::newRow("negative size") << QStringLiteral("plannedSizeEdit") << QStringLiteral("-3")
                                       << QStringLiteral("plannedSizeError") << QStringLiteral("negative");
        QTest::newRow("size in words") << QStringLiteral("plannedSizeEdit") << QStringLiteral("twenty")
                                       << QStringLiteral("plannedSizeError") << QStringLiteral("number");
    }

    void delegationProblemIsShownBesideItsField()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, value);
        QFETCH(QString, errorName);
        QFETCH(QString, saying);
        ui::DelegationDialog dialog(*m_db);
        QVERIFY(showAndWait(dialog));
        if (fieldName != u"nameEdit")
            QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Cities4Cities"));
        if (fieldName != u"startsOnEdit")
            QTest::keyClicks(field<QLineEdit>(dialog, "startsOnEdit"), QStringLiteral("17/11/2025"));
        auto *edit = dialog.findChild<QLineEdit *>(fieldName);
        QVERIFY(edit);
        QTest::keyClicks(edit, value);

        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(shownErrors(dialog), QStringList(errorName));
        auto *error = field<QLabel>(dialog, errorName.toLatin1().constData());
        QVERIFY2(error->text().contains(saying, Qt::CaseInsensitive), qPrintable(error->text()));
        QCOMPARE(QApplication::focusWidget(), edit);
        QCOMPARE(count(EntityKind::Delegation), 0);
        if (QTest::currentDataTag() == QByteArrayLiteral("negative size"))
            QVERIFY(saveScreenshot(dialog, QStringLiteral("delegation-dialog-size")));

        // Changing the field takes the message away.
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!error->isVisible());
    }

    void delegationShowsEveryProblemAtOnce()
    {
        ui::DelegationDialog dialog(*m_db);
        QVERIFY(showAndWait(dialog));
        QTest::keyClicks(field<QLineEdit>(dialog, "startsOnEdit"), QStringLiteral("21/11/2025"));
        QTest::keyClicks(field<QLineEdit>(dialog, "endsOnEdit"), QStringLiteral("17/11/2025"));
        QTest::keyClicks(field<QLineEdit>(dialog, "plannedSizeEdit"), QStringLiteral("-1"));
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(shownErrors(dialog), QStringList({ QStringLiteral("endsOnError"), QStringLiteral("nameError"),
                                                    QStringLiteral("plannedSizeError") }));
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, "nameEdit")); // the first
        QCOMPARE(count(EntityKind::Delegation), 0);
        // Changing the start takes the message about the order of the dates away too.
        QTest::keyClick(field<QLineEdit>(dialog, "startsOnEdit"), Qt::Key_Backspace);
        QVERIFY(!field<QLabel>(dialog, "endsOnError")->isVisible());
    }

    void delegationTabOrder()
    {
        ui::DelegationDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(tabOrder(dialog, "nameEdit", 9),
                 QStringList({ QStringLiteral("nameEdit"), QStringLiteral("eventCombo"), QStringLiteral("statusCombo"),
                               QStringLiteral("headCombo"), QStringLiteral("startsOnEdit"),
                               QStringLiteral("endsOnEdit"), QStringLiteral("plannedSizeEdit"),
                               QStringLiteral("coordinatorCombo"), QStringLiteral("partnersList"),
                               QStringLiteral("notesEdit") }));
    }

    // ---- Closing without saving ----

    void unchangedFormsCloseWithoutAQuestion()
    {
        addOrganisation(QStringLiteral("Stand with Ukraine"));
        Delegation stored;
        stored.name = QStringLiteral("Cities4Cities");
        QVERIFY(storage::DelegationRepository(*m_db).insert(stored));
        ui::OrganisationDialog organisation(*m_db);
        ui::EventDialog event(*m_db);
        ui::DelegationDialog delegation(*m_db, stored);
        for (QDialog *dialog : std::initializer_list<QDialog *> { &organisation, &event, &delegation }) {
            QVERIFY(showAndWait(*dialog));
            dialog->reject();
            QVERIFY(!dialog->isVisible());
        }
        QCOMPARE(m_questions, 0);
    }

    void changedFormsAskBeforeClosing_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("organisation") << QStringLiteral("organisation");
        QTest::newRow("event") << QStringLiteral("event");
        QTest::newRow("delegation") << QStringLiteral("delegation");
        QTest::newRow("delegation, a partner ticked") << QStringLiteral("partner");
    }

    void changedFormsAskBeforeClosing()
    {
        QFETCH(QString, form);
        addOrganisation(QStringLiteral("Stand with Ukraine"));
        std::unique_ptr<QDialog> dialog;
        if (form == u"organisation")
            dialog = std::make_unique<ui::OrganisationDialog>(*m_db);
        else if (form == u"event")
            dialog = std::make_unique<ui::EventDialog>(*m_db);
        else
            dialog = std::make_unique<ui::DelegationDialog>(*m_db);
        QVERIFY(showAndWait(*dialog));
        const EntityKind kind = form == u"organisation" ? EntityKind::Organisation
            : form == u"event"                          ? EntityKind::Event
                                                        : EntityKind::Delegation;
        const int before = count(kind);
        if (form == u"partner")
            togglePartner(field<QListWidget>(*dialog, "partnersList"), QStringLiteral("Stand with Ukraine"));
        else
            type(field<QLineEdit>(*dialog, "nameEdit"), QStringLiteral("Харків"));

        // Esc: asked; "keep editing" leaves the form open with what was typed.
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QCOMPARE(m_questions, 1);
        QVERIFY(dialog->isVisible());
        if (form != u"partner")
            QCOMPARE(field<QLineEdit>(*dialog, "nameEdit")->text(), QStringLiteral("Харків"));

        // Cancel, "discard": closed, nothing saved.
        m_discard = true;
        QTest::mouseClick(field<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QCOMPARE(m_questions, 2);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(count(kind), before);
    }
};

QTEST_MAIN(TestRecordForms)
#include "tst_recordforms.moc"
