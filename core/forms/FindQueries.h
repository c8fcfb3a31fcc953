#pragma once

#include "core/db/Repository.h"
#include "core/model/FoundRecord.h"

namespace threerings {

// The read side of "go to a record" (Ctrl+G): records by their number (a whole number or its start)
// and by a phone, each one indexed query where the table has one, newest first, at most `limit` each.
class FindQueries : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(FindQueries)

public:
    using Repository::Repository;

    // Problem forms whose number is `text` or starts with it.
    Result<QList<FoundRecord>> formsByNumber(const QString& text, int limit) const;
    // Complaints whose number (TS…) is `text` or starts with it.
    Result<QList<FoundRecord>> complaintsByNumber(const QString& text, int limit) const;
    // Complaints with a handling report (处理汇报单) whose number is `text` or starts with it; the reference
    // is the report's number.
    Result<QList<FoundRecord>> complaintsByReport(const QString& text, int limit) const;
    // Forms, consultations and complaints of the customers with this E.164 phone, or stored with it or with
    // `typed` (the national digits as a person types them: older rows keep the number as it was typed).
    Result<QList<FoundRecord>> byPhone(const QString& e164, const QString& typed, int limit) const;
};

} // namespace threerings
