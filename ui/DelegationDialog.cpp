#include "DelegationDialog.h"

#include "ui_DelegationDialog.h"

#include "FieldProblems.h"
#include "RecordChoiceCombo.h"
#include "UnsavedChangesGuard.h"

#include "domain/DelegationRules.h"
#include "domain/FormInput.h"
#include "domain/Vocabulary.h"
#include "models/RecordChoices.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>

namespace dd::ui {
DelegationDialog::DelegationDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DelegationDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);

    for (const QString &status : Vocabulary::ids(Vocab::DelegationStatus))
        m_ui->statusCombo->addItem(Vocabulary::label(Vocab::DelegationStatus, status), status);
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(Delegation().status));

    fillChoices(m_ui->eventCombo, EntityKind::Event);
    fillChoices(m_ui->coordinatorCombo, EntityKind::Organisation);
    fillContactChoices(m_ui->headCombo);
    fillPartners();

    const QString exampleDate = FormInput::dateText(QDate(2025, 11, 18));
    m_ui->startsOnEdit->setPlaceholderText(exampleDate);
    m_ui->endsOnEdit->setPlaceholderText(exampleDate);

    m_partnersMirror = new QLineEdit(this);
    m_partnersMirror->setObjectName(QStringLiteral("partnersMirror"));
    m_partnersMirror->hide();
    connect(m_ui->partnersList, &QListWidget::itemChanged, this, [this] {
        QStringList ids;
        for (const RowId id : checkedPartners())
            ids.append(QString::number(id));
        m_partnersMirror->setText(ids.join(QLatin1Char(',')));
    });

    // A message beside a field goes as soon as the field changes; the dates' order is a
    // problem of both dates.
    connect(m_ui->nameEdit, &QLineEdit::textChanged, m_ui->nameError, &QWidget::hide);
    connect(m_ui->startsOnEdit, &QLineEdit::textChanged, m_ui->startsOnError, &QWidget::hide);
    connect(m_ui->startsOnEdit, &QLineEdit::textChanged, m_ui->endsOnError, &QWidget::hide);
    connect(m_ui->endsOnEdit, &QLineEdit::textChanged, m_ui->endsOnError, &QWidget::hide);
    connect(m_ui->plannedSizeEdit, &QLineEdit::textChanged, m_ui->plannedSizeError, &QWidget::hide);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DelegationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DelegationDialog::reject);
    m_unsaved = new UnsavedChangesGuard(this);

    m_ui->nameEdit->setFocus();
}

DelegationDialog::DelegationDialog(storage::Database &database, const Delegation &delegation,
                                   QWidget *parent)
    : DelegationDialog(database, parent)
{
    setWindowTitle(tr("Edit “%1”").arg(delegation.name));
    m_delegation = delegation;
    showDelegation(delegation);
}

DelegationDialog::~DelegationDialog() = default;

void DelegationDialog::fillChoices(QComboBox *combo, EntityKind kind)
{
    combo->addItem(tr("(none)"), QVariant::fromValue(RowId(0)));
    const QString error = addRecordChoices(combo, m_database, kind);
    if (!error.isEmpty())
        showSaveError(kind == EntityKind::Event
                          ? tr("The events to choose from could not be read: %1").arg(error)
                          : tr("The organisations to choose from could not be read: %1").arg(error));
}

void DelegationDialog::fillContactChoices(QComboBox *combo)
{
    combo->addItem(tr("(none)"), QVariant::fromValue(RowId(0)));
    QString error;
    for (const models::RecordChoice &choice : models::personChoices(m_database, &error))
        combo->addItem(choice.label, QVariant::fromValue(choice.id));
    if (!error.isEmpty())
        showSaveError(tr("The contacts to choose from could not be read: %1").arg(error));
}

