#pragma once

#include "core/db/RecordMeta.h"
#include "core/model/Category.h"
#include "core/model/FormState.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace threerings {

// The agent's answer to "register this service-quality problem as a complaint too?"
// (problem_forms.complaint_answer): asked once per form of category service (003 §4.5.6).
enum class ComplaintAnswer
{
    NotAsked,   // nobody answered yet (stored as '')
    Registered, // the form has its complaint (complaints.problem_form_id)
    Declined,   // the agent said it is not a complaint
    Unknown,    // text this version does not know: shown, not saved over
};

// The one table between the answers and problem_forms.complaint_answer; Unknown has no text.
QString complaintAnswerText(ComplaintAnswer answer);
ComplaintAnswer complaintAnswerFromText(QStringView text);

// 800用户问题处理表: the problem form an agent opens when a call cannot be solved on the phone.
struct ProblemForm
{
    Q_DECLARE_TR_FUNCTIONS(ProblemForm)

public:
    RecordMeta meta;
    QString number;  // YYYYMMDD-<agent job number>-<serial>, assigned when created
    QString agentId; // 热线责任人
    QString callId;
    QString customerId;
    QString deviceId;
    std::optional<Category> category;
    QString customerName;
    QString phoneMobile;     // MP
    QString phoneOffice;     // O
    QString outletId;        // 用户所在网点
    QString address;         // 通迅地址
    QString description;     // 用户事件描述
    QString consultedPerson; // 询工程师或其它人员
    QDate consultedOn;
    QString acceptanceRecord; // 受理统计
    QDateTime acceptedAt;     // set to now when left empty
    QString handlerId;
    QString handlerDepartmentId;
    QDateTime transferredAt;
    QString transferredBy; // who passed it on (user id)
    QDateTime transferDueAt;
    QString plan;   // 处理方案
    QString planBy; // 拟案人 (user id)
    QDateTime planAt;
    QString result;   // 处理结果
    QString resultBy; // 处理人 (user id)
    QDateTime resultAt;
    QDateTime resultDueAt;
    QString review;     // 审核栏
    QString reviewedBy; // 审核人 (user id)
    QDateTime reviewedAt;
    FormState state = FormState::Accepted;
    // With a handler, waiting for their result (transferred, planned or reopened): the result clock runs.
    bool waitsForResult() const
    {
        return state == FormState::Transferred || state == FormState::Planned || state == FormState::Reopened;
    }
    int reopenCount = 0;
    QDateTime reopenedAt; // the last reopening, by a failed callback
    QString reopenedBy;
    ComplaintAnswer complaintAnswer = ComplaintAnswer::NotAsked; // service forms only

    // The known answers, NotAsked first.
    static QList<ComplaintAnswer> complaintAnswers();
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
