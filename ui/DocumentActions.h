#pragma once
// The main window's File › Print Preview, Save as PDF and Export Calendar: the menus, the
// options asked before a document that has some (documents::DocumentOptionsDialog), gathering
// the data of the delegation on screen, the preview or the PDF, marking badges printed as one
// undo step, and the calendar file. The window says which delegation and members are meant by
// what it shows (currentDelegation(), its delegation page's selection); the rest lives here, so
// that the window does not grow with every document.

#include "exchange/DocumentData.h"

#include <QMessageBox>
#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QMenu;

namespace dd::ui {

class MainWindow;
class UndoHistory;

class DocumentActions : public QObject {
    Q_OBJECT

public:
    using MessageFunction
        = std::function<void(QMessageBox::Icon, const QString &title, const QString &text)>;
    // Gets a suggested path, returns the chosen one or an empty string.
    using PathChooser = std::function<QString(const QString &suggested)>;

    DocumentActions(MainWindow *window, UndoHistory *history, MessageFunction showMessage);

    // Puts the Print Preview and Save as PDF submenus and Export Calendar into menu, before
    // `before`.
    void addTo(QMenu *menu, QAction *before);
    // Enabled when there is a delegation to make documents for.
    void updateActions();
    // Where a PDF or a calendar is saved; tests replace the file dialog.
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

    // What File › Print asks for before any option is chosen: the delegation on screen; badges
    // and letters for the members selected on its page (two or more), else everyone taking
    // part; letters in the window's language when it is French, else English.
    exchange::DocumentSource::Request request(exchange::DocumentKind kind) const;
    std::optional<exchange::DocumentData> gather(
        const exchange::DocumentSource::Request &request, QString *error) const;

    // The options dialog (for the documents that have options), then the preview or the PDF.
    void print(exchange::DocumentKind kind, bool preview);
    void exportCalendar();

private:
    QString choosePath(const QString &title, const QString &suggested, const QString &filter);
    void markBadgesPrinted(const exchange::DocumentData &data);

    MainWindow *m_window;
    UndoHistory *m_history;
    MessageFunction m_showMessage;
    PathChooser m_choosePath;
    QMenu *m_printMenu = nullptr;
    QMenu *m_pdfMenu = nullptr;
    QAction *m_calendarAction = nullptr;
};

} // namespace dd::ui
