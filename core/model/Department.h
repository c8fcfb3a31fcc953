#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace threerings {

// A department that handles transferred forms and owns complaints.
struct Department
{
    Q_DECLARE_TR_FUNCTIONS(Department)

public:
    RecordMeta meta;
    QString name;
    QString kind = QStringLiteral("service"); // service, technical, sales, product, other
    QString headUserId;                       // 部门主管
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;
};

} // namespace threerings
