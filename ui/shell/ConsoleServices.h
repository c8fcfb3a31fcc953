#pragma once

namespace threerings {
class CalendarService;
class PhraseGuard;
class TrainingService;
class WordsService;
} // namespace threerings

namespace threerings::ui {

// The core services of one console on one database, built once by the composition root (app/Gui.cpp) and
// handed to the main window, which passes each view the ones it uses. Views reach the hotline's data only
// through these: every call takes the person and checks Permissions.
struct ConsoleServices
{
    // The console's one banned-phrase guard: every guarded field follows it.
    PhraseGuard& guard;
    // Scripts, phrase lists and the knowledge base.
    WordsService& words;
    // The business calendar.
    CalendarService& calendar;
    // Scenarios, practice calls and trainees' progress.
    TrainingService& training;
};

} // namespace threerings::ui
