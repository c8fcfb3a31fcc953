#pragma once

#include "core/auth/Actor.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/forms/CallbackWorkflow.h"
#include "core/forms/ComplaintWorkflow.h"
#include "core/forms/ConsultationWorkflow.h"
#include "core/forms/DraftRepository.h"
#include "core/forms/MyWork.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/words/PhraseGuard.h"

#include <functional>
#include <memory>

namespace threerings {
class Clock;
class Database;
} // namespace threerings

namespace threerings::ui {

// What the form views share: the form workflows on one database, the signed-in person to act as, the
// drafts and the console's banned-phrase guard. Owned by the FormDesk, handed to every view it opens.
class FormServices
{
public:
    FormServices(Database& db, const Clock& clock, BusinessCalendar calendar, PhraseGuard& guard,
                 std::function<Actor()> actor);

    Database& db() const { return m_db; }
    const Clock& clock() const { return m_clock; }
    const BusinessCalendar& calendar() const { return m_calendar; }
    // The person at the console now (nobody may do nothing).
    Actor actor() const { return m_actor ? m_actor() : Actor{}; }
    // zh_CN or en, from the console's locale.
    const QString& language() const { return m_language; }
    // The console's one banned-phrase guard: every guarded text field follows its list.
    PhraseGuard& guard() const { return m_guard; }
    std::shared_ptr<const PhraseMatcher> matcher() const { return m_guard.matcher(); }

    ProblemFormWorkflow& forms() { return m_forms; }
    CallbackWorkflow& callbacks() { return m_callbacks; }
    ConsultationWorkflow& consultations() { return m_consultations; }
    ComplaintWorkflow& complaints() { return m_complaints; }
    const MyWork& myWork() const { return m_myWork; }
    DraftRepository& drafts() { return m_drafts; }

    // "2 h 15 min left" / "late by 0 h 45 min" in working time from now to `due`.
    QString timeLeft(const QDateTime& due) const;
    qint64 minutesLeft(const QDateTime& due) const;

private:
    Database& m_db;
    const Clock& m_clock;
    BusinessCalendar m_calendar;
    std::function<Actor()> m_actor;
    QString m_language;
    PhraseGuard& m_guard;
    ProblemFormWorkflow m_forms;
    CallbackWorkflow m_callbacks;
    ConsultationWorkflow m_consultations;
    ComplaintWorkflow m_complaints;
    MyWork m_myWork;
    DraftRepository m_drafts;
};

} // namespace threerings::ui
