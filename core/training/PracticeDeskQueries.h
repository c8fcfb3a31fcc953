#pragma once

#include "core/db/Repository.h"

namespace threerings {

// The hotline's own lists copied into the practice file, so a practice call's problem form offers the real
// departments, outlets and staff (handlers to transfer to) as a real call's form does. Only these three
// tables: nobody's customers, calls or records ever reach the practice file.
class PracticeDeskQueries : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(PracticeDeskQueries)

public:
    using Repository::Repository;

    // Copies departments, outlets and people of the main file at `mainDbPath` into this (the practice)
    // file: new ones added, known ones (by id) brought up to date. A person whose job number the practice
    // file already has under another id keeps that row.
    Status copyListsFrom(const QString& mainDbPath);
};

} // namespace threerings
