#pragma once

#include "core/auth/Actor.h"
#include "core/db/Repository.h"
#include "core/model/ScriptRun.h"
#include "core/words/Script.h"

namespace threerings {

// The call scripts in use, one per key and language, and the script runs of calls. Admins and trainers
// edit scripts (Action::ManageScripts); an import is validated whole before anything is written, so a
// broken file leaves the scripts as they were.
class ScriptRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ScriptRepository)

public:
    using Repository::Repository;

    // The scripts of `language` in the database; the shipped ones when it holds none.
    Result<QList<Script>> list(const QString& language) const;
    // The script `key` of `language`: the database's copy, else the shipped one.
    Result<Script> get(const QString& key, const QString& language) const;

    // Validates and stores (insert, or replace the script with the same key and language).
    Result<Script> save(const Actor& actor, Script script);
    // Parses and validates the whole file, then stores every script in one transaction. Any error
    // names the line and field, and nothing is changed.
    Result<QList<Script>> importJson(const Actor& actor, const QByteArray& json);
    Result<QByteArray> exportJson(const QString& language) const;

    // Stores the shipped zh_CN and en scripts when the database has none of that language.
    Status seedDefaultsIfEmpty(const QString& actor);

    // What became of a call's script (skipped required steps, answers).
    Result<ScriptRun> recordRun(ScriptRun run, const QString& actor);
    Result<QList<ScriptRun>> runsForCall(const QString& callId) const;

    static const RowShape& shape();
    static const RowShape& runShape();

private:
    Result<Script> store(Script script, const QString& actor);
};

} // namespace threerings
