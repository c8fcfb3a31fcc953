#pragma once

#include "core/training/PracticeEvent.h"
#include "core/training/Scorecard.h"

#include <QCoreApplication>
#include <QString>

namespace threerings::ui {

// How a practice call reads on screen, shared by the trainee's practice window and the trainer's console:
// one HTML paragraph per event (the caller's lines, the trainee's, script ticks, banned phrases in red …).
class TranscriptFormat
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptFormat)

public:
    // `forTrainer` shows what only the trainer sees (remarks, trap names, ticks).
    static QString html(const PracticeEvent& e, bool forTrainer);
    static QString clock(qint64 atMs);
    // Who ended the call ("trainee", "trainer", "caller" as stored), in words.
    static QString endedBy(const QString& by);
    // The scorecard as HTML: the total, the figures and each point lost with its reason.
    static QString scorecardHtml(const Scorecard& card);
    // Where points were lost, in the trainee's words ("rings", "banned phrases" …).
    static QString areaLabel(const QString& area);
};

} // namespace threerings::ui
