#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include "exchange/FieldCatalog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidgetItem>

namespace dd::ui {
namespace {

// Rows shown in the preview: enough to see that the columns went where they should.
constexpr int previewRows = 20;
// Duplicates and problems shown one by one; the rest are counted.
constexpr int listedRows = 1000;

using exchange::DuplicatePolicy;

// The combos of a table about to be filled again: out of sight of findChild() and of this
// dialog's slots at once, deleted later (one of them may be emitting the signal that got here).
void retireCellWidgets(QTableWidget *table)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (QWidget *widget = table->cellWidget(row, column)) {
                widget->setObjectName(QString());
                widget->disconnect();
                widget->hide();
                widget->deleteLater();
            }
        }
    }
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setToolTip(text);
    return cell;
}

void fillPolicies(QComboBox *combo)
{
    for (DuplicatePolicy policy : { DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Create })
        combo->addItem(exchange::CsvImport::policyLabel(policy), int(policy));
}

} // namespace

ImportDialog::ImportDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);
    QPushButton *importButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    importButton->setText(tr("&Import"));
    importButton->setObjectName(QStringLiteral("importButton"));

    using Reader = exchange::CsvReader;
    for (Reader::Encoding encoding : { Reader::Encoding::Auto, Reader::Encoding::Utf8,
             Reader::Encoding::Windows1251, Reader::Encoding::Windows1252 })
        m_ui->encodingCombo->addItem(Reader::encodingLabel(encoding), int(encoding));
    for (Reader::Delimiter delimiter :
        { Reader::Delimiter::Auto, Reader::Delimiter::Comma, Reader::Delimiter::Semicolon, Reader::Delimiter::Tab })
        m_ui->delimiterCombo->addItem(Reader::delimiterLabel(delimiter), int(delimiter));
    fillPolicies(m_ui->duplicatePolicyCombo);

    m_ui->mappingTable->setColumnCount(3);
    m_ui->mappingTable->setHorizontalHeaderLabels({ tr("Column in the file"), tr("First value"), tr("Field") });
    m_ui->mappingTable->horizontalHeader()->setStretchLastSection(true);
    // Columns start as wide as their header in the user's language, and stay resizable.
    const auto headersWhole = [](QTableWidget *table) {
        QHeaderView *header = table->horizontalHeader();
        for (int section = 0; section + 1 < header->count(); ++section)
            header->resizeSection(section, qMax(header->sectionSize(section), header->sectionSizeHint(section)));
    };
    headersWhole(m_ui->mappingTable);
    m_ui->problemsTable->setColumnCount(3);
    m_ui->problemsTable->setHorizontalHeaderLabels({ tr("Line"), tr("Field"), tr("Problem") });
    m_ui->problemsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->duplicatesTable->setColumnCount(5);
    m_ui->duplicatesTable->setHorizontalHeaderLabels(
        { tr("Line"), tr("Same", "header: the field whose value is the same, such as e-mail"), tr("Value"),
          tr("Matches", "header: the row of the file or the stored record it duplicates"), tr("Action") });
    m_ui->duplicatesTable->horizontalHeader()->setStretchLastSection(true);
    headersWhole(m_ui->duplicatesTable);
    headersWhole(m_ui->problemsTable);
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(false);
    m_ui->cancelImportButton->setVisible(false);

    m_chooseOpen = [](QWidget *owner) {
        return QFileDialog::getOpenFileName(owner, tr("Import from CSV"), QString(),
            tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    };
    m_chooseSave = [](QWidget *owner) {
        return QFileDialog::getSaveFileName(owner, tr("Save rejected rows"), tr("rejected-rows.csv"),
            tr("CSV files (*.csv)"));
    };

    connect(m_ui->browseButton, &QPushButton::clicked, this, [this]() {
        const QString chosen = m_chooseOpen ? m_chooseOpen(this) : QString();
        if (!chosen.isEmpty())
            setFilePath(chosen);
    });
    auto reread = [this]() {
        if (m_filling)
            return;
        m_columnFields.clear(); // other columns: match them again
        analyse();
    };
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, reread);
    connect(m_ui->delimiterCombo, &QComboBox::currentIndexChanged, this, reread);
    connect(m_ui->duplicatePolicyCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_filling)
            return;
        m_rowPolicies.clear();
        analyse();
    });
    connect(m_ui->skipBadRows, &QCheckBox::toggled, this, [this]() { updateState(); });
    connect(m_ui->saveRejectedButton, &QPushButton::clicked, this, [this]() {
        const QString chosen = m_chooseSave ? m_chooseSave(this) : QString();
        if (!chosen.isEmpty())
            saveRejected(chosen);
    });
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this]() { runImport(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this]() {
        if (m_running)
            cancelImport();
        else
            reject();
    });
    setTable(EntityKind::Contact);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setTable(EntityKind table)
{
    m_table = exchange::CsvImport::tables().contains(table) ? table : EntityKind::Contact;
    m_ui->tableName->setText(Entity::pluralLabel(m_table));
    m_columnFields.clear();
    if (!m_path.isEmpty())
        analyse();
    updateState();
}

