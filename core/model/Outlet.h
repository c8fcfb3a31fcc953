#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace threerings {

// 网点: a service outlet that customers belong to. Its kind decides callback sampling (002): users of
// appointed outlets (特约点) are all called back, of own outlets (自办点) half, with a head-office sample on
// top.
struct Outlet
{
    Q_DECLARE_TR_FUNCTIONS(Outlet)

public:
    RecordMeta meta;
    QString code;
    QString name;
    QString kind = QStringLiteral("appointed"); // appointed, own, head_office
    QString province;
    QString city;
    QString phone;
    QString address;
    bool active = true; // a retired outlet stays on the records that name it, and is offered no more

    // The kinds, as stored, and as people read them.
    static QStringList kinds();
    static QString kindLabel(const QString& kind);
    // A kind as the first wave stored it (repair_center, dealer, branch), or a label, as a kind.
    static QString kindFromText(const QString& text);
    // Whether the record can be saved; the message names the field and the fix.
    Status validate() const;

private:
    // The kind is one of kinds(); the message lists them as people read them, with their stored keys.
    Status knownKind() const;
};

} // namespace threerings
