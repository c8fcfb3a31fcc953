#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace threerings {

// A model the hotline services, with its warranty rule (三包): so many months from the invoice date, or
// from installation when there is no invoice.
struct Product
{
    Q_DECLARE_TR_FUNCTIONS(Product)

public:
    static constexpr int defaultWarrantyMonths = 12;

    RecordMeta meta;
    QString model;   // as on the nameplate; the product's key
    QString product; // ATM, APM, 安防 …
    int warrantyMonths = defaultWarrantyMonths;
    bool active = true; // a retired model stays on the devices that have it, and is offered no more

    // The last day of the warranty of a device invoiced (or else installed) on `from`; invalid without a day.
    QDate warrantyEnd(QDate from) const;
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
