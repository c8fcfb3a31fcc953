#pragma once

#include "core/auth/Actor.h"
#include "core/model/Complaint.h"
#include "core/model/ComplaintReport.h"
#include "core/model/Consultation.h"
#include "core/model/ProblemForm.h"
#include "core/util/HotlineTime.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace threerings {

class Clock;
class Database;

// The hotline's forms as the views and the command line read them: every read takes the person asking
// and checks Permissions before it touches the database, so a view has one way to a record and it is
// the checked one. Reading a live record needs ReadLiveRecords (everyone but a trainee, who sees practice
// data only); the penalty opinion of a complaint report (处罚意见) is blanked for whoever may not
// ReadPenaltyOpinion. The repositories behind it are core's own.
class FormReader
{
    Q_DECLARE_TR_FUNCTIONS(FormReader)

public:
    FormReader(Database& db, const Clock& clock, QTimeZone zone = hotlineTimeZone());

    // A problem form by its id or by its number (YYYYMMDD-<job number>-<serial>), as a person types it.
    Result<ProblemForm> problemForm(const Actor& actor, const QString& idOrNumber) const;
    // A device's repair history: the problem forms filed on it, newest first.
    Result<QList<ProblemForm>> repairs(const Actor& actor, const QString& deviceId) const;
    // One entry of the consultation log (用户咨询统计表).
    Result<Consultation> consultation(const Actor& actor, const QString& id) const;
    // One complaint of the register (投诉统计表).
    Result<Complaint> complaint(const Actor& actor, const QString& id) const;
    // The complaint a service-quality problem form was registered as, if it was.
    Result<std::optional<Complaint>> complaintOfForm(const Actor& actor, const QString& formId) const;
    // The handling reports of a complaint, round by round, penalty opinions blanked as above.
    Result<QList<ComplaintReport>> complaintReports(const Actor& actor, const QString& complaintId) const;

private:
    Database& m_db;
    const Clock& m_clock;
    QTimeZone m_zone;
};

} // namespace threerings
