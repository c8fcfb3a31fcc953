#pragma once

#include "core/db/RecordMeta.h"

#include <QDateTime>
#include <QString>

namespace threerings {

// A banned phrase found in a text an agent wrote, as stored: per call and per agent.
struct PhraseHitRecord
{
    RecordMeta meta;
    QString callId;  // empty outside a call
    QString agentId; // users.id
    QString field;   // which text, e.g. "consultation.advice"
    QString phrase;
    QString suggestion;
    QString matched;
    QDateTime foundAt;
};

} // namespace threerings
