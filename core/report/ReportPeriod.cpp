#include "core/report/ReportPeriod.h"

#include <QRegularExpression>

namespace threerings {

ReportPeriod ReportPeriod::day(const QDate& d)
{
    return {Kind::Day, d, d};
}

ReportPeriod ReportPeriod::week(const QDate& anyDay)
{
    const QDate monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    return {Kind::Week, monday, monday.addDays(6)};
}

ReportPeriod ReportPeriod::month(int year, int m)
{
    const QDate first(year, m, 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::quarter(int year, int q)
{
    const QDate first(year, (q - 1) * 3 + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1)};
}

Result<ReportPeriod> ReportPeriod::parseMonth(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 12)
        return Error::usage(tr("--month '%1' is not a month; write it as YYYY-MM, e.g. 2026-11.").arg(text));
    return month(m.captured(1).toInt(), m.captured(2).toInt());
}

Result<ReportPeriod> ReportPeriod::parseQuarter(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return Error::usage(
            tr("--quarter '%1' is not a quarter; write it as YYYY-Qn, e.g. 2026-Q4.").arg(text));
    return quarter(m.captured(1).toInt(), m.captured(2).toInt());
}

qint64 ReportPeriod::startMs(const QTimeZone& zone) const
{
    return QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
}

qint64 ReportPeriod::endMs(const QTimeZone& zone) const
{
    return QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
}

QString ReportPeriod::label() const
{
    switch (kind) {
    case Kind::Day:
        return from.toString(Qt::ISODate);
    case Kind::Week:
        return from.toString(Qt::ISODate) + QStringLiteral(" – ") + to.toString(Qt::ISODate);
    case Kind::Month:
        return from.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    }
    return {};
}

} // namespace threerings
