#include "store/Exporter.h"

#include "auth/Permissions.h"
#include "store/Database.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <map>
#include <tuple>
#include <vector>

namespace threerings {

namespace {

enum class Type
{
    Text,
    Int,
    Bool,
    Time, // milliseconds since the epoch → ISO 8601 in the hotline's zone
    Json, // a JSON document stored as text; embedded as is in JSON lines
};

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
          {"summary", "c.summary"}}},
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
        {"audit",
         "outbox o LEFT JOIN users u ON u.id = o.changed_by",
         "o.changed_at",
         DateKind::Millis,
         "o.seq",
         {{"seq", "o.seq", Type::Int},
          {"table", "o.table_name"},
          {"row_id", "o.row_id"},
          {"op", "o.op"},
          {"revision", "o.revision", Type::Int},
          {"changed_at", "o.changed_at", Type::Time},
          {"changed_by", "o.changed_by"},
          {"changed_by_job_number", "u.job_number"},
          {"fields", "o.fields", Type::Json}}},
    };
    return kinds;
}

const QStringList& tallyColumns()
{
    static const QStringList cols{QStringLiteral("day"), QStringLiteral("agent_job_number"),
                                  QStringLiteral("agent_name"), QStringLiteral("category"),
                                  QStringLiteral("handled_calls")};
    return cols;
}

const Kind* findKind(const QString& name)
{
    for (const Kind& k : kindTable()) {
        if (name == QLatin1String(k.name))
            return &k;
    }
    return nullptr;
}

// Local days and times of the hotline's zone. Rows come mostly in date order, so the offset of the
// current local day is cached and the zone is asked again only when a row leaves that day.
class LocalClock
{
public:
    explicit LocalClock(QTimeZone zone) : m_zone(std::move(zone)) {}

    qint64 startOfDay(const QDate& d) const { return QDateTime(d, QTime(0, 0), m_zone).toMSecsSinceEpoch(); }

    QDate dayOf(qint64 ms)
    {
        locate(ms);
        return m_day;
    }

    QString iso(qint64 ms)
    {
        locate(ms);
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, m_offset).toString(Qt::ISODate);
    }

private:
    void locate(qint64 ms)
    {
        if (ms >= m_start && ms < m_end)
            return;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
        m_day = local.date();
        m_offset = local.offsetFromUtc();
        m_start = startOfDay(m_day);
        m_end = startOfDay(m_day.addDays(1));
    }

    QTimeZone m_zone;
    QDate m_day;
    int m_offset = 0;
    qint64 m_start = 1;
    qint64 m_end = 0;
};

// Buffers rows and hands them to the device in large writes.
class Sink
{
public:
    Sink(QIODevice& out, Exporter::Format format, QStringList columns)
        : m_out(out), m_format(format), m_columns(std::move(columns))
    {
        m_buffer.reserve(BufferSize + 4096);
    }

    bool header()
    {
        if (m_format == Exporter::Format::Csv) {
            for (int i = 0; i < m_columns.size(); ++i) {
                if (i > 0)
                    m_buffer += ',';
                m_buffer += m_columns.at(i).toUtf8();
            }
            m_buffer += "\r\n";
        }
        return true;
    }

    void beginRow() { m_field = 0; }

    void null()
    {
        sep();
        if (m_format == Exporter::Format::Json)
            m_buffer += "null";
    }

    void text(const QString& s)
    {
        sep();
        if (m_format == Exporter::Format::Csv)
            csv(s);
        else
            jsonString(s);
    }

    void number(qint64 n)
    {
        sep();
        m_buffer += QByteArray::number(n);
    }

    void boolean(bool b)
    {
        sep();
        if (m_format == Exporter::Format::Csv)
            m_buffer += b ? "1" : "0";
        else
            m_buffer += b ? "true" : "false";
    }

    void json(const QString& doc)
    {
        sep();
        if (m_format == Exporter::Format::Csv)
            csv(doc);
        else
            m_buffer += doc.isEmpty() ? QByteArray("null") : doc.toUtf8();
    }

