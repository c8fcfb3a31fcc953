#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace threerings {

// A caller the hotline knows: who, where, how to reach them.
struct Customer
{
    Q_DECLARE_TR_FUNCTIONS(Customer)

public:
    RecordMeta meta;
    QString name;
    QString unit;        // the company or organisation
    QString phoneMobile; // E.164 once stored
    QString phoneOffice; // E.164 once stored
    QString phoneOther;  // a third number (home, a relative's …), E.164 once stored
    QString outletId;    // 用户所在网点
    QString address;     // 通迅地址
    QString notes;
    // The record this one was merged into (two records of one person); empty for a record in use. A merged
    // record keeps its numbers, so the screen pop still finds the person by them.
    QString mergedInto;
    // Asked not to be called: the console dials none of these numbers (callbacks and care calls included).
    bool doNotCall = false;
    // The numbers that are set, in the order mobile, office, other.
    QStringList phones() const;
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
