#include "UnsavedChangesGuard.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace dd::ui {
namespace {

bool askUser(QDialog *dialog)
{
    QMessageBox box(QMessageBox::Question, UnsavedChangesGuard::tr("Discard the changes?"),
                    UnsavedChangesGuard::tr("This form has changes that are not saved. Close it and "
                                            "discard them?"),
                    QMessageBox::Discard | QMessageBox::Cancel, dialog);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Cancel)->setText(UnsavedChangesGuard::tr("Keep Editing"));
    return box.exec() == QMessageBox::Discard;
}

UnsavedChangesGuard::Question &question()
{
    static UnsavedChangesGuard::Question current = &askUser;
    return current;
}

// What a list or table holds: each row's texts and check marks (the rows sorted, so that a list
// that orders its ticked items first is unchanged when the same items are ticked again).
QString itemsOf(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QString line;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            line += index.data(Qt::DisplayRole).toString() + QLatin1Char('\x1f')
                + index.data(Qt::CheckStateRole).toString() + QLatin1Char('\x1e');
        }
        rows.append(line);
    }
    rows.sort();
    return rows.join(QLatin1Char('\n'));
}

bool insideComboBox(const QWidget *widget)
{
    for (const QObject *p = widget->parent(); p; p = p->parent()) {
        if (qobject_cast<const QComboBox *>(p))
            return true;
    }
    return false;
}

} // namespace

UnsavedChangesGuard::UnsavedChangesGuard(QDialog *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
    dialog->installEventFilter(this);
}

void UnsavedChangesGuard::setQuestion(Question replacement)
{
    question() = replacement ? std::move(replacement) : Question(&askUser);
}

bool UnsavedChangesGuard::eventFilter(QObject *watched, QEvent *event)
{
    // What the form shows when it first appears is "unchanged": filled in by its constructor.
    if (watched == m_dialog && event->type() == QEvent::Show && !m_remembered) {
        m_original = values();
        m_remembered = true;
    }
    return QObject::eventFilter(watched, event);
}

QStringList UnsavedChangesGuard::values() const
{
    QStringList result;
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
            if (!edit->isReadOnly() && edit->parent() && !qobject_cast<const QAbstractSpinBox *>(edit->parent())
                && !qobject_cast<const QComboBox *>(edit->parent()))
                result.append(edit->text());
        } else if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget)) {
            result.append(text->toPlainText());
        } else if (const auto *rich = qobject_cast<const QTextEdit *>(widget)) {
            result.append(rich->toPlainText());
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            result.append(combo->isEditable() ? combo->currentText() : QString::number(combo->currentIndex()));
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget)) {
            result.append(spin->text());
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (button->isCheckable())
                result.append(button->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        } else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            // Ticks in a list and cells edited in a table (a combo box's own list is its choice).
            if (view->model() && !qobject_cast<const QHeaderView *>(view) && !insideComboBox(view))
                result.append(itemsOf(view->model()));
        }
    }
    return result;
}

bool UnsavedChangesGuard::isModified() const
{
    return m_remembered && values() != m_original;
}

bool UnsavedChangesGuard::mayDiscard()
{
    return !isModified() || question()(m_dialog);
}

} // namespace dd::ui
