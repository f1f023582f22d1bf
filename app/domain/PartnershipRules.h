#pragma once
// What the application decides about a partnership's progress, asked by the list (which rows
// stand out) and by the stage-change form (what may be recorded). Problems are translated
// sentences; an empty string means the change is fine.

#include "domain/Partnership.h"

#include <QDate>
#include <QString>

namespace dd::PartnershipRules {

// True when the next step was due before today and the partnership is still being followed.
// A partnership that is dormant or has ended has no live next step, so an old due date left
// on it is history, not a reminder. A step due today is not overdue yet, and no due date is
// never overdue.
bool isOverdue(const QDate &nextStepDue, const QString &stage, const QDate &today);

// Whether the partnership may move to newStage on the date `on`: the stage must be one of the
// stages (Vocab::PartnershipStage) and not the one it is at; the date must be given, not after
// today, and not before the latest date in its history (the history is a story told in order).
// Moving back in the workflow is allowed and not flagged: a draft sent back to discussion, or a
// dormant partnership brought back to life, is what happens, and the history keeps the trace.
QString problemWithStageChange(const Partnership &partnership, const QString &newStage,
                               const QDate &on, const QDate &today = QDate::currentDate());

} // namespace dd::PartnershipRules
