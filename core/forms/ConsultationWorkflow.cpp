#include "core/forms/ConsultationWorkflow.h"

#include "core/auth/Permissions.h"
#include "core/model/Validation.h"
#include "core/util/Clock.h"

namespace threerings {

ConsultationWorkflow::ConsultationWorkflow(Database& db, const Clock& clock)
    : m_clock(clock), m_consultations(db, clock), m_queries(db, clock)
{}

Consultation ConsultationWorkflow::fromCall(const Call& call, const Customer* customer, const Actor& agent)
{
    Consultation c;
    c.callId = call.meta.id;
    c.customerId = call.customerId;
    c.agentId = agent.userId;
    c.callerPhone = call.callerNumber;
    c.description = call.summary;
    if (customer) {
        c.customerId = customer->meta.id;
        c.callerName = customer->name;
    }
    return c;
}

Result<Consultation> ConsultationWorkflow::log(const Actor& actor, Consultation c)
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    if (c.agentId.isEmpty())
        c.agentId = actor.userId;
    if (!c.consultedAt.isValid())
        c.consultedAt = m_clock.now();
    if (c.status == ConsultationStatus::Finished) {
        if (Status s = Validation::required(QStringLiteral("advice"), tr("advice given"), c.advice); !s)
            return s.error();
        c.finishedAt = c.consultedAt;
        c.finishedBy = actor.stamp();
        c.testDueAt = {};
    } else if (c.status == ConsultationStatus::AwaitingTest) {
        c.testDueAt = c.consultedAt.addMSecs(TestReportMs);
        c.finishedAt = {};
        c.finishedBy.clear();
    } else {
        c.testDueAt = {};
        c.finishedAt = {};
        c.finishedBy.clear();
    }
    c.closedAutomatically = false;
    return m_consultations.insert(std::move(c), actor.stamp());
}

Result<Consultation> ConsultationWorkflow::load(const Actor& actor, const QString& id) const
{
    if (Status s = Permissions::require(actor, Action::WriteForms); !s)
        return s.error();
    return m_consultations.get(id);
}

Result<Consultation> ConsultationWorkflow::finish(const Actor& actor, const QString& id,
                                                  const QString& advice)
{
    auto c = load(actor, id);
    if (!c)
        return c.error();
    if (c->status == ConsultationStatus::Finished)
        return Error::conflict(tr("This consultation is already finished."));
    if (c->status == ConsultationStatus::Unknown)
        return Error::conflict(tr("This consultation is in a state this version of ThreeRings does not know; "
                                  "finish it on a console of the newer version."));
    const QString text = advice.isEmpty() ? c->advice : advice;
    if (Status s = Validation::required(QStringLiteral("advice"), tr("advice given"), text); !s)
        return s.error();
    c->advice = text;
    c->status = ConsultationStatus::Finished;
    c->finishedAt = m_clock.now();
    c->finishedBy = actor.stamp();
    return m_consultations.update(*c, actor.stamp());
}

Result<Consultation> ConsultationWorkflow::testFailed(const Actor& actor, const QString& id,
                                                      const QString& description)
{
    auto c = load(actor, id);
    if (!c)
        return c.error();
    if (c->status != ConsultationStatus::AwaitingTest)
        return Error::conflict(tr("This consultation is not waiting for a test result."));
    if (!description.trimmed().isEmpty())
        c->description =
            c->description.isEmpty() ? description : c->description + QLatin1Char('\n') + description;
    c->status = ConsultationStatus::Unfinished;
    c->testDueAt = {};
    return m_consultations.update(*c, actor.stamp());
}

Result<int> ConsultationWorkflow::closeExpiredTests()
{
    auto expired = m_queries.expiredTests(m_clock.nowMs());
    if (!expired)
        return expired.error();
    int closed = 0;
    for (Consultation c : *expired) {
        c.status = ConsultationStatus::Finished;
        c.finishedAt = c.testDueAt; // solved when the 24 h ran out, whenever the console noticed
        c.finishedBy.clear();
        c.closedAutomatically = true;
        auto saved = m_consultations.update(c, {});
        if (!saved) {
            if (saved.error().kind == Error::Kind::Conflict)
                continue; // someone recorded the report meanwhile; theirs wins
            return saved.error();
        }
        ++closed;
    }
    return closed;
}

Result<QList<Consultation>> ConsultationWorkflow::handover(const Actor& actor) const
{
    return withStatus(actor, ConsultationStatus::Unfinished);
}

Result<QList<Consultation>> ConsultationWorkflow::awaitingTests(const Actor& actor) const
{
    return withStatus(actor, ConsultationStatus::AwaitingTest);
}

Result<QList<Consultation>> ConsultationWorkflow::withStatus(const Actor& actor,
                                                             ConsultationStatus status) const
{
    if (Status s = Permissions::require(actor, Action::ReadLiveRecords); !s)
        return s.error();
    auto all = m_consultations.unfinished();
    if (!all)
        return all.error();
    QList<Consultation> list;
    for (const Consultation& c : *all) {
        if (c.status == status)
            list.append(c);
    }
    return list;
}

} // namespace threerings
