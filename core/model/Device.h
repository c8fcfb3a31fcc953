#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace threerings {

// A customer's machine; repeat repairs are recognised per device.
struct Device
{
    Q_DECLARE_TR_FUNCTIONS(Device)

public:
    RecordMeta meta;
    QString customerId;
    QString product; // ATM, APM, 安防 …
    QString model;
    QString serialNumber;
    QDate installedOn;
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
