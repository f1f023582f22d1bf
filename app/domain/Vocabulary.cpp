#include "Vocabulary.h"

#include <QCoreApplication>

namespace dd {
namespace {

struct Term {
    const char *id;
    // Translated in the context "Vocabulary"; the comment names the list, so that a translator
    // can give "Confirmed" a delegation's gender in one list and a person's in another.
    struct {
        const char *source;
        const char *comment;
    } label;
};

struct List {
    const Term *begin;
    const Term *end;
};

constexpr Term communityKinds[] = {
    { "hromada", QT_TRANSLATE_NOOP3("Vocabulary", "Hromada", "kind of community") },
    { "commune", QT_TRANSLATE_NOOP3("Vocabulary", "Commune", "kind of community") },
    { "city", QT_TRANSLATE_NOOP3("Vocabulary", "City", "kind of community") },
    { "raion", QT_TRANSLATE_NOOP3("Vocabulary", "Raion", "kind of community") },
    { "oblast", QT_TRANSLATE_NOOP3("Vocabulary", "Oblast", "kind of community") },
    { "departement", QT_TRANSLATE_NOOP3("Vocabulary", "Département", "kind of community") },
    { "region", QT_TRANSLATE_NOOP3("Vocabulary", "Region", "kind of community") },
    { "other", QT_TRANSLATE_NOOP3("Vocabulary", "Other", "kind of community") },
};

constexpr Term organisationKinds[] = {
    { "ngo", QT_TRANSLATE_NOOP3("Vocabulary", "NGO", "kind of organisation") },
    { "association_of_municipalities",
        QT_TRANSLATE_NOOP3("Vocabulary", "Association of municipalities", "kind of organisation") },
    { "government_body",
        QT_TRANSLATE_NOOP3("Vocabulary", "Government body", "kind of organisation") },
    { "regional_authority",
        QT_TRANSLATE_NOOP3("Vocabulary", "Regional authority", "kind of organisation") },
    { "donor", QT_TRANSLATE_NOOP3("Vocabulary", "Donor", "kind of organisation") },
    { "international_body",
        QT_TRANSLATE_NOOP3("Vocabulary", "International body", "kind of organisation") },
    { "programme", QT_TRANSLATE_NOOP3("Vocabulary", "Programme", "kind of organisation") },
    { "other", QT_TRANSLATE_NOOP3("Vocabulary", "Other", "kind of organisation") },
};

constexpr Term eventKinds[] = {
    { "conference", QT_TRANSLATE_NOOP3("Vocabulary", "Conference", "kind of event") },
    { "study_visit", QT_TRANSLATE_NOOP3("Vocabulary", "Study visit", "kind of event") },
    { "forum", QT_TRANSLATE_NOOP3("Vocabulary", "Forum", "kind of event") },
    { "signing_ceremony", QT_TRANSLATE_NOOP3("Vocabulary", "Signing ceremony", "kind of event") },
    { "other", QT_TRANSLATE_NOOP3("Vocabulary", "Other", "kind of event") },
};

constexpr Term delegationStatuses[] = {
    { "planning", QT_TRANSLATE_NOOP3("Vocabulary", "Planning", "status of a delegation") },
    { "confirmed", QT_TRANSLATE_NOOP3("Vocabulary", "Confirmed", "status of a delegation") },
    { "travelling", QT_TRANSLATE_NOOP3("Vocabulary", "Travelling", "status of a delegation") },
    { "completed", QT_TRANSLATE_NOOP3("Vocabulary", "Completed", "status of a delegation") },
    { "cancelled", QT_TRANSLATE_NOOP3("Vocabulary", "Cancelled", "status of a delegation") },
};

constexpr Term memberRoles[] = {
    { "head",
        QT_TRANSLATE_NOOP3("Vocabulary", "Head of delegation", "role of a delegation member") },
    { "mayor", QT_TRANSLATE_NOOP3("Vocabulary", "Mayor", "role of a delegation member") },
    { "deputy", QT_TRANSLATE_NOOP3("Vocabulary", "Deputy", "role of a delegation member") },
    { "councillor", QT_TRANSLATE_NOOP3("Vocabulary", "Councillor", "role of a delegation member") },
    { "staff", QT_TRANSLATE_NOOP3("Vocabulary", "Staff", "role of a delegation member") },
    { "interpreter",
        QT_TRANSLATE_NOOP3("Vocabulary", "Interpreter", "role of a delegation member") },
    { "coordinator",
        QT_TRANSLATE_NOOP3("Vocabulary", "Coordinator", "role of a delegation member") },
    { "press", QT_TRANSLATE_NOOP3("Vocabulary", "Press", "role of a delegation member") },
    { "accompanying",
        QT_TRANSLATE_NOOP3("Vocabulary", "Accompanying person", "role of a delegation member") },
};

constexpr Term memberStatuses[] = {
    { "invited",
        QT_TRANSLATE_NOOP3("Vocabulary", "Invited", "status of a delegation member (a person)") },
    { "nominated",
        QT_TRANSLATE_NOOP3("Vocabulary", "Nominated", "status of a delegation member (a person)") },
    { "confirmed",
        QT_TRANSLATE_NOOP3("Vocabulary", "Confirmed", "status of a delegation member (a person)") },
    { "declined",
        QT_TRANSLATE_NOOP3("Vocabulary", "Declined", "status of a delegation member (a person)") },
    { "cancelled",
        QT_TRANSLATE_NOOP3("Vocabulary", "Cancelled", "status of a delegation member (a person)") },
    { "replaced",
        QT_TRANSLATE_NOOP3("Vocabulary", "Replaced", "status of a delegation member (a person)") },
    { "attended",
        QT_TRANSLATE_NOOP3("Vocabulary", "Attended", "status of a delegation member (a person)") },
    { "no_show",
        QT_TRANSLATE_NOOP3("Vocabulary", "No-show", "status of a delegation member (a person)") },
};

constexpr Term visaStatuses[] = {
    { "not_needed", QT_TRANSLATE_NOOP3("Vocabulary", "Not needed", "status of a member's visa") },
    { "to_request", QT_TRANSLATE_NOOP3("Vocabulary", "To request", "status of a member's visa") },
    { "requested", QT_TRANSLATE_NOOP3("Vocabulary", "Requested", "status of a member's visa") },
    { "issued", QT_TRANSLATE_NOOP3("Vocabulary", "Issued", "status of a member's visa") },
    { "refused", QT_TRANSLATE_NOOP3("Vocabulary", "Refused", "status of a member's visa") },
};

constexpr Term transports[] = {
    { "plane", QT_TRANSLATE_NOOP3("Vocabulary", "Plane", "means of transport") },
    { "train", QT_TRANSLATE_NOOP3("Vocabulary", "Train", "means of transport") },
    { "bus", QT_TRANSLATE_NOOP3("Vocabulary", "Bus", "means of transport") },
    { "car", QT_TRANSLATE_NOOP3("Vocabulary", "Car", "means of transport") },
    { "other", QT_TRANSLATE_NOOP3("Vocabulary", "Other", "means of transport") },
};

constexpr Term partnershipKinds[] = {
    { "twinning", QT_TRANSLATE_NOOP3("Vocabulary", "Twinning", "kind of partnership") },
    { "cooperation", QT_TRANSLATE_NOOP3("Vocabulary", "Cooperation", "kind of partnership") },
    { "friendship", QT_TRANSLATE_NOOP3("Vocabulary", "Friendship", "kind of partnership") },
    { "memorandum",
        QT_TRANSLATE_NOOP3("Vocabulary", "Memorandum of understanding", "kind of partnership") },
    { "inter_municipal",
        QT_TRANSLATE_NOOP3("Vocabulary", "Inter-municipal cooperation", "kind of partnership") },
};

constexpr Term partnershipStages[] = {
    { "contact", QT_TRANSLATE_NOOP3("Vocabulary", "First contact", "stage of a partnership") },
    { "exploring", QT_TRANSLATE_NOOP3("Vocabulary", "Exploring", "stage of a partnership") },
    { "letter_of_intent",
        QT_TRANSLATE_NOOP3("Vocabulary", "Letter of intent", "stage of a partnership") },
    { "drafting", QT_TRANSLATE_NOOP3("Vocabulary", "Drafting", "stage of a partnership") },
    { "signed", QT_TRANSLATE_NOOP3("Vocabulary", "Signed", "stage of a partnership") },
    { "ratified", QT_TRANSLATE_NOOP3("Vocabulary", "Ratified", "stage of a partnership") },
    { "active", QT_TRANSLATE_NOOP3("Vocabulary", "Active", "stage of a partnership") },
    { "dormant", QT_TRANSLATE_NOOP3("Vocabulary", "Dormant", "stage of a partnership") },
    { "ended", QT_TRANSLATE_NOOP3("Vocabulary", "Ended", "stage of a partnership") },
};

template<std::size_t N> constexpr List listOf(const Term (&terms)[N])
{
    return { terms, terms + N };
}

List list(Vocab vocab)
{
    switch (vocab) {
    case Vocab::CommunityKind:
        return listOf(communityKinds);
    case Vocab::OrganisationKind:
        return listOf(organisationKinds);
    case Vocab::EventKind:
        return listOf(eventKinds);
    case Vocab::DelegationStatus:
        return listOf(delegationStatuses);
    case Vocab::MemberRole:
        return listOf(memberRoles);
    case Vocab::MemberStatus:
        return listOf(memberStatuses);
    case Vocab::VisaStatus:
        return listOf(visaStatuses);
    case Vocab::Transport:
        return listOf(transports);
    case Vocab::PartnershipKind:
        return listOf(partnershipKinds);
    case Vocab::PartnershipStage:
        return listOf(partnershipStages);
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
    const auto &label = list(vocab).begin[index].label;
    return QCoreApplication::translate("Vocabulary", label.source, label.comment);
}

} // namespace dd
