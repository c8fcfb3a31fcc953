#include "core/forms/RecordFinder.h"

#include "core/auth/Permissions.h"
#include "core/model/Complaint.h"
#include "core/model/Consultation.h"
#include "core/model/FormState.h"
#include "core/model/PhoneNumber.h"

#include <QSet>
#include <algorithm>

namespace threerings {

namespace {

// A phone is worth looking up when it has a national number's digits (7 or more) and nothing but the
// characters people write around them.
bool looksLikePhone(const QString& text)
{
    int digits = 0;
    for (QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (!QStringLiteral("+-() ").contains(c))
            return false;
    }
    return digits >= 7;
}

QString digitsOf(const QString& text)
{
    QString d;
    for (QChar c : text)
        if (c.isDigit())
            d += c;
    return d;
}

} // namespace

RecordFinder::RecordFinder(Database& db, const Clock& clock) : m_queries(db, clock) {}

Result<QList<FoundRecord>> RecordFinder::find(const Actor& actor, const QString& text) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    const QString wanted = text.trimmed().toUpper(); // complaint numbers are stored as TS…
    if (wanted.isEmpty())
        return Error::data(tr("Type a form number (such as 20261204-1001-003), a complaint or report number "
                              "(TS…), or the caller's phone."),
                           QStringLiteral("find"));
    QList<FoundRecord> found;
    for (auto part :
         {&FindQueries::formsByNumber, &FindQueries::complaintsByNumber, &FindQueries::complaintsByReport}) {
        auto some = (m_queries.*part)(wanted, Limit);
        if (!some)
            return some.error();
        found += *some;
    }
    if (looksLikePhone(wanted)) {
        if (auto e164 = PhoneNumber::normalize(wanted)) {
            // Rows typed before numbers were normalised keep the national digits ("13812345678").
            auto some = m_queries.byPhone(e164.value(), digitsOf(PhoneNumber::display(e164.value())), Limit);
            if (!some)
                return some.error();
            found += *some;
        }
    }
    // One line per record (a complaint may be found by its number and its phone), newest first.
    QSet<QString> seen;
    QList<FoundRecord> unique;
    for (const FoundRecord& r : std::as_const(found)) {
        const QString key = RecordKinds::key(r.kind) + r.id + r.reference;
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(r);
        }
    }
    std::stable_sort(unique.begin(), unique.end(),
                     [](const FoundRecord& a, const FoundRecord& b) { return a.at > b.at; });
    return unique;
}

QString RecordFinder::stateLabel(const FoundRecord& record)
{
    switch (record.kind) {
    case RecordKind::ProblemForm:
        return FormStateNames::label(FormStateNames::fromKey(record.state));
    case RecordKind::Complaint:
        return Complaint::stateLabel(complaintStateFromText(record.state));
    case RecordKind::Consultation:
        return Consultation::statusLabel(consultationStatusFromText(record.state));
    default:
        return record.state;
    }
}

} // namespace threerings