    bool endRow()
    {
        m_buffer += m_format == Exporter::Format::Csv ? "\r\n" : "}\n";
        return m_buffer.size() < BufferSize || flush();
    }

    bool flush()
    {
        if (!m_buffer.isEmpty() && m_out.write(m_buffer) != m_buffer.size())
            return false;
        m_buffer.clear();
        return true;
    }

private:
    static constexpr qsizetype BufferSize = 1 << 16;

    void sep()
    {
        if (m_format == Exporter::Format::Csv) {
            if (m_field > 0)
                m_buffer += ',';
        } else {
            m_buffer += m_field == 0 ? "{" : ",";
            jsonString(m_columns.at(m_field));
            m_buffer += ':';
        }
        ++m_field;
    }

    void csv(const QString& s)
    {
        const QByteArray utf8 = s.toUtf8();
        bool quote = false;
        for (char c : utf8) {
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote && !utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' '))
            quote = true;
        if (!quote) {
            m_buffer += utf8;
            return;
        }
        m_buffer += '"';
        for (char c : utf8) {
            if (c == '"')
                m_buffer += '"';
            m_buffer += c;
        }
        m_buffer += '"';
    }

    void jsonString(const QString& s)
    {
        static const char hex[] = "0123456789abcdef";
        m_buffer += '"';
        for (char c : s.toUtf8()) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_buffer += '\\';
                m_buffer += c;
            } else if (c == '\n') {
                m_buffer += "\\n";
            } else if (c == '\r') {
                m_buffer += "\\r";
            } else if (c == '\t') {
                m_buffer += "\\t";
            } else if (u < 0x20) {
                m_buffer += "\\u00";
                m_buffer += hex[u >> 4];
                m_buffer += hex[u & 0xf];
            } else {
                m_buffer += c;
            }
        }
        m_buffer += '"';
    }

    QIODevice& m_out;
    Exporter::Format m_format;
    QStringList m_columns;
    QByteArray m_buffer;
    int m_field = 0;
};

} // namespace

Exporter::Exporter(Database& db) : m_db(db) {}

QStringList Exporter::kinds()
{
    QStringList list;
    for (const Kind& k : kindTable()) {
        if (list.size() == 8) // keep the order of the command line reference: tally before audit
            list << QStringLiteral("tally");
        list << QString::fromLatin1(k.name);
    }
    return list;
}

QStringList Exporter::columns(const QString& kind)
{
    if (kind == QLatin1String("tally"))
        return tallyColumns();
    QStringList list;
    if (const Kind* k = findKind(kind)) {
        for (const Column& c : k->columns)
            list << QString::fromLatin1(c.name);
    }
    return list;
}

