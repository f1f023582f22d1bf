#include "Vocabulary.h"

#include <QCoreApplication>


namespace dd {
namespace {

struct Term {
    const char *id;
    const char *label; // translated in the context "Vocabulary"
};

struct List {
    const Term *begin;
    const Term *end;
};

constexpr Term communityKinds[] = {
    { "hromada", QT_TRANSLATE_NOOP("Vocabulary", "Hromada") },
    { "commune", QT_TRANSLATE_NOOP("Vocabulary", "Commune") },
    { "city", QT_TRANSLATE_NOOP("Vocabulary", "City") },
    { "raion", QT_TRANSLATE_NOOP("Vocabulary", "Raion") },
    { "oblast", QT_TRANSLATE_NOOP("Vocabulary", "Oblast") },
    { "departement", QT_TRANSLATE_NOOP("Vocabulary", "Département") },
    { "region", QT_TRANSLATE_NOOP("Vocabulary", "Region") },
    { "other", QT_TRANSLATE_NOOP("Vocabulary", "Other") },
};

constexpr Term organisationKinds[] = {
    { "ngo", QT_TRANSLATE_NOOP("Vocabulary", "NGO") },
    { "association_of_municipalities",
      QT_TRANSLATE_NOOP("Vocabulary", "Association of municipalities") },
    { "government_body", QT_TRANSLATE_NOOP("Vocabulary", "Government body") },
    { "regional_authority", QT_TRANSLATE_NOOP("Vocabulary", "Regional authority") },
    { "donor", QT_TRANSLATE_NOOP("Vocabulary", "Donor") },
    { "international_body", QT_TRANSLATE_NOOP("Vocabulary", "International body") },
    { "programme", QT_TRANSLATE_NOOP("Vocabulary", "Programme") },
    { "other", QT_TRANSLATE_NOOP("Vocabulary", "Other") },
};

constexpr Term eventKinds[] = {
    { "conference", QT_TRANSLATE_NOOP("Vocabulary", "Conference") },
    { "study_visit", QT_TRANSLATE_NOOP("Vocabulary", "Study visit") },
    { "forum", QT_TRANSLATE_NOOP("Vocabulary", "Forum") },
    { "signing_ceremony", QT_TRANSLATE_NOOP("Vocabulary", "Signing ceremony") },
    { "other", QT_TRANSLATE_NOOP("Vocabulary", "Other") },
};

constexpr Term delegationStatuses[] = {
    { "planning", QT_TRANSLATE_NOOP("Vocabulary", "Planning") },
    { "confirmed", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed") },
    { "travelling", QT_TRANSLATE_NOOP("Vocabulary", "Travelling") },
    { "completed", QT_TRANSLATE_NOOP("Vocabulary", "Completed") },
    { "cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled") },
};

constexpr Term memberRoles[] = {
    { "head", QT_TRANSLATE_NOOP("Vocabulary", "Head of delegation") },
    { "mayor", QT_TRANSLATE_NOOP("Vocabulary", "Mayor") },
    { "deputy", QT_TRANSLATE_NOOP("Vocabulary", "Deputy") },
    { "councillor", QT_TRANSLATE_NOOP("Vocabulary", "Councillor") },
    { "staff", QT_TRANSLATE_NOOP("Vocabulary", "Staff") },
    { "interpreter", QT_TRANSLATE_NOOP("Vocabulary", "Interpreter") },
    { "coordinator", QT_TRANSLATE_NOOP("Vocabulary", "Coordinator") },
    { "press", QT_TRANSLATE_NOOP("Vocabulary", "Press") },
    { "accompanying", QT_TRANSLATE_NOOP("Vocabulary", "Accompanying person") },
};

constexpr Term memberStatuses[] = {
    { "invited", QT_TRANSLATE_NOOP("Vocabulary", "Invited") },
    { "nominated", QT_TRANSLATE_NOOP("Vocabulary", "Nominated") },
    { "confirmed", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed") },
    { "declined", QT_TRANSLATE_NOOP("Vocabulary", "Declined") },
    { "cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled") },
    { "replaced", QT_TRANSLATE_NOOP("Vocabulary", "Replaced") },
    { "attended", QT_TRANSLATE_NOOP("Vocabulary", "Attended") },
    { "no_show", QT_TRANSLATE_NOOP("Vocabulary", "No-show") },
};

constexpr Term visaStatuses[] = {
    { "not_needed", QT_TRANSLATE_NOOP("Vocabulary", "Not needed") },
    { "to_request", QT_TRANSLATE_NOOP("Vocabulary", "To request") },
    { "requested", QT_TRANSLATE_NOOP("Vocabulary", "Requested") },
    { "issued", QT_TRANSLATE_NOOP("Vocabulary", "Issued") },
    { "refused", QT_TRANSLATE_NOOP("Vocabulary", "Refused") },
};

constexpr Term transports[] = {
    { "plane", QT_TRANSLATE_NOOP("Vocabulary", "Plane") },
    { "train", QT_TRANSLATE_NOOP("Vocabulary", "Train") },
    { "bus", QT_TRANSLATE_NOOP("Vocabulary", "Bus") },
    { "car", QT_TRANSLATE_NOOP("Vocabulary", "Car") },
    { "other", QT_TRANSLATE_NOOP("Vocabulary", "Other") },
};

constexpr Term partnershipKinds[] = {
    { "twinning", QT_TRANSLATE_NOOP("Vocabulary", "Twinning") },
    { "cooperation", QT_TRANSLATE_NOOP("Vocabulary", "Cooperation") },
    { "friendship", QT_TRANSLATE_NOOP("Vocabulary", "Friendship") },
    { "memorandum", QT_TRANSLATE_NOOP("Vocabulary", "Memorandum of understanding") },
    { "inter_municipal", QT_TRANSLATE_NOOP("Vocabulary", "Inter-municipal cooperation") },
};

constexpr Term partnershipStages[] = {
    { "contact", QT_TRANSLATE_NOOP("Vocabulary", "First contact") },
    { "exploring", QT_TRANSLATE_NOOP("Vocabulary", "Exploring") },
    { "letter_of_intent", QT_TRANSLATE_NOOP("Vocabulary", "Letter of intent") },
    { "drafting", QT_TRANSLATE_NOOP("Vocabulary", "Drafting") },
    { "signed", QT_TRANSLATE_NOOP("Vocabulary", "Signed") },
    { "ratified", QT_TRANSLATE_NOOP("Vocabulary", "Ratified") },
    { "active", QT_TRANSLATE_NOOP("Vocabulary", "Active") },
    { "dormant", QT_TRANSLATE_NOOP("Vocabulary", "Dormant") },
    { "ended", QT_TRANSLATE_NOOP("Vocabulary", "Ended") },
};

template<std::size_t N>
constexpr List listOf(const Term (&terms)[N])
{
    return { terms, terms + N };
}

List list(Vocab vocab)
{
    switch (vocab) {
    case Vocab::CommunityKind: return listOf(communityKinds);
    case Vocab::OrganisationKind: return listOf(organisationKinds);
    case Vocab::EventKind: return listOf(eventKinds);
    case Vocab::DelegationStatus: return listOf(delegationStatuses);
    case Vocab::MemberRole: return listOf(memberRoles);
    case Vocab::MemberStatus: return listOf(memberStatuses);
    case Vocab::VisaStatus: return listOf(visaStatuses);
    case Vocab::Transport: return listOf(transports);
    case Vocab::PartnershipKind: return listOf(partnershipKinds);
    case Vocab::PartnershipStage: return listOf(partnershipStages);
    }
    return { nullptr, nullptr };
}

} // namespace

QStringList Vocabulary::ids(Vocab vocab)
{
    QStringList result;
    const List terms = list(vocab);
    for (const Term *t = terms.begin; t != terms.end; ++t)
        result.append(QLatin1String(t->id));
    return result;
}

int Vocabulary::rank(Vocab vocab, const QString &id)
{
    const List terms = list(vocab);
    for (const Term *t = terms.begin; t != terms.end; ++t) {
        if (id == QLatin1String(t->id))
            return int(t - terms.begin);
    }
    return -1;
}

bool Vocabulary::contains(Vocab vocab, const QString &id)
{
    return rank(vocab, id) >= 0;
}

QString Vocabulary::label(Vocab vocab, const QString &id)
{
    const int index = rank(vocab, id);
    if (index < 0)
        return id;
    return QCoreApplication::translate("Vocabulary", list(vocab).begin[index].label);
}

} // namespace dd
