#include "DocumentActions.h"

#include "DelegationPage.h"
#include "MainWindow.h"
#include "UndoHistory.h"
#include "documents/DocumentOptionsDialog.h"
#include "documents/DocumentPreview.h"
#include "documents/Documents.h"
#include "exchange/Calendar.h"
#include "storage/BadgeMarks.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

namespace dd::ui {

using exchange::DocumentKind;
using exchange::DocumentSource;

DocumentActions::DocumentActions(
    MainWindow *window, UndoHistory *history, MessageFunction showMessage)
    : QObject(window)
    , m_window(window)
    , m_history(history)
    , m_showMessage(std::move(showMessage))
{
    // A delegation's paper: a preview to print from, or a PDF, for each document.
    m_printMenu = new QMenu(tr("&Print Preview"), window);
    m_printMenu->setObjectName(QStringLiteral("menuPrint"));
    m_pdfMenu = new QMenu(tr("Save as P&DF"), window);
    m_pdfMenu->setObjectName(QStringLiteral("menuPdf"));
    for (DocumentKind kind : DocumentSource::kinds()) {
        const QString id = DocumentSource::kindId(kind);
        QAction *preview
            = m_printMenu->addAction(DocumentSource::kindTitle(kind) + QStringLiteral("…"));
        preview->setObjectName(QStringLiteral("actionPrint_") + id);
        connect(preview, &QAction::triggered, this, [this, kind] { print(kind, true); });
        QAction *pdf = m_pdfMenu->addAction(DocumentSource::kindTitle(kind) + QStringLiteral("…"));
        pdf->setObjectName(QStringLiteral("actionPdf_") + id);
        connect(pdf, &QAction::triggered, this, [this, kind] { print(kind, false); });
        if (kind == DocumentKind::Attendees)
            preview->setShortcut(QKeySequence::Print);
    }
    m_calendarAction = new QAction(tr("Export &Calendar (.ics)…"), window);
    m_calendarAction->setObjectName(QStringLiteral("actionCalendar"));
    m_calendarAction->setToolTip(
        tr("The delegation's meetings as an iCalendar file for Thunderbird, Outlook and phones"));
    connect(m_calendarAction, &QAction::triggered, this, &DocumentActions::exportCalendar);
}

void DocumentActions::addTo(QMenu *menu, QAction *before)
{
    menu->insertMenu(before, m_printMenu);
    menu->insertMenu(before, m_pdfMenu);
    menu->insertAction(before, m_calendarAction);
    menu->insertSeparator(before);
}

void DocumentActions::updateActions()
{
    const bool delegation = m_window->currentDelegation() != 0;
    m_printMenu->setEnabled(delegation);
    m_pdfMenu->setEnabled(delegation);
    m_calendarAction->setEnabled(delegation);
}

DocumentSource::Request DocumentActions::request(DocumentKind kind) const
{
    DocumentSource::Request request;
    request.kind = kind;
    request.delegationId = m_window->currentDelegation();
    const DelegationPage *page = m_window->delegationPage();
    if (page && m_window->database()
        && (kind == DocumentKind::Badges || kind == DocumentKind::Letters)) {
        storage::DelegationMemberRepository members(*m_window->database());
        for (RowId id : page->selectedMemberIds()) {
            if (const auto member = members.find(id))
                request.memberUids.append(member->uid);
        }
        // For letters, one selected row is only where the cursor is, not a choice: the whole
        // delegation then. The badges' options ask (DocumentOptionsDialog::setSelectedMembers).
        if (kind == DocumentKind::Letters && request.memberUids.size() == 1)
            request.memberUids.clear();
    }
    request.letter.language
        = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    return request;
}

std::optional<exchange::DocumentData> DocumentActions::gather(
    const DocumentSource::Request &request, QString *error) const
{
    if (!m_window->database())
        return std::nullopt;
    return DocumentSource(*m_window->database()).gather(request, error);
}

void DocumentActions::print(DocumentKind kind, bool preview)
{
    storage::Database *database = m_window->database();
    if (!database || m_window->currentDelegation() == 0)
        return;
    DocumentSource::Request request = this->request(kind);
    if (documents::DocumentOptionsDialog::hasOptions(kind)) {
        const auto delegation = storage::DelegationRepository(*database).find(request.delegationId);
        documents::DocumentOptionsDialog options(kind,
            preview ? documents::DocumentOptionsDialog::Purpose::Preview
                    : documents::DocumentOptionsDialog::Purpose::Pdf,
            delegation ? delegation->uid : QString(), m_window);
        options.setObjectName(QStringLiteral("documentOptionsDialog"));
        options.setSelectedMembers(int(request.memberUids.size()));
        if (options.exec() != QDialog::Accepted)
            return;
        options.apply(&request);
    }
    QString error;
    const auto data = gather(request, &error);
    if (!data) {
        m_showMessage(QMessageBox::Warning, tr("Cannot make the document"), error);
        return;
    }
    if (preview) {
        if (!documents::printPreview(*data, m_window))
            return;
    } else {
        const QString path = choosePath(
            tr("Save as PDF"), documents::suggestedPdfPath(*data), tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!documents::writePdf(*data, path, &error)) {
            m_showMessage(QMessageBox::Warning, tr("Cannot save the PDF"), error);
            return;
        }
        m_window->statusBar()->showMessage(
            tr("Saved “%1”.").arg(QDir::toNativeSeparators(path)), 10000);
    }
    if (kind == DocumentKind::Badges)
        markBadgesPrinted(*data);
}

void DocumentActions::markBadgesPrinted(const exchange::DocumentData &data)
{
    // Badges that went to paper are marked, so that a reprint finds the others.
    storage::Database *database = m_window->database();
    if (database->isReadOnly())
        return;
    const auto step
        = m_history->begin(tr("Mark %n badge(s) printed", nullptr, int(data.memberUids().size())));
    storage::BadgeMarks marks(*database);
    if (!marks.markPrinted(data.memberUids()))
        m_showMessage(
            QMessageBox::Warning, tr("Cannot mark the badges printed"), marks.lastError());
    if (DelegationPage *page = m_window->delegationPage())
        page->reload();
}

void DocumentActions::exportCalendar()
{
    if (!m_window->database() || m_window->currentDelegation() == 0)
        return;
    QString error;
    const auto programme = gather(request(DocumentKind::Programme), &error);
    if (!programme) {
        m_showMessage(QMessageBox::Warning, tr("Cannot make the calendar"), error);
        return;
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(programme->delegationName + QStringLiteral(".ics"));
    const QString path
        = choosePath(tr("Export Calendar"), suggested, tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    int written = 0;
    int skipped = 0;
    if (!exchange::Calendar::writeFile(*programme, path, &error, &written, &skipped)) {
        m_showMessage(QMessageBox::Warning, tr("Cannot write the calendar"), error);
        return;
    }
    QString message = tr("%n meeting(s) written to “%1”.", nullptr, written)
                          .arg(QDir::toNativeSeparators(path));
    if (skipped > 0)
        message
            += QLatin1Char(' ') + tr("%n meeting(s) without a time left out.", nullptr, skipped);
    m_window->statusBar()->showMessage(message, 10000);
}

QString DocumentActions::choosePath(
    const QString &title, const QString &suggested, const QString &filter)
{
    return m_choosePath ? m_choosePath(suggested)
                        : QFileDialog::getSaveFileName(m_window, title, suggested, filter);
}

} // namespace dd::ui
