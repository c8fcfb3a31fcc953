#pragma once

#include "ui/training/PracticeAutoplay.h"

#include <QString>

namespace threerings::ui {

// What the executable decides for the console's views at start, as plain values whose defaults are the
// shipped behaviour. Views never read the environment: a build with the test hooks (app/Automation) sets
// these for tests, demos and screenshots.
struct ConsoleOptions
{
    bool silent = false;       // no ring sound even where a speaker is (the ring still shows)
    QString guideDir;          // where Help ▸ User guide looks first for the guides
    PracticeAutoplay practice; // practice calls that play themselves
};

} // namespace threerings::ui
