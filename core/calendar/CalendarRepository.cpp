#include "core/calendar/CalendarRepository.h"

#include "core/auth/Permissions.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace threerings {

namespace {

// The default calendar of a new database, once per database (Setting::CalendarSeeded says which).
const QString kSeededCalendar = QStringLiteral("cn-mainland");

QString kindText(BusinessCalendar::DayKind kind)
{
    return kind == BusinessCalendar::DayKind::Workday ? QStringLiteral("workday") : QStringLiteral("holiday");
}

// Writes the calendar's settings: all of them (save), or only those not stored yet (seeding).
Status writeSettings(SettingsRepository& settings, const BusinessCalendar& cal, const QString& actor,
                     bool onlyMissing)
{
    const auto write = [&](const auto& setting, const auto& value) {
        return onlyMissing ? settings.setDefault(setting, value, actor) : settings.set(setting, value, actor);
    };
    Status s = write(Setting::CalendarTimeZone, cal.timeZone());
    if (s)
        s = write(Setting::CalendarOpens, cal.opens());
    if (s)
        s = write(Setting::CalendarCloses, cal.closes());
    if (s)
        s = write(Setting::CalendarLunchStart, cal.lunchStart());
    if (s)
        s = write(Setting::CalendarLunchEnd, cal.lunchEnd());
    if (s)
        s = write(Setting::CalendarWeekendDays, cal.weekendDays());
    return s;
}

} // namespace

Result<BusinessCalendar> CalendarRepository::loadDefaults(const QString& resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("The calendar file %1 cannot be read: %2").arg(resource, f.errorString()));
    auto cal = BusinessCalendar::fromJson(f.readAll());
    if (!cal)
        return Error::data(tr("The calendar file %1 is not valid: %2").arg(resource, cal.error().message),
                           cal.error().field);
    return cal;
}

CalendarRepository::CalendarRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<BusinessCalendar> CalendarRepository::load() const
{
    // A damaged calendar setting is reported by its key rather than run on its default: the opening
    // hours and the deadlines hang together, and half a calendar is nobody's.
    BusinessCalendar cal;
    SettingsRepository settings(m_db, m_clock);
    auto zone = settings.read(Setting::CalendarTimeZone);
    if (!zone)
        return zone.error();
    cal.setTimeZone(*zone);
    auto opens = settings.read(Setting::CalendarOpens);
    auto closes = settings.read(Setting::CalendarCloses);
    auto lunchStart = settings.read(Setting::CalendarLunchStart);
    auto lunchEnd = settings.read(Setting::CalendarLunchEnd);
    for (const auto* r : {&opens, &closes, &lunchStart, &lunchEnd}) {
        if (!*r)
            return r->error();
    }
    cal.setOpeningHours(*opens, *closes);
    cal.setLunchBreak(*lunchStart, *lunchEnd);
    auto weekend = settings.read(Setting::CalendarWeekendDays);
    if (!weekend)
        return weekend.error();
    cal.setWeekendDays(*weekend);

    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT day, kind, name FROM calendar_days ORDER BY day")))
        return Error::io(tr("Could not read the calendar's holidays: %1").arg(q.lastError().text()));
    while (q.next()) {
        auto day = BusinessCalendar::parseDate(q.value(0).toString(), QStringLiteral("calendar_days.day"));
        if (!day)
            return day.error();
        const auto kind = q.value(1).toString() == QLatin1String("workday")
                              ? BusinessCalendar::DayKind::Workday
                              : BusinessCalendar::DayKind::Holiday;
        cal.setException(*day, kind, q.value(2).toString());
    }
    if (!q.exec(QStringLiteral("SELECT year, source FROM calendar_years ORDER BY year")))
        return Error::io(tr("Could not read the calendar's years: %1").arg(q.lastError().text()));
    while (q.next())
        cal.addKnownYear(q.value(0).toInt(), q.value(1).toString());

    if (Status s = cal.validate(); !s)
        return s.error();
    return cal;
}

