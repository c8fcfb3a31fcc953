#include "ui/forms/FormServices.h"

#include "core/util/Clock.h"

#include <QLocale>

namespace threerings::ui {

FormServices::FormServices(Database& db, const Clock& clock, BusinessCalendar calendar, PhraseGuard& guard,
                           std::function<Actor()> actor)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar)), m_actor(std::move(actor)),
      m_language(QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                  : QStringLiteral("en")),
      m_guard(guard), m_forms(db, clock, m_calendar), m_callbacks(db, clock, m_forms),
      m_consultations(db, clock), m_complaints(db, clock, m_calendar), m_myWork(db, clock, m_calendar),
      m_reader(db, clock, m_calendar.timeZone()), m_finder(db, clock),
      m_chases(db, clock, m_calendar.timeZone()), m_inbox(db, clock), m_drafts(db, clock),
      m_accounts(db, clock), m_words(db, clock, guard)
{}

Result<QString> FormServices::dial(const QString& number, CallPurpose purpose, RecordKind kind,
                                   const QString& recordId) const
{
    if (!m_dialer)
        return Error::usage(QCoreApplication::translate("FormServices", "This console cannot place calls."));
    return m_dialer(number, {purpose, RecordKinds::key(kind), recordId});
}

qint64 FormServices::minutesLeft(const QDateTime& due) const
{
    return m_calendar.workingMinutesBetween(m_clock.now(), due);
}

QString FormServices::timeLeft(const QDateTime& due) const
{
    if (!due.isValid())
        return {};
    const qint64 m = minutesLeft(due);
    const qint64 a = m < 0 ? -m : m;
    const QString span = QCoreApplication::translate("FormServices", "%1 h %2 min")
                             .arg(a / 60)
                             .arg(a % 60, 2, 10, QLatin1Char('0'));
    const QString at = due.toTimeZone(m_calendar.timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (m < 0)
        return QCoreApplication::translate("FormServices", "due %1 · late by %2 working time").arg(at, span);
    return QCoreApplication::translate("FormServices", "due %1 · %2 working time left").arg(at, span);
}

} // namespace threerings::ui
