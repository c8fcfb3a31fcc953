#pragma once

#include "core/auth/PasswordHasher.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/model/Role.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace threerings {

class Clock;
class Database;

struct DemoOptions
{
    qint64 customers = 1000;
    qint64 calls = 5000;
    quint64 seed = 1;
    QString password; // for the demo accounts; empty: each gets its own generated one
    // Only the role accounts are hashed, so demo data stays fast; tests may pass cheaper limits.
    PasswordHasher::Limits hashLimits = PasswordHasher::interactive();
};

struct DemoAccount
{
    Role role = Role::Agent;
    QString jobNumber;
    QString name;
    QString password;
};

struct DemoSummary
{
    QList<DemoAccount> accounts;
    qint64 customers = 0;
    qint64 devices = 0;
    qint64 calls = 0;
    qint64 forms = 0;
    qint64 consultations = 0;
    qint64 callbacks = 0;
    qint64 complaints = 0;
    qint64 ratings = 0;
    qint64 agentStates = 0;
    qint64 scriptRuns = 0;
    qint64 phraseHits = 0;
    QDate from;
    QDate to;

    qint64 rows() const
    {
        return customers + devices + calls + forms + consultations + callbacks + complaints * 2 + ratings +
               agentStates + scriptRuns + phraseHits;
    }
};

// Fills an empty database with a realistic hotline: departments, one account per role and a team of
// agents, forty repair centres, customers with their devices, and the calls of the last weeks ending
// today, with the forms, consultations, callbacks, complaints and ratings they led to, in every state,
// so that today's callback list, the handover and the deadlines are alive. The same seed on the same
// day gives the same database, keys included. Everything goes through the repositories. Its calls are
// history for the reports to show, not calls of the simulated line: they are not marked simulated.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    DemoData(Database& db, const Clock& clock, BusinessCalendar calendar);

    // `progress` gets 0…100 now and then.
    Result<DemoSummary> generate(const DemoOptions& options, const std::function<void(int)>& progress = {});

    // A readable random password such as "kerm-vopa-47" (12 characters, no look-alike letters).
    static QString readablePassword();

private:
    Database& m_db;
    const Clock& m_clock;
    BusinessCalendar m_calendar;
};

} // namespace threerings
