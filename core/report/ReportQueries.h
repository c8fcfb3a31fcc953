#pragma once

#include "core/model/Role.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>

namespace threerings {

class Clock;
class Database;

// The reads of the supervisor's desk (issue 7): each one is a single grouped query over an index
// (migration 0008), returning plain rows; core/report turns them into sheets. Times are ms since
// the epoch; `offsetMs` is the hotline zone's offset from UTC, so a day is (t + offset) / 86400000.
// Calls of the simulated line (calls.simulated: demos, training) and what was recorded on them are left
// out of every sheet.
class ReportQueries
{
    Q_DECLARE_TR_FUNCTIONS(ReportQueries)

public:
    ReportQueries(Database& db, const Clock& clock);

    struct Person
    {
        QString id;
        QString jobNumber;
        QString name;
        QString departmentId;
        QString departmentName;
        QList<Role> roles;
    };
    Result<QList<Person>> people() const;
    // id, name of every department, by name.
    Result<QList<QPair<QString, QString>>> departments() const;

    // 用户回访统计表: callbacks due on `day`, and those due before it still open. Columns:
    // form_number outlet_name acceptor_phone acceptor_name outcome result evaluation repairer
    // fault_level remarks agent_name called_on state attempts due_on
    // The day's callbacks, those carried over from earlier days still open, and those carried over and done
    // that day (they count as the day's work).
    Result<QList<QVariantList>> callbackSheet(const QDate& day) const;

    struct SignOff
    {
        QString day;
        QString signerId;
        QString signerName;
        qint64 signedAt = 0;
        QString remarks;
    };
    Result<std::optional<SignOff>> signOff(const QDate& day) const;
    // Writes the sign-off of a day (through RecordWriter, so it replicates and is audited); a day
    // signed already gives a Conflict error naming who signed it.
    Result<SignOff> writeSignOff(const QDate& day, const QString& signerId, const QString& signerName,
                                 const QString& remarks);

    // Handled calls (incoming, answered; one 正 stroke each, as `export tally`) between start and end:
    // agent_id, category, count.
    // Each row: agent id, category, count, outcome (a wrong number or nuisance call is counted apart).
    Result<QList<QVariantList>> tally(qint64 startMs, qint64 endMs) const;
    // Incoming calls per local hour of day: hour 0..23, count.
    Result<QList<QVariantList>> callsPerHour(qint64 startMs, qint64 endMs, qint64 offsetMs) const;

    // One row per agent and local day: agent_id, day number (days since the epoch, local), offered,
    // answered, answered within three rings, sum of rings at answer, abandoned, handled calls,
    // sum of handle ms (answer to end).
    // `step` is told how far through the period the scan is (0..1) every few thousand calls; when it
    // returns false the scan stops with a "cancelled" usage error.
    Result<QList<QVariantList>> callStats(qint64 startMs, qint64 endMs, qint64 offsetMs,
                                          const std::function<bool(double)>& step = {}) const;
    // Time per agent and state inside [start, end) (stretches still open count up to `nowMs`):
    // agent_id, state, ms, stretches.
    Result<QList<QVariantList>> stateTimes(qint64 startMs, qint64 endMs, qint64 nowMs) const;
    // agent_id, required script steps skipped (script runs finished in the period).
    Result<QList<QVariantList>> skippedSteps(qint64 startMs, qint64 endMs) const;
    // agent_id, banned phrases recorded in the period.
    Result<QList<QVariantList>> phraseHits(qint64 startMs, qint64 endMs) const;

    // Open items with a clock: kind (transfer result complaint_reply complaint_callback test callback),
    // number, handler name, department name, due ms (callbacks: start of their due day, local).
    Result<QList<QVariantList>> openDeadlines(qint64 offsetMs) const;

    // department_id ('' for none), local month "YYYY-MM", complaints registered.
    Result<QList<QVariantList>> complaintsPerMonth(qint64 startMs, qint64 endMs, qint64 offsetMs) const;
    // handling department_id, local month, problem forms resolved (维修次数).
    Result<QList<QVariantList>> repairsPerMonth(qint64 startMs, qint64 endMs, qint64 offsetMs) const;
    // engineer, local month, ratings, technical sum, attitude sum, lowest total, complaints raised.
    Result<QList<QVariantList>> ratings(const QDate& from, const QDate& to) const;
    // callbacks due in [from, to]: done, still open.
    Result<QPair<qint64, qint64>> callbackCounts(const QDate& from, const QDate& to) const;

private:
    Result<QList<QVariantList>> rows(const QString& sql, const QVariantList& binds) const;
    // Rows of `table` whose `at` falls in [startMs, endMs), counted per `department` and month:
    // (department id or '', 'yyyy-MM', count).
    Result<QList<QVariantList>> perDepartmentMonth(const char* table, const char* department, const char* at,
                                                   qint64 startMs, qint64 endMs, qint64 offsetMs) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace threerings
