#pragma once
// The registration desk: choose the delegation, type a few letters of a name (Cyrillic or
// Latin), and Enter marks the chosen member arrived, now. The matches follow the typing, ↑ and ↓
// move among them while the typing stays in the box, and a second check-in of the same person
// says when the first was and changes nothing. How many have arrived of those expected is always
// on screen. Everything works from the keyboard.

#include "domain/Record.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class CheckInDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::models {
class EntityTableModel;
}

namespace dd::ui {

class CheckInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CheckInDialog(storage::Database &database, QWidget *parent = nullptr);
    ~CheckInDialog() override;

    // Chooses the delegation at the desk (the first one is chosen at the start).
    void selectDelegation(RowId delegationId);
    RowId delegationId() const;
    models::EntityTableModel *matches() const { return m_matches; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Tone { Neutral, Done, Warning };

    void showDelegation();
    void showMatches(const QString &typed);
    void checkInCurrent();
    void updateAttendance();
    void showStatus(const QString &text, Tone tone);
    QString memberName(int row) const;
    static QString timeText(const QDateTime &moment);
    static QString dateText(const QDateTime &moment);

    std::unique_ptr<Ui::CheckInDialog> m_ui;
    storage::Database &m_database;
    models::EntityTableModel *m_matches = nullptr;
};

} // namespace dd::ui
