#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace threerings {

// 用户回访统计表: the next-day callback of a resolved problem form.
struct CallbackRecord
{
    Q_DECLARE_TR_FUNCTIONS(CallbackRecord)

public:
    RecordMeta meta;
    QString formId;
    QString formNumber;       // 对应号
    QString outletName;       // 网点名称
    QString acceptorPhone;    // 受理人电话
    QString acceptorName;     // 受理人姓名
    QDate dueOn;              // the day after the fault was resolved
    QString outcome;          // "", working, not_working, unreachable
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
    QDateTime nextAttemptAt;               // an unreachable customer is not dialled again before this
    QString state = QStringLiteral("due"); // due, retry, done

    static QStringList outcomes();
    static QStringList states();
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
