// The window's documents with their options, as a user makes them: File › Save as PDF and
// Print Preview ask for the attendee list's columns, the badges' layout and the letters'
// language, purpose, payer and template before anything is made (DocumentOptionsDialog), and
// what was chosen is what the PDF holds, read back with Poppler. A bad template file is named in
// the dialog and nothing is written. The print preview opens with the document's pages and
// closes. Set DD_SCREENSHOT_DIR to save screenshots of the dialog.

#include "DelegationPage.h"
#include "DocumentFixture.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "documents/DocumentOptionsDialog.h"
#include "documents/Documents.h"
#include "exchange/FieldCatalog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <poppler-qt6.h>

using namespace dd;
using namespace dd::guitest;
using documents::DocumentOptionsDialog;
using exchange::DocumentKind;
using exchange::FieldCatalog;

namespace {

// The PDF's text, without white space or hyphens: Poppler breaks wrapped cells anywhere.
QString pdfText(const QString &path, int *pages = nullptr)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return {};
    if (pages)
        *pages = document->numPages();
    QString text;
    for (int i = 0; i < document->numPages(); ++i) {
        if (std::unique_ptr<Poppler::Page> page = document->page(i))
            text += page->text(QRectF()).normalized(QString::NormalizationForm_KC);
    }
    return text.remove(QRegularExpression(QStringLiteral("[\\s-]+")));
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("[\\s-]+")));
}

// The wrapped labels of a dialog that have less height than their text needs.
QStringList clippedLabels(const QWidget &dialog)
{
    QStringList clipped;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&dialog) && label->wordWrap()
            && label->height() < label->heightForWidth(label->width()))
            clipped.append(label->text());
    }
    return clipped;
}

QString label(const QString &field)
{
    return FieldCatalog::field(EntityKind::Member, field)->label();
}

} // namespace

