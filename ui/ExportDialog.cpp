#include "ExportDialog.h"

#include "domain/Vocabulary.h"
#include "models/RecordChoices.h"
#include "ui_ExportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace dd::ui {
namespace {

const QString shownListId = QStringLiteral("shown");
const QString formatKey = QStringLiteral("export/format"); // "excel" or "standard"
const QString headerKey = QStringLiteral("export/header"); // "labels" or "ids"

QStringList checkedData(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}

QListWidgetItem *checkableItem(
    QListWidget *list, const QString &text, const QString &id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

ExportDialog::ExportDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_database(database)
    , m_chooseFile([](QWidget *owner, const QString &suggested) {
        return QFileDialog::getSaveFileName(owner, ExportDialog::tr("Export to CSV"), suggested,
            ExportDialog::tr("CSV files (*.csv);;All files (*)"));
    })
{
    m_ui->setupUi(this);
    // The default button: Enter exports. No accelerator of its own, since "&Export:" labels
    // the list to export and Alt+E goes there.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportButton"));
    m_ui->sensitiveExplanation->setText(exchange::FieldCatalog::sensitiveExplanation());

    const bool semicolon = excelDelimiter(QLocale()) == exchange::CsvWriter::Delimiter::Semicolon;
    m_ui->excelFormat->setText(semicolon ? tr("For E&xcel (semicolons, with a byte-order mark)")
                                         : tr("For E&xcel (commas, with a byte-order mark)"));
    const QSettings settings;
    if (settings.value(formatKey, QStringLiteral("excel")).toString() == QLatin1String("standard"))
        m_ui->standardFormat->setChecked(true);
    else
        m_ui->excelFormat->setChecked(true);
    if (settings.value(headerKey, QStringLiteral("labels")).toString() == QLatin1String("ids"))
        m_ui->headerIds->setChecked(true);
    else
        m_ui->headerLabels->setChecked(true);

    for (const QString &status : Vocabulary::ids(Vocab::MemberStatus))
        checkableItem(
            m_ui->statusList, Vocabulary::label(Vocab::MemberStatus, status), status, false);

    fillTables();
    fillDelegations();
    connect(m_ui->tableCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::tableChanged);
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::presetChanged);
    connect(m_ui->delegationCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::delegationChanged);
    connect(m_ui->columnList, &QListWidget::itemChanged, this, &ExportDialog::columnTicked);
    connect(m_ui->browseButton, &QToolButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    setTable(EntityKind::Member);
}

ExportDialog::~ExportDialog() = default;

exchange::CsvWriter::Delimiter ExportDialog::excelDelimiter(const QLocale &locale)
{
    // Excel splits a CSV file at the system's list separator, which is a semicolon wherever the
    // comma is the decimal separator.
    return locale.decimalPoint() == QLatin1String(",") ? exchange::CsvWriter::Delimiter::Semicolon
                                                       : exchange::CsvWriter::Delimiter::Comma;
}

void ExportDialog::fillTables()
{
    const QSignalBlocker blocker(m_ui->tableCombo);
    m_ui->tableCombo->clear();
    if (m_shown) {
        m_ui->tableCombo->addItem(
            tr("The list as shown: %1, %n column(s)", nullptr, int(m_shown->columnIds.size()))
                .arg(Entity::pluralLabel(m_shown->kind)),
            shownListId);
    }
    for (EntityKind kind : exchange::FieldCatalog::tables())
        m_ui->tableCombo->addItem(Entity::pluralLabel(kind), Entity::id(kind));
}

void ExportDialog::fillDelegations()
{
    m_ui->delegationCombo->clear();
    m_ui->delegationCombo->addItem(tr("All delegations"), RowId(0));
    for (const models::RecordChoice &choice :
        models::recordChoices(m_database, EntityKind::Delegation))
        m_ui->delegationCombo->addItem(choice.label, choice.id);
}

void ExportDialog::setShownList(const exchange::ShownList &list)
{
    m_shown = list;
    fillTables();
    m_ui->tableCombo->setCurrentIndex(0);
    tableChanged();
}

void ExportDialog::setTable(EntityKind table)
{
    const int index = m_ui->tableCombo->findData(Entity::id(table));
    if (index < 0)
        return;
    if (index == m_ui->tableCombo->currentIndex())
        tableChanged(); // fill the columns even when the choice stays
    else
        m_ui->tableCombo->setCurrentIndex(index);
}

void ExportDialog::selectDelegation(RowId delegationId)
{
    const int index = m_ui->delegationCombo->findData(delegationId);
    if (index >= 0)
        m_ui->delegationCombo->setCurrentIndex(index);
}

void ExportDialog::selectPreset(std::optional<exchange::FieldCatalog::Preset> preset)
{
    const int index
        = preset ? m_ui->presetCombo->findData(exchange::FieldCatalog::presetId(*preset)) : 0;
    if (index >= 0)
        m_ui->presetCombo->setCurrentIndex(index);
}

void ExportDialog::setColumns(const QStringList &fieldIds)
{
    selectPreset(std::nullopt);
    m_ticking = true;
    for (QListWidget *list : { m_ui->columnList, m_ui->sensitiveList }) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setCheckState(fieldIds.contains(item->data(Qt::UserRole).toString())
                    ? Qt::Checked
                    : Qt::Unchecked);
        }
    }
    m_ticking = false;
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
}

