#pragma once

#include <QString>
#include <QtGlobal>

namespace threerings {

// The bookkeeping every stored row carries. RecordWriter fills it; forms never set it by hand.
struct RecordMeta
{
    QString id;           // UUID; empty until the record is stored
    int revision = 0;     // 1 after the insert, +1 per change; updates pass it back to detect conflicts
    qint64 createdAt = 0; // milliseconds since the epoch, UTC
    qint64 updatedAt = 0;
    QString createdBy;
    QString updatedBy;

    bool isStored() const { return !id.isEmpty(); }
};

} // namespace threerings
