#pragma once

#include <QList>
#include <QString>

namespace threerings {

// One step of a call script: the words to say (a template with {placeholders} filled from the call),
// when the step applies (a ScriptCondition such as "answered_after_ring > 3"; empty = always), whether
// the agent must say it, and for a question the answers that lead on (callback: working / not_working).
struct ScriptStep
{
    struct Branch
    {
        QString key;   // "working", "not_working"
        QString label; // what the agent clicks
        QString words; // what to say next
        bool reopensForm = false;
    };

    QString id; // unique in the script, e.g. "greeting"
    QString title;
    QString words;
    QString condition;
    bool required = true;
    QList<Branch> branches;
};

} // namespace threerings
