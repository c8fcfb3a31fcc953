#pragma once

#include "core/report/Report.h"
#include "core/util/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace threerings::ui {

// Lays a sheet out on paper the way the form is printed: the form's title, the period, each table
// with ruled cells and its heading row repeated on every page, the lines under it (回访人 / 技术经理),
// page numbers. Works on any paged device: QPdfWriter (PDF export, headless) and QPrinter (printing).
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)

public:
    // Paints on `device` (its page layout is set here: A4, the report's orientation, 12 mm margins).
    // Returns the number of pages.
    static Result<int> paint(const Report& report, QPagedPaintDevice& device);
    // A4 PDF at `path`.
    static Result<int> writePdf(const Report& report, const QString& path);
};

} // namespace threerings::ui
