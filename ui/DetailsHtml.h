#pragma once
// The detail pane's page for a record: its fields, then its related records as tables
// (a delegation's members and meetings, a partnership's parties and history), as HTML for a
// QTextBrowser.

#include <QString>

namespace dd::models {
struct RecordDetails;
}

namespace dd::ui {

QString detailsHtml(const models::RecordDetails &details);

} // namespace dd::ui
