#include "RecordForms.h"

#include "CommunityDialog.h"
#include "ContactDialog.h"
#include "DelegationDialog.h"
#include "EventDialog.h"
#include "MeetingDialog.h"
#include "OrganisationDialog.h"
#include "PartnershipDialog.h"

#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/DelegationRepository.h"
#include "storage/EventRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PartnershipRepository.h"

#include <QDialog>
#include <QShortcut>

namespace dd::ui::RecordForms {
namespace {

// Whether a form saved something of its own accord before it was cancelled: the partnership
// form commits a stage change at once, with its history entry.
template<class Dialog>
bool savedBeforeClosing(const Dialog &)
{
    return false;
}
bool savedBeforeClosing(const PartnershipDialog &dialog)
{
    return dialog.stageChanged();
}

// A dialog's constructors for a new and a stored record, and its accessor for what it saved.
template<class Repository, class Dialog, auto saved>
struct Form {
    static RowId create(storage::Database &database, QWidget *parent)
    {
        Dialog dialog(database, parent);
        addSaveShortcut(dialog);
        return dialog.exec() == QDialog::Accepted ? (dialog.*saved)().id : 0;
    }
    static bool edit(storage::Database &database, RowId id, QWidget *parent, QString *error)
    {
        Repository repository(database);
        const auto record = repository.find(id);
        if (!record) {
            *error = repository.lastError();
            return false;
        }
        Dialog dialog(database, *record, parent);
        addSaveShortcut(dialog);
        return dialog.exec() == QDialog::Accepted || savedBeforeClosing(dialog);
    }
};

template<class Repository>
bool removeWith(storage::Database &database, RowId id, QString *error)
{
    Repository repository(database);
    if (repository.remove(id))
        return true;
    *error = repository.lastError();
    return false;
}

using CommunityForm = Form<storage::CommunityRepository, CommunityDialog, &CommunityDialog::community>;
using ContactForm = Form<storage::ContactRepository, ContactDialog, &ContactDialog::contact>;
using OrganisationForm = Form<storage::OrganisationRepository, OrganisationDialog, &OrganisationDialog::organisation>;
using EventForm = Form<storage::EventRepository, EventDialog, &EventDialog::savedEvent>;
using DelegationForm = Form<storage::DelegationRepository, DelegationDialog, &DelegationDialog::delegation>;
using MeetingForm = Form<storage::MeetingRepository, MeetingDialog, &MeetingDialog::meeting>;
using PartnershipForm = Form<storage::PartnershipRepository, PartnershipDialog, &PartnershipDialog::partnership>;

} // namespace

void addSaveShortcut(QDialog &dialog)
{
    auto *save = new QShortcut(QKeySequence::Save, &dialog);
    QObject::connect(save, &QShortcut::activated, &dialog, &QDialog::accept);
}

bool hasForm(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Community:
    case EntityKind::Organisation:
    case EntityKind::Contact:
    case EntityKind::Event:
    case EntityKind::Delegation:
    case EntityKind::Meeting:
    case EntityKind::Partnership:
        return true;
    default:
        return false;
    }
}

RowId create(EntityKind kind, storage::Database &database, QWidget *parent)
{
    switch (kind) {
    case EntityKind::Community:
        return CommunityForm::create(database, parent);
    case EntityKind::Contact:
        return ContactForm::create(database, parent);
    case EntityKind::Organisation:
        return OrganisationForm::create(database, parent);
    case EntityKind::Event:
        return EventForm::create(database, parent);
    case EntityKind::Delegation:
        return DelegationForm::create(database, parent);
    case EntityKind::Meeting:
        return MeetingForm::create(database, parent);
    case EntityKind::Partnership:
        return PartnershipForm::create(database, parent);
    default:
        return 0;
    }
}

bool edit(EntityKind kind, storage::Database &database, RowId id, QWidget *parent, QString *error)
{
    switch (kind) {
    case EntityKind::Community:
        return CommunityForm::edit(database, id, parent, error);
    case EntityKind::Contact:
        return ContactForm::edit(database, id, parent, error);
    case EntityKind::Organisation:
        return OrganisationForm::edit(database, id, parent, error);
    case EntityKind::Event:
        return EventForm::edit(database, id, parent, error);
    case EntityKind::Delegation:
        return DelegationForm::edit(database, id, parent, error);
    case EntityKind::Meeting:
        return MeetingForm::edit(database, id, parent, error);
    case EntityKind::Partnership:
        return PartnershipForm::edit(database, id, parent, error);
    default:
        return false;
    }
}

bool remove(EntityKind kind, storage::Database &database, RowId id, QString *error)
{
    switch (kind) {
    case EntityKind::Community:
        return removeWith<storage::CommunityRepository>(database, id, error);
    case EntityKind::Organisation:
        return removeWith<storage::OrganisationRepository>(database, id, error);
    case EntityKind::Contact:
        return removeWith<storage::ContactRepository>(database, id, error);
    case EntityKind::Event:
        return removeWith<storage::EventRepository>(database, id, error);
    case EntityKind::Delegation:
        return removeWith<storage::DelegationRepository>(database, id, error);
    case EntityKind::Member:
        return removeWith<storage::DelegationMemberRepository>(database, id, error);
    case EntityKind::Meeting:
        return removeWith<storage::MeetingRepository>(database, id, error);
    case EntityKind::Partnership:
        return removeWith<storage::PartnershipRepository>(database, id, error);
    }
    return false;
}

QString newActionText(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Community:
        return QCoreApplication::translate("RecordForms", "New &Community…");
    case EntityKind::Organisation:
        return QCoreApplication::translate("RecordForms", "New &Organisation…");
    case EntityKind::Contact:
        return QCoreApplication::translate("RecordForms", "New Con&tact…");
    case EntityKind::Event:
        return QCoreApplication::translate("RecordForms", "New &Event…");
    case EntityKind::Delegation:
        return QCoreApplication::translate("RecordForms", "New &Delegation…");
    case EntityKind::Member:
        return QCoreApplication::translate("RecordForms", "New &Member…");
    case EntityKind::Meeting:
        return QCoreApplication::translate("RecordForms", "New M&eeting…");
    case EntityKind::Partnership:
        return QCoreApplication::translate("RecordForms", "New &Partnership…");
    }
    return {};
}

QString deleteQuestionTitle(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Community:
        return QCoreApplication::translate("RecordForms", "Delete the community?");
    case EntityKind::Organisation:
        return QCoreApplication::translate("RecordForms", "Delete the organisation?");
    case EntityKind::Contact:
        return QCoreApplication::translate("RecordForms", "Delete the contact?");
    case EntityKind::Event:
        return QCoreApplication::translate("RecordForms", "Delete the event?");
    case EntityKind::Delegation:
        return QCoreApplication::translate("RecordForms", "Delete the delegation?");
    case EntityKind::Member:
        return QCoreApplication::translate("RecordForms", "Remove the member from the delegation?");
    case EntityKind::Meeting:
        return QCoreApplication::translate("RecordForms", "Delete the meeting?");
    case EntityKind::Partnership:
        return QCoreApplication::translate("RecordForms", "Delete the partnership?");
    }
    return {};
}

} // namespace dd::ui::RecordForms