class TestDocumentOptions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
    doctest::Seeded m_seed;
    std::unique_ptr<ui::MainWindow> m_window;
    QStringList m_messages;
    QStringList m_chosenPaths; // what the path chooser was asked for
    QString m_pdfPath; // what it answers

    QString file(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Runs work on the options dialog once File › Save as PDF (or Print Preview) opens it, then
    // presses Enter in it, as a user who chose and confirms; *opened says it came.
    void onOptions(const std::function<void(DocumentOptionsDialog *)> &work, bool *opened,
        bool pressEnter = true)
    {
        *opened = false;
        whenDialogOpens<DocumentOptionsDialog>(
            [work, opened, pressEnter](DocumentOptionsDialog *dialog) {
                *opened = true;
                QApplication::setActiveWindow(dialog);
                work(dialog);
                if (pressEnter && QApplication::focusWidget())
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            });
    }

    QAction *action(const char *name) { return field<QAction>(*m_window, name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_databasePath = m_dir.filePath(QStringLiteral("documents.sqlite"));
        {
            storage::Database::Error error;
            auto db = storage::Database::open(m_databasePath, &error);
            QVERIFY2(db, qPrintable(error.message));
            QVERIFY(doctest::seed(*db, 0, &m_seed));
        }
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setMessageHandler([this](QMessageBox::Icon, const QString &, const QString &text,
                                        QMessageBox::StandardButtons) {
            m_messages.append(text);
            return QMessageBox::Ok;
        });
        m_window->setPathChooser([this](const QString &suggested) {
            m_chosenPaths.append(suggested);
            return m_pdfPath;
        });
        QVERIFY(m_window->openDatabase(m_databasePath));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showRecord(EntityKind::Delegation, m_seed.delegation);
        QCOMPARE(m_window->currentDelegation(), m_seed.delegation);
    }

    void init()
    {
        m_messages.clear();
        m_chosenPaths.clear();
        m_pdfPath.clear();
    }

    void cleanup()
    {
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase() { m_window.reset(); }

    // The preset chosen in the dialog gives the attendee list its columns, and is remembered.
    void attendeeListHasThePresetsColumns_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("absent"); // words of other presets' column labels
        QTest::newRow("rooming") << QStringLiteral(
            "rooming") << QStringList { QStringLiteral("Arrival"), QStringLiteral("Departure") };
        QTest::newRow("transport") << QStringLiteral(
            "transport") << QStringList { QStringLiteral("Hotel"), QStringLiteral("Room") };
    }

    void attendeeListHasThePresetsColumns()
    {
        QFETCH(QString, preset);
        QFETCH(QStringList, absent);
        const FieldCatalog::Preset chosen = *FieldCatalog::presetFromId(preset);
        m_pdfPath = m_dir.filePath(QStringLiteral("attendees-%1.pdf").arg(preset));
        bool opened = false;
        QString title;
        onOptions(
            [&title, chosen](DocumentOptionsDialog *dialog) {
                title = dialog->windowTitle();
                // Chosen as a user does: the combo has the focus; typing the label's first
                // letters would be locale-bound, so step with the arrow keys to it.
                auto *combo = field<QComboBox>(*dialog, "presetCombo");
                QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(combo));
                QTest::keyClick(combo, Qt::Key_Home);
                const int target = combo->findData(FieldCatalog::presetId(chosen));
                QVERIFY(target >= 0);
                for (int i = 0; i < target; ++i)
                    QTest::keyClick(combo, Qt::Key_Down);
                QCOMPARE(combo->currentText(), FieldCatalog::presetLabel(chosen));
                // The preset says what it is for.
                QCOMPARE(field<QLabel>(*dialog, "presetDescription")->text(),
                    FieldCatalog::presetDescription(chosen));
            },
            &opened);
        action("actionPdf_attendees")->trigger();
        QVERIFY(opened);
        QCOMPARE(title, exchange::DocumentSource::kindTitle(DocumentKind::Attendees));
        QCOMPARE(m_chosenPaths.size(), 1);
        QVERIFY2(m_chosenPaths.first().endsWith(QStringLiteral(".pdf")),
            qPrintable(m_chosenPaths.first()));
        QVERIFY(QFile::exists(m_pdfPath));
        QVERIFY(
            m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(m_pdfPath)));

        // A header cell that wraps is read back line by line, mixed with its neighbours: each
        // word of each column's label must be there.
        const QString text = pdfText(m_pdfPath);
        for (const QString &field : FieldCatalog::presetFields(chosen)) {
            if (field == QLatin1String("community"))
                continue; // the groups' heading, not a column
            for (const QString &word :
                label(field).split(QRegularExpression(QStringLiteral("[\\s/]+"))))
                QVERIFY2(
                    text.contains(squeezed(word)), qPrintable(field + QLatin1Char(' ') + word));
        }
        for (const QString &other : absent)
            QVERIFY2(!text.contains(other), qPrintable(other));

        // Remembered: the next dialog starts on it.
        DocumentOptionsDialog again(
            DocumentKind::Attendees, DocumentOptionsDialog::Purpose::Pdf, QString());
        QCOMPARE(field<QComboBox>(again, "presetCombo")->currentData().toString(), preset);
    }

    // French letters with the purpose and the payer typed in the dialog.
    void lettersInFrench()
    {
        m_pdfPath = m_dir.filePath(QStringLiteral("letters-fr.pdf"));
        bool opened = false;
        onOptions(
            [](DocumentOptionsDialog *dialog) {
                QCOMPARE(QApplication::focusWidget(),
                    static_cast<QWidget *>(field<QComboBox>(*dialog, "languageCombo")));
                dialog->setLetterLanguage(QStringLiteral("fr"));
                dialog->setTemplateFile({});
                auto *purpose = field<QLineEdit>(*dialog, "purposeEdit");
                purpose->setFocus();
                purpose->clear();
                type(purpose, QStringLiteral("signer la charte de jumelage"));
                auto *payer = field<QLineEdit>(*dialog, "payerEdit");
                payer->clear();
                payer->setFocus();
                type(payer, QStringLiteral("la commune de Chaville"));
                saveScreenshot(*dialog, QStringLiteral("document-options-letters"));
            },
            &opened);
        action("actionPdf_letters")->trigger();
        QVERIFY(opened);
        int pages = 0;
        const QString text = pdfText(m_pdfPath, &pages);
        QCOMPARE(pages, int(m_seed.memberUids.size())); // one letter each
        QVERIFY(text.contains(squeezed(QStringLiteral("Lettre d'invitation"))));
        QVERIFY(!text.contains(squeezed(QStringLiteral("Letter of invitation"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("signer la charte de jumelage"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("la commune de Chaville"))));

        // The next time, for this delegation, the same choices.
        bool reopened = false;
        onOptions(
            [](DocumentOptionsDialog *dialog) {
                QCOMPARE(field<QComboBox>(*dialog, "languageCombo")->currentData().toString(),
                    QStringLiteral("fr"));
                QCOMPARE(field<QLineEdit>(*dialog, "purposeEdit")->text(),
                    QStringLiteral("signer la charte de jumelage"));
                QCOMPARE(field<QLineEdit>(*dialog, "payerEdit")->text(),
                    QStringLiteral("la commune de Chaville"));
                dialog->reject();
            },
            &reopened, false);
        action("actionPdf_letters")->trigger();
        QVERIFY(reopened);
        QCOMPARE(m_chosenPaths.size(), 1); // cancelled: no file asked for
    }

    // An edited template file is read, checked and used.
    void lettersFromATemplateFile()
    {
        const QString path = file(QStringLiteral("own-template.html"),
            QStringLiteral("<!-- our own wording: {{placeholder}} -->\n<h2>Запрошення</h2>"
                           "<p>{{passport_name}} ({{native_name}}) est invité(e).</p>")
                .toUtf8());
        m_pdfPath = m_dir.filePath(QStringLiteral("letters-own.pdf"));
        bool opened = false;
        onOptions(
            [path](DocumentOptionsDialog *dialog) {
                QStringList asked;
                dialog->setFileChooser([&asked, path](QWidget *, const QString &start) {
                    asked.append(start);
                    return path;
                });
                auto *choice = field<QComboBox>(*dialog, "templateCombo");
                choice->setCurrentIndex(choice->findData(true));
                QVERIFY(field<QLineEdit>(*dialog, "templatePathEdit")->isEnabled());
                QTest::mouseClick(
                    field<QPushButton>(*dialog, "chooseTemplateButton"), Qt::LeftButton);
                QCOMPARE(asked.size(), 1);
                QCOMPARE(field<QLineEdit>(*dialog, "templatePathEdit")->text(),
                    QDir::toNativeSeparators(path));
            },
            &opened);
        action("actionPdf_letters")->trigger();
        QVERIFY(opened);
        const QString text = pdfText(m_pdfPath);
        QVERIFY(text.contains(squeezed(QStringLiteral("Запрошення"))));
        QVERIFY(
            text.contains(squeezed(QStringLiteral("Olena SAVCHUK (Олена Савчук) est invité(e)."))));
        QVERIFY(!text.contains(squeezed(QStringLiteral("Lettre d'invitation"))));
        QVERIFY(!text.contains(QStringLiteral("{{")));
    }

    // A template that cannot be used is named in the dialog, which stays open; nothing is
    // written and no file name is asked for.
    void badTemplateIsNamedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("contents"); // null: the file does not exist
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << QStringLiteral("missing.html") << QByteArray()
                                 << QStringLiteral("Cannot read the template");
        QTest::newRow("not UTF-8")
            << QStringLiteral("latin1.html") << QByteArray("<p>{{passport_name}}, invit\xe9(e)</p>")
            << QStringLiteral("is not UTF-8 text");
        QTest::newRow("no placeholder")
            << QStringLiteral("plain.html") << QByteArray("<p>Hello.</p>")
            << QStringLiteral("has no placeholder");
        QTest::newRow("misspelt placeholder")
            << QStringLiteral("typo.html")
            << QByteArray("<p>{{passport_name}} {{pasport_number}}</p>")
            << QStringLiteral("{{pasport_number}}");
    }

    void badTemplateIsNamedAndNothingWritten()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, contents);
        QFETCH(QString, problem);
        const QString path = contents.isNull() ? m_dir.filePath(name) : file(name, contents);
        m_pdfPath = m_dir.filePath(QStringLiteral("letters-bad.pdf"));
        bool opened = false;
        QString message;
        bool stayedOpen = false;
        onOptions(
            [&](DocumentOptionsDialog *dialog) {
                dialog->setTemplateFile(path);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                stayedOpen = dialog->isVisible();
                message = dialog->errorMessage();
                QVERIFY(field<QLabel>(*dialog, "messageLabel")->isVisible());
                QTest::qWait(20); // the layout as it will be painted
                QVERIFY2(clippedLabels(*dialog).isEmpty(),
                    qPrintable(clippedLabels(*dialog).join(QLatin1Char('\n'))));
                // The path is selected, ready to be typed over.
                QCOMPARE(QApplication::focusWidget(),
                    static_cast<QWidget *>(field<QLineEdit>(*dialog, "templatePathEdit")));
                if (name == QLatin1String("typo.html"))
                    saveScreenshot(*dialog, QStringLiteral("document-options-bad-template"));
                dialog->reject();
            },
            &opened, false);
        action("actionPdf_letters")->trigger();
        QVERIFY(opened);
        QVERIFY(stayedOpen);
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY(m_chosenPaths.isEmpty());
        QVERIFY(!QFile::exists(m_pdfPath));
        // The bad file is not remembered as the template to use.
        DocumentOptionsDialog again(
            DocumentKind::Letters, DocumentOptionsDialog::Purpose::Pdf, QString());
        QVERIFY(
            field<QLineEdit>(again, "templatePathEdit")->text() != QDir::toNativeSeparators(path));
    }

    // Ctrl+P: the options, Enter, then the print preview with the document's pages; closing
    // the preview without printing leaves the badges unprinted.
    void printPreviewShowsThePages_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("pages");
        const int members = 6; // DocumentFixture's named members, all confirmed
        QTest::newRow("A6") << int(exchange::BadgeLayout::A6) << members;
        QTest::newRow("4 per A4") << int(exchange::BadgeLayout::FourPerA4) << (members + 3) / 4;
    }

    void printPreviewShowsThePages()
    {
        QFETCH(int, layout);
        QFETCH(int, pages);
        QCOMPARE(int(m_seed.memberUids.size()), 6);
        bool opened = false;
        onOptions(
            [layout](DocumentOptionsDialog *dialog) {
                auto *combo = field<QComboBox>(*dialog, "layoutCombo");
                QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(combo));
                combo->setCurrentIndex(combo->findData(layout));
                QCOMPARE(field<QPushButton>(*dialog, "okButton")->text(),
                    DocumentOptionsDialog::tr("&Preview…"));
            },
            &opened);
        int previewPages = -1;
        bool previewOpened = false;
        bool previewClosed = false;
        // The preview is found among the top-level widgets while it is modal.
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [&, timer] {
            QPrintPreviewDialog *preview = nullptr;
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *candidate = qobject_cast<QPrintPreviewDialog *>(widget);
                    candidate && candidate->isVisible())
                    preview = candidate;
            }
            if (!preview)
                return;
            timer->stop();
            timer->deleteLater();
            previewOpened = true;
            QCOMPARE(QApplication::activeModalWidget(), static_cast<QWidget *>(preview));
            auto *pagesWidget = preview->findChild<QPrintPreviewWidget *>();
            QVERIFY(pagesWidget);
            QTRY_VERIFY(pagesWidget->pageCount() > 0);
            previewPages = pagesWidget->pageCount();
            preview->reject();
            previewClosed = !preview->isVisible();
        });
        timer->start();
        // Ctrl+P is the attendee list's; badges come from their menu entry.
        action("actionPrint_badges")->trigger();
        QVERIFY(opened);
        QVERIFY(previewOpened);
        QCOMPARE(previewPages, pages);
        QVERIFY(previewClosed);
        // Not printed: no badge marked.
        QString listError;
        const auto badges = m_window->gatherDocument(DocumentKind::Badges, &listError);
        QVERIFY2(badges, qPrintable(listError));
        for (const exchange::DocumentMember &member : badges->members)
            QVERIFY(member.value(QStringLiteral("badge_printed")) != QLatin1String("yes"));
    }

    // Ctrl+P from the keyboard alone: the dialog takes the focus, Enter previews the list.
    void ctrlPPreviewsTheAttendeeList()
    {
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
        bool opened = false;
        QString okText;
        QString preset; // as remembered from before: the keyboard user only confirms it
        onOptions(
            [&okText, &preset](DocumentOptionsDialog *dialog) {
                okText = field<QPushButton>(*dialog, "okButton")->text();
                preset = field<QComboBox>(*dialog, "presetCombo")->currentData().toString();
                QVERIFY(field<QPushButton>(*dialog, "okButton")->isDefault());
                saveScreenshot(*dialog, QStringLiteral("document-options-attendees"));
            },
            &opened);
        bool previewOpened = false;
        int previewPages = -1;
        whenDialogOpens<QPrintPreviewDialog>(
            [&previewOpened, &previewPages](QPrintPreviewDialog *preview) {
                previewOpened = true;
                auto *pagesWidget = preview->findChild<QPrintPreviewWidget *>();
                QTRY_VERIFY(pagesWidget->pageCount() > 0);
                previewPages = pagesWidget->pageCount();
                preview->reject();
            });
        QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::Print));
        QVERIFY(opened);
        QCOMPARE(okText, DocumentOptionsDialog::tr("&Preview…"));
        QVERIFY(previewOpened);
        // As many pages as the PDF of the same list.
        auto request = exchange::DocumentSource::Request();
        request.kind = DocumentKind::Attendees;
        request.delegationId = m_seed.delegation;
        request.preset = *FieldCatalog::presetFromId(preset);
        QString error;
        const auto data = exchange::DocumentSource(*m_window->database()).gather(request, &error);
        QVERIFY2(data, qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("attendees-compare.pdf"));
        QVERIFY2(documents::writePdf(*data, path, &error), qPrintable(error));
        int pages = 0;
        pdfText(path, &pages);
        QVERIFY(pages > 0);
        QCOMPARE(previewPages, pages);
    }

    // What the user sees: every label has its field and its accelerator, nothing is clipped.
    void dialogLooksRight_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("attendees") << int(DocumentKind::Attendees);
        QTest::newRow("badges") << int(DocumentKind::Badges);
        QTest::newRow("letters") << int(DocumentKind::Letters);
    }

    void dialogLooksRight()
    {
        QFETCH(int, kind);
        DocumentOptionsDialog dialog(
            DocumentKind(kind), DocumentOptionsDialog::Purpose::Pdf, m_seed.delegationUid);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSet<QChar> accelerators;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->isVisibleTo(&dialog) || !label->buddy())
                continue;
            const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0, qPrintable(label->objectName()));
            const QChar key = label->text().at(amp + 1).toLower();
            QVERIFY2(!accelerators.contains(key), qPrintable(label->text()));
            accelerators.insert(key);
            QVERIFY(label->buddy()->isVisibleTo(&dialog));
            // Nothing cut off: each label gets the width its text needs.
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
        QVERIFY(!accelerators.isEmpty());
        QVERIFY2(clippedLabels(dialog).isEmpty(),
            qPrintable(clippedLabels(dialog).join(QLatin1Char('\n'))));
        QVERIFY(dialog.height() <= dialog.sizeHint().height() + 10); // no empty band
        saveScreenshot(dialog, QStringLiteral("document-options-%1").arg(kind));
    }

    // Badges for everyone, then a reprint run of those not printed yet, then for the members
    // selected on the delegation's page; one selected row is offered but not chosen.
    void badgesForEveryoneUnprintedOrSelected()
    {
        const auto savedBadges = [this](DocumentOptionsDialog::BadgeChoice choice, const QString &file,
                                     int *offered = nullptr) {
            m_pdfPath = m_dir.filePath(file);
            bool opened = false;
            onOptions(
                [choice, offered](DocumentOptionsDialog *dialog) {
                    auto *combo = field<QComboBox>(*dialog, "badgesForCombo");
                    if (offered)
                        *offered = combo->currentData().toInt();
                    dialog->selectBadgeLayout(exchange::BadgeLayout::A6); // a page a badge
                    dialog->selectBadgesFor(choice);
                    QCOMPARE(combo->currentData().toInt(), int(choice));
                },
                &opened);
            action("actionPdf_badges")->trigger();
            int pages = -1;
            if (opened)
                pdfText(m_pdfPath, &pages);
            return pages;
        };
        using Choice = DocumentOptionsDialog::BadgeChoice;
        QCOMPARE(savedBadges(Choice::Everyone, QStringLiteral("badges-all.pdf")), 6);
        // A member's badge to print again (their name was corrected, say).
        {
            QSqlQuery query(m_window->database()->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE delegation_members SET badge_printed = 0 WHERE uid = '%1'")
                                   .arg(m_seed.memberUids.constFirst())));
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QCOMPARE(savedBadges(Choice::Unprinted, QStringLiteral("badges-reprint.pdf")), 1);

        m_window->openDelegation(m_seed.delegation);
        auto *members = field<QTableView>(*m_window->delegationPage(), "membersView");
        QTRY_VERIFY(members->model()->rowCount() >= 6);
        members->selectionModel()->select(members->model()->index(1, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        int offered = -1;
        QCOMPARE(savedBadges(Choice::Selected, QStringLiteral("badges-one.pdf"), &offered), 1);
        QCOMPARE(offered, int(Choice::Everyone)); // one row: only where the cursor stands
        members->selectionModel()->select(members->model()->index(3, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(savedBadges(Choice::Selected, QStringLiteral("badges-two.pdf"), &offered), 2);
        QCOMPARE(offered, int(Choice::Selected)); // several rows: chosen
        emit m_window->delegationPage()->backRequested();
    }
};

QTEST_MAIN(TestDocumentOptions)
#include "tst_documentoptions.moc"
