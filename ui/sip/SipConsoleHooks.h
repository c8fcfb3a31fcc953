#pragma once

namespace threerings {
class Clock;
class Database;
class Session;
class SipLine;
} // namespace threerings

namespace threerings::ui {

class MainWindow;

// Puts the SIP line into a console window: its registration state in the status bar (updated as linphone
// reports it), a red "Recording" indicator while a recorded call is on, and Admin ▸ Phone line… for
// admins (Action::ManagePhoneLine). Everything lives in widgets owned by the window.
void attachSipLine(MainWindow& window, SipLine& line, Database& db, const Clock& clock, Session* session);

} // namespace threerings::ui
