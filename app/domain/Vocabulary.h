#pragma once
// The closed lists of the domain model (kinds, statuses, roles, stages): a stable text id that
// is stored and exported, and a label that is shown in the user's language.

#include <QString>
#include <QStringList>

namespace dd {

enum class Vocab {
    CommunityKind,
    OrganisationKind,
    EventKind,
    DelegationStatus,
    MemberRole,
    MemberStatus,
    VisaStatus,
    Transport,
    PartnershipKind,
    PartnershipStage,
};

namespace Vocabulary {

// The ids of a list, in the order a user expects them (a workflow's order, not the alphabet).
QStringList ids(Vocab vocab);
bool contains(Vocab vocab, const QString &id);
// The translated label of an id; an unknown id is returned as it is, so nothing is hidden.
QString label(Vocab vocab, const QString &id);
// The position of an id in ids(), for sorting stages and statuses in workflow order; -1 if unknown.
int rank(Vocab vocab, const QString &id);

} // namespace Vocabulary
} // namespace dd
