#pragma once
// Fast entry for the conference floor: a compact form for a new contact or a meeting note that
// never needs the mouse. Enter in any field saves the entry at once, as its own committed write
// through the repository (nothing is batched, so what Enter saved survives a crash), then the
// form clears itself for the next one but keeps what stays the same from one entry to the next:
// the community and organisation of a contact, the delegation and counterpart of a meeting. The
// passport-Latin names are filled from the Cyrillic ones by the official transliteration. What
// was saved in this session is listed, newest first.

#include "domain/EntityKind.h"
#include "domain/Record.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class FastEntryDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::ui {

class FastEntryDialog : public QDialog {
    Q_OBJECT

public:
    explicit FastEntryDialog(storage::Database &database, QWidget *parent = nullptr);
    ~FastEntryDialog() override;

    // How many entries were saved since the dialog opened.
    int savedCount() const { return m_savedCount; }

    // Esc (and closing the window). With nothing typed in the form it closes at once. With
    // unsaved text, the first Esc keeps the text and says in the status line that a second Esc
    // discards it (Enter saves it instead); typing anything in between takes that back. So the
    // text of an entry is never lost to a stray Esc, and closing never needs the mouse.
    void reject() override;

private:
    enum class Tone { Neutral, Done, Problem };

    void setUpChoices(QComboBox *combo, EntityKind kind);
    // The row id of the record the combo's text names; 0 for an empty text. False when the text
    // names no record in the list.
    static bool chosenId(const QComboBox *combo, RowId *id);
    void save();
    void saveContact();
    void saveMeeting();
    void entrySaved(const QString &listText, const QString &name);
    // The fields an entry is typed in (not the ones that are kept from one entry to the next).
    QList<QLineEdit *> entryFields() const;
    bool hasUnsavedText() const;
    void clearEntryFields();
    void focusFirstField();
    void showProblem(QWidget *field, const QString &fieldName, const QString &problem);
    void showStatus(const QString &text, Tone tone);

    std::unique_ptr<Ui::FastEntryDialog> m_ui;
    storage::Database &m_database;
    int m_savedCount = 0;
    // Set by an Esc that found unsaved text; the next Esc then closes.
    bool m_closeArmed = false;
};

} // namespace dd::ui
