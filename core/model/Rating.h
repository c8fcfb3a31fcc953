#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace threerings {

// 绩效评定表: a customer's rating of an engineer's work.
struct Rating
{
    Q_DECLARE_TR_FUNCTIONS(Rating)

public:
    RecordMeta meta;
    QString region;                                     // 地区
    QString unit;                                       // 单位
    QString rater;                                      // 评定人
    QDate ratedOn;                                      // set to today when left empty
    QString projectType = QStringLiteral("aftersales"); // presales, implementation, aftersales
    QString engineer;
    int technicalScore = 0; // -50 … 200
    int attitudeScore = 0;  // -50 … 200
    QString comments;
    QString customerId;
    QString complaintId;

    static constexpr int MinScore = -50;
    static constexpr int MaxScore = 200;
    static QStringList projectTypes();
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
