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
// Same as attachSipLine's admin part, for a console on any line: Admin ▸ Phone line… for admins (where they
// also choose which line the console starts on, line.kind) and the ringer device on the console's ringtone.
// `line` is null on the simulated line.
void attachPhoneLineSettings(MainWindow& window, SipLine* line, Database& db, const Clock& clock,
                             Session* session);

void attachSipLine(MainWindow& window, SipLine& line, Database& db, const Clock& clock, Session* session);

} // namespace threerings::ui
