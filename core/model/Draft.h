#pragma once

#include "core/model/RecordKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace threerings {

// A half-typed form, as the view last autosaved it.
struct Draft
{
    QString id;
    // The form: a problem form, a consultation, a callback …
    RecordKind kind = RecordKind::Unknown;
    QString recordId; // the record being edited; empty for a form not yet saved
    QString ownerId;  // who typed it
    QJsonObject fields;
    QDateTime savedAt;
};

} // namespace threerings
