#include "core/model/RecordKind.h"

namespace threerings {

namespace {

struct KindRow
{
    RecordKind kind;
    const char* table; // notifications.record_table, outbox.table, audit_log.table
    const char* key;   // drafts.kind
    const char* name;
};

// The one table of record kinds and their stored spellings. The spellings are data in existing
// databases: never change one, only add rows.
constexpr KindRow kinds[] = {
    {RecordKind::ProblemForm, "problem_forms", "problem_form",
     QT_TRANSLATE_NOOP("RecordKind", "Problem form")},
    {RecordKind::Consultation, "consultations", "consultation",
     QT_TRANSLATE_NOOP("RecordKind", "Consultation")},
    {RecordKind::Callback, "callbacks", "callback", QT_TRANSLATE_NOOP("RecordKind", "Callback")},
    {RecordKind::Complaint, "complaints", "complaint", QT_TRANSLATE_NOOP("RecordKind", "Complaint")},
    {RecordKind::ComplaintReport, "complaint_reports", "complaint_report",
     QT_TRANSLATE_NOOP("RecordKind", "Complaint report")},
    {RecordKind::Rating, "ratings", "rating", QT_TRANSLATE_NOOP("RecordKind", "Rating")},
    {RecordKind::Customer, "customers", "customer", QT_TRANSLATE_NOOP("RecordKind", "Customer")},
    {RecordKind::Call, "calls", "call", QT_TRANSLATE_NOOP("RecordKind", "Call")},
};

const KindRow* rowOf(RecordKind kind)
{
    for (const KindRow& row : kinds) {
        if (row.kind == kind)
            return &row;
    }
    return nullptr;
}

} // namespace

QList<RecordKind> RecordKinds::all()
{
    QList<RecordKind> out;
    for (const KindRow& row : kinds)
        out.append(row.kind);
    return out;
}

RecordKind RecordKinds::fromTable(QStringView table)
{
    for (const KindRow& row : kinds) {
        if (table == QLatin1String(row.table))
            return row.kind;
    }
    return RecordKind::Unknown;
}

RecordKind RecordKinds::fromKey(QStringView key)
{
    for (const KindRow& row : kinds) {
        if (key == QLatin1String(row.key))
            return row.kind;
    }
    return RecordKind::Unknown;
}

QString RecordKinds::table(RecordKind kind)
{
    const KindRow* row = rowOf(kind);
    return row ? QString(QLatin1String(row->table)) : QString();
}

QString RecordKinds::key(RecordKind kind)
{
    const KindRow* row = rowOf(kind);
    return row ? QString(QLatin1String(row->key)) : QString();
}

QString RecordKinds::name(RecordKind kind)
{
    const KindRow* row = rowOf(kind);
    return row ? tr(row->name) : tr("Unknown record");
}

} // namespace threerings
