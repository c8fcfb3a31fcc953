#pragma once

#include "core/auth/Actor.h"
#include "core/forms/ChaseRepository.h"
#include "core/forms/NotificationRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/util/HotlineTime.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace threerings {

// The chase of a late problem form (SPEC §3, the result clock; 003 §4.5.5): "if late, the agent chases the
// handler and tells the caller it is in progress, with an apology". Each attempt is recorded with whom it
// was, whether they were reached, the time the handler promised and what was said; a handler chased hears
// of it in their notifications. The form's own clocks do not move: a promise is the handler's word, not a
// new deadline.
class FormChases
{
    Q_DECLARE_TR_FUNCTIONS(FormChases)

public:
    FormChases(Database& db, const Clock& clock, QTimeZone zone = hotlineTimeZone());

    // Records one attempt on a form still waiting for its result (transferred, planned or reopened). Needs
    // WriteForms; the form's own handler does not chase themselves. The time is now, the person the actor.
    Result<FormChase> record(const Actor& actor, const QString& formId, FormChase chase);
    // Whether `actor` may chase `form` as stored: the rule record() applies, for the views to offer the chase
    // only where it would be taken.
    static Status mayChase(const Actor& actor, const ProblemForm& form);
    // The form's attempts, oldest first (ReadLiveRecords).
    Result<QList<FormChase>> ofForm(const Actor& actor, const QString& formId) const;

private:
    Database& m_db;
    const Clock& m_clock;
    QTimeZone m_zone;
    ChaseRepository m_chases;
    ProblemFormRepository m_forms;
    NotificationRepository m_notifications;
};

} // namespace threerings
