#pragma once
// Remembers which badges went to the printer: after printing, the caller (the delegation page,
// or `print badges --mark-printed`) marks those members badge_printed, so that reprints and
// the badges still missing are easy to find.

#include "Repository.h"

#include <QStringList>

namespace dd::storage {

class BadgeMarks : public Repository {
public:
    using Repository::Repository;

    // Sets badge_printed on the members with these uids, in one transaction: all or none (an
    // unknown uid changes nothing and says so in lastError()).
    bool markPrinted(const QStringList &memberUids);
};

} // namespace dd::storage
