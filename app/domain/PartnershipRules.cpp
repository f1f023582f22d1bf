#include "PartnershipRules.h"

#include "Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

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
            .arg(QLocale().toString(latest, QLocale::ShortFormat));
    }
    return {};
}

} // namespace dd::PartnershipRules
