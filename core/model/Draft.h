#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace threerings {

// A half-typed form, as the view last autosaved it.
struct Draft
{
    QString id;
    QString kind;     // problem_form, consultation, callback, complaint, complaint_report, rating …
    QString recordId; // the record being edited; empty for a form not yet saved
    QString ownerId;  // who typed it
    QJsonObject fields;
    QDateTime savedAt;
};

} // namespace threerings
