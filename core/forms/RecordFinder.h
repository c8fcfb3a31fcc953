#pragma once

#include "core/auth/Actor.h"
#include "core/forms/FindQueries.h"

#include <QCoreApplication>

namespace threerings {

class Clock;
class Database;

// "Go to a record" (Ctrl+G, SPEC §4): a person types what they have in hand — a problem form number
// (20261204-1001-003, or its start: 20261204-1001 lists that agent's day), a complaint number (TS…), a
// handling report's number, or a caller's phone in any spelling — and gets the records it names, newest
// first. Reading needs ReadLiveRecords, like every form read: a trainee finds nothing real.
class RecordFinder
{
    Q_DECLARE_TR_FUNCTIONS(RecordFinder)

public:
    // The most records one kind of match lists; a longer list asks for more of the number.
    static constexpr int Limit = 50;

    RecordFinder(Database& db, const Clock& clock);

    // The records `text` names. A Data error (naming the field and what to type) for empty text; an empty
    // list when nothing matches.
    Result<QList<FoundRecord>> find(const Actor& actor, const QString& text) const;
    // The record's state in the person's words ("Transferred", "Forwarded", "Unfinished" …).
    static QString stateLabel(const FoundRecord& record);

private:
    FindQueries m_queries;
};

} // namespace threerings
