#pragma once

#include "core/auth/Actor.h"
#include "core/auth/Permissions.h"
#include "core/auth/UserRepository.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/forms/CallbackRepository.h"
#include "core/forms/NotificationRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/forms/WorkQueries.h"
#include "core/model/Call.h"
#include "core/model/Customer.h"
#include "core/model/ProblemForm.h"
#include "core/settings/SettingsRepository.h"

#include <QCoreApplication>

namespace threerings {

// A problem form that is past one of its clocks, and what the agent should do about it.
struct LateForm
{
    enum class Kind
    {
        Transfer, // not with a handler 2 working hours after acceptance
        Result,   // no result 2 working days after the transfer
    };
    ProblemForm form;
    Kind kind = Kind::Transfer;
    QDateTime dueAt;
    qint64 lateMinutes = 0; // working minutes past the deadline (> 0)
    // The chase prompt (SPEC §3): chase the handler, and call the customer to say it is in progress
    // with the apology script (ScriptRepository, "apology").
    bool chaseHandler = false;
    bool callCustomerWithApology = true;
    QString prompt; // one sentence for the screen
};

// The life of a problem form (800用户问题处理表, SPEC §4): accepted → transferred → planned → resolved →
// reviewed, and reopened by a failed callback. Each step is signed (who, when) on the form, checked
// against Permissions and against the order of the steps; a refused step changes nothing. The clocks
// run on the business calendar: transfer due 2 working hours after acceptance, result due 2 working
// days after the transfer (again after a reopening). Resolving a form schedules its next-day callback
// by the callback policy in the same transaction.
class ProblemFormWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ProblemFormWorkflow)

public:
    static constexpr qint64 TransferMinutes = 2 * 60;
    static constexpr int ResultWorkingDays = 2;

    ProblemFormWorkflow(Database& db, const Clock& clock, BusinessCalendar calendar);

    // A new form filled from the call and the caller's card: the agent fills the rest and accepts it.
    static ProblemForm fromCall(const Call& call, const Customer* customer, const Actor& agent);

    // Numbers and stores the form (state accepted, signed by the agent, transfer due set).
    Result<ProblemForm> accept(const Actor& actor, ProblemForm form);
    // Passes the form to a handler person, or to a department (handlerId empty); notifies them.
    Result<ProblemForm> transfer(const Actor& actor, const QString& formId, const QString& handlerId,
                                 const QString& departmentId = {});
    Result<ProblemForm> plan(const Actor& actor, const QString& formId, const QString& plan);
    Result<ProblemForm> resolve(const Actor& actor, const QString& formId, const QString& result);
    Result<ProblemForm> review(const Actor& actor, const QString& formId, const QString& review);
    // A failed callback: back to the handler with a fresh result clock; notifies the handler.
    Result<ProblemForm> reopen(const Actor& actor, const QString& formId, const QString& reason);

    // Open forms past a clock at the clock's now, most late first. Everyone who reads records may ask.
    Result<QList<LateForm>> late(const Actor& actor) const;
    // The lateness of one form at `now`, when it is late.
    std::optional<LateForm> lateness(const ProblemForm& form, const QDateTime& now) const;

    const BusinessCalendar& calendar() const { return m_calendar; }

private:
    // load() and the step order, then the step's text: required, at most a long text's length.
    Result<ProblemForm> loadForStep(const Actor& actor, const QString& formId, Action action,
                                    FormState target, const QString& field, const QString& label,
                                    const QString& text);
    Result<ProblemForm> load(const Actor& actor, const QString& formId, Action action) const;
    Status stepAllowed(const ProblemForm& form, FormState to) const;
    Status scheduleCallback(const ProblemForm& form, const QString& actor);

    Database& m_db;
    const Clock& m_clock;
    BusinessCalendar m_calendar;
    ProblemFormRepository m_forms;
    CallbackRepository m_callbacks;
    NotificationRepository m_notifications;
    SettingsRepository m_settings;
    UserRepository m_users;
    WorkQueries m_queries;
};

} // namespace threerings
