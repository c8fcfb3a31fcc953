#include "core/report/Exporter.h"

#include "core/auth/Permissions.h"
#include "core/report/ExportQueries.h"
#include "core/util/CsvCell.h"

#include <QIODevice>
#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace threerings {

namespace {

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

    // Quoted as RFC 4180 asks, and a text a spreadsheet would run as a formula neutralised; numbers
    // go through number() and stay numbers.
    void csv(const QString& s) { csv::appendCell(m_buffer, s.toUtf8()); }

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

const QStringList& tallyColumns()
{
    static const QStringList cols{QStringLiteral("day"), QStringLiteral("agent_job_number"),
                                  QStringLiteral("agent_name"), QStringLiteral("category"),
                                  QStringLiteral("handled_calls")};
    return cols;
}

} // namespace

Exporter::Exporter(Database& db) : m_db(db) {}

QStringList Exporter::kinds()
{
    QStringList list = ExportQueries::kinds();
    list.insert(std::min<qsizetype>(8, list.size()),
                QStringLiteral("tally")); // as in the reference: tally before audit
    return list;
}

QStringList Exporter::columns(const QString& kind)
{
    if (kind == QLatin1String("tally"))
        return tallyColumns();
    QStringList list;
    for (const ExportQueries::Field& f : ExportQueries::fields(kind))
        list << f.name;
    return list;
}

Result<qint64> Exporter::run(const Options& options, QIODevice& out)
{
    const bool tally = options.kind == QLatin1String("tally");
    if (!tally && ExportQueries::fields(options.kind).empty())
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
    ExportQueries::Range range{options.from, options.to, 0, 0};
    if (options.from.isValid())
        range.fromMs = clock.startOfDay(options.from);
    if (options.to.isValid())
        range.afterToMs = clock.startOfDay(options.to.addDays(1));
    ExportQueries q(m_db);
    if (Status s = q.open(options.kind, range, hidePenalty); !s)
        return s.error();

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
        const std::vector<ExportQueries::Field> cols = ExportQueries::fields(options.kind);
        while (q.next()) {
            sink.beginRow();
            for (int i = 0; i < int(cols.size()); ++i) {
                const QVariant v = q.value(i);
                if (v.isNull()) {
                    sink.null();
                    continue;
                }
                switch (cols[size_t(i)].type) {
                case ExportQueries::Type::Text:
                    sink.text(v.toString());
                    break;
                case ExportQueries::Type::Int:
                    sink.number(v.toLongLong());
                    break;
                case ExportQueries::Type::Bool:
                    sink.boolean(v.toLongLong() != 0);
                    break;
                case ExportQueries::Type::Time:
                    sink.text(clock.iso(v.toLongLong()));
                    break;
                case ExportQueries::Type::Json:
                    sink.json(v.toString());
                    break;
                }
            }
            if (!sink.endRow())
                return Error::io(writeError.arg(out.errorString()));
            ++rows;
        }
        if (const QString why = q.stoppedBecause(); !why.isEmpty())
            return Error::io(tr("Reading the %1 stopped: %2").arg(options.kind, why));
    }
    if (!sink.flush())
        return Error::io(writeError.arg(out.errorString()));
    return rows;
}

} // namespace threerings
