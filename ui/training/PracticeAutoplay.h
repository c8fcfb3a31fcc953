#pragma once

#include <QString>

namespace threerings::ui {

// A practice call that plays itself, for demos and screenshots: answered at a ring, then an answers file's
// say / tick / form actions (the file of `threerings practice run`), then a line typed but not said. Plain
// values handed to PracticeWindow; the shipped console leaves them at their defaults (a trainee plays).
struct PracticeAutoplay
{
    int ringMs = 0;       // ms between rings; 0: the line's cadence (a ring every 5 s)
    int answerAtRing = 0; // answered at this ring; 0: the trainee answers
    QString answersFile;  // played after the answer; empty: nothing
    QString draft;        // typed after the answers, not said (the banned-phrase guard shows)
};

} // namespace threerings::ui
