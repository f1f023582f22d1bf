#pragma once
// The form for one member of a delegation: role, status and community; arrival and departure
// (date-time, transport, flight or train number, airport or station); hotel, room, room-mate and
// hotel dates; visa, invitation letter, badge; dietary and accessibility needs; notes. An arrival
// after the departure is a problem shown beside the field, and nothing is saved until it is
// solved; a stay that begins before or ends after the delegation's dates is a warning that stays
// in view but does not stop the saving (people come early, or stay on). The save goes through
// the page's ChangePerformer, so that it can be undone like every change the page makes.

#include "ChangePerformer.h"

#include "domain/Delegation.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;

namespace Ui {
class MemberDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::ui {

class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    // A stored member; memberName is how the page calls the person ("Олена Савчук").
    MemberDialog(storage::Database &database, const DelegationMember &member, const QString &memberName,
                 QWidget *parent = nullptr);
    ~MemberDialog() override;

    // How the save is made (the default makes it directly).
    void setChangePerformer(ChangePerformer performer) { m_perform = std::move(performer); }

    // The member as saved, once the dialog was accepted.
    const DelegationMember &member() const { return m_member; }
    // What is said about the stay against the delegation's dates now; empty when all is well.
    QString stayWarning() const;

    // Validates and saves; stays open, with the problem beside its field, when it cannot.
    void accept() override;
    // Closing without saving asks first when something was changed.
    void reject() override;

private:
    void fillChoices();
    void showMember(const DelegationMember &member);
    DelegationMember memberFromFields() const;
    void checkTimes();

    static void setUpOptional(QDateTimeEdit *edit);
    static void setUpOptional(QDateEdit *edit);
    static QDateTime optionalValue(const QDateTimeEdit *edit);
    static QDate optionalValue(const QDateEdit *edit);
    static void setOptional(QDateTimeEdit *edit, const QDateTime &value);
    static void setOptional(QDateEdit *edit, const QDate &value);
    static void selectData(QComboBox *combo, const QVariant &value);

    std::unique_ptr<Ui::MemberDialog> m_ui;
    class UnsavedChangesGuard *m_unsaved = nullptr;
    storage::Database &m_database;
    DelegationMember m_member;
    QString m_memberName;
    QDate m_startsOn;
    QDate m_endsOn;
    ChangePerformer m_perform = performDirectly;
};

} // namespace dd::ui
