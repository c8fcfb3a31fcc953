#include "app/Automation.h"

#include "core/auth/AccountService.h"
#include "core/auth/Session.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallSession.h"
#include "core/calls/CallTracker.h"
#include "ui/forms/FormDesk.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ViewCatalog.h"

#ifdef THREERINGS_WITH_SIP
#include "core/sip/SipConfig.h"
#endif

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace threerings::app {

namespace {

// The one place the hooks are read.
QString text(const char* name)
{
    return qEnvironmentVariable(name);
}

bool flag(const char* name)
{
    return qEnvironmentVariableIntValue(name) == 1;
}

std::optional<int> number(const char* name)
{
    if (!qEnvironmentVariableIsSet(name))
        return std::nullopt;
    return qEnvironmentVariableIntValue(name);
}

std::optional<QString> optionalText(const char* name)
{
    if (!qEnvironmentVariableIsSet(name))
        return std::nullopt;
    return qEnvironmentVariable(name);
}

// Once the window has painted: the resident memory as the kernel counts it (Linux only; other systems say
// "unknown"), then quit.
void exitWhenPainted()
{
    QTimer::singleShot(0, qApp, [] {
        QApplication::processEvents();
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->isVisible())
                w->repaint();
        QByteArray rss = "unknown";
#ifdef Q_OS_LINUX
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray& l : status.readAll().split('\n'))
                if (l.startsWith("VmRSS:"))
                    rss = l.mid(6).trimmed();
#endif
        std::printf("ready rss=%s\n", rss.constData());
        std::fflush(stdout);
        QApplication::exit(0);
    });
}

} // namespace

Automation Automation::fromEnvironment()
{
    Automation a;
    a.user = text("THREERINGS_USER");
    a.password = text("THREERINGS_PASSWORD");
    a.name = text("THREERINGS_NAME");
    a.open = text("THREERINGS_OPEN");
    a.typeIntoForm = text("THREERINGS_TEST_TYPE");
    if (flag("THREERINGS_AUTO_ANSWER"))
        a.autoAnswerRing = std::max(1, number("THREERINGS_AUTO_ANSWER_RING").value_or(1));
    a.exitWhenReady = flag("THREERINGS_EXIT_WHEN_READY");
    const QString simulate = text("THREERINGS_SIMULATE");
    a.simulate = !simulate.isEmpty() && simulate != QLatin1String("0");
    a.sipLine = text("THREERINGS_LINE") == QLatin1String("sip");
    if (const auto ms = number("THREERINGS_FIRST_CALL_MS"))
        a.firstCallMs = *ms;
    a.siteConfig = text("THREERINGS_SITE_CONFIG");

    a.view.silent = qEnvironmentVariableIsSet("THREERINGS_NO_SOUND");
    a.view.guideDir = text("THREERINGS_GUIDE_DIR");
    a.view.practice.ringMs = std::max(0, number("THREERINGS_PRACTICE_RING_MS").value_or(0));
    a.view.practice.answerAtRing = std::max(0, number("THREERINGS_PRACTICE_ANSWER_RING").value_or(0));
    a.view.practice.answersFile = text("THREERINGS_PRACTICE_ANSWERS");
    a.view.practice.draft = text("THREERINGS_PRACTICE_DRAFT");

    a.sipListen = optionalText("THREERINGS_SIP_LISTEN");
    a.sipPort = number("THREERINGS_SIP_PORT");
    a.sipNullAudio = flag("THREERINGS_SIP_NULL_AUDIO");
    a.sipDataDir = optionalText("THREERINGS_SIP_DATA_DIR");
    a.sipNoRtpTimeoutS = number("THREERINGS_SIP_NO_RTP_TIMEOUT");
    if (const auto record = number("THREERINGS_SIP_RECORD"))
        a.sipRecord = *record == 1;
    a.sipDebug = flag("THREERINGS_SIP_DEBUG");
    return a;
}

std::optional<Status> Automation::signIn(AccountService& accounts, Session& session, bool hasAccounts) const
{
    if (user.isEmpty() || password.isEmpty())
        return std::nullopt;
    if (!hasAccounts) {
        User admin;
        admin.jobNumber = user;
        admin.name = name.isEmpty() ? QStringLiteral("Admin") : name;
        admin.roles = {Role::Admin};
        if (auto added = accounts.addPerson(Actor::systemActor(), admin, password); !added)
            return Status(added.error());
        if (auto signedIn = session.signIn(user, password); !signedIn)
            return Status(signedIn.error());
        return Status();
    }
    if (session.signIn(user, password))
        return Status();
    return std::nullopt;
}

void Automation::windowShown(ui::MainWindow& window) const
{
    // The names are those of ui/ViewCatalog (the guides' views); an unknown name is said on stderr.
    if (!open.isEmpty() && !ui::ViewCatalog::open(window, open))
        std::fprintf(stderr, "threerings: THREERINGS_OPEN=%s names no view\n", qPrintable(open));
    // The killed-console draft test: the autosave writes the typed draft a few seconds later.
    if (!typeIntoForm.isEmpty())
        (void)window.formDesk()->typeIntoOpenForm(typeIntoForm);
    // Agents sign in Not Ready; a console with pretend callers or hands-free answering puts its agent at
    // the phone.
    if (simulate || autoAnswerRing > 0)
        if (Status ready = window.callSession().states().setReady(); !ready)
            std::fprintf(stderr, "threerings: not Ready for the pretend callers: %s\n",
                         qPrintable(ready.error().message));
    // A hands-free demo, the tests that kill a console mid-call, screenshots of a call answered late.
    if (autoAnswerRing > 0) {
        QObject::connect(&window.callTracker(), &CallTracker::ringStarted, &window,
                         [w = &window, atRing = autoAnswerRing](int ring) {
                             if (ring >= atRing)
                                 QTimer::singleShot(0, w, [w] {
                                     if (w->callTracker().state() == CallTracker::State::Ringing)
                                         (void)w->callTracker().answer();
                                 });
                         });
    }
    if (exitWhenReady)
        exitWhenPainted();
}

#ifdef THREERINGS_WITH_SIP
void Automation::applyTo(SipConfig& config) const
{
    if (sipListen)
        config.listenAddress = *sipListen;
    if (sipPort)
        config.port = *sipPort;
    if (sipNullAudio)
        config.nullAudio = true;
    if (sipDataDir)
        config.dataDir = *sipDataDir;
    if (sipNoRtpTimeoutS)
        config.noRtpTimeoutS = *sipNoRtpTimeoutS;
    if (sipRecord)
        config.recordCalls = *sipRecord;
    if (sipDebug)
        config.debugLog = true;
}
#endif

} // namespace threerings::app
