#pragma once

#include <QString>

namespace threerings {

// One row of the audit trail: who changed which field of which record, when, from what to what.
struct AuditEntry
{
    qint64 seq = 0;
    qint64 changedAt = 0;
    QString changedBy;          // users.id, empty for the system
    QString changedByJobNumber; // joined for display; empty when the person is gone or it was the system
    QString changedByName;
    QString table;
    QString rowId;
    QString op; // insert, update, delete
    QString field;
    QString oldValue;
    QString newValue;
    bool oldIsNull = true;
    bool newIsNull = true;
};

} // namespace threerings
