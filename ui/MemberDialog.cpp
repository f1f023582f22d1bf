#include "MemberDialog.h"

#include "ui_MemberDialog.h"

#include "RecordChoiceCombo.h"
#include "UnsavedChangesGuard.h"

#include "domain/DelegationRules.h"
#include "domain/FormInput.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"

#include <QLocale>
#include <QPushButton>

#include <memory>

namespace dd::ui {
namespace {

// The value a date field holds when nothing is set: shown as "Not set".
const QDate notSet(2000, 1, 1);

void addTerms(QComboBox *combo, Vocab vocab, const QString &none = {})
{
    if (!none.isNull())
        combo->addItem(none, QString());
    for (const QString &id : Vocabulary::ids(vocab))
        combo->addItem(Vocabulary::label(vocab, id), id);
}

} // namespace

MemberDialog::MemberDialog(storage::Database &database, const DelegationMember &member,
                           const QString &memberName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberDialog>())
    , m_database(database)
    , m_member(member)
    , m_memberName(memberName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit Member — %1").arg(memberName));

    for (QDateTimeEdit *edit : { m_ui->arrivalEdit, m_ui->departureEdit })
        setUpOptional(edit);
    for (QDateEdit *edit : { m_ui->checkInEdit, m_ui->checkOutEdit })
        setUpOptional(edit);
    fillChoices();

    if (const auto delegation = storage::DelegationRepository(m_database).find(member.delegationId)) {
        m_startsOn = delegation->startsOn;
        m_endsOn = delegation->endsOn;
        const QLocale locale;
        QString dates;
        if (m_startsOn.isValid() && m_endsOn.isValid())
            dates = tr("%1 – %2").arg(FormInput::dateText(m_startsOn, locale),
                                      FormInput::dateText(m_endsOn, locale));
        m_ui->headingLabel->setText(dates.isEmpty() ? tr("<b>%1</b> in %2", "a member’s name in a delegation’s name").arg(memberName.toHtmlEscaped(),
                                                                                 delegation->name.toHtmlEscaped())
                                                    : tr("<b>%1</b> in %2, %3", "a member’s name in a delegation’s name, its dates")
                                                          .arg(memberName.toHtmlEscaped(),
                                                               delegation->name.toHtmlEscaped(), dates));
    }
    showMember(member);

    // The problem goes as soon as a time changes; the warning follows the times as they change.
    connect(m_ui->arrivalEdit, &QDateTimeEdit::dateTimeChanged, this, &MemberDialog::checkTimes);
    connect(m_ui->departureEdit, &QDateTimeEdit::dateTimeChanged, this, &MemberDialog::checkTimes);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
    m_unsaved = new UnsavedChangesGuard(this);
    checkTimes();
    m_ui->arrivalError->hide();
    m_ui->roleCombo->setFocus();
}

MemberDialog::~MemberDialog() = default;

void MemberDialog::setUpOptional(QDateTimeEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(FormInput::dateFormat() + QStringLiteral(" HH:mm"));
    edit->setMinimumDateTime(QDateTime(notSet, QTime(0, 0)));
    edit->setSpecialValueText(tr("Not set"));
    edit->setToolTip(edit->toolTip() + QLatin1Char(' ') + tr("Go below the first date to leave it unset."));
}

void MemberDialog::setUpOptional(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(FormInput::dateFormat());
    edit->setMinimumDate(notSet);
    edit->setSpecialValueText(tr("Not set"));
}

QDateTime MemberDialog::optionalValue(const QDateTimeEdit *edit)
{
    return edit->dateTime() == edit->minimumDateTime() ? QDateTime() : edit->dateTime();
}

QDate MemberDialog::optionalValue(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void MemberDialog::setOptional(QDateTimeEdit *edit, const QDateTime &value)
{
    // A UTC moment is shown as local time; a local time at the place as it is.
    edit->setDateTime(value.isValid() ? (value.timeSpec() == Qt::UTC ? value.toLocalTime() : value)
                                      : edit->minimumDateTime());
}

void MemberDialog::setOptional(QDateEdit *edit, const QDate &value)
{
    edit->setDate(value.isValid() ? value : edit->minimumDate());
}

void MemberDialog::selectData(QComboBox *combo, const QVariant &value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.toString().isEmpty()) {
        // A value the lists do not know (a newer version's): kept, so that saving keeps it.
        combo->addItem(value.toString(), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(index, 0));
}

void MemberDialog::fillChoices()
{
    addTerms(m_ui->roleCombo, Vocab::MemberRole);
    addTerms(m_ui->statusCombo, Vocab::MemberStatus);
    addTerms(m_ui->visaCombo, Vocab::VisaStatus, tr("(not known)"));
    addTerms(m_ui->arrivalTransportCombo, Vocab::Transport, tr("(not known)"));
    addTerms(m_ui->departureTransportCombo, Vocab::Transport, tr("(not known)"));

    m_ui->communityCombo->addItem(tr("(none)"), QVariant::fromValue(RowId(0)));
    const QString error = addRecordChoices(m_ui->communityCombo, m_database, EntityKind::Community);
    if (!error.isEmpty()) {
        m_ui->saveError->setText(tr("The communities to choose from could not be read: %1").arg(error));
        m_ui->saveError->show();
    }

    // A room-mate is another member of the same delegation.
    m_ui->sharingWithCombo->addItem(tr("(nobody)"), QVariant::fromValue(RowId(0)));
    storage::DelegationMemberRepository members(m_database);
    const auto entries = members.listEntries(m_member.delegationId);
    for (const auto &entry : entries) {
        if (entry.member.id == m_member.id)
            continue;
        const QString name = entry.givenName.isEmpty() ? entry.familyName
                                                       : entry.givenName + QLatin1Char(' ') + entry.familyName;
        m_ui->sharingWithCombo->addItem(name, QVariant::fromValue(entry.member.id));
    }
}

void MemberDialog::showMember(const DelegationMember &member)
{
    selectData(m_ui->roleCombo, member.role);
    selectData(m_ui->statusCombo, member.status);
    selectData(m_ui->visaCombo, member.visaStatus);
    const int community = m_ui->communityCombo->findData(QVariant::fromValue(member.communityId));
    m_ui->communityCombo->setCurrentIndex(qMax(community, 0));
    m_ui->invitationSentCheck->setChecked(member.invitationSent);
    m_ui->badgePrintedCheck->setChecked(member.badgePrinted);

    setOptional(m_ui->arrivalEdit, member.arrivalAt);
    selectData(m_ui->arrivalTransportCombo, member.arrivalTransport);
    m_ui->arrivalNumberEdit->setText(member.arrivalNumber);
    m_ui->arrivalPlaceEdit->setText(member.arrivalPlace);
    setOptional(m_ui->departureEdit, member.departureAt);
    selectData(m_ui->departureTransportCombo, member.departureTransport);
    m_ui->departureNumberEdit->setText(member.departureNumber);
    m_ui->departurePlaceEdit->setText(member.departurePlace);

    m_ui->hotelEdit->setText(member.hotel);
    m_ui->roomTypeEdit->setText(member.roomType);
    const int mate = m_ui->sharingWithCombo->findData(QVariant::fromValue(member.sharingWithId));
    m_ui->sharingWithCombo->setCurrentIndex(qMax(mate, 0));
    setOptional(m_ui->checkInEdit, member.checkInOn);
    setOptional(m_ui->checkOutEdit, member.checkOutOn);

    m_ui->dietaryEdit->setText(member.dietary);
    m_ui->accessibilityEdit->setText(member.accessibility);
    m_ui->notesEdit->setPlainText(member.notes);
}

DelegationMember MemberDialog::memberFromFields() const
{
    DelegationMember member = m_member; // keeps the row id, uid, check-in time and times
    member.role = m_ui->roleCombo->currentData().toString();
    member.status = m_ui->statusCombo->currentData().toString();
    member.visaStatus = m_ui->visaCombo->currentData().toString();
    member.communityId = m_ui->communityCombo->currentData().value<RowId>();
    member.invitationSent = m_ui->invitationSentCheck->isChecked();
    member.badgePrinted = m_ui->badgePrintedCheck->isChecked();
    member.arrivalAt = optionalValue(m_ui->arrivalEdit);
    member.arrivalTransport = m_ui->arrivalTransportCombo->currentData().toString();
    member.arrivalNumber = m_ui->arrivalNumberEdit->text().simplified();
    member.arrivalPlace = m_ui->arrivalPlaceEdit->text().simplified();
    member.departureAt = optionalValue(m_ui->departureEdit);
    member.departureTransport = m_ui->departureTransportCombo->currentData().toString();
    member.departureNumber = m_ui->departureNumberEdit->text().simplified();
    member.departurePlace = m_ui->departurePlaceEdit->text().simplified();
    member.hotel = m_ui->hotelEdit->text().simplified();
    member.roomType = m_ui->roomTypeEdit->text().simplified();
    member.sharingWithId = m_ui->sharingWithCombo->currentData().value<RowId>();
    member.checkInOn = optionalValue(m_ui->checkInEdit);
    member.checkOutOn = optionalValue(m_ui->checkOutEdit);
    member.dietary = m_ui->dietaryEdit->text().simplified();
    member.accessibility = m_ui->accessibilityEdit->text().simplified();
    member.notes = m_ui->notesEdit->toPlainText().trimmed();
    return member;
}

QString MemberDialog::stayWarning() const
{
    return DelegationRules::warningAboutStay(m_startsOn, m_endsOn, optionalValue(m_ui->arrivalEdit),
                                             optionalValue(m_ui->departureEdit));
}

void MemberDialog::checkTimes()
{
    m_ui->arrivalError->hide();
    const QString warning = stayWarning();
    m_ui->stayWarning->setText(warning.isEmpty() ? QString() : tr("⚠ %1").arg(warning));
    m_ui->stayWarning->setVisible(!warning.isEmpty());
}

void MemberDialog::reject()
{
    if (m_unsaved->mayDiscard())
        QDialog::reject();
}

void MemberDialog::accept()
{
    m_ui->saveError->hide();
    DelegationMember member = memberFromFields();
    const QString problem = DelegationRules::problemWithTravel(member.arrivalAt, member.departureAt);
    m_ui->arrivalError->setText(problem);
    m_ui->arrivalError->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_ui->arrivalEdit->setFocus();
        return;
    }
    // The stay warning does not stop the saving.
    // The change may be made again later (Edit › Redo): it holds copies, not this dialog's state.
    auto error = std::make_shared<QString>();
    storage::Database *database = &m_database;
    const bool saved = m_perform(tr("Edit %1 in the delegation").arg(m_memberName), [database, member, error] {
        DelegationMember copy = member;
        storage::DelegationMemberRepository repository(*database);
        const bool ok = repository.update(copy);
        *error = repository.lastError();
        return ok;
    });
    if (!saved) {
        m_ui->saveError->setText(tr("The member could not be saved: %1").arg(*error));
        m_ui->saveError->show();
        return;
    }
    const auto stored = storage::DelegationMemberRepository(m_database).find(member.id);
    m_member = stored ? *stored : member;
    QDialog::accept();
}

} // namespace dd::ui