void ImportDialog::setDelegation(RowId delegationId)
{
    m_delegationId = delegationId;
    if (!m_path.isEmpty())
        analyse();
}

void ImportDialog::setFilePath(const QString &path)
{
    m_path = path;
    m_ui->filePath->setText(QDir::toNativeSeparators(path));
    m_columnFields.clear();
    m_rowPolicies.clear();
    analyse();
}

QStringList ImportDialog::columnFields() const
{
    QStringList fields;
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(row, 2));
        fields.append(combo ? combo->currentData().toString() : QString());
    }
    return fields;
}

void ImportDialog::setColumnField(int column, const QString &fieldId)
{
    auto *combo = qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(column, 2));
    if (!combo)
        return;
    const int index = combo->findData(fieldId);
    if (index >= 0)
        combo->setCurrentIndex(index); // the combo's signal reads the file again
}

void ImportDialog::setDuplicatePolicy(qint64 line, DuplicatePolicy policy)
{
    m_rowPolicies.insert(line, policy);
    const auto combos = m_ui->duplicatesTable->findChildren<QComboBox *>(QStringLiteral("duplicateAction%1").arg(line));
    for (QComboBox *combo : combos) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(int(policy)));
    }
}

void ImportDialog::setAllDuplicatesPolicy(DuplicatePolicy policy)
{
    m_ui->duplicatePolicyCombo->setCurrentIndex(m_ui->duplicatePolicyCombo->findData(int(policy)));
}

exchange::ImportRequest ImportDialog::request(bool dryRun) const
{
    exchange::ImportRequest request;
    request.table = m_table;
    request.csv.encoding = exchange::CsvReader::Encoding(m_ui->encodingCombo->currentData().toInt());
    request.csv.delimiter = exchange::CsvReader::Delimiter(m_ui->delimiterCombo->currentData().toInt());
    request.columnFields = m_columnFields;
    request.delegationId = m_table == EntityKind::Member ? m_delegationId : 0;
    request.onDuplicate = DuplicatePolicy(m_ui->duplicatePolicyCombo->currentData().toInt());
    request.rowPolicies = m_rowPolicies;
    request.skipBadRows = m_ui->skipBadRows->isChecked();
    request.dryRun = dryRun;
    request.previewRows = dryRun ? previewRows : 0;
    return request;
}

