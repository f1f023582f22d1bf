#include "OrganisationDialog.h"

#include "ui_OrganisationDialog.h"

#include "FieldProblems.h"
#include "RecordChoiceCombo.h"
#include "UnsavedChangesGuard.h"

#include "domain/EntityKind.h"
#include "domain/OrganisationRules.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/OrganisationRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace dd::ui {

OrganisationDialog::OrganisationDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrganisationDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);

    for (const QString &kind : Vocabulary::ids(Vocab::OrganisationKind))
        m_ui->kindCombo->addItem(Vocabulary::label(Vocab::OrganisationKind, kind), kind);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(Organisation().kind));

    m_ui->parentCombo->addItem(tr("(none)"), QVariant::fromValue(RowId(0)));
    const QString error = addRecordChoices(m_ui->parentCombo, m_database, EntityKind::Organisation);
    if (!error.isEmpty())
        showSaveError(tr("The organisations to choose from could not be read: %1").arg(error));

    m_ui->countryEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), this));
    connect(m_ui->countryEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper())
            m_ui->countryEdit->setText(text.toUpper());
    });

    // A message beside a field goes as soon as the field changes.
    connect(m_ui->nameEdit, &QLineEdit::textChanged, m_ui->nameError, &QWidget::hide);
    connect(m_ui->countryEdit, &QLineEdit::textChanged, m_ui->countryError, &QWidget::hide);
    connect(m_ui->websiteEdit, &QLineEdit::textChanged, m_ui->websiteError, &QWidget::hide);
    connect(m_ui->parentCombo, &QComboBox::currentIndexChanged, m_ui->parentError, &QWidget::hide);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &OrganisationDialog::reject);
    m_unsaved = new UnsavedChangesGuard(this);

    m_ui->nameEdit->setFocus();
}

OrganisationDialog::OrganisationDialog(storage::Database &database, const Organisation &organisation,
                                       QWidget *parent)
    : OrganisationDialog(database, parent)
{
    setWindowTitle(tr("Edit “%1”").arg(organisation.name));
    m_organisation = organisation;
    // An organisation cannot be part of itself: it is not offered.
    const int self = m_ui->parentCombo->findData(QVariant::fromValue(organisation.id));
    if (self > 0)
        m_ui->parentCombo->removeItem(self);
    showOrganisation(organisation);
}

OrganisationDialog::~OrganisationDialog() = default;

void OrganisationDialog::showOrganisation(const Organisation &organisation)
{
    m_ui->nameEdit->setText(organisation.name);
    int kind = m_ui->kindCombo->findData(organisation.kind);
    if (kind < 0) {
        // An id this version does not know (written by a newer one?) is kept, not replaced.
        m_ui->kindCombo->addItem(organisation.kind, organisation.kind);
        kind = m_ui->kindCombo->count() - 1;
    }
    m_ui->kindCombo->setCurrentIndex(kind);
    m_ui->countryEdit->setText(organisation.country);
    m_ui->websiteEdit->setText(organisation.website);
    int parent = m_ui->parentCombo->findData(QVariant::fromValue(organisation.parentId));
    if (parent < 0) {
        // Not in the list read a moment ago (removed since?): kept, so that saving the rest
        // does not silently drop the link.
        m_ui->parentCombo->addItem(tr("Record %1", "a linked record that is not among the choices, by its number").arg(organisation.parentId),
                                   QVariant::fromValue(organisation.parentId));
        parent = m_ui->parentCombo->count() - 1;
    }
    m_ui->parentCombo->setCurrentIndex(parent);
    m_ui->notesEdit->setPlainText(organisation.notes);
}

Organisation OrganisationDialog::organisationFromFields() const
{
    Organisation organisation = m_organisation; // keeps the row id, uid and times of a stored one
    organisation.name = m_ui->nameEdit->text().simplified();
    organisation.kind = m_ui->kindCombo->currentData().toString();
    organisation.country = m_ui->countryEdit->text().trimmed().toUpper();
    organisation.website = m_ui->websiteEdit->text().trimmed();
    organisation.parentId = m_ui->parentCombo->currentData().value<RowId>();
    organisation.notes = m_ui->notesEdit->toPlainText().trimmed();
    return organisation;
}

void OrganisationDialog::reject()
{
    if (m_unsaved->mayDiscard())
        QDialog::reject();
}

void OrganisationDialog::accept()
{
    m_ui->saveError->hide();
    Organisation organisation = organisationFromFields();
    const bool fine = showFieldProblems({
        { m_ui->nameError, m_ui->nameEdit, OrganisationRules::problemWithName(organisation.name) },
        { m_ui->countryError, m_ui->countryEdit, OrganisationRules::problemWithCountry(organisation.country) },
        { m_ui->websiteError, m_ui->websiteEdit, OrganisationRules::problemWithWebsite(organisation.website) },
        { m_ui->parentError, m_ui->parentCombo,
          OrganisationRules::problemWithParent(organisation.id, organisation.parentId) },
    });
    if (!fine)
        return;

    storage::OrganisationRepository repository(m_database);
    const bool saved = organisation.isStored() ? repository.update(organisation)
                                               : repository.insert(organisation);
    if (!saved) {
        showSaveError(tr("The organisation could not be saved: %1").arg(repository.lastError()));
        return;
    }
    m_organisation = organisation;
    QDialog::accept();
}

void OrganisationDialog::showSaveError(const QString &message)
{
    m_ui->saveError->setText(message);
    m_ui->saveError->show();
}

} // namespace dd::ui