std::optional<EntityKind> ExportDialog::currentTable() const
{
    const QString id = m_ui->tableCombo->currentData().toString();
    if (id == shownListId)
        return std::nullopt;
    return exchange::FieldCatalog::tableFromId(id);
}

bool ExportDialog::exportsShownList() const
{
    return m_shown && m_ui->tableCombo->currentData().toString() == shownListId;
}

std::optional<exchange::FieldCatalog::Preset> ExportDialog::currentPreset() const
{
    if (currentTable() != EntityKind::Member)
        return std::nullopt;
    return exchange::FieldCatalog::presetFromId(m_ui->presetCombo->currentData().toString());
}

void ExportDialog::tableChanged()
{
    const std::optional<EntityKind> table = currentTable();
    const bool shown = !table;
    const bool attendees = table == EntityKind::Member;
    const bool byDelegation = attendees || table == EntityKind::Meeting;

    m_ui->columnsGroup->setEnabled(!shown);
    m_ui->delegationLabel->setVisible(byDelegation);
    m_ui->delegationCombo->setVisible(byDelegation);
    m_ui->presetLabel->setVisible(attendees);
    m_ui->presetCombo->setVisible(attendees);
    m_ui->presetDescription->setVisible(attendees || shown);
    m_ui->statusGroup->setVisible(attendees);

    m_ticking = true;
    m_ui->columnList->clear();
    m_ui->sensitiveList->clear();
    if (shown) {
        // The list's own columns, as shown: listed for information, not to be changed here.
        storage::ListSource source(m_database, m_shown->kind);
        for (const QString &id : std::as_const(m_shown->columnIds)) {
            const int index = source.columnIndex(id);
            checkableItem(m_ui->columnList,
                index >= 0 ? source.columns().at(index).translatedLabel() : id, id, true);
        }
        m_ui->presetDescription->setText(tr(
            "The rows of the list on screen, with its filter and sort, and the columns it shows."));
    } else {
        for (const exchange::Field &field : exchange::FieldCatalog::fields(*table)) {
            checkableItem(field.sensitive ? m_ui->sensitiveList : m_ui->columnList, field.label(),
                field.id, !field.sensitive);
        }
    }
    m_ui->sensitiveGroup->setVisible(m_ui->sensitiveList->count() > 0);
    m_ticking = false;

    const QSignalBlocker blocker(m_ui->presetCombo);
    m_ui->presetCombo->clear();
    m_ui->presetCombo->addItem(tr("The columns ticked below"), QString());
    if (attendees) {
        for (exchange::FieldCatalog::Preset preset : exchange::FieldCatalog::presets())
            m_ui->presetCombo->addItem(exchange::FieldCatalog::presetLabel(preset),
                exchange::FieldCatalog::presetId(preset));
    }
    if (!shown)
        presetChanged();
    showMessage(QString(), false);
}

