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
    QString outletId;  // the outlet (网点) that sold or serves it
    QDate invoiceDate; // 三包 counts from the invoice
    QDate warrantyEnd; // the last day of the warranty; from the product's rule unless set by hand
    // Whether the warranty covers `day` (unknown counts as not covered).
    bool inWarranty(QDate day) const { return warrantyEnd.isValid() && day <= warrantyEnd; }
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
