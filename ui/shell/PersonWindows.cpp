#include "ui/shell/PersonWindows.h"

#include "ui/shell/SignInDialog.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <algorithm>

namespace threerings::ui {

namespace {

const char* const boundProperty = "threerings.personBound";
constexpr int retryMs = 100;
// A dialog still alive after this many tries keeps the hidden window until the console closes (it is the
// main window's child): a leak of a hidden window, never a crash.
constexpr int maxTries = 100;

using Dialogs = QList<QPointer<QDialog>>;

// The modal dialogs up now, but the sign-in dialog: each may run its own event loop (exec()) on top of
// code of a window about to be retired, and may be that window's child.
Dialogs modalDialogs()
{
    Dialogs list;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<QDialog*>(w);
            d && d->isVisible() && d->isModal() && !qobject_cast<SignInDialog*>(d))
            list.append(d);
    return list;
}

// Deletes the retired window from the event loop once the modal dialogs that were up when it was retired
// are gone: by then their exec() has returned and the code that opened them has finished.
void deleteWhenSafe(const QPointer<QWidget>& window, const Dialogs& dialogs, int tries)
{
    QTimer::singleShot(tries == 0 ? 0 : retryMs, qApp, [window, dialogs, tries] {
        if (!window)
            return;
        if (std::any_of(dialogs.begin(), dialogs.end(),
                        [](const QPointer<QDialog>& d) { return !d.isNull(); })) {
            if (tries < maxTries)
                deleteWhenSafe(window, dialogs, tries + 1);
            return;
        }
        delete window.data();
    });
}

void retireWindow(QWidget* window, const Dialogs& dialogs)
{
    window->setProperty(boundProperty, false); // retired once
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->close(); // its closeEvent runs: a form writes its draft
    window->hide();
    window->setEnabled(false);
    deleteWhenSafe(window, dialogs, 0);
}

} // namespace

void PersonWindows::bind(QWidget* window)
{
    if (window)
        window->setProperty(boundProperty, true);
}

bool PersonWindows::isBound(const QWidget* window)
{
    return window && window->property(boundProperty).toBool();
}

void PersonWindows::retire(QWidget* window)
{
    if (window)
        retireWindow(window, modalDialogs());
}

void PersonWindows::closeAll()
{
    const Dialogs modal = modalDialogs();
    QList<QPointer<QWidget>> windows;
    for (QWidget* w : QApplication::topLevelWidgets())
        windows.append(w);
    // The dialogs first, so their exec() loops end and nothing resumes inside a window being retired.
    for (const QPointer<QWidget>& w : std::as_const(windows))
        if (auto* dialog = qobject_cast<QDialog*>(w.data());
            dialog && dialog->isVisible() && !qobject_cast<SignInDialog*>(dialog))
            dialog->reject();
    for (const QPointer<QWidget>& w : std::as_const(windows))
        if (w && isBound(w))
            retireWindow(w, modal);
}

} // namespace threerings::ui
