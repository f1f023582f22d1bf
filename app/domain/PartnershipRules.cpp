#include "PartnershipRules.h"

#include "FormInput.h"
#include "Vocabulary.h"

#include <QCoreApplication>

namespace dd::PartnershipRules {

bool isOverdue(const QDate &nextStepDue, const QString &stage, const QDate &today)
{
    if (!nextStepDue.isValid() || !today.isValid() || nextStepDue >= today)
        return false;
    return stage != QLatin1String("dormant") && stage != QLatin1String("ended");
}

QString problemWithStageChange(const Partnership &partnership, const QString &newStage,
                               const QDate &on, const QDate &today)
{
    if (!Vocabulary::contains(Vocab::PartnershipStage, newStage))
        return QCoreApplication::translate("PartnershipRules", "Choose one of the stages.");
    if (newStage == partnership.stage) {
        return QCoreApplication::translate("PartnershipRules", "The partnership is already at the stage “%1”.")
            .arg(Vocabulary::label(Vocab::PartnershipStage, newStage));
    }
    if (!on.isValid())
        return QCoreApplication::translate("PartnershipRules", "Enter the date of the change.");
    if (on > today) {
        return QCoreApplication::translate("PartnershipRules",
                                           "The date is in the future: record a change once it has happened.");
    }
    QDate latest;
    for (const StageChange &change : partnership.history) {
        if (change.changedOn.isValid() && (!latest.isValid() || change.changedOn > latest))
            latest = change.changedOn;
    }
    if (latest.isValid() && on < latest) {
        return QCoreApplication::translate("PartnershipRules",
                                           "The history already has a change on %1: the new one "
                                           "cannot be dated earlier.")
            .arg(FormInput::dateText(latest));
    }
    return {};
}

qsizetype repeatedParty(const QList<PartnershipParty> &parties)
{
    for (qsizetype i = 1; i < parties.size(); ++i) {
        const PartnershipParty &party = parties.at(i);
        for (qsizetype j = 0; j < i; ++j) {
            const PartnershipParty &earlier = parties.at(j);
            if ((party.communityId && party.communityId == earlier.communityId)
                || (party.organisationId && party.organisationId == earlier.organisationId))
                return i;
        }
    }
    return -1;
}

QString problemWithParties(const QList<PartnershipParty> &parties)
{
    if (parties.isEmpty()) {
        return QCoreApplication::translate("PartnershipRules",
                                           "Name at least one party: a community or an organisation.");
    }
    for (const PartnershipParty &party : parties) {
        if ((party.communityId == 0) == (party.organisationId == 0)) {
            return QCoreApplication::translate("PartnershipRules",
                                               "Each party is either a community or an organisation.");
        }
    }
    if (repeatedParty(parties) >= 0) {
        return QCoreApplication::translate("PartnershipRules",
                                           "The same party is named twice: remove one of them.");
    }
    return {};
}

QString problemWithPartyCount(const std::optional<qint64> &partyCount, qsizetype namedParties)
{
    if (!partyCount)
        return {};
    if (*partyCount < 2) {
        return QCoreApplication::translate("PartnershipRules",
                                           "A partnership has at least two parties in all.");
    }
    if (*partyCount < namedParties) {
        return QCoreApplication::translate("PartnershipRules",
                                           "%1 parties are named: there cannot be fewer in all.")
            .arg(namedParties);
    }
    return {};
}

QString problemWithKind(const QString &kind)
{
    if (!Vocabulary::contains(Vocab::PartnershipKind, kind))
        return QCoreApplication::translate("PartnershipRules", "Choose one of the kinds of partnership.");
    return {};
}

QString problemWithStage(const QString &stage)
{
    if (!Vocabulary::contains(Vocab::PartnershipStage, stage))
        return QCoreApplication::translate("PartnershipRules", "Choose one of the stages.");
    return {};
}

QString problemWithNextStepDue(const QString &nextStep, const QDate &due)
{
    if (due.isValid() && nextStep.simplified().isEmpty()) {
        return QCoreApplication::translate("PartnershipRules",
                                           "Say what the next step is, or leave its due date out.");
    }
    return {};
}

} // namespace dd::PartnershipRules