Result<qint64> Exporter::run(const Options& options, QIODevice& out)
{
    const bool tally = options.kind == QLatin1String("tally");
    const Kind* kind = findKind(options.kind);
    if (!tally && !kind)
        return Error::usage(tr("'%1' is not a kind of record that can be exported; choose one of: %2.")
                                .arg(options.kind, kinds().join(QStringLiteral(", "))));
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return Error::usage(tr("The first day %1 comes after the last day %2; swap them.")
                                .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));

    if (Status s = Permissions::require(options.actor, options.kind == QLatin1String("audit")
                                                           ? Action::ReadAudit
                                                           : Action::ExportRecords);
        !s)
        return s.error();
    // The opinion is not even read for whoever may not see it.
    const bool hidePenalty = !Permissions::allows(options.actor, Action::ReadPenaltyOpinion);

    LocalClock clock(options.zone);
    QString sql;
    const QString dateExpr = tally ? QStringLiteral("c.ring_at") : QString::fromLatin1(kind->dateExpr);
    const DateKind dateKind = tally ? DateKind::Millis : kind->dateKind;
    if (tally) {
        // A handled call is an incoming call that was answered (SPEC §2 step 10: one mark per handled call).
        sql = QStringLiteral("SELECT c.ring_at, u.job_number, u.name, c.category FROM calls c "
                             "LEFT JOIN users u ON u.id = c.agent_id "
                             "WHERE c.direction = 'in' AND c.answered_at IS NOT NULL AND c.abandoned = 0");
    } else {
        QStringList exprs;
        for (const Column& c : kind->columns) {
            const bool hidden = hidePenalty && qstrcmp(c.name, "penalty_opinion") == 0;
            exprs << (hidden ? QStringLiteral("NULL") : QString::fromLatin1(c.expr));
        }
        sql = QStringLiteral("SELECT ") + exprs.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
              QString::fromLatin1(kind->from) + QStringLiteral(" WHERE 1 = 1");
    }
    QVariantList binds;
    if (options.from.isValid()) {
        sql += QStringLiteral(" AND ") + dateExpr + QStringLiteral(" >= ?");
        binds << (dateKind == DateKind::Millis ? QVariant(clock.startOfDay(options.from))
                                               : QVariant(options.from.toString(Qt::ISODate)));
    }
    if (options.to.isValid()) {
        if (dateKind == DateKind::Millis) {
            sql += QStringLiteral(" AND ") + dateExpr + QStringLiteral(" < ?");
            binds << clock.startOfDay(options.to.addDays(1));
        } else {
            sql += QStringLiteral(" AND ") + dateExpr + QStringLiteral(" <= ?");
            binds << options.to.toString(Qt::ISODate);
        }
    }
    if (dateKind == DateKind::Day) // '' means no date; such rows belong to no day
        sql += QStringLiteral(" AND ") + dateExpr + QStringLiteral(" <> ''");
    sql += QStringLiteral(" ORDER BY ") +
           (tally ? QStringLiteral("c.ring_at") : QString::fromLatin1(kind->order));

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::io(
            tr("Could not read the %1 for the export: %2").arg(options.kind, q.lastError().text()));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error::io(
            tr("Could not read the %1 for the export: %2").arg(options.kind, q.lastError().text()));

    const QString writeError = tr("Could not write the export: %1. Check the disk space and the --out file.");
    Sink sink(out, options.format, columns(options.kind));
    sink.header();
    qint64 rows = 0;

    if (tally) {
        // Groups are few (days × agents × categories) even when the calls are millions.
        std::map<std::tuple<QDate, QString, QString, QString>, qint64> counts;
        while (q.next()) {
            const QString category = q.value(3).toString();
            ++counts[{clock.dayOf(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString(),
                      category.isEmpty() ? QStringLiteral("unclassified") : category}];
        }
        for (const auto& [key, n] : counts) {
            sink.beginRow();
            sink.text(std::get<0>(key).toString(Qt::ISODate));
            sink.text(std::get<1>(key));
            sink.text(std::get<2>(key));
            sink.text(std::get<3>(key));
            sink.number(n);
            if (!sink.endRow())
                return Error::io(writeError.arg(out.errorString()));
            ++rows;
        }
    } else {
        const auto& cols = kind->columns;
        while (q.next()) {
            sink.beginRow();
            for (int i = 0; i < int(cols.size()); ++i) {
                const QVariant v = q.value(i);
                if (v.isNull()) {
                    sink.null();
                    continue;
                }
                switch (cols[size_t(i)].type) {
                case Type::Text:
                    sink.text(v.toString());
                    break;
                case Type::Int:
                    sink.number(v.toLongLong());
                    break;
                case Type::Bool:
                    sink.boolean(v.toLongLong() != 0);
                    break;
                case Type::Time:
                    sink.text(clock.iso(v.toLongLong()));
                    break;
                case Type::Json:
                    sink.json(v.toString());
                    break;
                }
            }
            if (!sink.endRow())
                return Error::io(writeError.arg(out.errorString()));
            ++rows;
        }
        if (q.lastError().isValid())
            return Error::io(tr("Reading the %1 stopped: %2").arg(options.kind, q.lastError().text()));
    }
    if (!sink.flush())
        return Error::io(writeError.arg(out.errorString()));
    return rows;
}

} // namespace threerings
