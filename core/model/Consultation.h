#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace threerings {

// Where a consultation stands: finished (advice given), unfinished (the next shift finishes it) or
// awaiting the caller's test result (24 h). Stored as consultations.status.
enum class ConsultationStatus
{
    Finished,
    Unfinished,
    AwaitingTest,
    Unknown, // text this version does not know: shown, not saved over
};

// The one table between the statuses and consultations.status: "finished", "unfinished", "awaiting_test".
QString consultationStatusText(ConsultationStatus status); // empty for Unknown
ConsultationStatus consultationStatusFromText(QStringView text);

// 用户咨询统计表: one consultation; unfinished ones go to the next shift.
struct Consultation
{
    Q_DECLARE_TR_FUNCTIONS(Consultation)

public:
    RecordMeta meta;
    QString callId;
    QString customerId;
    QString agentId;
    QString callerName;
    QString callerPhone;
    QString description; // what the caller described
    QString advice;      // what advice was given
    ConsultationStatus status = ConsultationStatus::Finished;
    QDateTime consultedAt; // set to now when left empty
    QDateTime testDueAt;   // the caller reports a test result within 24 h
    QDateTime finishedAt;
    QString finishedBy;
    bool closedAutomatically = false; // no test result within 24 h: closed as solved by the console

    // The known statuses, in the order the form offers them.
    static QList<ConsultationStatus> statuses();
    // The status in the person's words ("Finished", "Unfinished", "Awaiting the test result").
    static QString statusLabel(ConsultationStatus status);
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
