#pragma once
// The form of each kind of record, for the window: which kinds have one, opening it for a new
// record or a stored one, and deleting a record through its repository. The window asks here
// instead of knowing every dialog, so a new form is one entry in RecordForms.cpp.

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QCoreApplication>
#include <QString>

class QDialog;
class QWidget;

namespace dd::storage {
class Database;
}

namespace dd::ui::RecordForms {

// Whether records of this kind can be created and edited in a form.
bool hasForm(EntityKind kind);

// Opens the form for a new record; returns the row id it was saved as, or 0 when the user
// cancelled.
RowId create(EntityKind kind, storage::Database &database, QWidget *parent);

// Opens the form for a stored record; true when it was saved. When the record cannot be read,
// returns false with *error set (cancelling leaves it empty).
bool edit(EntityKind kind, storage::Database &database, RowId id, QWidget *parent, QString *error);

// Deletes the record (the schema's cascades take what depends on it); false with *error set
// when it could not be deleted, and then nothing changed.
bool remove(EntityKind kind, storage::Database &database, RowId id, QString *error);

// Ctrl+S saves in a form, as its Save button does (which checks the fields first). Every form
// the window opens has it; a page that opens a form of its own adds it too.
void addSaveShortcut(QDialog &dialog);

// Menu and question texts: "New Contact…", "Delete the contact?".
QString newActionText(EntityKind kind);
QString deleteQuestionTitle(EntityKind kind);

} // namespace dd::ui::RecordForms
