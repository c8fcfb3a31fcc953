#pragma once

#include "core/report/Report.h"
#include "core/report/ReportPeriod.h"
#include "core/util/Result.h"

#include <QVariant>

// The pieces every sheet of Reports is built from (core/report only): columns, shares and means,
// the sheet's head, and taking a table of one sheet into the weekly summary.
namespace threerings::sheets {

using Type = ReportColumn::Type;

ReportColumn col(const char* key, const QString& heading, Type type = Type::Text, int width = 10);
// part / whole, or null (printed empty) when there is nothing to divide by.
QVariant share(qint64 part, qint64 whole);
// sum / n / scale, or null when n is 0.
QVariant mean(double sum, qint64 n, double scale = 1.0);
Error cancelled();

// A sheet of `kind` with its title, covering `period`.
Report newSheet(const QString& kind, const ReportPeriod& period, bool landscape = false);
// The same for a sheet that covers a moment or a single day (`label` printed as its period).
Report newSheet(const QString& kind, const QString& label, const QDate& day, bool landscape = false);
// The first table of `part`, renamed, appended to `into`; returns the copy.
ReportSection& adopt(Report& into, const Report& part, const QString& key, const QString& title);

} // namespace threerings::sheets
