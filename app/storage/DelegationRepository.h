#pragma once
// Stores and reads delegations with their partner organisations, and their members.

#include "Repository.h"
#include "domain/Delegation.h"

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
};

} // namespace dd::storage