Status CalendarRepository::save(const BusinessCalendar& calendar, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Action::ManageCalendar); !s)
        return s;
    if (Status s = calendar.validate(); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();

    SettingsRepository settings(m_db, m_clock);
    if (Status s = writeSettings(settings, calendar, actor.stamp(), false); !s)
        return s;

    RecordWriter writer(m_db, m_clock);
    const QString daysTable = QStringLiteral("calendar_days");
    const QString yearsTable = QStringLiteral("calendar_years");

    struct StoredDay
    {
        QString id;
        QString kind;
        QString name;
    };
    QHash<QString, StoredDay> storedDays;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, day, kind, name FROM calendar_days")))
        return Error::io(tr("Could not read the calendar's holidays: %1").arg(q.lastError().text()));
    while (q.next())
        storedDays.insert(q.value(1).toString(),
                          {q.value(0).toString(), q.value(2).toString(), q.value(3).toString()});
    q.finish();

    QHash<QString, std::pair<QString, BusinessCalendar::DayException>> wanted;
    for (auto it = calendar.exceptions().cbegin(); it != calendar.exceptions().cend(); ++it)
        wanted.insert(it.key().toString(Qt::ISODate), {it.key().toString(Qt::ISODate), it.value()});

    // Removals first: the day column is unique.
    for (auto it = storedDays.cbegin(); it != storedDays.cend(); ++it) {
        if (!wanted.contains(it.key())) {
            if (Status s = writer.remove(daysTable, it->id, actor.stamp()); !s)
                return s;
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QString kind = kindText(it->second.kind);
        const auto found = storedDays.constFind(it.key());
        if (found == storedDays.cend()) {
            auto r = writer.insert(daysTable,
                                   {{QStringLiteral("day"), it.key()},
                                    {QStringLiteral("kind"), kind},
                                    {QStringLiteral("name"), it->second.name}},
                                   actor.stamp());
            if (!r)
                return r.error();
        } else if (found->kind != kind || found->name != it->second.name) {
            auto r = writer.update(
                daysTable, found->id,
                {{QStringLiteral("kind"), kind}, {QStringLiteral("name"), it->second.name}}, actor.stamp());
            if (!r)
                return r.error();
        }
    }

    QHash<int, std::pair<QString, QString>> storedYears; // year -> (id, source)
    if (!q.exec(QStringLiteral("SELECT id, year, source FROM calendar_years")))
        return Error::io(tr("Could not read the calendar's years: %1").arg(q.lastError().text()));
    while (q.next())
        storedYears.insert(q.value(1).toInt(), {q.value(0).toString(), q.value(2).toString()});
    q.finish();
    for (auto it = storedYears.cbegin(); it != storedYears.cend(); ++it) {
        if (!calendar.hasDataFor(it.key())) {
            if (Status s = writer.remove(yearsTable, it->first, actor.stamp()); !s)
                return s;
        }
    }
    for (auto it = calendar.knownYears().cbegin(); it != calendar.knownYears().cend(); ++it) {
        const auto found = storedYears.constFind(it.key());
        if (found == storedYears.cend()) {
            auto r = writer.insert(
                yearsTable, {{QStringLiteral("year"), it.key()}, {QStringLiteral("source"), it.value()}},
                actor.stamp());
            if (!r)
                return r.error();
        } else if (found->second != it.value()) {
            auto r = writer.update(yearsTable, found->first, {{QStringLiteral("source"), it.value()}},
                                   actor.stamp());
            if (!r)
                return r.error();
        }
    }
    return tx.commit();
}

template <typename Change> Status CalendarRepository::modify(const Actor& actor, Change change)
{
    if (Status s = Permissions::require(actor, Action::ManageCalendar); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    auto cal = load();
    if (!cal)
        return cal.error();
    if (Status s = change(*cal); !s)
        return s;
    if (Status s = save(*cal, actor); !s)
        return s;
    return tx.commit();
}

namespace {

Status checkDay(QDate day)
{
    if (!day.isValid())
        return Error::data(
            CalendarRepository::tr("The date is missing or not a real date; write it as YYYY-MM-DD, "
                                   "for example 2026-10-01."),
            QStringLiteral("date"));
    return {};
}

} // namespace

Status CalendarRepository::setHoliday(QDate day, const QString& name, const Actor& actor)
{
    return modify(actor, [&](BusinessCalendar& cal) -> Status {
        if (Status s = checkDay(day); !s)
            return s;
        cal.setException(day, BusinessCalendar::DayKind::Holiday, name);
        return {};
    });
}

Status CalendarRepository::setWorkday(QDate day, const QString& name, const Actor& actor)
{
    return modify(actor, [&](BusinessCalendar& cal) -> Status {
        if (Status s = checkDay(day); !s)
            return s;
        cal.setException(day, BusinessCalendar::DayKind::Workday, name);
        return {};
    });
}

Status CalendarRepository::removeDay(QDate day, const Actor& actor)
{
    return modify(actor, [&](BusinessCalendar& cal) -> Status {
        if (Status s = checkDay(day); !s)
            return s;
        if (!cal.exceptions().contains(day))
            return Error::notFound(
                tr("%1 is neither a holiday nor a swapped working day in the calendar, so there "
                   "is nothing to remove.")
                    .arg(day.toString(Qt::ISODate)));
        cal.removeException(day);
        return {};
    });
}

Status CalendarRepository::setOpeningHours(QTime opens, QTime closes, const Actor& actor)
{
    return modify(actor, [&](BusinessCalendar& cal) -> Status {
        cal.setOpeningHours(opens, closes);
        return cal.validate();
    });
}

Status CalendarRepository::setLunchBreak(QTime start, QTime end, const Actor& actor)
{
    return modify(actor, [&](BusinessCalendar& cal) -> Status {
        cal.setLunchBreak(start, end);
        return cal.validate();
    });
}

Status CalendarRepository::setTimeZone(const QString& zoneId, const Actor& actor)
{
    return modify(actor, [&](BusinessCalendar& cal) -> Status {
        auto zone = BusinessCalendar::parseTimeZone(zoneId, Setting::CalendarTimeZone.key());
        if (!zone)
            return zone.error();
        cal.setTimeZone(*zone);
        return {};
    });
}

Status CalendarRepository::setWeekendDays(const QList<int>& days, const Actor& actor)
{
    return modify(actor, [&](BusinessCalendar& cal) -> Status {
        cal.setWeekendDays(days);
        return cal.validate();
    });
}

Status CalendarRepository::addYear(int year, const QMap<QDate, BusinessCalendar::DayException>& days,
                                   const QString& source, const Actor& actor)
{
    return modify(actor, [&](BusinessCalendar& cal) -> Status {
        if (year < 1900 || year > 9999)
            return Error::data(tr("%1 is not a year; give a year such as 2027.").arg(year),
                               QStringLiteral("year"));
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            if (Status s = checkDay(it.key()); !s)
                return s;
            if (it.key().year() != year)
                return Error::data(
                    tr("%1 is not in %2; list only that year's days, or add the year it belongs "
                       "to separately.")
                        .arg(it.key().toString(Qt::ISODate))
                        .arg(year),
                    QStringLiteral("date"));
        }
        const QMap<QDate, BusinessCalendar::DayException> before = cal.exceptions();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key().year() == year)
                cal.removeException(it.key());
        }
        for (auto it = days.cbegin(); it != days.cend(); ++it)
            cal.setException(it.key(), it->kind, it->name);
        cal.addKnownYear(year, source);
        return {};
    });
}

