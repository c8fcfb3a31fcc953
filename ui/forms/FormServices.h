#pragma once

#include "core/auth/AccountService.h"
#include "core/auth/Actor.h"
#include "core/calendar/BusinessCalendar.h"
#include "core/calls/CallRecorder.h"
#include "core/forms/CallbackWorkflow.h"
#include "core/forms/ComplaintWorkflow.h"
#include "core/forms/ConsultationWorkflow.h"
#include "core/forms/FormChases.h"
#include "core/forms/FormDrafts.h"
#include "core/forms/FormReader.h"
#include "core/forms/Inbox.h"
#include "core/forms/MyWork.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/forms/RecordFinder.h"
#include "core/words/PhraseGuard.h"
#include "core/words/WordsService.h"

#include <functional>
#include <memory>

namespace threerings {
class Clock;
class Database;
} // namespace threerings

namespace threerings::ui {

// What the form views share: the form workflows and the checked reads (FormReader, Inbox) on one database,
// the signed-in person to act as, their drafts and the console's banned-phrase guard. Every call takes the
// person; the views reach no repository. Owned by the FormDesk, handed to every view it opens.
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
    const FormReader& reader() const { return m_reader; }
    const RecordFinder& finder() const { return m_finder; }
    FormChases& chases() { return m_chases; }
    Inbox& inbox() { return m_inbox; }
    FormDrafts& drafts() { return m_drafts; }
    // The staff and departments a form names, and the scripts its words come from.
    const AccountService& accounts() const { return m_accounts; }
    const WordsService& words() const { return m_words; }

    // Placing calls from the forms (issue 19): the console's CallSession::dial, set by the desk; a console
    // without one cannot dial.
    using Dialer = std::function<Result<QString>(const QString& number, const CallRecorder::Dial& dial)>;
    void setDialer(Dialer dialer) { m_dialer = std::move(dialer); }
    bool canDial() const { return bool(m_dialer); }
    // Calls `number` for the record `recordId` of `kind`, for `purpose`.
    Result<QString> dial(const QString& number, CallPurpose purpose, RecordKind kind,
                         const QString& recordId) const;

    // "2 h 15 min left" / "late by 0 h 45 min" in working time from now to `due`.
    QString timeLeft(const QDateTime& due) const;
    qint64 minutesLeft(const QDateTime& due) const;

private:
    Database& m_db;
    const Clock& m_clock;
    BusinessCalendar m_calendar;
    std::function<Actor()> m_actor;
    Dialer m_dialer;
    QString m_language;
    PhraseGuard& m_guard;
    ProblemFormWorkflow m_forms;
    CallbackWorkflow m_callbacks;
    ConsultationWorkflow m_consultations;
    ComplaintWorkflow m_complaints;
    MyWork m_myWork;
    FormReader m_reader;
    RecordFinder m_finder;
    FormChases m_chases;
    Inbox m_inbox;
    FormDrafts m_drafts;
    AccountService m_accounts;
    WordsService m_words;
};

} // namespace threerings::ui
