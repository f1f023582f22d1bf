#pragma once
// Stores and reads delegations with their partner organisations, and their members.

#include "Repository.h"
#include "domain/Delegation.h"

#include <QDateTime>

namespace dd::storage {

class DelegationRepository : public RecordRepository<Delegation, DelegationRepository>
{
public:
    using RecordRepository::RecordRepository;

    static QString table() { return QStringLiteral("delegations"); }
    static Columns columnsOf(const Delegation &delegation);
    static void readColumns(const QSqlQuery &query, Delegation &delegation);

    // The delegation row and its partner organisations, all or nothing.
    bool insert(Delegation &delegation);
    bool update(Delegation &delegation);
    std::optional<Delegation> find(RowId id);
    std::optional<Delegation> findByUid(const QString &uid);

private:
    bool writePartners(const Delegation &delegation);
    std::optional<Delegation> withPartners(std::optional<Delegation> delegation);
};

class DelegationMemberRepository : public RecordRepository<DelegationMember, DelegationMemberRepository>
{
public:
    using RecordRepository::RecordRepository;

    static QString table() { return QStringLiteral("delegation_members"); }
    static Columns columnsOf(const DelegationMember &member);
    static void readColumns(const QSqlQuery &query, DelegationMember &member);

    // Members in the order they were added.
    QList<DelegationMember> membersOf(RowId delegationId);

    // The registration desk: marks a member arrived at atUtc (status "attended"). A member
    // already checked in is left as they are, and *alreadyAt (when given) says since when.
    // Returns true only when the member was checked in now; false with an empty lastError()
    // means "already checked in", false with a lastError() an error (no such member included).
    bool checkIn(RowId memberId, const QDateTime &atUtc, QDateTime *alreadyAt = nullptr);

    struct Attendance {
        int arrived = 0;  // members checked in
        int expected = 0; // members not declined, cancelled or replaced
    };
    // The count the registration desk shows; zeros and lastError() on error.
    Attendance attendance(RowId delegationId);

    // A member as the delegation page lists it: the member's own fields, and the names of the
    // person and the community it refers to.
    struct ListEntry {
        DelegationMember member;
        QString givenName;        // the contact's, in the native script
        QString familyName;
        QString givenNameLatin;   // as in the passport
        QString familyNameLatin;
        QString community;        // how the community is spoken of: a hromada by its centre
        QString communityFullName;
    };
    // The delegation's members in the order they were added; empty and lastError() on error.
    QList<ListEntry> listEntries(RowId delegationId);
    // The contacts that are members of the delegation already.
    QList<RowId> contactIdsOf(RowId delegationId);

    // Adds the contacts to the delegation with this role and status, each representing the
    // community of their contact record, all in one transaction: all are added or none. A
    // contact already in the delegation is skipped. *addedIds (when given) gets the new rows.
    bool addContacts(RowId delegationId, const QList<RowId> &contactIds, const QString &role,
                     const QString &status, QList<RowId> *addedIds = nullptr);
    // Sets the status (Vocab::MemberStatus) or role (Vocab::MemberRole) of every member given,
    // in one transaction: all change or none (an unknown id or value changes nothing).
    bool setStatus(const QList<RowId> &memberIds, const QString &status);
    bool setRole(const QList<RowId> &memberIds, const QString &role);
    // Removes the members (not their contacts) in one transaction: all or none.
    bool removeAll(const QList<RowId> &memberIds);

private:
    bool setColumn(const QList<RowId> &memberIds, const QString &column, const QString &value);
};

} // namespace dd::storage
