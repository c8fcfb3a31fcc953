#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace threerings {

// What the callback found (callbacks.outcome): None until the customer was tried.
enum class CallbackOutcome
{
    None,
    Working,     // the fault is gone
    NotWorking,  // it is still there: the form reopens
    Unreachable, // nobody answered: tried again later
    Unknown,     // text this version does not know: shown, not saved over
};

// Where the callback stands (callbacks.state): due, retry (unreachable, tried again) or done.
enum class CallbackState
{
    Due,
    Retry,
    Done,
    Unknown, // text this version does not know: shown, not saved over
};

// The one table for each between the values and the stored text ("", "working", "not_working",
// "unreachable"; "due", "retry", "done"). Unknown has no text.
QString callbackOutcomeText(CallbackOutcome outcome);
CallbackOutcome callbackOutcomeFromText(QStringView text);
QString callbackStateText(CallbackState state);
CallbackState callbackStateFromText(QStringView text);

// 用户回访统计表: the next-day callback of a resolved problem form.
struct CallbackRecord
{
    Q_DECLARE_TR_FUNCTIONS(CallbackRecord)

public:
    RecordMeta meta;
    QString formId;
    QString formNumber;    // 对应号
    QString outletName;    // 网点名称
    QString acceptorPhone; // 受理人电话
    QString acceptorName;  // 受理人姓名
    QDate dueOn;           // the day after the fault was resolved
    CallbackOutcome outcome = CallbackOutcome::None;
    QString result;           // 回访结果: the customer's own words
    QString evaluation;       // 对工程评价
    QString repairer;         // 维修人
    QString faultLevel;       // 故障等级
    QString remarks;          // 备注
    QString callbackAgentId;  // 回访人
    QDate calledOn;           // 回访日期
    QString technicalManager; // 技术经理
    int attempts = 0;
    QDateTime lastAttemptAt;
    QDateTime nextAttemptAt; // an unreachable customer is not dialled again before this
    CallbackState state = CallbackState::Due;

    // The known values, in the order of the tables.
    static QList<CallbackOutcome> outcomes();
    static QList<CallbackState> states();
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
