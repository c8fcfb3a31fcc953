#pragma once

#include "core/db/RecordMeta.h"
#include "core/training/Scenario.h"
#include "core/training/Scorecard.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace threerings {

// A practice session as stored (practice_sessions): who practises which scenario, started by whom, and
// once ended the scorecard.
struct PracticeSessionRecord
{
    enum class State
    {
        Waiting, // started by the trainer, not yet picked up by the trainee's console
        Live,
        Ended,
    };

    RecordMeta meta;
    Scenario scenario; // as it was at the start
    QString traineeId;
    QString trainerId;
    State state = State::Waiting;
    QDateTime startedAt;
    QDateTime endedAt;
    std::optional<Scorecard> scorecard;

    static QString stateName(State s);
    // The state as people read it ("waiting", "on the line", "ended"), translated.
    static QString stateLabel(State s);
    static State stateFromName(const QString& name);
};

// One trainee's practice so far, for the trainer's progress view and the supervisors' "who is ready".
struct TraineeProgress
{
    QString traineeId;
    QString jobNumber;
    QString name;
    int sessions = 0;
    int passed = 0;
    int scenariosPassed = 0; // distinct scenarios passed
    int lastPercent = -1;    // -1: none scored yet
    int bestPercent = -1;
    double meanPercent = 0;
    QDateTime lastAt;
    bool ready =
        false; // passed at least TrainingRepository::readyScenarios distinct scenarios, last one passed
};

} // namespace threerings
