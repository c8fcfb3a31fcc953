#include "core/calls/CallSession.h"

#include "core/auth/Permissions.h"
#include "core/calls/AgentStateRepository.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallRecorder.h"
#include "core/calls/CallRepository.h"
#include "core/calls/MyDayQueries.h"
#include "core/calls/ScreenPopQueries.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/CustomerService.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/model/PhoneNumber.h"
#include "core/settings/SettingsRepository.h"
#include "core/util/Clock.h"

#include <QTimer>

namespace threerings {

CallSession::Options CallSession::Options::fromSettings(const SettingsReader& settings)
{
    Options o;
    o.ringNoAnswerRings = settings.get(Setting::RingNoAnswerRings);
    o.wrapUpMs = qint64(settings.get(Setting::WrapUpSeconds)) * 1000;
    o.startReady = settings.get(Setting::AgentStartReady);
    return o;
}

CallSession::CallSession(Database& db, const Clock& clock, CallTracker& tracker, Options options,
                         QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_tracker(tracker), m_options(options),
      m_calls(std::make_unique<CallRepository>(db, clock)),
      m_customers(std::make_unique<CustomerRepository>(db, clock)),
      m_pop(std::make_unique<ScreenPopQueries>(db, clock)),
      m_stateRepo(std::make_unique<AgentStateRepository>(db, clock)),
      m_myDay(std::make_unique<MyDayQueries>(db, clock)),
      m_recorder(std::make_unique<CallRecorder>(*m_calls, clock)),
      m_states(std::make_unique<AgentStates>(*m_stateRepo, clock, options.wrapUpMs))
{
    m_recorder->setSimulated(m_tracker.line().isSimulated());
    connect(&m_tracker, &CallTracker::stateChanged, this, &CallSession::onStateChanged);
    connect(&m_tracker, &CallTracker::ringStarted, this, &CallSession::onRingStarted);
    connect(&m_tracker, &CallTracker::callFinished, this, &CallSession::onFinished);
    connect(m_states.get(), &AgentStates::problem, this, &CallSession::problem);
    connect(&m_tracker.line(), &Line::callRecording, this,
            [this](const QString& lineCallId, const QString& path) {
                if (lineCallId == m_tracker.callId())
                    report(m_recorder->setRecording(path));
            });
    m_states->setReadyCheck([this]() -> Status {
        if (Status s = Permissions::require(m_agent, Action::TakeCalls); !s)
            return s;
        if (const QString why = unfinishedCall(); !why.isEmpty())
            return Error::data(why, QStringLiteral("outcome"));
        return {};
    });
    connect(m_states.get(), &AgentStates::changed, this, [this] {
        m_tracker.line().setAgentAvailable(m_states->isReady());
        // The card stays through the wrap-up of its call, and goes with it.
        if (m_card && !m_tracker.hasCall() && m_states->state() != AgentState::WrapUp) {
            m_card.reset();
            Q_EMIT callerCardChanged();
        }
        Q_EMIT recordChanged();
    });
}

CallSession::~CallSession()
{
    (void)m_states->stop(); // nothing left to tell when the console goes away
}

Status CallSession::start(const Actor& agent)
{
    m_agent = agent;
    m_recorder->setAgent(agent.userId);
    if (!agent.userId.isEmpty())
        if (auto closed = CallRecorder::recoverInterrupted(*m_calls, agent.userId); !closed)
            return closed.error();
    // Only agents are offered calls, and they say when they are at the phone (unless the site starts them
    // Ready); supervisors, trainers, trainees and a console nobody signed in to are never rung.
    if (!Permissions::allows(agent, Action::TakeCalls))
        return m_states->start(agent.userId, AgentState::NotReady, AgentStateNames::noCallsReason());
    if (m_options.startReady)
        return m_states->start(agent.userId, AgentState::Ready);
    return m_states->start(agent.userId, AgentState::NotReady, AgentStateNames::signedInReason());
}

void CallSession::stop()
{
    report(m_states->stop());
}

void CallSession::signOut()
{
    // The person's stretch ends; the console then takes no calls until the next person signs in.
    m_agent = Actor{};
    report(m_states->start(QString(), AgentState::NotReady, AgentStateNames::noCallsReason()));
    m_recorder->setAgent({});
    if (m_card) {
        m_card.reset();
        Q_EMIT callerCardChanged();
    }
}

void CallSession::report(const Status& s)
{
    if (!s)
        Q_EMIT problem(s.error().message);
}

void CallSession::lookUp(const QString& number)
{
    // Whoever may not read live records (nobody signed in, a trainee) sees the number and no customer.
    if (!Permissions::allows(m_agent, Action::ReadLiveRecords)) {
        m_card = CallerCard{};
        m_card->number = PhoneNumber::normalizeOrKeep(number);
        return;
    }
    auto card = m_pop->lookup(m_agent, number);
    if (!card) {
        report(card.error());
        m_card = CallerCard{};
        m_card->number = number;
    } else {
        m_card = *card;
        if (m_card->devices.size() == 1)
            m_card->chosenDeviceId = m_card->devices.constFirst().device.meta.id;
    }
}

void CallSession::chooseDevice(const QString& deviceId)
{
    if (!m_card)
        return;
    m_card->chosenDeviceId = m_card->device(deviceId) ? deviceId : QString();
}

void CallSession::onStateChanged(CallTracker::State state)
{
    using State = CallTracker::State;
    const State previous = std::exchange(m_previous, state);
    switch (state) {
    case State::Ringing:
        if (m_tracker.isOutgoing()) {
            // A call the agent placed: the card of whom they call, and the record at once.
            lookUp(m_tracker.callerNumber());
            report(m_recorder->dialling(m_tracker.callerNumber(),
                                        m_card && m_card->customer ? m_card->customer->meta.id : QString(),
                                        m_tracker.ringStartedAt(), std::exchange(m_pendingDial, {})));
            Q_EMIT callerCardChanged();
            Q_EMIT recordChanged();
            break;
        }
        if (!m_states->isReady() || !Permissions::allows(m_agent, Action::TakeCalls)) {
            // Not offered to an agent who is not Ready: declined before anything shows or is stored.
            m_declining = true;
            report(m_tracker.hangUp());
            return;
        }
        lookUp(m_tracker.callerNumber());
        report(m_recorder->ringing(m_tracker.callerNumber(),
                                   m_card && m_card->customer ? m_card->customer->meta.id : QString(),
                                   m_tracker.ringStartedAt(), false));
        // Written on the next turn of the event loop, right after the banner is painted: the fsync of a
        // commit must not stand between the ring and the screen.
        QTimer::singleShot(0, this, [this] {
            report(m_recorder->flush());
            Q_EMIT recordChanged();
        });
        Q_EMIT callerCardChanged();
        break;
    case State::Connected:
        if (previous == State::Ringing) {
            report(m_recorder->answered(m_tracker.answeredAt(), m_tracker.ringsAtAnswer()));
            m_states->callAnswered();
        } else if (previous == State::OnHold) {
            report(m_recorder->resumed(m_clock.now()));
        }
        break;
    case State::OnHold:
        report(m_recorder->held(m_clock.now()));
        break;
    case State::Idle:
        break; // onFinished follows with how it ended
    }
}

void CallSession::onRingStarted(int ring)
{
    if (ring <= m_options.ringNoAnswerRings || m_tracker.state() != CallTracker::State::Ringing)
        return;
    // Ring-no-answer: the call goes back to the line, the agent to Not Ready.
    m_recorder->markRingNoAnswer();
    report(m_tracker.hangUp());
    m_states->ringNoAnswer();
}

void CallSession::onFinished(const CallTracker::Summary& summary)
{
    if (std::exchange(m_declining, false))
        return;
    report(m_recorder->ended(m_clock.now(), summary.endedBy, summary.failure));
    m_states->callEnded(summary.answered);
    if (summary.outgoing && m_recorder->last())
        Q_EMIT outgoingEnded(*m_recorder->last());
    // The wrap-up finishes the call with its caller's card in sight (forms opened now are filled from it).
    if (m_states->state() != AgentState::WrapUp)
        m_card.reset();
    Q_EMIT callerCardChanged();
    Q_EMIT recordChanged();
}

Result<QString> CallSession::dial(const QString& number, const CallRecorder::Dial& dial)
{
    if (Status s = Permissions::require(m_agent, Action::TakeCalls); !s)
        return s.error();
    if (const QString why = unfinishedCall(); !why.isEmpty())
        return Error::data(why, QStringLiteral("outcome"));
    if (number.trimmed().isEmpty())
        return Error::data(tr("Enter the number to call."), QStringLiteral("number"));
    auto e164 = PhoneNumber::normalize(number);
    if (!e164)
        return Error::data(tr("“%1” is not a phone number: type it as 138 1234 5678, 0372-2661234 or +86 ….")
                               .arg(number.trimmed()),
                           QStringLiteral("number"));
    if (auto listed = m_customers->findByPhone(e164.value()); listed) {
        for (const Customer& c : *listed)
            if (c.doNotCall)
                return Error::refused(
                    tr("%1 asked not to be called: %2 is on the do-not-call list, so nothing was dialled.")
                        .arg(c.name, PhoneNumber::display(e164.value())));
    }
    if (!m_tracker.line().canDial())
        return Error::usage(tr("This line cannot place calls: %1.").arg(m_tracker.line().displayName()));
    // The tracker refuses a second call while one is on the line.
    m_pendingDial = dial;
    auto placed = m_tracker.dial(e164.value());
    m_pendingDial = {};
    return placed;
}

Status CallSession::finishCall(std::optional<Category> category, CallOutcome outcome)
{
    if (Status s = Permissions::require(m_agent, Action::WriteForms); !s)
        return s;
    if (outcome == CallOutcome::None)
        return Error::data(tr("Choose how the call ended: solved on the phone, a form, a consultation, a "
                              "complaint, a wrong number or a silent or nuisance call."),
                           QStringLiteral("outcome"));
    if (!CallOutcomes::isRealCall(outcome))
        category.reset(); // a wrong number or a nuisance call is no call of any category
    else if (!category)
        return Error::data(tr("Choose the call's category: technical quality, service, sales or other."),
                           QStringLiteral("category"));
    if (Status s = m_recorder->classify(category, outcome); !s)
        return s;
    Q_EMIT recordChanged();
    return {};
}

std::optional<Call> CallSession::callInHand() const
{
    if (const std::optional<Call>& onLine = m_recorder->current())
        return onLine;
    // In wrap-up the call is still the agent's: the one that just ended, with its caller's card.
    if (m_states->state() == AgentState::WrapUp)
        return m_recorder->last();
    return std::nullopt;
}

CallSession::Finish CallSession::suggestedFinish() const
{
    Finish f;
    const std::optional<Call> call = callInHand();
    if (!call || call->meta.id.isEmpty())
        return f;
    f.category = call->category;
    f.outcome = call->outcome;
    if (auto forms = ProblemFormRepository(m_db, m_clock).forCall(call->meta.id);
        forms && !forms->isEmpty()) {
        for (const ProblemForm& form : *forms)
            f.opened << form.number;
        if (!f.category)
            f.category = forms->constFirst().category;
        if (f.outcome == CallOutcome::None)
            f.outcome = CallOutcome::Form;
    }
    return f;
}

QString CallSession::unfinishedCall() const
{
    if (m_agent.isNobody() || m_states->state() != AgentState::WrapUp)
        return {};
    const std::optional<Call>& last = m_recorder->last();
    // A call the agent placed is finished on the record it served (the callback, the complaint).
    if (!last || !last->answered() || last->outgoing() || last->outcome != CallOutcome::None)
        return {};
    return tr("Finish the call first: choose its category and how it ended.");
}

Result<Customer> CallSession::addCustomer(Customer customer)
{
    if (Status s = Permissions::require(m_agent, Action::WriteForms); !s)
        return s.error();
    auto stored = m_customers->insert(customer, m_agent.stamp());
    if (!stored)
        return stored.error();
    if (m_tracker.hasCall()) {
        report(m_recorder->setCustomer(stored->meta.id));
        lookUp(m_tracker.callerNumber());
        Q_EMIT callerCardChanged();
    }
    return stored;
}

Result<Customer> CallSession::correctCustomer(Customer customer)
{
    auto saved = CustomerService(m_db, m_clock).save(m_agent, std::move(customer));
    if (!saved)
        return saved.error();
    if (m_card) {
        lookUp(m_card->number);
        Q_EMIT callerCardChanged();
    }
    return saved;
}

Status CallSession::saveNotes(const QString& text)
{
    (void)m_recorder->flush(); // a call still ringing is written first, so the notes have a record to go on
    return m_recorder->setSummary(text);
}

QString CallSession::callId() const
{
    if (m_recorder->current())
        return m_recorder->current()->meta.id;
    return m_recorder->last() ? m_recorder->last()->meta.id : QString();
}

Result<MyDayFigures> CallSession::myDay() const
{
    if (Status s = Permissions::require(m_agent, Action::ReadLiveRecords); !s)
        return s.error();
    return m_myDay->today(m_agent.userId);
}

} // namespace threerings
