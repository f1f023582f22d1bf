#pragma once
// What the application decides about a partnership's progress, asked by the list (which rows
// stand out), by the stage-change form (what may be recorded) and by the partnership form (what
// may be saved). Problems are translated sentences; an empty string means all is fine.

#include "domain/Partnership.h"

#include <QDate>
#include <QString>

#include <optional>

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

// The named parties: at least one (DESIGN.md: usually two, but one is allowed when the others
// are unknown, as for the Halych memorandum of fifteen communities that names only Halych);
// each is either a community or an organisation, and none is named twice.
QString problemWithParties(const QList<PartnershipParty> &parties);
// The index of the first party that repeats an earlier one (the same community or the same
// organisation), or -1: for the form, to point at it.
qsizetype repeatedParty(const QList<PartnershipParty> &parties);

// How many took part in all, when given: at least two (a partnership of one is none), and not
// fewer than the parties named. Not given is fine: then the named parties are all of them.
QString problemWithPartyCount(const std::optional<qint64> &partyCount, qsizetype namedParties);

// The kind and the stage come from their closed lists (Vocab::PartnershipKind and Stage).
QString problemWithKind(const QString &kind);
QString problemWithStage(const QString &stage);

// A due date belongs to a next step: one without the other would be a reminder of nothing (and
// an overdue one would make the list stand out for nothing).
QString problemWithNextStepDue(const QString &nextStep, const QDate &due);

} // namespace dd::PartnershipRules
