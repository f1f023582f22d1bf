// The import dialog offscreen: a file picked through the chooser seam, encoding and delimiter
// detected and changeable, the columns mapped by label and changeable by combo, the preview as
// stored, problems listed before anything is written, duplicates with a policy per row and for
// all, skipping bad rows with the rejected rows saved, cancel rolling back, and attendees
// imported into the delegation the window chose.

#include "ExportFixture.h"
#include "GuiTestSupport.h"
#include "ImportDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using dd::guitest::field;
using exchange::DuplicatePolicy;
using ui::ImportDialog;

class TestImportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<storage::Database> fresh(bool seeded = false)
    {
        storage::Database::Error error;
        auto db = storage::Database::open(m_dir.filePath(QStringLiteral("gui%1.sqlite").arg(++m_count)), &error);
        if (db && seeded) {
            exporttest::Seeded seed;
            exporttest::seed(*db, &seed);
        }
        return db;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    static QStringList column(storage::Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        query.exec(sql);
        QStringList values;
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsMapsAndPreviews()
    {
        auto db = fresh();
        QStringEncoder encoder("windows-1251");
        const QString path = write(QStringLiteral("people.csv"),
            encoder(QStringLiteral("Прізвище;Ім'я;Посада;Щось\r\nСавчук;Олена;Міська голова;x\r\nШевчук;Ірина;;y\r\n")));
        ImportDialog dialog(*db);
        dialog.setOpenFileChooser([&](QWidget *) { return path; });
        dialog.show();
        QTest::mouseClick(field<QPushButton>(dialog, "browseButton"), Qt::LeftButton);
        QCOMPARE(dialog.filePath(), path);
        QCOMPARE(dialog.report().encoding, exchange::CsvReader::Encoding::Windows1251);
        QCOMPARE(dialog.report().delimiter, exchange::CsvReader::Delimiter::Semicolon);
        QVERIFY(field<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("Windows-1251")));
        QCOMPARE(dialog.columnFields(), (QStringList { QStringLiteral("family_name"), QStringLiteral("given_name"),
                                            QStringLiteral("position"), QString() }));
        auto *preview = field<QTableWidget>(dialog, "previewTable");
        QCOMPARE(preview->rowCount(), 2);
        // The Latin names as they will be stored.
        QStringList headers;
        for (int c = 0; c < preview->columnCount(); ++c)
            headers.append(preview->horizontalHeaderItem(c)->text());
        const int latin = int(headers.indexOf(QStringLiteral("Family name (passport)")));
        QVERIFY(latin > 0);
        QCOMPARE(preview->item(1, latin)->text(), QStringLiteral("Shevchuk"));

        // The user maps the unnamed column to notes through its combo.
        auto *combo = field<QComboBox>(dialog, "fieldCombo3");
        combo->setCurrentIndex(combo->findData(QStringLiteral("notes")));
        QCOMPARE(dialog.columnFields().at(3), QStringLiteral("notes"));
        // Nothing was written by looking.
        QCOMPARE(column(*db, QStringLiteral("SELECT count(*) FROM contacts")), QStringList { QStringLiteral("0") });

        // Reading it as Windows-1252 instead is the user's call.
        auto *encoding = field<QComboBox>(dialog, "encodingCombo");
        encoding->setCurrentIndex(encoding->findData(int(exchange::CsvReader::Encoding::Windows1252)));
        QCOMPARE(dialog.report().encoding, exchange::CsvReader::Encoding::Windows1252);
        encoding->setCurrentIndex(0);
        combo = field<QComboBox>(dialog, "fieldCombo3");
        combo->setCurrentIndex(combo->findData(QStringLiteral("notes")));

        auto *importButton = field<QPushButton>(dialog, "importButton");
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.importedCount(), 2);
        QCOMPARE(column(*db, QStringLiteral("SELECT family_name_latin || ':' || coalesce(notes, '') FROM contacts ORDER BY id")),
            (QStringList { QStringLiteral("Savchuk:x"), QStringLiteral("Shevchuk:y") }));
    }

    void problemsBeforeWriting()
    {
        auto db = fresh();
        const QString path = write(QStringLiteral("bad.csv"), "family_name,email\nGood,good@example.org\n,x@example.org\nBad,bad@\n");
        ImportDialog dialog(*db);
        dialog.setFilePath(path);
        auto *problems = field<QTableWidget>(dialog, "problemsTable");
        QCOMPARE(problems->rowCount(), 2);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("family_name"));
        QCOMPARE(problems->item(1, 1)->text(), QStringLiteral("email"));
        auto *importButton = field<QPushButton>(dialog, "importButton");
        QVERIFY(!importButton->isEnabled());
        auto *skip = field<QCheckBox>(dialog, "skipBadRows");
        skip->setChecked(true);
        QVERIFY(importButton->isEnabled());
        auto *save = field<QPushButton>(dialog, "saveRejectedButton");
        QVERIFY(save->isEnabled());
        const QString rejected = m_dir.filePath(QStringLiteral("rejected-gui.csv"));
        dialog.setSaveFileChooser([&](QWidget *) { return rejected; });
        QTest::mouseClick(save, Qt::LeftButton);
        QFile file(rejected);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(exporttest::readCsv(file.readAll()).size(), 3);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(column(*db, QStringLiteral("SELECT family_name FROM contacts")), QStringList { QStringLiteral("Good") });
    }

    void duplicatesPerRowAndForAll()
    {
        auto db = fresh(true);
        const QString path = write(QStringLiteral("dupes.csv"),
            "family_name,given_name,community_code,position\n"
            "Коваленко,Тарас,95252,Мер\n"
            "Шевчук,Ірина,54205,Мерка\n"
            "Нова,Особа,,Staff\n");
        ImportDialog dialog(*db);
        dialog.setFilePath(path);
        auto *duplicates = field<QTableWidget>(dialog, "duplicatesTable");
        QCOMPARE(duplicates->rowCount(), 2);
        QCOMPARE(duplicates->item(0, 1)->text(), QStringLiteral("name"));
        // For all: update; then line 3 alone back to skip.
        auto *all = field<QComboBox>(dialog, "duplicatePolicyCombo");
        all->setCurrentIndex(all->findData(int(DuplicatePolicy::Update)));
        QCOMPARE(dialog.report().updated, 2);
        auto *line3 = field<QComboBox>(dialog, "duplicateAction3");
        line3->setCurrentIndex(line3->findData(int(DuplicatePolicy::Skip)));
        QVERIFY(dialog.runImport());
        QCOMPARE(column(*db, QStringLiteral("SELECT family_name || ':' || position FROM contacts WHERE family_name IN "
                                            "('Коваленко', 'Шевчук', 'Нова') ORDER BY family_name")),
            (QStringList { QStringLiteral("Коваленко:Мер"), QStringLiteral("Нова:Staff"),
                QStringLiteral("Шевчук:Депутатка") }));
    }

    void cancelRollsBack()
    {
        auto db = fresh();
        QByteArray csv = "family_name\n";
        for (int i = 0; i < 5000; ++i)
            csv += "Person" + QByteArray::number(i) + "\n";
        ImportDialog dialog(*db);
        dialog.setFilePath(write(QStringLiteral("many.csv"), csv));
        dialog.show();
        auto *cancel = field<QPushButton>(dialog, "cancelImportButton");
        int steps = 0;
        bool sawProgress = false;
        dialog.setProgressObserver([&](qint64, qint64) {
            sawProgress = sawProgress || (cancel->isVisible() && field<QProgressBar>(dialog, "progressBar")->isVisible());
            if (++steps == 2)
                QTest::mouseClick(cancel, Qt::LeftButton);
            return true;
        });
        QVERIFY(!dialog.runImport());
        QVERIFY(sawProgress);
        QVERIFY(field<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(column(*db, QStringLiteral("SELECT count(*) FROM contacts")), QStringList { QStringLiteral("0") });
        QVERIFY(dialog.isVisible());
    }

    void attendeesOfTheDelegation()
    {
        auto db = fresh(true);
        const RowId lviv = column(*db, QStringLiteral("SELECT id FROM delegations WHERE name = 'Study visit Lviv'"))
                               .value(0)
                               .toLongLong();
        ImportDialog dialog(*db);
        dialog.setTable(EntityKind::Member);
        dialog.setFilePath(write(QStringLiteral("members.csv"), "Nom,Prénom,Rôle\nDurand,Léa,interpreter\n"));
        QVERIFY(!field<QPushButton>(dialog, "importButton")->isEnabled()); // no delegation yet
        dialog.setDelegation(lviv);
        QVERIFY(field<QPushButton>(dialog, "importButton")->isEnabled());
        QVERIFY(dialog.runImport());
        QCOMPARE(column(*db, QStringLiteral("SELECT m.role FROM delegation_members m JOIN contacts c ON c.id = "
                                            "m.contact_id WHERE c.family_name = 'Durand' AND m.delegation_id = %1")
                                 .arg(lviv)),
            QStringList { QStringLiteral("interpreter") });
    }

    void unreadableFileSaysWhy()
    {
        auto db = fresh();
        ImportDialog dialog(*db);
        dialog.setFilePath(write(QStringLiteral("binary.csv"), QByteArray("\0\1\2\3", 4)));
        QVERIFY(field<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("binary")));
        QVERIFY(!field<QPushButton>(dialog, "importButton")->isEnabled());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
