#pragma once

#include "core/auth/Actor.h"
#include "core/auth/UserRepository.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/forms/WorkQueries.h"
#include "core/model/RecordKind.h"

#include <QCoreApplication>
#include <QDateTime>

namespace threerings {

// One line of "My work": something with a clock on it.
struct WorkItem
{
    enum class Kind
    {
        TransferDue,  // a form the agent accepted, not yet with a handler (2 working hours)
        ResultDue,    // a form waiting for its result (2 working days); the agent chases, the handler acts
        Callback,     // today's callbacks (and retries carried over)
        Handover,     // an unfinished consultation for this shift to finish
        TestAwaiting, // a caller's test result, due 24 h after the consultation
        ComplaintCallback, // a complaint to call back within 3 days
        ComplaintReply,    // a complaint forwarded to the person's department: reply within 2 working days
        ReviewDue, // a resolved form waiting for the supervisor's review (审核), by the next working day
    };
    Kind kind = Kind::TransferDue;
    RecordKind recordKind = RecordKind::Unknown; // a problem form, callback, consultation or complaint
    QString recordId;
    QString reference; // the form or complaint number, or the caller
    QString title;     // one line for the list
    QDateTime dueAt;
    qint64 minutesLeft = 0; // working minutes from now to dueAt; negative = late
    bool late() const { return minutesLeft < 0; }
    QDateTime notBefore; // a callback retry: not before this time
    QString prompt;      // what to do now (the chase prompt when late)

    static QString kindKey(Kind k);
    static QString kindLabel(Kind k);
    // "+1:30" / "-0:45" (hours:minutes of working time).
    static QString formatLeft(qint64 minutes);
};

// Whose work a list shows: the person's own (an agent's callbacks of the forms they took or called), or the
// team's (every open callback; for a supervisor also every late form of every handler).
enum class WorkScope
{
    Mine,
    Team,
};

// "My work" (issue 6): for the person, everything with a clock on it, sorted by deadline, with the time
// left in working hours. An agent gets the forms they accepted, today's callbacks, the handover list,
// tests awaiting and complaints to call back; a handler the forms waiting for them; a supervisor, the
// complaints forwarded to departments they head. A person may hold several roles: the lists add up.
class MyWork
{
    Q_DECLARE_TR_FUNCTIONS(MyWork)

public:
    MyWork(Database& db, const Clock& clock, BusinessCalendar calendar);

    // The actor's list at the clock's now: their own, or the team's.
    Result<QList<WorkItem>> forActor(const Actor& actor, WorkScope scope = WorkScope::Mine) const;
    // Another person's list (their roles decide what is theirs): needs ReadOthersWork unless it is the
    // actor. `at` is the moment to compute for (the clock's now when invalid).
    Result<QList<WorkItem>> forPerson(const Actor& actor, const QString& userId,
                                      const QDateTime& at = {}) const;
    // The same by job number, as a person types it ("due --agent 1001"). The permission comes first: whoever
    // may not read another's list learns nothing, not even whether the job number exists. NotFound when
    // nobody has it.
    Result<QList<WorkItem>> forJobNumber(const Actor& actor, const QString& jobNumber,
                                         const QDateTime& at = {}) const;

private:
    Result<QList<WorkItem>> build(const QString& userId, const QList<Role>& roles, const QDateTime& now,
                                  WorkScope scope = WorkScope::Mine) const;
    Status addSupervisorsQueue(QList<WorkItem>& list, const QString& userId, const QDateTime& now,
                               WorkScope scope) const;
    WorkItem item(WorkItem::Kind kind, RecordKind record, const QString& id, const QString& reference,
                  const QString& title, const QDateTime& due, const QDateTime& now) const;
    QDateTime endOfDay(const QDate& day) const;

    const Clock& m_clock;
    BusinessCalendar m_calendar;
    WorkQueries m_queries;
    UserRepository m_users;
};

} // namespace threerings
