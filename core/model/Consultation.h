#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace threerings {

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
    QString description;                         // what the caller described
    QString advice;                              // what advice was given
    QString status = QStringLiteral("finished"); // finished, unfinished, awaiting_test
    QDateTime consultedAt;                       // set to now when left empty
    QDateTime testDueAt;                         // the caller reports a test result within 24 h
    QDateTime finishedAt;
    QString finishedBy;
    bool closedAutomatically = false; // no test result within 24 h: closed as solved by the console

    static QStringList statuses();
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
