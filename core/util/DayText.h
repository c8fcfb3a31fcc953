#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace threerings {

// A day as people and spreadsheets write it: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日 (a time after it
// is ignored), or the day number a spreadsheet keeps in a date cell (days since 1899-12-30). An empty text is
// an invalid QDate (no day); nothing when the text is no day at all.
std::optional<QDate> readDayText(const QString& text);

} // namespace threerings
