#pragma once
// How a page makes a change the user asked for. The window passes one that records the change
// for Edit › Undo under the description given ("Set 3 members to “confirmed”"); without a window
// (in tests) the change is simply made.

#include <QString>

#include <functional>

namespace dd::ui {

// Runs `change` (a write that commits itself, or fails and leaves the database as it was) and
// returns what it returned.
using ChangePerformer = std::function<bool(const QString &description, const std::function<bool()> &change)>;

inline bool performDirectly(const QString &, const std::function<bool()> &change)
{
    return change();
}

} // namespace dd::ui