void ExportDialog::presetChanged()
{
    const std::optional<exchange::FieldCatalog::Preset> preset = currentPreset();
    if (!preset) {
        m_ui->presetDescription->setText(currentTable() == EntityKind::Member
                ? tr("Every member of the chosen delegations and statuses, with the "
                     "columns ticked below.")
                : QString());
        return;
    }
    m_ui->presetDescription->setText(exchange::FieldCatalog::presetDescription(*preset));
    const QStringList fields = exchange::FieldCatalog::presetFields(*preset);
    m_ticking = true;
    for (int i = 0; i < m_ui->columnList->count(); ++i) {
        QListWidgetItem *item = m_ui->columnList->item(i);
        item->setCheckState(
            fields.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    // A preset never carries a sensitive field; one ticked earlier is unticked.
    for (int i = 0; i < m_ui->sensitiveList->count(); ++i)
        m_ui->sensitiveList->item(i)->setCheckState(Qt::Unchecked);
    m_ticking = false;
}

void ExportDialog::delegationChanged()
{
    // The delegation column says whose member each row is: wanted when the list spans
    // delegations, not when it is one delegation's list.
    if (currentTable() != EntityKind::Member || currentPreset())
        return;
    for (int i = 0; i < m_ui->columnList->count(); ++i) {
        QListWidgetItem *item = m_ui->columnList->item(i);
        if (item->data(Qt::UserRole).toString() == QLatin1String("delegation")) {
            const bool all = m_ui->delegationCombo->currentData().value<RowId>() == 0;
            m_ticking = true;
            item->setCheckState(all ? Qt::Checked : Qt::Unchecked);
            m_ticking = false;
        }
    }
}

void ExportDialog::columnTicked()
{
    // A column ticked by hand makes the list one's own choice (the public list's consent rule
    // goes with the preset, and the description says so).
    if (!m_ticking && currentPreset())
        m_ui->presetCombo->setCurrentIndex(0);
}

QStringList ExportDialog::tickedColumns(bool sensitive) const
{
    return checkedData(sensitive ? m_ui->sensitiveList : m_ui->columnList);
}

exchange::HeaderStyle ExportDialog::headerStyle() const
{
    return m_ui->headerIds->isChecked() ? exchange::HeaderStyle::Ids
                                        : exchange::HeaderStyle::Labels;
}

exchange::CsvWriter::Options ExportDialog::csvOptions() const
{
    exchange::CsvWriter::Options options;
    const bool excel = m_ui->excelFormat->isChecked();
    options.delimiter = excel ? excelDelimiter(QLocale()) : exchange::CsvWriter::Delimiter::Comma;
    options.byteOrderMark = excel;
    options.formulaGuard = m_ui->formulaGuardCheck->isChecked();
    return options;
}

exchange::ExportRequest ExportDialog::request() const
{
    exchange::ExportRequest request;
    request.table = currentTable().value_or(EntityKind::Member);
    request.preset = currentPreset();
    // With a preset the sensitive fields ticked are added to its own; without, the ticked
    // columns are exactly what is written.
    request.columns
        = request.preset ? tickedColumns(true) : tickedColumns(false) + tickedColumns(true);
    if (request.table == EntityKind::Member || request.table == EntityKind::Meeting)
        request.delegationId = m_ui->delegationCombo->currentData().value<RowId>();
    if (request.table == EntityKind::Member)
        request.statuses = checkedData(m_ui->statusList);
    request.header = headerStyle();
    request.csv = csvOptions();
    return request;
}

QString ExportDialog::suggestedFileName() const
{
    QString name;
    if (exportsShownList()) {
        name = Entity::id(m_shown->kind);
    } else {
        name = Entity::id(currentTable().value_or(EntityKind::Member));
        if (const auto preset = currentPreset())
            name += QLatin1Char('-') + exchange::FieldCatalog::presetId(*preset);
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder)
        .filePath(name + QStringLiteral(".csv"));
}

void ExportDialog::chooseFile()
{
    const QString current = outputPath();
    const QString chosen = m_chooseFile(this, current.isEmpty() ? suggestedFileName() : current);
    if (!chosen.isEmpty())
        setOutputPath(chosen);
}

void ExportDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setProperty("error", error);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString ExportDialog::errorMessage() const
{
    return m_ui->messageLabel->property("error").toBool() ? m_ui->messageLabel->text() : QString();
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(formatKey,
        m_ui->excelFormat->isChecked() ? QStringLiteral("excel") : QStringLiteral("standard"));
    settings.setValue(
        headerKey, m_ui->headerIds->isChecked() ? QStringLiteral("ids") : QStringLiteral("labels"));
}

bool ExportDialog::exportNow()
{
    m_result.clear();
    if (!exportsShownList() && !currentPreset() && tickedColumns(false).isEmpty()
        && tickedColumns(true).isEmpty()) {
        showMessage(tr("Tick at least one column."), true);
        return false;
    }
    if (outputPath().isEmpty())
        chooseFile();
    const QString path = outputPath();
    if (path.isEmpty()) {
        showMessage(tr("Choose the file to write."), true);
        return false;
    }
    exchange::CsvExport exporter(m_database);
    QString error;
    const bool written = exportsShownList()
        ? exporter.writeListFile(*m_shown, headerStyle(), csvOptions(), path, &error)
        : exporter.writeFile(request(), path, &error);
    if (!written) {
        showMessage(error, true);
        return false;
    }
    saveSettings();
    m_result = tr("Exported %n row(s) to “%1”.", nullptr, int(exporter.rowsWritten()))
                   .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    showMessage(m_result, false);
    return true;
}

void ExportDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

} // namespace dd::ui
