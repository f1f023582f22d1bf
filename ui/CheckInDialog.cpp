#include "CheckInDialog.h"

#include "ui_CheckInDialog.h"

#include "domain/FormInput.h"
#include "models/EntityTableModel.h"
#include "models/RecordChoices.h"
#include "storage/Database.h"
#include "storage/DelegationRepository.h"
#include "storage/ListSource.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>

namespace dd::ui {
namespace {

// What the desk needs to tell namesakes apart and see who is in; the other member columns
// belong to the main list.
const QStringList shownColumns = {
    QStringLiteral("name"),  QStringLiteral("name_latin"), QStringLiteral("community"),
    QStringLiteral("role"),  QStringLiteral("status"),     QStringLiteral("checked_in_at"),
};

} // namespace

CheckInDialog::CheckInDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CheckInDialog>())
    , m_database(database)
    , m_matches(new models::EntityTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->matchesList->setModel(m_matches);
    m_ui->matchesList->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    QFont statusFont = m_ui->statusLabel->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.3);
    m_ui->statusLabel->setFont(statusFont);
    m_ui->statusLabel->setMinimumHeight(QFontMetrics(statusFont).height() * 2);
    QFont attendanceFont = m_ui->attendanceLabel->font();
    attendanceFont.setPointSizeF(attendanceFont.pointSizeF() * 1.2);
    attendanceFont.setBold(true);
    m_ui->attendanceLabel->setFont(attendanceFont);
    QPalette hintPalette = m_ui->hintLabel->palette();
    hintPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_ui->hintLabel->setPalette(hintPalette);

    // Enter belongs to the check-in, never to the Close button.
    const QList<QPushButton *> buttons = m_ui->buttonBox->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    QString error;
    const QList<models::RecordChoice> delegations
        = models::recordChoices(m_database, EntityKind::Delegation, &error);
    for (const models::RecordChoice &choice : delegations)
        m_ui->delegationCombo->addItem(choice.label, QVariant::fromValue(choice.id));

    m_ui->nameEdit->installEventFilter(this);
    m_ui->matchesList->installEventFilter(this);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CheckInDialog::showMatches);
    connect(m_ui->delegationCombo, &QComboBox::currentIndexChanged, this, &CheckInDialog::showDelegation);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CheckInDialog::reject);

    showDelegation();
    if (!error.isEmpty())
        showStatus(tr("The delegations could not be read: %1").arg(error), Tone::Warning);
    else if (delegations.isEmpty())
        showStatus(tr("This database has no delegations yet."), Tone::Warning);
    m_ui->nameEdit->setFocus();
}

CheckInDialog::~CheckInDialog() = default;

void CheckInDialog::selectDelegation(RowId delegationId)
{
    const int index = m_ui->delegationCombo->findData(QVariant::fromValue(delegationId));
    if (index >= 0)
        m_ui->delegationCombo->setCurrentIndex(index);
}

RowId CheckInDialog::delegationId() const
{
    return m_ui->delegationCombo->currentData().toLongLong();
}

void CheckInDialog::showDelegation()
{
    const RowId delegation = delegationId();
    m_ui->nameEdit->setEnabled(delegation != 0);
    m_ui->matchesList->setEnabled(delegation != 0);
    auto source = std::make_unique<storage::ListSource>(
        m_database, EntityKind::Member,
        QList<storage::ListSource::Condition> { { QStringLiteral("delegation_id"), delegation } });
    source->setFilter(m_ui->nameEdit->text());
    m_matches->setSource(std::move(source));

    const QList<storage::ListColumn> &columns = m_matches->source()->columns();
    for (int column = 0; column < columns.size(); ++column)
        m_ui->matchesList->setColumnHidden(column, !shownColumns.contains(columns.at(column).id));
    m_ui->matchesList->resizeColumnsToContents();

    showMatches(m_ui->nameEdit->text());
    updateAttendance();
}

void CheckInDialog::showMatches(const QString &typed)
{
    m_matches->setFilter(typed);
    if (!m_matches->lastError().isEmpty())
        showStatus(tr("The members could not be read: %1").arg(m_matches->lastError()), Tone::Warning);
    // The best match is chosen, so that Enter checks it in; with nothing typed nobody is, so
    // that Enter in an empty box checks in no one by accident.
    if (!typed.trimmed().isEmpty() && m_matches->rowCount() > 0)
        m_ui->matchesList->setCurrentIndex(m_matches->index(0, 0));
    else
        m_ui->matchesList->setCurrentIndex({});
    m_ui->matchesList->scrollToTop();
}

