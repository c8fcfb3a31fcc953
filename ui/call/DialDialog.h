#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace threerings {
class CallSession;
}

namespace threerings::ui {

// Call ▸ Dial a number… (Ctrl+D): a number the agent types or pastes ("138-1234-5678", "+86 372 266 1234",
// a number copied with words around it). The number shows as it will be dialled before anything rings out;
// Enter places the call through the console (CallSession::dial, recorded as placed by hand). A refusal (not a
// number, a call on the line, the do-not-call list) shows under the field and nothing is dialled.
class DialDialog : public QDialog
{
    Q_OBJECT

public:
    DialDialog(CallSession& calls, const QString& number = {}, QWidget* parent = nullptr);

    QLineEdit* numberEdit() const { return m_number; }
    // Places the call; true when it rings out (the dialog then closes).
    bool dial();

private:
    void preview();

    CallSession& m_calls;
    QLineEdit* m_number = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace threerings::ui