void DelegationDialog::fillPartners()
{
    QString error;
    for (const models::RecordChoice &choice : models::recordChoices(m_database, EntityKind::Organisation, &error)) {
        auto *item = new QListWidgetItem(choice.label, m_ui->partnersList);
        item->setData(Qt::UserRole, QVariant::fromValue(choice.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (!error.isEmpty())
        showSaveError(tr("The organisations to choose from could not be read: %1").arg(error));
}

void DelegationDialog::selectChoice(QComboBox *combo, RowId id)
{
    int index = combo->findData(QVariant::fromValue(id));
    if (index < 0) {
        // Not in the list read a moment ago (removed since?): kept, so that saving the rest of
        // the delegation does not silently drop the link.
        combo->addItem(tr("Record %1", "a linked record that is not among the choices, by its number").arg(id), QVariant::fromValue(id));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void DelegationDialog::checkPartners(const QList<RowId> &partnerIds)
{
    for (const RowId id : partnerIds) {
        QListWidgetItem *found = nullptr;
        for (int row = 0; row < m_ui->partnersList->count() && !found; ++row) {
            if (m_ui->partnersList->item(row)->data(Qt::UserRole).value<RowId>() == id)
                found = m_ui->partnersList->item(row);
        }
        if (!found) {
            // As for the choices: a partner not in the list read a moment ago is kept.
            found = new QListWidgetItem(tr("Record %1", "a linked record that is not among the choices, by its number").arg(id), m_ui->partnersList);
            found->setData(Qt::UserRole, QVariant::fromValue(id));
            found->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        }
        found->setCheckState(Qt::Checked);
    }
}

QList<RowId> DelegationDialog::checkedPartners() const
{
    QList<RowId> ids;
    for (int row = 0; row < m_ui->partnersList->count(); ++row) {
        const QListWidgetItem *item = m_ui->partnersList->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).value<RowId>());
    }
    return ids;
}

void DelegationDialog::showDelegation(const Delegation &delegation)
{
    m_ui->nameEdit->setText(delegation.name);
    selectChoice(m_ui->eventCombo, delegation.eventId);
    int status = m_ui->statusCombo->findData(delegation.status);
    if (status < 0) {
        // An id this version does not know (written by a newer one?) is kept, not replaced.
        m_ui->statusCombo->addItem(delegation.status, delegation.status);
        status = m_ui->statusCombo->count() - 1;
    }
    m_ui->statusCombo->setCurrentIndex(status);
    selectChoice(m_ui->headCombo, delegation.headId);
    m_ui->startsOnEdit->setText(FormInput::dateText(delegation.startsOn));
    m_ui->endsOnEdit->setText(FormInput::dateText(delegation.endsOn));
    m_ui->plannedSizeEdit->setText(delegation.plannedSize ? QLocale().toString(*delegation.plannedSize)
                                                          : QString());
    selectChoice(m_ui->coordinatorCombo, delegation.coordinatorId);
    checkPartners(delegation.partnerIds);
    m_ui->notesEdit->setPlainText(delegation.notes);
}

Delegation DelegationDialog::delegationFromFields() const
{
    Delegation delegation = m_delegation; // keeps the row id, uid and times of a stored one
    delegation.name = m_ui->nameEdit->text().simplified();
    delegation.eventId = m_ui->eventCombo->currentData().value<RowId>();
    delegation.status = m_ui->statusCombo->currentData().toString();
    delegation.headId = m_ui->headCombo->currentData().value<RowId>();
    if (const std::optional<QDate> startsOn = FormInput::parseDate(m_ui->startsOnEdit->text()))
        delegation.startsOn = *startsOn;
    if (const std::optional<QDate> endsOn = FormInput::parseDate(m_ui->endsOnEdit->text()))
        delegation.endsOn = *endsOn;
    bool sizeRead = false;
    const std::optional<qint64> size = FormInput::parseCount(m_ui->plannedSizeEdit->text(), &sizeRead);
    if (sizeRead)
        delegation.plannedSize = size;
    delegation.coordinatorId = m_ui->coordinatorCombo->currentData().value<RowId>();
    delegation.partnerIds = checkedPartners();
    delegation.notes = m_ui->notesEdit->toPlainText().trimmed();
    return delegation;
}

void DelegationDialog::reject()
{
    if (m_unsaved->mayDiscard())
        QDialog::reject();
}

void DelegationDialog::accept()
{
    m_ui->saveError->hide();
    Delegation delegation = delegationFromFields();
    // A field that cannot be read says so; only fields that were read are judged by the rules.
    const QString startsProblem = FormInput::problemWithDate(m_ui->startsOnEdit->text());
    const QString endsProblem = FormInput::problemWithDate(m_ui->endsOnEdit->text());
    const QString sizeProblem = FormInput::problemWithCount(m_ui->plannedSizeEdit->text());
    const bool fine = showFieldProblems({
        { m_ui->nameError, m_ui->nameEdit, DelegationRules::problemWithName(delegation.name) },
        { m_ui->startsOnError, m_ui->startsOnEdit, startsProblem },
        { m_ui->endsOnError, m_ui->endsOnEdit,
          !endsProblem.isEmpty() ? endsProblem
              : startsProblem.isEmpty() ? DelegationRules::problemWithDates(delegation.startsOn, delegation.endsOn)
                                        : QString() },
        { m_ui->plannedSizeError, m_ui->plannedSizeEdit,
          !sizeProblem.isEmpty() ? sizeProblem : DelegationRules::problemWithPlannedSize(delegation.plannedSize) },
    });
    if (!fine)
        return;

    storage::DelegationRepository repository(m_database);
    const bool saved = delegation.isStored() ? repository.update(delegation) : repository.insert(delegation);
    if (!saved) {
        showSaveError(tr("The delegation could not be saved: %1").arg(repository.lastError()));
        return;
    }
    m_delegation = delegation;
    QDialog::accept();
}

void DelegationDialog::showSaveError(const QString &message)
{
    m_ui->saveError->setText(message);
    m_ui->saveError->show();
}

} // namespace dd::ui
