#pragma once
// For the offscreen GUI tests: typing any text, finding a form's widgets by objectName,
// screenshots on request (DD_SCREENSHOT_DIR), and acting on a modal dialog once it is open.

#include "exchange/DemoScenario.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QKeySequence>
#include <QMap>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace dd::guitest {

// Writes the demonstration database at path, for a test that opens the window on it. Returns
// an empty string, or why it could not.
inline QString createDemoDatabase(const QString &path)
{
    storage::Database::Error error;
    auto db = storage::Database::open(path, &error);
    if (!db)
        return error.message;
    QString loadError;
    if (!exchange::DemoScenario::load(*db, &loadError) && loadError.isEmpty())
        loadError = QStringLiteral("the demonstration could not be loaded");
    return loadError;
}

// QTest::keyClicks sends Latin-1 only: this types any text, a key event per character.
inline void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
}

// The child widget of a form by its objectName; a missing one ends the test run loudly.
template<class T>
T *field(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

// Saves widget as DD_SCREENSHOT_DIR/name.png when that variable is set, after letting pending
// layout requests run as they would on screen.
inline bool saveScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DD_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return true;
    QDir().mkpath(folder);
    QTest::qWait(50);
    return widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

// Runs work on a modal dialog of type Dialog as soon as an action has opened it. A failed
// check returns early from work: a dialog left open is then rejected, so no test waits on it.
template<class Dialog>
void whenDialogOpens(const std::function<void(Dialog *)> &work)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, work] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        work(dialog);
        if (dialog->isVisible() && dialog->result() != QDialog::Accepted)
            dialog->done(QDialog::Rejected); // not reject(): that may ask about unsaved changes
    });
    timer->start();
}

// Makes any message the window shows a test warning: for tests that expect none.
template<class Window>
void warnOnMessages(Window &window)
{
    window.setMessageHandler([](QMessageBox::Icon, const QString &, const QString &text, QMessageBox::StandardButtons) {
        qWarning("unexpected message: %s", qPrintable(text));
        return QMessageBox::NoButton;
    });
}

// Every shortcut that more than one action of window answers to, with those actions' names:
// "Ctrl+K: actionSearch, actionOther". Empty when each key does one thing.
inline QStringList shortcutClashes(const QWidget &window)
{
    QMap<QString, QStringList> byKey;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        for (const QKeySequence &shortcut : action->shortcuts())
            byKey[shortcut.toString()].append(action->objectName());
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
    }
    return clashes;
}

} // namespace dd::guitest
