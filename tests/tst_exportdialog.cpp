// The export dialog, offscreen: a whole table with chosen columns, an attendee list by purpose
// (presets tick their columns and never a sensitive one; a sensitive field is ticked one by one
// beside them), the delegation and status filters, "For Excel" against "Standard CSV"
// remembered, the header style, the formula guard, the list on screen exported as shown, the
// file chooser's seam, and a failure said in the dialog with no file left behind.

#include "ExportDialog.h"
#include "ExportFixture.h"
#include "GuiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using dd::exporttest::column;
using dd::exporttest::readCsv;
using dd::guitest::field;
using dd::ui::ExportDialog;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList ticked(QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

QListWidgetItem *itemOf(QListWidget *list, const QString &id)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            return list->item(i);
    }
    return nullptr;
}

} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    exporttest::Seeded m_seeded;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        storage::Database::Error error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("dialog.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QVERIFY(exporttest::seed(*m_db, &m_seeded));
    }

    void init()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void opensOnTheAttendeesWithEveryFieldButTheSensitiveOnes()
    {
        ExportDialog dialog(*m_db);
        dialog.show();
        auto *columns = field<QListWidget>(dialog, "columnList");
        auto *sensitive = field<QListWidget>(dialog, "sensitiveList");
        QCOMPARE(field<QComboBox>(dialog, "tableCombo")->currentData().toString(),
            QStringLiteral("attendees"));
        QCOMPARE(ticked(columns), exchange::FieldCatalog::ids(EntityKind::Member));
        QCOMPARE(sensitive->count(), 3);
        QVERIFY(ticked(sensitive).isEmpty());
        QVERIFY(field<QGroupBox>(dialog, "sensitiveGroup")->isVisible());
        QVERIFY(field<QLabel>(dialog, "sensitiveExplanation")
                    ->text()
                    .contains(QStringLiteral("passport")));
        QVERIFY(field<QCheckBox>(dialog, "formulaGuardCheck")->isChecked());
        QVERIFY(field<QRadioButton>(dialog, "excelFormat")->isChecked());
        QVERIFY(field<QRadioButton>(dialog, "headerLabels")->isChecked());
        QVERIFY(field<QComboBox>(dialog, "delegationCombo")->isVisible());
        // "All delegations", and the two delegations.
        QCOMPARE(field<QComboBox>(dialog, "delegationCombo")->count(), 3);
        // One delegation's list needs no delegation column; all delegations' list does.
        dialog.selectDelegation(m_seeded.lviv);
        QVERIFY(!ticked(columns).contains(QStringLiteral("delegation")));
        dialog.selectDelegation(0);
        QVERIFY(ticked(columns).contains(QStringLiteral("delegation")));

        // Communities have no sensitive field, no delegation and no preset.
        dialog.setTable(EntityKind::Community);
        QVERIFY(!field<QGroupBox>(dialog, "sensitiveGroup")->isVisible());
        QVERIFY(!field<QComboBox>(dialog, "delegationCombo")->isVisible());
        QVERIFY(!field<QComboBox>(dialog, "presetCombo")->isVisible());
        QCOMPARE(ticked(columns), exchange::FieldCatalog::ids(EntityKind::Community));
        guitest::saveScreenshot(dialog, QStringLiteral("export-dialog"));
    }

    void presetsTickTheirColumnsAndNeverASensitiveOne()
    {
        ExportDialog dialog(*m_db);
        auto *columns = field<QListWidget>(dialog, "columnList");
        auto *sensitive = field<QListWidget>(dialog, "sensitiveList");
        auto *presets = field<QComboBox>(dialog, "presetCombo");
        itemOf(sensitive, QStringLiteral("passport_number"))->setCheckState(Qt::Checked);
        for (exchange::FieldCatalog::Preset preset : exchange::FieldCatalog::presets()) {
            presets->setCurrentIndex(presets->findData(exchange::FieldCatalog::presetId(preset)));
            QCOMPARE(ticked(columns).size(), exchange::FieldCatalog::presetFields(preset).size());
            QVERIFY(ticked(sensitive).isEmpty());
            QCOMPARE(dialog.request().preset, std::optional(preset));
            QVERIFY(dialog.request().columns.isEmpty());
            QVERIFY(!field<QLabel>(dialog, "presetDescription")->text().isEmpty());
        }
        // A sensitive field ticked by hand is added to the preset's columns.
        dialog.selectPreset(exchange::FieldCatalog::Preset::Visa);
        itemOf(sensitive, QStringLiteral("passport_number"))->setCheckState(Qt::Checked);
        QCOMPARE(dialog.request().preset, std::optional(exchange::FieldCatalog::Preset::Visa));
        QCOMPARE(dialog.request().columns, QStringList { QStringLiteral("passport_number") });
        // Another column ticked by hand makes it one's own choice.
        itemOf(columns, QStringLiteral("email"))->setCheckState(Qt::Checked);
        QCOMPARE(presets->currentIndex(), 0);
        QVERIFY(!dialog.request().preset);
        QVERIFY(dialog.request().columns.contains(QStringLiteral("email")));
        QVERIFY(dialog.request().columns.contains(QStringLiteral("passport_number")));
    }

    void exportsADelegationsRoomingListForExcel()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        ExportDialog dialog(*m_db);
        dialog.show();
        dialog.selectDelegation(m_seeded.paris);
        dialog.selectPreset(exchange::FieldCatalog::Preset::Rooming);
        auto *statuses = field<QListWidget>(dialog, "statusList");
        itemOf(statuses, QStringLiteral("confirmed"))->setCheckState(Qt::Checked);
        const QString path = m_dir.filePath(QStringLiteral("rooming.csv"));
        field<QLineEdit>(dialog, "fileEdit")->setText(path);
        QTest::mouseClick(field<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.resultMessage().contains(QStringLiteral("rooming.csv")));
        const QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // For Excel: a byte-order mark…
        const QList<QStringList> rows
            = readCsv(bytes, QLatin1Char(';')); // …and semicolons in France
        QCOMPARE(rows.constFirst().size(),
            exchange::FieldCatalog::presetFields(exchange::FieldCatalog::Preset::Rooming).size());
        QCOMPARE(column(rows, QStringLiteral("Family name (passport)")),
            (QStringList { QStringLiteral("Savchuk"), QStringLiteral("Kovalenko") }));
        QCOMPARE(column(rows, QStringLiteral("Sharing with")),
            (QStringList { QString(), QStringLiteral("Olena Savchuk") }));
    }

    void standardCsvAndIdsAreRemembered()
    {
        {
            ExportDialog dialog(*m_db);
            dialog.setTable(EntityKind::Contact);
            field<QRadioButton>(dialog, "standardFormat")->setChecked(true);
            field<QRadioButton>(dialog, "headerIds")->setChecked(true);
            field<QCheckBox>(dialog, "formulaGuardCheck")->setChecked(false);
            dialog.setColumns({ QStringLiteral("family_name"), QStringLiteral("notes"),
                QStringLiteral("date_of_birth") });
            dialog.setOutputPath(m_dir.filePath(QStringLiteral("contacts.csv")));
            QVERIFY(dialog.exportNow());
        }
        const QByteArray bytes = fileBytes(m_dir.filePath(QStringLiteral("contacts.csv")));
        QVERIFY(bytes.startsWith("family_name,notes,date_of_birth\r\n"));
        QVERIFY(
            bytes.contains(QStringLiteral("Савчук,\"=HYPERLINK(").toUtf8())); // the guard was off
        QVERIFY(bytes.contains("1980-01-02"));

        ExportDialog again(*m_db);
        QVERIFY(field<QRadioButton>(again, "standardFormat")->isChecked());
        QVERIFY(field<QRadioButton>(again, "headerIds")->isChecked());
        QVERIFY(field<QCheckBox>(again, "formulaGuardCheck")
                    ->isChecked()); // the guard is always on at first
        QCOMPARE(again.csvOptions().delimiter, exchange::CsvWriter::Delimiter::Comma);
        QVERIFY(!again.csvOptions().byteOrderMark);
    }

    void excelDelimiterFollowsTheLocale()
    {
        QCOMPARE(ExportDialog::excelDelimiter(QLocale(QLocale::French, QLocale::France)),
            exchange::CsvWriter::Delimiter::Semicolon);
        QCOMPARE(ExportDialog::excelDelimiter(QLocale(QLocale::Ukrainian, QLocale::Ukraine)),
            exchange::CsvWriter::Delimiter::Semicolon);
        QCOMPARE(ExportDialog::excelDelimiter(QLocale(QLocale::English, QLocale::UnitedKingdom)),
            exchange::CsvWriter::Delimiter::Comma);
    }

    void exportsTheListAsShown()
    {
        storage::ListSource shown(*m_db, EntityKind::Contact);
        shown.setSort(shown.columnIndex(QStringLiteral("family_name")), Qt::AscendingOrder);
        ExportDialog dialog(*m_db);
        dialog.setShownList(exchange::ShownList::of(
            shown, { QStringLiteral("family_name"), QStringLiteral("given_name") }));
        dialog.show();
        QVERIFY(dialog.exportsShownList());
        QVERIFY(!field<QGroupBox>(dialog, "columnsGroup")->isEnabled());
        QCOMPARE(field<QListWidget>(dialog, "columnList")->count(), 2);
        // The file chooser's seam: asked once, with a suggested name.
        QString suggested;
        const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
        dialog.setFileChooser([&](QWidget *, const QString &proposal) {
            suggested = proposal;
            return path;
        });
        field<QRadioButton>(dialog, "standardFormat")->setChecked(true);
        QVERIFY(dialog.exportNow());
        QVERIFY(suggested.endsWith(QStringLiteral("contacts.csv")));
        QCOMPARE(readCsv(fileBytes(path)),
            (QList<QStringList> { { QStringLiteral("Family name"), QStringLiteral("Given name") },
                { QStringLiteral("Коваленко"), QStringLiteral("Тарас") },
                { QStringLiteral("Савчук"), QStringLiteral("Олена") },
                { QStringLiteral("Шевчук"), QStringLiteral("Ірина") },
                { QStringLiteral("Lefèvre"), QStringLiteral("Jean-Pierre") } }));
        // The tables stay on offer after the list.
        dialog.setTable(EntityKind::Event);
        QVERIFY(!dialog.exportsShownList());
        QVERIFY(field<QGroupBox>(dialog, "columnsGroup")->isEnabled());
    }

    void aFailureIsSaidAndLeavesNoFile()
    {
        ExportDialog dialog(*m_db);
        dialog.show();
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QFile plain(blocker);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString impossible = blocker + QStringLiteral("/list.csv");
        dialog.setOutputPath(impossible);
        QTest::mouseClick(field<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // stays open, saying why
        QVERIFY2(dialog.errorMessage().contains(QStringLiteral("list.csv")),
            qPrintable(dialog.errorMessage()));
        QVERIFY(field<QLabel>(dialog, "messageLabel")->isVisible());
        QVERIFY(!QFile::exists(impossible));

        // Nothing ticked: said, nothing asked.
        dialog.setColumns({});
        dialog.setFileChooser([](QWidget *, const QString &) {
            qWarning("the file chooser should not open");
            return QString();
        });
        QVERIFY(!dialog.exportNow());
        QVERIFY(dialog.errorMessage().contains(QStringLiteral("column")));

        // A cancelled file chooser: nothing written.
        dialog.setColumns({ QStringLiteral("family_name") });
        dialog.setOutputPath(QString());
        dialog.setFileChooser([](QWidget *, const QString &) { return QString(); });
        QVERIFY(!dialog.exportNow());
        QVERIFY(dialog.resultMessage().isEmpty());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