QString CheckInDialog::memberName(int row) const
{
    const int column = m_matches->source()->columnIndex(QStringLiteral("name"));
    return m_matches->index(row, column).data().toString();
}

QString CheckInDialog::timeText(const QDateTime &moment)
{
    // Every UI language uses 24 hours (as the lists do).
    return moment.toLocalTime().time().toString(QStringLiteral("HH:mm"));
}

QString CheckInDialog::dateText(const QDateTime &moment)
{
    return FormInput::dateText(moment.toLocalTime().date());
}

void CheckInDialog::checkInCurrent()
{
    const QString typed = m_ui->nameEdit->text().trimmed();
    const QModelIndex current = m_ui->matchesList->currentIndex();
    if (!current.isValid()) {
        if (delegationId() == 0)
            showStatus(tr("Choose a delegation first."), Tone::Warning);
        else if (typed.isEmpty())
            showStatus(tr("Type a few letters of a name first."), Tone::Warning);
        else
            showStatus(tr("Nobody in this delegation matches “%1”.").arg(typed), Tone::Warning);
        m_ui->nameEdit->setFocus();
        m_ui->nameEdit->selectAll();
        return;
    }

    const RowId memberId = m_matches->idAt(current.row());
    const QString name = memberName(current.row());
    storage::DelegationMemberRepository members(m_database);
    QDateTime earlier;
    const bool checkedIn = members.checkIn(memberId, QDateTime::currentDateTimeUtc(), &earlier);
    m_ui->nameEdit->setFocus();
    if (checkedIn) {
        const auto saved = members.find(memberId);
        const QDateTime at = saved ? saved->checkedInAt : QDateTime::currentDateTimeUtc();
        showStatus(tr("✓ %1 checked in at %2").arg(name, timeText(at)), Tone::Done);
        // Ready for the next person.
        m_ui->nameEdit->clear();
    } else if (earlier.isValid()) {
        showStatus(tr("%1 was already checked in at %2 (on %3)").arg(name, timeText(earlier), dateText(earlier)),
                   Tone::Warning);
        // Typing goes on over the old text; ↓ still reaches a namesake.
        m_ui->nameEdit->selectAll();
    } else {
        showStatus(tr("%1 could not be checked in: %2").arg(name, members.lastError()), Tone::Warning);
        m_ui->nameEdit->selectAll();
    }
    m_matches->reload();
    showMatches(m_ui->nameEdit->text());
    updateAttendance();
}

void CheckInDialog::updateAttendance()
{
    if (delegationId() == 0) {
        m_ui->attendanceLabel->clear();
        return;
    }
    storage::DelegationMemberRepository members(m_database);
    const auto attendance = members.attendance(delegationId());
    if (!members.lastError().isEmpty()) {
        m_ui->attendanceLabel->setText(tr("Arrivals could not be counted: %1").arg(members.lastError()));
        return;
    }
    m_ui->attendanceLabel->setText(tr("Arrived: %1 of %n", nullptr, attendance.expected).arg(attendance.arrived));
}

void CheckInDialog::showStatus(const QString &text, Tone tone)
{
    QPalette statusPalette = palette();
    switch (tone) {
    case Tone::Neutral: break;
    case Tone::Done: statusPalette.setColor(QPalette::WindowText, QColor(0x1b, 0x7a, 0x35)); break;
    case Tone::Warning: statusPalette.setColor(QPalette::WindowText, QColor(0xa3, 0x4a, 0x00)); break;
    }
    m_ui->statusLabel->setPalette(statusPalette);
    m_ui->statusLabel->setText(text);
}

bool CheckInDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        if (watched == m_ui->nameEdit || watched == m_ui->matchesList) {
            checkInCurrent();
            return true;
        }
    } else if (watched == m_ui->nameEdit) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            // The arrows move among the matches while the typing stays in the box.
            QCoreApplication::sendEvent(m_ui->matchesList, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace dd::ui
