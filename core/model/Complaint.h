#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace threerings {

// Where a complaint stands (complaints.state): registered, forwarded to a department, handled (the
// report is in), closed (the customer is satisfied) or reopened (not satisfied: another round).
enum class ComplaintState
{
    Registered,
    Forwarded,
    Handled,
    Closed,
    Reopened,
    Unknown, // text this version does not know: shown, not saved over
};

// The one table between the states and complaints.state; Unknown has no text.
QString complaintStateText(ComplaintState state);
ComplaintState complaintStateFromText(QStringView text);

// 投诉统计表: one line of the complaint register.
struct Complaint
{
    Q_DECLARE_TR_FUNCTIONS(Complaint)

public:
    RecordMeta meta;
    QString no; // NO
    QString customerId;
    QString callId;
    QString complainingUnit; // 投诉单位
    QString matter;          // 投诉事项
    QDateTime complainedAt;  // 投诉时间; set to now when left empty
    QString contactMethod;   // 联系方式
    QString contactPerson;   // 联系人
    QString acceptorId;      // 受理人
    QDateTime relayedAt;     // 转述时间
    QString relayedBy;       // 转述人姓名
    QString reportNo;        // 处理汇报单号
    QString departmentId;
    QDateTime callbackDueAt; // within 3 days
    QDateTime replyDueAt;    // written reply within 2 working days
    ComplaintState state = ComplaintState::Registered;
    int round = 1;
    QString problemFormId; // the service-quality problem form it was registered from, if any

    // The known states, in the order of a complaint's life.
    static QList<ComplaintState> states();
    // The state in the person's words ("Forwarded", "Closed" …).
    static QString stateLabel(ComplaintState state);
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
