#include "core/report/SheetParts.h"

#include "core/report/Reports.h"

namespace threerings::sheets {

ReportColumn col(const char* key, const QString& heading, Type type, int width)
{
    return ReportColumn{QString::fromLatin1(key), heading, type, width};
}

QVariant share(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(double(part) / double(whole)) : QVariant();
}

QVariant mean(double sum, qint64 n, double scale)
{
    return n > 0 ? QVariant(sum / double(n) / scale) : QVariant();
}

Error cancelled()
{
    return Error::usage(Reports::tr("The report was cancelled."));
}

Report newSheet(const QString& kind, const ReportPeriod& period, bool landscape)
{
    Report r;
    r.kind = kind;
    r.title = Reports::titleOf(kind);
    r.period = period.label();
    r.from = period.from;
    r.to = period.to;
    r.landscape = landscape;
    return r;
}

Report newSheet(const QString& kind, const QString& label, const QDate& day, bool landscape)
{
    Report r;
    r.kind = kind;
    r.title = Reports::titleOf(kind);
    r.period = label;
    r.from = r.to = day;
    r.landscape = landscape;
    return r;
}

ReportSection& adopt(Report& into, const Report& part, const QString& key, const QString& title)
{
    ReportSection s = part.sections.first();
    s.key = key;
    s.title = title;
    into.sections << s;
    return into.sections.last();
}

} // namespace threerings::sheets
