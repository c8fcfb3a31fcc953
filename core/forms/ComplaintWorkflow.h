#pragma once

#include "core/auth/Actor.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/forms/ComplaintRepository.h"
#include "core/forms/NotificationRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/forms/RatingRepository.h"
#include "core/forms/WorkQueries.h"
#include "core/model/Complaint.h"
#include "core/model/ComplaintReport.h"
#include "core/model/ProblemForm.h"
#include "core/model/Rating.h"
#include "core/settings/SettingsRepository.h"

#include <QCoreApplication>

namespace threerings {

// A rating as stored, and the complaint it turned into when a score was very low.
struct RatingOutcome
{
    Rating rating;
    std::optional<Complaint> complaint;
};

// The complaint loop (投诉统计表 → 投诉处理汇报单 → callback, SPEC §3/§4): registered from a call or by hand
// and forwarded at once to the head of the department it concerns (the service department when none
// is named) with a notification; the department writes the handling report (cause, handling method,
// penalty opinion by supervisors only); the customer is called back within 3 days; a dissatisfied
// callback sends it round again (round + 1, a new report). Ratings (绩效评定表) with a very low score
// (below the rating.complaint_below setting, default 0) become complaints in the same transaction.
class ComplaintWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintWorkflow)

public:
    static constexpr qint64 CallbackDays = 3;
    static constexpr int ReplyWorkingDays = 2;

    ComplaintWorkflow(Database& db, const Clock& clock, BusinessCalendar calendar);

    // Numbers (TS<yyyyMMdd>-<serial>), stores and forwards a complaint; notifies the department head.
    Result<Complaint> registerComplaint(const Actor& actor, Complaint complaint);
    // Writes the handling report of the current round (adds it, or updates the round's report).
    Result<ComplaintReport> report(const Actor& actor, const QString& complaintId, ComplaintReport report);
    // The callback: satisfied closes the complaint; dissatisfied sends it round again.
    Result<Complaint> callback(const Actor& actor, const QString& complaintId, bool satisfied,
                               const QString& customerWords);
    // Stores a customer rating; a very low score becomes a complaint about the engineer.
    Result<RatingOutcome> rate(const Actor& actor, Rating rating, const QString& departmentId = {});

    // A service-quality problem form (category service: 003 §4.5.6, "it is a complaint") registered as a
    // complaint too, once the agent confirms: the form's customer, phone and description, the agent as
    // acceptor, received now, linked to the form (problem_form_id) and forwarded to the department service
    // routes to like any complaint. The form keeps the answer (Registered). A second call for the same form
    // returns the complaint it has and creates nothing; a form of another category is refused.
    Result<Complaint> registerAsComplaint(const Actor& actor, const QString& formId);
    // The agent's "not a complaint" for a service-quality form: kept on the form so nobody is asked again.
    // A form already registered keeps its complaint (a Conflict names it).
    Result<ProblemForm> declineComplaint(const Actor& actor, const QString& formId);

private:
    Status forward(Complaint& complaint, const Actor& actor, ComplaintState to);
    // The stored service-quality form `formId`, or why it cannot be asked about.
    Result<ProblemForm> serviceForm(const Actor& actor, const QString& formId);

    Database& m_db;
    const Clock& m_clock;
    BusinessCalendar m_calendar;
    ComplaintRepository m_complaints;
    ProblemFormRepository m_forms;
    RatingRepository m_ratings;
    NotificationRepository m_notifications;
    SettingsRepository m_settings;
    WorkQueries m_queries;
};

} // namespace threerings
