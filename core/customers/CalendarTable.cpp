// SetupTables: the business calendar's dated days as a table (export calendar, import calendar). The rows are
// the calendar's exceptions, one per day: day (日期), kind (类型: holiday or workday), name (名称). An import
// adds or replaces the days it lists, leaves the others, and marks each day's year as known; it writes
// through CalendarService, which checks ManageCalendar. Kept apart from SetupImport.cpp, which holds the
// other kinds.
#include "core/auth/Permissions.h"
#include "core/calendar/CalendarRepository.h"
#include "core/calendar/CalendarService.h"
#include "core/calendar/IcsCalendar.h"
#include "core/customers/SetupTables.h"

#include <QHash>
#include <optional>

namespace threerings {

namespace {

using Problem = SetupTables::Problem;

// The source a year imported from a table is marked known with.
const QString kImportedSource = QStringLiteral("import");

std::optional<BusinessCalendar::DayKind> dayKind(const QString& text, const QString& name)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty()) // no kind: what the name says (春节调休上班 is worked), else a day off
        return IcsCalendar::isWorkdayText(name) ? BusinessCalendar::DayKind::Workday
                                                : BusinessCalendar::DayKind::Holiday;
    const std::pair<const char16_t*, BusinessCalendar::DayKind> words[] = {
        {u"holiday", BusinessCalendar::DayKind::Holiday},
        {u"假日", BusinessCalendar::DayKind::Holiday},
        {u"节假日", BusinessCalendar::DayKind::Holiday},
        {u"假", BusinessCalendar::DayKind::Holiday},
        {u"休", BusinessCalendar::DayKind::Holiday},
        {u"休息", BusinessCalendar::DayKind::Holiday},
        {u"放假", BusinessCalendar::DayKind::Holiday},
        {u"day off", BusinessCalendar::DayKind::Holiday},
        {u"workday", BusinessCalendar::DayKind::Workday},
        {u"working day", BusinessCalendar::DayKind::Workday},
        {u"班", BusinessCalendar::DayKind::Workday},
        {u"上班", BusinessCalendar::DayKind::Workday},
        {u"补班", BusinessCalendar::DayKind::Workday},
        {u"调休上班", BusinessCalendar::DayKind::Workday},
        {u"工作日", BusinessCalendar::DayKind::Workday}};
    for (const auto& [word, kind] : words)
        if (t == QString::fromUtf16(word))
            return kind;
    return std::nullopt;
}

// 2026-10-01, 2026/10/1, or the day number a spreadsheet keeps a date cell as (days since 1899-12-30).
QDate dayOf(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d"),
                                  QStringLiteral("yyyy/M/d"), QStringLiteral("yyyy.M.d")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    bool number = false;
    const double serial = t.toDouble(&number);
    if (number && serial >= 20000 && serial < 200000)
        return QDate(1899, 12, 30).addDays(qint64(serial));
    return {};
}

} // namespace

Status SetupTables::calendarRows(const Actor& actor, QList<QStringList>& out) const
{
    if (Status s = Permissions::require(actor, Action::ReadCalendar); !s)
        return s;
    auto cal = CalendarRepository(m_db, m_clock).load();
    if (!cal)
        return cal.error();
    for (auto it = cal->exceptions().cbegin(); it != cal->exceptions().cend(); ++it)
        out << QStringList{it.key().toString(Qt::ISODate),
                           it->kind == BusinessCalendar::DayKind::Workday ? QStringLiteral("workday")
                                                                          : QStringLiteral("holiday"),
                           it->name};
    return {};
}

Result<SetupTables::Outcome> SetupTables::importCalendar(const Actor& actor, const TableFile& table,
                                                         bool dryRun, const Progress& progress)
{
    // The rights first: someone who may not change the calendar learns that, not what is wrong in the file.
    if (Status s = Permissions::require(actor, Action::ManageCalendar); !s)
        return s.error();
    Outcome out;
    const QList<Column> columns = SetupTables::columns(QStringLiteral("calendar"));
    QHash<QString, int> index;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i).trimmed();
        bool found = false;
        for (const Column& c : columns)
            if (name.compare(c.key, Qt::CaseInsensitive) == 0 || name == c.chinese) {
                index.insert(c.key, i);
                found = true;
            }
        if (!found && !name.isEmpty())
            out.problems << Problem{
                1, name,
                tr("this is not a column of %1; the columns are: day, kind, name. Rename or "
                   "remove it.")
                    .arg(kindLabel(QStringLiteral("calendar")))};
    }
    if (!index.contains(QStringLiteral("day")))
        out.problems << Problem{1, QStringLiteral("day"),
                                tr("the required column is missing; add a column headed day (or 日期).")};
    if (!out.problems.isEmpty())
        return out;

    const auto cell = [&](const QStringList& row, const QString& key) {
        return index.contains(key) ? row.value(index.value(key)).trimmed() : QString();
    };
    QMap<QDate, BusinessCalendar::DayException> days;
    QHash<QDate, int> seen; // day → the row that named it first
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        const QStringList& row = table.rows.at(i);
        const int line = table.rowNumbers.value(i, int(i) + 2);
        if (progress && ((i + 1) % 500 == 0 || i + 1 == total))
            progress(Phase::Checking, i + 1, total);
        const QString dayText = cell(row, QStringLiteral("day"));
        const QDate day = dayOf(dayText);
        if (!day.isValid()) {
            out.problems << Problem{
                line, QStringLiteral("day"),
                dayText.isEmpty()
                    ? tr("the day is empty; write it as YYYY-MM-DD, for example 2026-10-01.")
                    : tr("'%1' is not a date; write it as YYYY-MM-DD, for example 2026-10-01.").arg(dayText)};
            continue;
        }
        if (seen.contains(day)) {
            out.problems << Problem{line, QStringLiteral("day"),
                                    tr("%1 is on row %2 already; keep one row per day.")
                                        .arg(day.toString(Qt::ISODate))
                                        .arg(seen.value(day))};
            continue;
        }
        seen.insert(day, line);
        const QString name = cell(row, QStringLiteral("name"));
        const QString kindText = cell(row, QStringLiteral("kind"));
        const auto kind = dayKind(kindText, name);
        if (!kind) {
            out.problems << Problem{
                line, QStringLiteral("kind"),
                tr("'%1' is neither a holiday nor a swapped working day; write holiday (休) "
                   "or workday (班).")
                    .arg(kindText)};
            continue;
        }
        days.insert(day, {*kind, name});
    }
    if (!out.problems.isEmpty())
        return out;
    auto done = CalendarService(m_db, m_clock).importDays(actor, days, kImportedSource, dryRun);
    if (!done)
        return done.error();
    out.added = done->added;
    out.changed = done->changed;
    out.unchanged = done->unchanged;
    out.written = done->written;
    return out;
}

} // namespace threerings
