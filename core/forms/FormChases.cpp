#include "core/forms/FormChases.h"

#include "core/auth/Permissions.h"
#include "core/db/Transaction.h"
#include "core/util/Clock.h"

namespace threerings {

FormChases::FormChases(Database& db, const Clock& clock, QTimeZone zone)
    : m_db(db), m_clock(clock), m_zone(std::move(zone)), m_chases(db, clock), m_forms(db, clock, m_zone),
      m_notifications(db, clock)
{}

Result<FormChase> FormChases::record(const Actor& actor, const QString& formId, FormChase chase)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    auto form = m_forms.get(formId);
    if (!form)
        return form.error();
    if (Status s = mayChase(actor, *form); !s)
        return s.error();
    chase.formId = form->meta.id;
    chase.chasedBy = actor.userId;
    chase.chasedAt = m_clock.now();
    chase.note = chase.note.trimmed();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    auto stored = m_chases.insert(chase, actor.stamp());
    if (!stored)
        return stored.error();
    if (chase.target == ChaseTarget::Handler) {
        const QString message =
            tr("%1 chased problem form %2: its result was due %3.")
                .arg(actor.label(), form->number,
                     form->resultDueAt.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (Status s =
                m_notifications.toHandlerOf(*form, QStringLiteral("form_chased"), message, actor.stamp());
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Status FormChases::mayChase(const Actor& actor, const ProblemForm& form)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s;
    if (!form.waitsForResult())
        return Error::conflict(
            tr("Problem form %1 is not waiting for a handler's result (it is %2): there is "
               "nothing to chase.")
                .arg(form.number, FormStateNames::label(form.state)));
    if (!form.handlerId.isEmpty() && form.handlerId == actor.userId)
        return Error::refused(tr("You are the handler of problem form %1: enter the plan or the result "
                                 "instead of chasing yourself.")
                                  .arg(form.number));
    return {};
}

Result<QList<FormChase>> FormChases::ofForm(const Actor& actor, const QString& formId) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    return m_chases.ofForm(formId);
}

} // namespace threerings
