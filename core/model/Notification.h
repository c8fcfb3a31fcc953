#pragma once

#include "core/db/RecordMeta.h"
#include "core/model/RecordKind.h"

#include <QDateTime>
#include <QString>

namespace threerings {

// Something a person (or every person of a department) should look at: a form transferred to them, a
// form reopened by a failed callback, a complaint forwarded to their department. The view shows the
// unread ones and opens the record they point at.
struct Notification
{
    RecordMeta meta;
    QString recipientId;           // a person, or
    QString recipientDepartmentId; // everyone in a department (a form transferred to a department)
    QString kind; // form_transferred, form_reopened, form_chased, complaint_forwarded, complaint_reopened
    RecordKind recordKind = RecordKind::Unknown; // the record it points at: a problem form, a complaint
    QString recordId;
    QString message; // one sentence, in the language of the person who caused it
    QDateTime readAt;
    QString readBy;

    bool isRead() const { return readAt.isValid(); }
};

} // namespace threerings
