#include "core/report/ExportQueries.h"

#include "core/db/Database.h"

#include <QSqlError>
#include <vector>

namespace threerings {

namespace {

using Type = ExportQueries::Type;

struct Column
{
    const char* name;
    const char* expr;
    Type type = Type::Text;
};

enum class DateKind
{
    Millis, // an INTEGER column of milliseconds
    Day,    // a TEXT column 'YYYY-MM-DD'
};

struct Kind
{
    const char* name;
    const char* from;
    const char* dateExpr;
    DateKind dateKind;
    const char* order;
    std::vector<Column> columns;
    const char* where = "1 = 1"; // the rows of the kind that are exported at all
};

const std::vector<Kind>& kindTable()
{
    static const std::vector<Kind> kinds{
        {"customers",
         "customers c LEFT JOIN outlets o ON o.id = c.outlet_id",
         "c.created_at",
         DateKind::Millis,
         "c.created_at, c.id",
         {{"id", "c.id"},
          {"name", "c.name"},
          {"unit", "c.unit"},
          {"phone_mobile", "c.phone_mobile"},
          {"phone_office", "c.phone_office"},
          {"outlet_code", "o.code"},
          {"outlet_name", "o.name"},
          {"address", "c.address"},
          {"notes", "c.notes"},
          {"created_at", "c.created_at", Type::Time},
          {"updated_at", "c.updated_at", Type::Time},
          {"revision", "c.revision", Type::Int}}},
        {"calls",
         "calls c LEFT JOIN users u ON u.id = c.agent_id LEFT JOIN customers cu ON cu.id = c.customer_id",
         "c.ring_at",
         DateKind::Millis,
         "c.ring_at, c.id",
         {{"id", "c.id"},
          {"direction", "c.direction"},
          {"ring_at", "c.ring_at", Type::Time},
          {"answered_at", "c.answered_at", Type::Time},
          {"rings_at_answer", "c.rings_at_answer", Type::Int},
          {"ended_at", "c.ended_at", Type::Time},
          {"hold_ms", "c.hold_ms", Type::Int},
          {"hung_up_by", "c.hung_up_by"},
          {"abandoned", "c.abandoned", Type::Bool},
          {"caller_number", "c.caller_number"},
          {"customer_name", "cu.name"},
          {"customer_unit", "cu.unit"},
          {"agent_job_number", "u.job_number"},
          {"agent_name", "u.name"},
          {"category", "c.category"},
          {"summary", "c.summary"}},
         // Calls of the simulated line (demos, training) are no hotline's record.
         "c.simulated = 0"},
        {"problem-forms",
         "problem_forms f LEFT JOIN users a ON a.id = f.agent_id LEFT JOIN outlets o ON o.id = f.outlet_id "
         "LEFT JOIN devices dv ON dv.id = f.device_id LEFT JOIN users h ON h.id = f.handler_id "
         "LEFT JOIN departments d ON d.id = f.handler_department_id LEFT JOIN users pb ON pb.id = f.plan_by "
         "LEFT JOIN users rb ON rb.id = f.result_by LEFT JOIN users rv ON rv.id = f.reviewed_by",
         "f.accepted_at",
         DateKind::Millis,
         "f.accepted_at, f.number",
         {{"number", "f.number"},
          {"category", "f.category"},
          {"state", "f.state"},
          {"accepted_at", "f.accepted_at", Type::Time},
          {"agent_job_number", "a.job_number"},
          {"agent_name", "a.name"},
          {"customer_name", "f.customer_name"},
          {"phone_mobile", "f.phone_mobile"},
          {"phone_office", "f.phone_office"},
          {"outlet_name", "o.name"},
          {"address", "f.address"},
          {"device_product", "dv.product"},
          {"device_serial_number", "dv.serial_number"},
          {"description", "f.description"},
          {"consulted_person", "f.consulted_person"},
          {"consulted_on", "f.consulted_on"},
          {"acceptance_record", "f.acceptance_record"},
          {"handler_job_number", "h.job_number"},
          {"handler_name", "h.name"},
          {"handler_department", "d.name"},
          {"transferred_at", "f.transferred_at", Type::Time},
          {"transfer_due_at", "f.transfer_due_at", Type::Time},
          {"plan", "f.plan"},
          {"plan_by", "pb.name"},
          {"plan_at", "f.plan_at", Type::Time},
          {"result", "f.result"},
          {"result_by", "rb.name"},
          {"result_at", "f.result_at", Type::Time},
          {"result_due_at", "f.result_due_at", Type::Time},
          {"review", "f.review"},
          {"reviewed_by", "rv.name"},
          {"reviewed_at", "f.reviewed_at", Type::Time},
          {"reopen_count", "f.reopen_count", Type::Int},
          {"id", "f.id"}}},
        {"consultations",
         "consultations s LEFT JOIN users a ON a.id = s.agent_id LEFT JOIN users fb ON fb.id = s.finished_by",
         "s.consulted_at",
         DateKind::Millis,
         "s.consulted_at, s.id",
         {{"id", "s.id"},
          {"consulted_at", "s.consulted_at", Type::Time},
          {"agent_job_number", "a.job_number"},
          {"agent_name", "a.name"},
          {"caller_name", "s.caller_name"},
          {"caller_phone", "s.caller_phone"},
          {"description", "s.description"},
          {"advice", "s.advice"},
          {"status", "s.status"},
          {"test_due_at", "s.test_due_at", Type::Time},
          {"finished_at", "s.finished_at", Type::Time},
          {"finished_by", "fb.name"}}},
        {"callbacks",
         "callbacks b LEFT JOIN users a ON a.id = b.callback_agent_id",
         "b.due_on",
         DateKind::Day,
         "b.due_on, b.form_number",
         {{"id", "b.id"},
          {"form_number", "b.form_number"},
          {"outlet_name", "b.outlet_name"},
          {"acceptor_phone", "b.acceptor_phone"},
          {"acceptor_name", "b.acceptor_name"},
          {"due_on", "b.due_on"},
          {"outcome", "b.outcome"},
          {"result", "b.result"},
          {"evaluation", "b.evaluation"},
          {"repairer", "b.repairer"},
          {"fault_level", "b.fault_level"},
          {"remarks", "b.remarks"},
          {"callback_agent_job_number", "a.job_number"},
          {"callback_agent_name", "a.name"},
          {"called_on", "b.called_on"},
          {"technical_manager", "b.technical_manager"},
          {"attempts", "b.attempts", Type::Int},
          {"last_attempt_at", "b.last_attempt_at", Type::Time},
          {"state", "b.state"}}},
        {"complaints",
         "complaints c LEFT JOIN users a ON a.id = c.acceptor_id LEFT JOIN departments d ON d.id = "
         "c.department_id "
         "LEFT JOIN customers cu ON cu.id = c.customer_id",
         "c.complained_at",
         DateKind::Millis,
         "c.complained_at, c.no",
         {{"no", "c.no"},
          {"complaining_unit", "c.complaining_unit"},
          {"matter", "c.matter"},
          {"complained_at", "c.complained_at", Type::Time},
          {"contact_method", "c.contact_method"},
          {"contact_person", "c.contact_person"},
          {"customer_name", "cu.name"},
          {"acceptor_job_number", "a.job_number"},
          {"acceptor_name", "a.name"},
          {"relayed_at", "c.relayed_at", Type::Time},
          {"relayed_by", "c.relayed_by"},
          {"report_no", "c.report_no"},
          {"department", "d.name"},
          {"callback_due_at", "c.callback_due_at", Type::Time},
          {"reply_due_at", "c.reply_due_at", Type::Time},
          {"state", "c.state"},
          {"round", "c.round", Type::Int},
          {"id", "c.id"}}},
        // A report belongs to the period of its complaint, so it filters on the complaint time.
        {"complaint-reports",
         "complaint_reports r JOIN complaints c ON c.id = r.complaint_id",
         "c.complained_at",
         DateKind::Millis,
         "c.complained_at, r.no",
         {{"no", "r.no"},
          {"complaint_no", "c.no"},
          {"round", "r.round", Type::Int},
          {"customer_name", "r.customer_name"},
          {"address", "r.address"},
          {"phone", "r.phone"},
          {"contact", "r.contact"},
          {"handling_time", "r.handling_time", Type::Time},
          {"description", "r.description"},
          {"recorder", "r.recorder"},
          {"recorded_on", "r.recorded_on"},
          {"handling_method", "r.handling_method"},
          {"handler", "r.handler"},
          {"handled_at", "r.handled_at", Type::Time},
          {"department_head", "r.department_head"},
          {"cause", "r.cause"},
          {"penalty_opinion", "r.penalty_opinion"},
          {"callback_result", "r.callback_result"},
          {"satisfied", "r.satisfied", Type::Bool},
          {"remarks", "r.remarks"},
          {"id", "r.id"}}},
        {"ratings",
         "ratings r LEFT JOIN customers cu ON cu.id = r.customer_id LEFT JOIN complaints c ON c.id = "
         "r.complaint_id",
         "r.rated_on",
         DateKind::Day,
         "r.rated_on, r.id",
         {{"id", "r.id"},
          {"rated_on", "r.rated_on"},
          {"region", "r.region"},
          {"unit", "r.unit"},
          {"rater", "r.rater"},
          {"project_type", "r.project_type"},
          {"engineer", "r.engineer"},
          {"technical_score", "r.technical_score", Type::Int},
          {"attitude_score", "r.attitude_score", Type::Int},
          {"comments", "r.comments"},
          {"customer_name", "cu.name"},
          {"complaint_no", "c.no"}}},
        // The audit trail: who changed which field of which record, when, from what to what (the outbox only
        // holds what the server does not have yet, and never a password hash; the trail says "(changed)").
        {"audit",
         "audit_log a LEFT JOIN users u ON u.id = a.changed_by",
         "a.changed_at",
         DateKind::Millis,
         "a.seq",
         {{"seq", "a.seq", Type::Int},
          {"table", "a.table_name"},
          {"row_id", "a.row_id"},
          {"op", "a.op"},
          {"field", "a.field"},
          {"old_value", "a.old_value"},
          {"new_value", "a.new_value"},
          {"changed_at", "a.changed_at", Type::Time},
          {"changed_by", "a.changed_by"},
          {"changed_by_job_number", "u.job_number"}}},
    };
    return kinds;
}

const Kind* findKind(const QString& name)
{
    for (const Kind& k : kindTable()) {
        if (name == QLatin1String(k.name))
            return &k;
    }
    return nullptr;
}

} // namespace

ExportQueries::ExportQueries(Database& db) : m_db(db) {}

QStringList ExportQueries::kinds()
{
    QStringList list;
    for (const Kind& k : kindTable())
        list << QString::fromLatin1(k.name);
    return list;
}

std::vector<ExportQueries::Field> ExportQueries::fields(const QString& kind)
{
    std::vector<Field> list;
    if (const Kind* k = findKind(kind)) {
        for (const Column& c : k->columns)
            list.push_back({QString::fromLatin1(c.name), c.type});
    }
    return list;
}

Status ExportQueries::open(const QString& kind, const Range& range, bool hidePenalty)
{
    const bool tally = kind == QLatin1String("tally");
    const Kind* k = findKind(kind);
    if (!tally && !k)
        return Error::usage(tr("'%1' is not a kind of record that can be exported.").arg(kind));
    QString sql;
    const QString dateExpr = tally ? QStringLiteral("c.ring_at") : QString::fromLatin1(k->dateExpr);
    const DateKind dateKind = tally ? DateKind::Millis : k->dateKind;
    if (tally) {
        // A handled call is an incoming call that was answered (SPEC §2 step 10: one mark per handled call).
        sql = QStringLiteral("SELECT c.ring_at, u.job_number, u.name, c.category FROM calls c "
                             "LEFT JOIN users u ON u.id = c.agent_id "
                             "WHERE c.direction = 'in' AND c.answered_at IS NOT NULL AND c.abandoned = 0 "
                             "AND c.simulated = 0");
    } else {
        QStringList exprs;
        for (const Column& c : k->columns) {
            const bool hidden = hidePenalty && qstrcmp(c.name, "penalty_opinion") == 0;
            // The trail's values of a penalty opinion are as restricted as the opinion itself.
            const bool trailValue = hidePenalty && kind == QLatin1String("audit") &&
                                    (qstrcmp(c.name, "old_value") == 0 || qstrcmp(c.name, "new_value") == 0);
            exprs << (hidden       ? QStringLiteral("NULL")
                      : trailValue ? QStringLiteral(
                                         "CASE WHEN a.field = 'penalty_opinion' THEN NULL WHEN a.field = '' "
                                         "AND json_valid(%1) THEN json_remove(%1, '$.penalty_opinion') "
                                         "ELSE %1 END")
                                         .arg(QString::fromLatin1(c.expr))
                                   : QString::fromLatin1(c.expr));
        }
        sql = QStringLiteral("SELECT ") + exprs.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
              QString::fromLatin1(k->from) + QStringLiteral(" WHERE ") + QString::fromLatin1(k->where);
    }
    QVariantList binds;
    if (range.from.isValid()) {
        sql += QStringLiteral(" AND ") + dateExpr + QStringLiteral(" >= ?");
        binds << (dateKind == DateKind::Millis ? QVariant(range.fromMs)
                                               : QVariant(range.from.toString(Qt::ISODate)));
    }
    if (range.to.isValid()) {
        if (dateKind == DateKind::Millis) {
            sql += QStringLiteral(" AND ") + dateExpr + QStringLiteral(" < ?");
            binds << range.afterToMs;
        } else {
            sql += QStringLiteral(" AND ") + dateExpr + QStringLiteral(" <= ?");
            binds << range.to.toString(Qt::ISODate);
        }
    }
    if (dateKind == DateKind::Day) // '' means no date; such rows belong to no day
        sql += QStringLiteral(" AND ") + dateExpr + QStringLiteral(" <> ''");
    sql +=
        QStringLiteral(" ORDER BY ") + (tally ? QStringLiteral("c.ring_at") : QString::fromLatin1(k->order));

    m_query = QSqlQuery(m_db.connection());
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        return Error::io(
            tr("Could not read the %1 for the export: %2").arg(kind, m_query.lastError().text()));
    for (const QVariant& b : binds)
        m_query.addBindValue(b);
    if (!m_query.exec())
        return Error::io(
            tr("Could not read the %1 for the export: %2").arg(kind, m_query.lastError().text()));
    return {};
}

bool ExportQueries::next()
{
    return m_query.next();
}

QVariant ExportQueries::value(int i) const
{
    return m_query.value(i);
}

QString ExportQueries::stoppedBecause() const
{
    return m_query.lastError().isValid() ? m_query.lastError().text() : QString();
}

} // namespace threerings
