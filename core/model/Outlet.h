#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace threerings {

// 网点: a service outlet (repair centre, dealer, branch) that customers belong to.
struct Outlet
{
    Q_DECLARE_TR_FUNCTIONS(Outlet)

public:
    RecordMeta meta;
    QString code;
    QString name;
    QString kind = QStringLiteral("repair_center"); // repair_center, dealer, branch
    QString region;
    QString phone;
    QString address;
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
