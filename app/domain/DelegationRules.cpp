#include "DelegationRules.h"

#include "FormInput.h"

#include <QCoreApplication>
#include <QStringList>

namespace dd::DelegationRules {

QString problemWithName(const QString &name)
{
    if (name.simplified().isEmpty())
        return QCoreApplication::translate("DelegationRules", "Enter the name of the delegation.");
    return {};
}

QString problemWithDates(const QDate &startsOn, const QDate &endsOn)
{
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        return QCoreApplication::translate("DelegationRules", "The delegation cannot end before it starts.");
    return {};
}

QString problemWithPlannedSize(std::optional<qint64> plannedSize)
{
    if (plannedSize && *plannedSize < 0)
        return QCoreApplication::translate("DelegationRules", "The planned size cannot be negative.");
    return {};
}

QString problemWithTravel(const QDateTime &arrival, const QDateTime &departure)
{
    if (arrival.isValid() && departure.isValid() && departure < arrival)
        return QCoreApplication::translate("DelegationRules", "The departure cannot be before the arrival.");
    return {};
}

QString warningAboutStay(const QDate &delegationStarts, const QDate &delegationEnds,
                         const QDateTime &arrival, const QDateTime &departure)
{
    QStringList warnings;
    if (delegationStarts.isValid() && arrival.isValid() && arrival.date() < delegationStarts)
        warnings.append(QCoreApplication::translate("DelegationRules",
                                                    "Arrives on %1, before the delegation starts (%2).")
                            .arg(FormInput::dateText(arrival.date()), FormInput::dateText(delegationStarts)));
    if (delegationEnds.isValid() && arrival.isValid() && arrival.date() > delegationEnds)
        warnings.append(QCoreApplication::translate("DelegationRules",
                                                    "Arrives on %1, after the delegation ends (%2).")
                            .arg(FormInput::dateText(arrival.date()), FormInput::dateText(delegationEnds)));
    if (delegationEnds.isValid() && departure.isValid() && departure.date() > delegationEnds)
        warnings.append(QCoreApplication::translate("DelegationRules",
                                                    "Leaves on %1, after the delegation ends (%2).")
                            .arg(FormInput::dateText(departure.date()), FormInput::dateText(delegationEnds)));
    if (delegationStarts.isValid() && departure.isValid() && departure.date() < delegationStarts)
        warnings.append(QCoreApplication::translate("DelegationRules",
                                                    "Leaves on %1, before the delegation starts (%2).")
                            .arg(FormInput::dateText(departure.date()), FormInput::dateText(delegationStarts)));
    return warnings.join(QLatin1Char(' '));
}

} // namespace dd::DelegationRules
