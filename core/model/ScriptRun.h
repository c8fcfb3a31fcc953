#pragma once

#include "core/db/RecordMeta.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace threerings {

// What became of a call's script: the required steps skipped and the answers given (ScriptRunner's
// state when the call ended). Stored with the call; My day shows the skipped steps.
struct ScriptRun
{
    RecordMeta meta;
    QString callId;
    QString agentId;
    QString scriptKey;
    QString language;
    QStringList skippedSteps;
    QVariantMap answers;
    bool reopensForm = false;
    QDateTime finishedAt;
};

} // namespace threerings
