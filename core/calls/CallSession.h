#pragma once

#include "core/auth/Actor.h"
#include "core/calls/CallRecorder.h"
#include "core/calls/CallTracker.h"
#include "core/calls/MyDayFigures.h"
#include "core/model/CallerCard.h"
#include "core/settings/Settings.h"

#include <QObject>
#include <memory>
#include <optional>

namespace threerings {

class AgentStateRepository;
class AgentStates;
class CallRepository;
class Clock;
class CustomerRepository;
class Database;
class MyDayQueries;
class ScreenPopQueries;
class SettingsReader;
class SettingsRepository;

// Taking calls at one console: ties the call on the line (CallTracker) to its record (CallRecorder), the
// agent's state (AgentStates) and the screen pop (ScreenPopQueries). When a call rings it looks the caller up
// and saves the call at once; answering puts the agent On call, the end puts them in Wrap-up; a call that
// rings past the ring-no-answer limit is declined, recorded as not answered by this agent, and the agent goes
// Not Ready. Only a Ready agent is offered calls: the line hears when the agent is available, and the
// console declines a call that still arrives while the agent is not Ready.
class CallSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Declined when the ring after these starts (ring 7 by default: 30 s with China's cadence).
        int ringNoAnswerRings = Setting::RingNoAnswerRings.defaultValue();
        qint64 wrapUpMs = Setting::WrapUpSeconds.defaultValue() * 1000LL;
        // Whether an agent signs in Ready; Not Ready (signed in) by default.
        bool startReady = Setting::AgentStartReady.defaultValue();
        // Setting::RingNoAnswerRings, WrapUpSeconds and AgentStartReady; the defaults when unset or bad.
        static Options fromSettings(const SettingsReader& settings);
    };

    CallSession(Database& db, const Clock& clock, CallTracker& tracker, Options options,
                QObject* parent = nullptr);
    ~CallSession() override;

    // The agent at the console (nobody: states change but are not stored). Closes the calls and the state
    // stretches a killed console left open, and starts the agent Ready.
    Status start(const Actor& agent);
    // The agent leaves the console: the current state stretch is closed.
    void stop();
    // The agent signed out: stop(), and the console acts for nobody until the next start(); the caller's
    // card of the one who left is dropped.
    void signOut();

    const Actor& agent() const { return m_agent; }
    const Options& options() const { return m_options; }
    AgentStates& states() const { return *m_states; }
    const CallRecorder& recorder() const { return *m_recorder; }
    // The ringing or connected caller's card; empty while idle.
    const std::optional<CallerCard>& callerCard() const { return m_card; }
    // The device the caller is calling about (one of the card's; empty: none of them).
    void chooseDevice(const QString& deviceId);
    // Saves an unknown caller as a new customer (needs WriteForms), attaches them to the call on the line
    // and refreshes the card.
    Result<Customer> addCustomer(Customer customer);
    // Saves the agent's corrections to the caller's record (needs WriteCustomers; at the revision the card
    // read) and refreshes the card.
    Result<Customer> correctCustomer(Customer customer);
    // The agent's own figures of today (needs ReadLiveRecords: a trainee has no live calls to count).
    Result<MyDayFigures> myDay() const;
    // Saves the agent's notes on the call on the line, or on the call that just ended (calls.summary).
    Status saveNotes(const QString& text);
    // Places a call (issue 19) to `number` as typed or stored, for what `dial` says. Needs TakeCalls; refused
    // with nothing dialled when the number is no phone number (field "number"), a call is on the line, the
    // last call is not finished or the line cannot dial. Returns the line's id of the call.
    Result<QString> dial(const QString& number, const CallRecorder::Dial& dial);
    // The stored id of the call on the line, else of the last call; empty before the first is saved.
    QString callId() const;

    // The call the agent is busy with: the one on the line, or in wrap-up the one that just ended; forms
    // opened now belong to it.
    std::optional<Call> callInHand() const;
    // Wrap-up: the agent finishes the call with its category (技术质量/服务/销售/其它; none for a wrong
    // number or a nuisance call) and outcome, on the call that just ended (or the one on the line). Needs
    // WriteForms.
    Status finishCall(std::optional<Category> category, CallOutcome outcome);
    // What the wrap-up suggests: the category and outcome of the problem form opened on the call, if any.
    struct Finish
    {
        std::optional<Category> category;
        CallOutcome outcome = CallOutcome::None;
        QStringList opened; // the numbers of the problem forms opened on the call
    };
    Finish suggestedFinish() const;
    // Why the agent may not go Ready yet (the answered call in wrap-up is not finished); empty when they may.
    QString unfinishedCall() const;

Q_SIGNALS:
    // The card of the ringing caller is ready (or was cleared when the line went idle).
    void callerCardChanged();
    // The call record was written; "My day" may have moved.
    void recordChanged();
    // Something could not be saved or was refused; the text is for the status bar.
    void problem(const QString& message);
    // A call the console placed ended: its record as stored (purpose, record, dial result).
    void outgoingEnded(const threerings::Call& call);

private:
    void onStateChanged(CallTracker::State state);
    void onRingStarted(int ring);
    void onFinished(const CallTracker::Summary& summary);
    void report(const Status& s);
    void lookUp(const QString& number);

    Database& m_db;
    const Clock& m_clock;
    CallTracker& m_tracker;
    Options m_options;
    Actor m_agent;
    std::unique_ptr<CallRepository> m_calls;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<ScreenPopQueries> m_pop;
    std::unique_ptr<AgentStateRepository> m_stateRepo;
    std::unique_ptr<MyDayQueries> m_myDay;
    std::unique_ptr<CallRecorder> m_recorder;
    std::unique_ptr<AgentStates> m_states;
    std::optional<CallerCard> m_card;
    CallTracker::State m_previous = CallTracker::State::Idle;
    bool m_declining = false;
    CallRecorder::Dial m_pendingDial;
};

} // namespace threerings