void ImportDialog::analyse()
{
    m_analysed = false;
    if (m_path.isEmpty()) {
        updateState();
        return;
    }
    exchange::CsvImport importer(m_database);
    exchange::ImportRequest dry = request(true);
    dry.skipBadRows = true; // list every problem, whatever is chosen for the import
    importer.runFile(dry, m_path, &m_report);
    m_analysed = m_report.error.isEmpty();
    m_filling = true;
    fillMapping();
    fillPreview();
    fillProblems();
    fillDuplicates();
    m_filling = false;
    if (!m_report.error.isEmpty()) {
        showMessage(m_report.error, true);
    } else {
        // Labels and counts stand alone after a colon: no noun has to agree with a number or
        // take a case from the sentence around it.
        QString detected = tr("Encoding: %1. Delimiter: %2.")
                               .arg(exchange::CsvReader::encodingLabel(m_report.encoding),
                                   exchange::CsvReader::delimiterLabel(m_report.delimiter));
        QString counts = tr("Rows: %L1. To create: %L2. To update: %L3. Duplicates to skip: %L4. "
                            "With problems: %L5.")
                             .arg(m_report.rows)
                             .arg(m_report.created)
                             .arg(m_report.updated)
                             .arg(m_report.skipped)
                             .arg(m_report.rejected);
        QStringList lines { detected, counts };
        lines += m_report.notes;
        showMessage(lines.join(QLatin1Char('\n')), m_report.rejected > 0);
    }
    updateState();
}

void ImportDialog::fillMapping()
{
    QTableWidget *table = m_ui->mappingTable;
    retireCellWidgets(table);
    table->clearContents();
    table->setRowCount(int(m_report.header.size()));
    const QStringList importable = exchange::CsvImport::importableFields(m_table);
    for (int column = 0; column < m_report.header.size(); ++column) {
        table->setItem(column, 0, item(m_report.header.at(column)));
        auto *combo = new QComboBox(table);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(column));
        combo->addItem(tr("— not imported —"), QString());
        for (const QString &id : importable) {
            const exchange::Field *field = exchange::FieldCatalog::field(m_table, id);
            combo->addItem(field ? QStringLiteral("%1 (%2)").arg(field->label(), id) : id, id);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(m_report.columnFields.value(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            if (m_filling)
                return;
            m_columnFields = columnFields();
            analyse();
        });
        table->setCellWidget(column, 2, combo);
    }
    // The first value of each column as the preview stored it, when that field is shown.
    if (!m_report.preview.isEmpty()) {
        const QStringList &values = m_report.preview.constFirst().second;
        for (int column = 0; column < m_report.header.size(); ++column) {
            const qsizetype at = m_report.previewFields.indexOf(m_report.columnFields.value(column));
            if (at >= 0)
                table->setItem(column, 1, item(values.value(at)));
        }
    }
    table->resizeColumnsToContents();
}

void ImportDialog::fillPreview()
{
    QTableWidget *table = m_ui->previewTable;
    table->clear();
    table->setColumnCount(int(m_report.previewFields.size()) + 1);
    QStringList labels { tr("Line") };
    for (const QString &id : std::as_const(m_report.previewFields)) {
        const exchange::Field *field = exchange::FieldCatalog::field(m_table, id);
        labels.append(field ? field->label() : id);
    }
    table->setHorizontalHeaderLabels(labels);
    table->setRowCount(int(m_report.preview.size()));
    for (int row = 0; row < m_report.preview.size(); ++row) {
        const auto &[line, values] = m_report.preview.at(row);
        table->setItem(row, 0, item(QString::number(line)));
        for (int column = 0; column < values.size(); ++column)
            table->setItem(row, column + 1, item(values.at(column)));
    }
    table->resizeColumnsToContents();
}

void ImportDialog::fillProblems()
{
    QTableWidget *table = m_ui->problemsTable;
    table->clearContents();
    const int shown = int(qMin<qsizetype>(m_report.problems.size(), listedRows));
    table->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const exchange::ImportProblem &problem = m_report.problems.at(row);
        table->setItem(row, 0, item(QString::number(problem.line)));
        table->setItem(row, 1, item(problem.field));
        table->setItem(row, 2, item(problem.message));
    }
    table->resizeColumnToContents(0);
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->problemsTab),
        tr("P&roblems (%1)").arg(m_report.problems.size()));
}

