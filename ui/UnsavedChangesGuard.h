#pragma once
// Keeps a form from dropping what was typed: it remembers every input of the dialog as it was
// first shown (fields, choices, check boxes, and the texts and ticks of its lists and tables), and when the dialog is about to close without saving (Cancel, Esc, the window's
// close button) with something changed, asks whether to discard the changes.

#include <QObject>
#include <QStringList>

#include <functional>

class QDialog;

namespace dd::ui {

class UnsavedChangesGuard : public QObject
{
    Q_OBJECT

public:
    explicit UnsavedChangesGuard(QDialog *dialog);

    // True when some input differs from what the dialog showed when it opened.
    bool isModified() const;
    // Call from the dialog's reject(): true when it may close (nothing changed, or the user
    // chose to discard the changes).
    bool mayDiscard();

    // Asks the user; returns true to discard. Tests replace it, so that no box waits for a click.
    using Question = std::function<bool(QDialog *dialog)>;
    static void setQuestion(Question question);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList values() const;

    QDialog *m_dialog;
    QStringList m_original;
    bool m_remembered = false;
};

} // namespace dd::ui
