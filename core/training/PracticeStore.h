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

    // Stores a practice call's form (category, customer_name, phone, outlet, description) as a problem
    // form of the practice file, numbered for the trainee (a copy of whom is kept in the practice file).
    Result<ProblemForm> recordForm(const Actor& trainee, const QString& sessionId, const QJsonObject& form);

private:
    PracticeStore(std::unique_ptr<Database> db, const Clock& clock);
    Result<QString> practiceUserId(const Actor& trainee);

    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
};

} // namespace threerings
