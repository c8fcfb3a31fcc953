#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace threerings {

// 投诉处理汇报单: how one round of a complaint was handled.
struct ComplaintReport
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintReport)

public:
    RecordMeta meta;
    QString no; // NO
    QString complaintId;
    QString customerName;
    QString address;
    QString phone;
    QString contact;
    QDateTime handlingTime; // 处理时间
    QString description;    // 投诉内容
    QString recorder;       // 记录人
    QDate recordedOn;       // 记录日期
    QString handlingMethod; // 处理方式
    QString handler;        // 处理人
    QDateTime handledAt;
    QString departmentHead;        // 部门主管
    QString cause;                 // 事故发生原因
    QString penaltyOpinion;        // 对相关人员处罚意见: supervisors only
    QString callbackResult;        // 回访结果
    std::optional<bool> satisfied; // unknown until called back
    QString remarks;
    int round = 1;
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