Status CalendarRepository::removeYear(int year, const Actor& actor)
{
    return modify(actor, [&](BusinessCalendar& cal) -> Status {
        const QMap<QDate, BusinessCalendar::DayException> before = cal.exceptions();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key().year() == year)
                cal.removeException(it.key());
        }
        cal.removeKnownYear(year);
        return {};
    });
}

Status CalendarRepository::seedDefaultsIfEmpty(const Actor& actor)
{
    SettingsRepository settings(m_db, m_clock);
    if (!settings.get(Setting::CalendarSeeded).isEmpty())
        return {};
    auto defaults = loadDefaults();
    if (!defaults)
        return defaults.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    // What an admin already set wins over the defaults: settings only where missing, years only
    // where unknown, days only where not already marked.
    if (Status s = writeSettings(settings, *defaults, actor.stamp(), true); !s)
        return s;
    auto cal = load();
    if (!cal)
        return cal.error();
    for (auto it = defaults->knownYears().cbegin(); it != defaults->knownYears().cend(); ++it) {
        if (cal->hasDataFor(it.key()))
            continue;
        cal->addKnownYear(it.key(), it.value());
        for (auto d = defaults->exceptions().cbegin(); d != defaults->exceptions().cend(); ++d) {
            if (d.key().year() == it.key() && !cal->exceptions().contains(d.key()))
                cal->setException(d.key(), d->kind, d->name);
        }
    }
    if (Status s = save(*cal, actor); !s)
        return s;
    if (Status s = settings.set(Setting::CalendarSeeded, kSeededCalendar, actor.stamp()); !s)
        return s;
    return tx.commit();
}

} // namespace threerings
