#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace threerings {

// Whom a chase of a late form was (form_chases.target).
enum class ChaseTarget
{
    Handler, // the handler, asked for the result
    Caller,  // the caller, told it is in hand, with an apology
    Unknown, // text this version does not know: shown, not saved over
};

// The one table between the targets and form_chases.target ("handler", "caller"); Unknown has no text.
QString chaseTargetText(ChaseTarget target);
ChaseTarget chaseTargetFromText(QStringView text);

// One attempt to move a late problem form along (SPEC §3, the result clock): the agent chases the
// handler, then tells the caller. Stored in form_chases, one row per attempt.
struct FormChase
{
    Q_DECLARE_TR_FUNCTIONS(FormChase)

public:
    RecordMeta meta;
    QString formId;
    ChaseTarget target = ChaseTarget::Handler;
    bool reached = false; // spoke to them
    QDateTime promisedAt; // the handler's promised time for the result (handler reached only)
    QString note;         // what was said
    QString chasedBy;     // the person who chased
    QDateTime chasedAt;

    // The known targets, in the order the chase bar offers them.
    static QList<ChaseTarget> targets();
    // The fields' own rules: the note's length and characters; a promise only from a handler reached.
    Status validate() const;
    // "Handler reached, promised 11-26 15:00" / "Caller not reached", in `zone`.
    QString summary(const QTimeZone& zone) const;
};

} // namespace threerings
