#pragma once

class QWidget;

namespace threerings::ui {

// The windows that act as the person signed in at the console: the form views, the supervisor's desk, the
// trainer's console, a practice call, the trainees' progress, and every dialog. When that person signs out
// (Switch user…, or Sign out on the lock screen) they all go, so nothing one person loaded or may do stays
// on the screen of the next: closing is preferred to re-binding a window to whoever signs in next. A
// closed form keeps its typing as a draft (its own closeEvent writes it), offered back at the next sign-in.
class PersonWindows
{
public:
    // Marks a top-level window as its person's, for closeAll().
    static void bind(QWidget* window);
    static bool isBound(const QWidget* window);
    // Closes `window` now (its closeEvent runs; it is hidden and disabled even if it ignores the close) and
    // deletes it once no dialog's event loop runs any more: a message box it opened may still be on the
    // stack below the sign-out.
    static void retire(QWidget* window);
    // The person signed out: every open dialog is rejected (its exec() returns "cancelled") and every bound
    // window retired. The sign-in dialog stays.
    static void closeAll();
};

} // namespace threerings::ui
