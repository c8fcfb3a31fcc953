#pragma once

#include "core/auth/Actor.h"
#include "core/model/ProblemForm.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <memory>

namespace threerings {

class Clock;
class Database;
struct Scenario;

// The console's own problem form on a practice call: the practice file, and the trainee as the agent who
// fills it there, and only there (the practice file never replicates and no report reads it).
struct PracticeDesk
{
    Database* db = nullptr;
    Actor agent;
    // The new form as the call pops it: the caller's number, nothing the caller has not said yet.
    ProblemForm blank;
};

// The practice area: a second SQLite file beside the main one, "<name>-practice.sqlite", with the same
// schema. The forms trainees fill on practice calls go here, never to the main file, so real reports,
// exports and replication (which read the main file) cannot mix practice data with customers' records.
class PracticeStore
{
    Q_DECLARE_TR_FUNCTIONS(PracticeStore)

public:
    // "/x/hotline.sqlite" → "/x/hotline-practice.sqlite".
    static QString pathFor(const QString& mainDbPath);
    // Opens (creating and migrating when missing) the practice file of `mainDbPath`.
    static Result<std::unique_ptr<PracticeStore>> open(const QString& mainDbPath, const Clock& clock);
    ~PracticeStore();

    Database& database() { return *m_db; }

    // Readies the practice file for a call of `scenario`: the hotline's departments, outlets and staff from
    // the main file at `mainDbPath` (an empty path copies nothing), the scenario caller's outlet when the
    // hotline has none of that name, and the trainee as an agent of the practice file.
    Result<PracticeDesk> desk(const Actor& trainee, const QString& mainDbPath, const Scenario& scenario);
    // What the scorer reads of a practice form: category (key), customer_name, phone, outlet (its name),
    // description and transfer (passed on to a handler or department).
    QJsonObject formFacts(const ProblemForm& form) const;

private:
    PracticeStore(std::unique_ptr<Database> db, const Clock& clock);
    Result<QString> practiceUserId(const Actor& trainee);

    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
};

} // namespace threerings
