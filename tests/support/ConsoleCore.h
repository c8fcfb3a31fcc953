#pragma once

#include "core/calendar/CalendarService.h"
#include "core/training/TrainingService.h"
#include "core/words/PhraseGuard.h"
#include "core/words/WordsService.h"
#include "ui/shell/ConsoleServices.h"

namespace threerings::test {

// The core services of one console on `db`, built as app/Gui.cpp builds them: one PhraseGuard of the
// console's language and the services the views reach the data through. Declare it before the window
// that uses it, so it outlives the window.
struct ConsoleCore
{
    // `practice`: an open practice file for the training service (a second console opens its own); by
    // default the service opens the one beside `db` when first asked.
    ConsoleCore(Database& db, const Clock& clock, PracticeStore* practice = nullptr)
        : guard(db, clock, {WordsService::consoleLanguage()}), words(db, clock, guard), calendar(db, clock),
          training(db, clock, words, practice)
    {}
    ui::ConsoleServices services() { return {guard, words, calendar, training}; }

    PhraseGuard guard;
    WordsService words;
    CalendarService calendar;
    TrainingService training;
};

} // namespace threerings::test
