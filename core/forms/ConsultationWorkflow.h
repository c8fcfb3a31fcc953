#pragma once

#include "core/auth/Actor.h"
#include "core/forms/ConsultationRepository.h"
#include "core/forms/WorkQueries.h"
#include "core/model/Call.h"
#include "core/model/Consultation.h"
#include "core/model/Customer.h"

#include <QCoreApplication>

namespace threerings {

// The consultation log (用户咨询统计表, SPEC §2 step 7 and §3): every call resolved on the phone, with the
// advice given. An entry waiting for the caller's test result closes itself as solved 24 hours later
// when no report came (closeExpiredTests, run by the console at start and every few minutes);
// unfinished entries are the next shift's handover list.
class ConsultationWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ConsultationWorkflow)

public:
    static constexpr qint64 TestReportMs = 24LL * 3600 * 1000;

    ConsultationWorkflow(Database& db, const Clock& clock);

    // A new entry filled from the call and the caller's card.
    static Consultation fromCall(const Call& call, const Customer* customer, const Actor& agent);

    // Stores the entry, signed by the agent. status finished (advice given), unfinished (for the next
    // shift) or awaiting_test (the test clock starts at consultedAt).
    Result<Consultation> log(const Actor& actor, Consultation consultation);
    // Finishes a handover item or a test report that came in: status finished, signed.
    Result<Consultation> finish(const Actor& actor, const QString& id, const QString& advice);
    // The caller reported a failed test: the entry goes to the handover list (or a problem form).
    Result<Consultation> testFailed(const Actor& actor, const QString& id, const QString& description);
    // Closes every entry whose 24 h ran out without a report, as solved. Returns how many.
    Result<int> closeExpiredTests();
    // Unfinished entries, oldest first: what the next shift finishes.
    Result<QList<Consultation>> handover(const Actor& actor) const;
    // Entries still waiting for a caller's test result.
    Result<QList<Consultation>> awaitingTests(const Actor& actor) const;

private:
    // The open consultations (unfinished or awaiting a test) with this status.
    Result<QList<Consultation>> withStatus(const Actor& actor, ConsultationStatus status) const;
    Result<Consultation> load(const Actor& actor, const QString& id) const;

    const Clock& m_clock;
    ConsultationRepository m_consultations;
    WorkQueries m_queries;
};

} // namespace threerings