void ImportDialog::fillDuplicates()
{
    QTableWidget *table = m_ui->duplicatesTable;
    retireCellWidgets(table);
    table->clearContents();
    const int shown = int(qMin<qsizetype>(m_report.duplicates.size(), listedRows));
    table->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const exchange::ImportDuplicate &duplicate = m_report.duplicates.at(row);
        table->setItem(row, 0, item(QString::number(duplicate.line)));
        table->setItem(row, 1, item(duplicate.field));
        table->setItem(row, 2, item(duplicate.value));
        table->setItem(row, 3, item(duplicate.earlierLine != 0
                                       ? tr("line %1 of the file").arg(duplicate.earlierLine)
                                       : tr("a stored record")));
        auto *combo = new QComboBox(table);
        combo->setObjectName(QStringLiteral("duplicateAction%1").arg(duplicate.line));
        fillPolicies(combo);
        combo->setCurrentIndex(combo->findData(int(duplicate.policy)));
        const qint64 line = duplicate.line;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, line]() {
            m_rowPolicies.insert(line, DuplicatePolicy(combo->currentData().toInt()));
        });
        table->setCellWidget(row, 4, combo);
    }
    table->resizeColumnsToContents();
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->duplicatesTab),
        tr("D&uplicates (%1)").arg(m_report.duplicates.size()));
}

void ImportDialog::updateState()
{
    const bool needsDelegation = m_table == EntityKind::Member && m_delegationId == 0
        && !m_report.columnFields.contains(QStringLiteral("delegation"));
    const bool clean = m_analysed && m_report.rejected == 0;
    const bool canImport = !m_running && m_analysed && m_report.rows > 0 && !needsDelegation
        && (clean || m_ui->skipBadRows->isChecked());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canImport);
    m_ui->saveRejectedButton->setEnabled(!m_running && !m_report.rejectedRows.isEmpty());
    const bool idle = !m_running;
    for (QWidget *widget : { static_cast<QWidget *>(m_ui->browseButton), static_cast<QWidget *>(m_ui->encodingCombo),
             static_cast<QWidget *>(m_ui->delimiterCombo), static_cast<QWidget *>(m_ui->tabs),
             static_cast<QWidget *>(m_ui->skipBadRows) })
        widget->setEnabled(idle);
    m_ui->progressBar->setVisible(m_running);
    m_ui->cancelImportButton->setVisible(m_running);
}

void ImportDialog::showMessage(const QString &text, bool error)
{
    m_ui->summaryLabel->setText(text);
    m_ui->summaryLabel->setProperty("error", error);
}

bool ImportDialog::saveRejected(const QString &path)
{
    QString error;
    if (!exchange::CsvImport::writeRejected(m_report, path, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Saved %n rejected row(s) to “%1”.", nullptr, int(m_report.rejectedRows.size()))
                    .arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

bool ImportDialog::runImport()
{
    if (m_running || !m_analysed)
        return false;
    m_running = true;
    m_cancelRequested = false;
    m_ui->progressBar->setValue(0);
    updateState();
    exchange::CsvImport importer(m_database);
    // The import runs here, on the window's thread, in steps of a few hundred rows; between
    // them the progress bar is drawn and Cancel is heard.
    importer.setProgress([this](qint64 done, qint64 total) {
        m_ui->progressBar->setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        if (m_observer && !m_observer(done, total))
            m_cancelRequested = true;
        return !m_cancelRequested;
    });
    exchange::ImportReport result;
    const bool ok = importer.runFile(request(false), m_path, &result);
    m_running = false;
    if (!ok) {
        // The lists stay those of the dry run; the message says why nothing was written.
        const QString message = result.cancelled ? result.error
            : !result.error.isEmpty()          ? result.error
                                               : tr("%n row(s) have problems; nothing was imported.", nullptr,
                                                   int(result.rejected));
        showMessage(message, true);
        updateState();
        return false;
    }
    m_report = result;
    m_imported = result.created + result.updated;
    m_resultMessage = tr("The import into the list “%1” is done. Created: %L2. Updated: %L3. Skipped: %L4. "
                         "Left out: %L5.")
                          .arg(Entity::pluralLabel(m_table))
                          .arg(result.created)
                          .arg(result.updated)
                          .arg(result.skipped)
                          .arg(result.rejected);
    showMessage(m_resultMessage, false);
    updateState();
    accept();
    return true;
}

} // namespace dd::ui
