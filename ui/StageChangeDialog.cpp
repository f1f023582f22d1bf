#include "StageChangeDialog.h"

#include "ui_StageChangeDialog.h"

#include "domain/FormInput.h"
#include "domain/PartnershipRules.h"
#include "domain/Vocabulary.h"
#include "models/RecordDetails.h"
#include "storage/PartnershipRepository.h"

#include <QPushButton>

namespace dd::ui {

StageChangeDialog::StageChangeDialog(storage::Database &database, const Partnership &partnership,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StageChangeDialog>())
    , m_database(database)
    , m_partnership(partnership)
{
    m_ui->setupUi(this);

    const models::RecordDetails details
        = models::RecordDetails::load(database, EntityKind::Partnership, partnership.id);
    QFont titleFont = m_ui->partnershipLabel->font();
    titleFont.setBold(true);
    m_ui->partnershipLabel->setFont(titleFont);
    m_ui->partnershipLabel->setText(details.found ? details.title : QString());
    m_ui->partnershipLabel->setVisible(details.found);

    const QString current = Vocabulary::label(Vocab::PartnershipStage, partnership.stage);
    const QDate since = partnership.history.isEmpty() ? QDate() : partnership.history.constLast().changedOn;
    m_ui->currentStageLabel->setText(
        since.isValid() ? tr("Now at the stage “%1”, since %2.").arg(current, FormInput::dateText(since))
                        : tr("Now at the stage “%1”.").arg(current));

    // Every stage, in workflow order; the usual move is offered first: the stage after the
    // current one, or back to active for a dormant partnership.
    const QStringList stages = Vocabulary::ids(Vocab::PartnershipStage);
    for (const QString &stage : stages)
        m_ui->stageCombo->addItem(Vocabulary::label(Vocab::PartnershipStage, stage), stage);
    const int rank = Vocabulary::rank(Vocab::PartnershipStage, partnership.stage);
    int next = rank >= 0 && rank + 1 < stages.size() ? rank + 1 : qMax(rank, 0);
    if (partnership.stage == QLatin1String("dormant"))
        next = Vocabulary::rank(Vocab::PartnershipStage, QStringLiteral("active"));
    m_ui->stageCombo->setCurrentIndex(next);

    // A four-digit year whatever the locale's short format says: "3/4/25" is ambiguous.
    m_ui->dateEdit->setDisplayFormat(FormInput::dateFormat());
    m_ui->dateEdit->setDate(QDate::currentDate());

    // The problem follows the fields, so that the user sees why before pressing OK.
    const auto recheck = [this] { showProblem(problem()); };
    connect(m_ui->stageCombo, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, recheck);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StageChangeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StageChangeDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record the Change"));
    recheck();

    m_ui->stageCombo->setFocus();
}

StageChangeDialog::~StageChangeDialog() = default;

QString StageChangeDialog::chosenStage() const
{
    return m_ui->stageCombo->currentData().toString();
}

QString StageChangeDialog::problem() const
{
    return PartnershipRules::problemWithStageChange(m_partnership, chosenStage(), m_ui->dateEdit->date());
}

void StageChangeDialog::showProblem(const QString &problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
}

void StageChangeDialog::accept()
{
    const QString refused = problem();
    if (!refused.isEmpty()) {
        showProblem(refused);
        m_ui->stageCombo->setFocus();
        return;
    }
    Partnership changed = m_partnership;
    storage::PartnershipRepository repository(m_database);
    if (!repository.changeStage(changed, chosenStage(), m_ui->dateEdit->date(), m_ui->noteEdit->text().trimmed())) {
        showProblem(tr("The change could not be saved: %1").arg(repository.lastError()));
        return;
    }
    m_partnership = changed;
    QDialog::accept();
}

} // namespace dd::ui
