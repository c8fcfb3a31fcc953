#include "core/forms/FindQueries.h"

#include <QSqlQuery>

namespace threerings {

namespace {

// Each query selects: id, reference, who, summary, state, at (ms since the epoch).
FoundRecord readFound(const QSqlQuery& q, RecordKind kind)
{
    FoundRecord r;
    r.kind = kind;
    r.id = q.value(0).toString();
    r.reference = q.value(1).toString();
    r.who = q.value(2).toString();
    r.summary = q.value(3).toString();
    r.state = q.value(4).toString();
    r.at = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    return r;
}

// LIKE's own characters in what a person typed match only themselves.
QString prefixPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped + QLatin1Char('%');
}

const QString CustomersOfPhone =
    QStringLiteral("(SELECT id FROM customers WHERE phone_mobile = ? UNION SELECT id FROM customers WHERE "
                   "phone_office = ?)");

} // namespace

Result<QList<FoundRecord>> FindQueries::formsByNumber(const QString& text, int limit) const
{
    return fetchAll<FoundRecord>(
        QStringLiteral("SELECT id, number, customer_name, description, state, accepted_at FROM problem_forms "
                       "WHERE number = ? OR number LIKE ? ESCAPE '\\' ORDER BY accepted_at DESC, number "
                       "LIMIT ?"),
        {text, prefixPattern(text), limit},
        [](const QSqlQuery& q) { return readFound(q, RecordKind::ProblemForm); });
}

Result<QList<FoundRecord>> FindQueries::complaintsByNumber(const QString& text, int limit) const
{
    return fetchAll<FoundRecord>(
        QStringLiteral("SELECT id, no, complaining_unit, matter, state, complained_at FROM complaints "
                       "WHERE no = ? OR no LIKE ? ESCAPE '\\' ORDER BY complained_at DESC, no LIMIT ?"),
        {text, prefixPattern(text), limit},
        [](const QSqlQuery& q) { return readFound(q, RecordKind::Complaint); });
}

Result<QList<FoundRecord>> FindQueries::complaintsByReport(const QString& text, int limit) const
{
    return fetchAll<FoundRecord>(
        QStringLiteral("SELECT c.id, r.no, c.complaining_unit, c.matter, c.state, c.complained_at "
                       "FROM complaint_reports r JOIN complaints c ON c.id = r.complaint_id "
                       "WHERE r.no = ? OR r.no LIKE ? ESCAPE '\\' ORDER BY c.complained_at DESC, r.no "
                       "LIMIT ?"),
        {text, prefixPattern(text), limit},
        [](const QSqlQuery& q) { return readFound(q, RecordKind::Complaint); });
}

Result<QList<FoundRecord>> FindQueries::byPhone(const QString& e164, const QString& typed, int limit) const
{
    auto forms = fetchAll<FoundRecord>(
        QStringLiteral("SELECT id, number, customer_name, description, state, accepted_at FROM problem_forms "
                       "WHERE customer_id IN ") +
            CustomersOfPhone +
            QStringLiteral(
                " OR phone_mobile IN (?, ?) OR phone_office IN (?, ?) ORDER BY accepted_at DESC LIMIT ?"),
        {e164, e164, e164, typed, e164, typed, limit},
        [](const QSqlQuery& q) { return readFound(q, RecordKind::ProblemForm); });
    if (!forms)
        return forms;
    auto consultations = fetchAll<FoundRecord>(
        QStringLiteral("SELECT id, '', caller_name, description, status, consulted_at FROM consultations "
                       "WHERE customer_id IN ") +
            CustomersOfPhone +
            QStringLiteral(" OR caller_phone IN (?, ?) ORDER BY consulted_at DESC LIMIT ?"),
        {e164, e164, e164, typed, limit},
        [](const QSqlQuery& q) { return readFound(q, RecordKind::Consultation); });
    if (!consultations)
        return consultations;
    auto complaints = fetchAll<FoundRecord>(
        QStringLiteral("SELECT id, no, complaining_unit, matter, state, complained_at FROM complaints "
                       "WHERE customer_id IN ") +
            CustomersOfPhone +
            QStringLiteral(" OR contact_method IN (?, ?) ORDER BY complained_at DESC LIMIT ?"),
        {e164, e164, e164, typed, limit},
        [](const QSqlQuery& q) { return readFound(q, RecordKind::Complaint); });
    if (!complaints)
        return complaints;
    QList<FoundRecord> all = *forms + *consultations + *complaints;
    return all;
}

} // namespace threerings
