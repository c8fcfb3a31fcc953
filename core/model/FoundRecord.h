#pragma once

#include "core/model/RecordKind.h"

#include <QDateTime>
#include <QString>

namespace threerings {

// One record a search found: what it is, its number, who it is about and when it was made.
struct FoundRecord
{
    // ProblemForm, Consultation or Complaint (a handling report opens its complaint).
    RecordKind kind = RecordKind::Unknown;
    QString id;        // the record to open (for a report: its complaint)
    QString reference; // the number a person reads: form, complaint or report number
    QString who;       // the customer or the complaining unit
    QString summary;   // the description or the matter, as stored
    QString state;     // the stored state key (shown through the record's labels)
    QDateTime at;      // when it was accepted, consulted or complained
};

} // namespace threerings
