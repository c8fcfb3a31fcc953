#pragma once

#include "core/words/PhraseGuard.h"
#include "core/words/WordsService.h"
#include "ui/shell/ConsoleServices.h"

namespace threerings::test {

// The core services of one console on `db`, built as app/Gui.cpp builds them: one PhraseGuard of the
// console's language and the services the views reach the data through. Declare it before the window
// that uses it, so it outlives the window.
struct ConsoleCore
{
    ConsoleCore(Database& db, const Clock& clock)
        : guard(db, clock, {WordsService::consoleLanguage()}), words(db, clock, guard)
    {}
    ui::ConsoleServices services() { return {guard, words}; }

    PhraseGuard guard;
    WordsService words;
};

} // namespace threerings::test
