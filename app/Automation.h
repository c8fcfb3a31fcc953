#pragma once

// The console's test, demo and screenshot hooks. Compiled only into a build configured with
// -DTHREERINGS_WITH_AUTOMATION=ON (the test builds of scripts/test.sh, scripts/screenshot.sh); the package
// is built without it and reads none of these variables.
#if !THREERINGS_WITH_AUTOMATION
#error "app/Automation is built only with -DTHREERINGS_WITH_AUTOMATION=ON"
#endif

#include "core/util/Result.h"
#include "ui/shell/ConsoleOptions.h"

#include <QString>
#include <optional>

namespace threerings {
class AccountService;
class Session;
struct SipConfig;
namespace ui {
class MainWindow;
}
} // namespace threerings

namespace threerings::app {

// The hooks' values, read once from the environment when the console starts (fromEnvironment) and handed
// to the console (app/Gui), which gives the views and core plain options; nothing else reads them.
struct Automation
{
    // THREERINGS_USER and THREERINGS_PASSWORD sign in without a dialog; on a database without accounts they
    // create that admin, named THREERINGS_NAME (default "Admin").
    QString user;
    QString password;
    QString name;
    // THREERINGS_OPEN=my-work|callbacks|problem-form[:NUMBER]|supervisor[:KIND]|… opens a view of
    // ui/ViewCatalog once the window shows (screenshots; for any role).
    QString open;
    // THREERINGS_TEST_TYPE="field=text" types into the form THREERINGS_OPEN opened.
    QString typeIntoForm;
    // THREERINGS_AUTO_ANSWER=1 answers every call at ring THREERINGS_AUTO_ANSWER_RING (default 1); 0: off.
    int autoAnswerRing = 0;
    // THREERINGS_EXIT_WHEN_READY=1: once the window has painted, print "ready rss=…" and quit (benchmarks).
    bool exitWhenReady = false;
    // THREERINGS_SIMULATE=1 as --simulate; THREERINGS_LINE=sip as --sip.
    bool simulate = false;
    bool sipLine = false;
    // THREERINGS_FIRST_CALL_MS: the simulated line's first call after this many ms.
    std::optional<qint64> firstCallMs;
    // THREERINGS_SITE_CONFIG=FILE: the site file applied at start instead of the system-wide ones.
    QString siteConfig;
    // THREERINGS_NO_SOUND, THREERINGS_GUIDE_DIR, THREERINGS_PRACTICE_RING_MS,
    // THREERINGS_PRACTICE_ANSWER_RING, THREERINGS_PRACTICE_ANSWERS, THREERINGS_PRACTICE_DRAFT.
    ui::ConsoleOptions view;
    // The SIP line in tests and headless runs: THREERINGS_SIP_LISTEN, THREERINGS_SIP_PORT,
    // THREERINGS_SIP_NULL_AUDIO=1, THREERINGS_SIP_DATA_DIR, THREERINGS_SIP_NO_RTP_TIMEOUT,
    // THREERINGS_SIP_RECORD=0|1, THREERINGS_SIP_DEBUG=1.
    std::optional<QString> sipListen;
    std::optional<int> sipPort;
    bool sipNullAudio = false;
    std::optional<QString> sipDataDir;
    std::optional<int> sipNoRtpTimeoutS;
    std::optional<bool> sipRecord;
    bool sipDebug = false;

    static Automation fromEnvironment();

    // Signs in as user/password: nullopt when they are not set or do not sign in (the dialogs then ask); an
    // error when the first admin could not be created.
    std::optional<Status> signIn(AccountService& accounts, Session& session, bool hasAccounts) const;
    // Opens, types and answers as asked, and quits when ready, once the window shows.
    void windowShown(ui::MainWindow& window) const;
#ifdef THREERINGS_WITH_SIP
    // The sip* values over the settings' ones.
    void applyTo(SipConfig& config) const;
#endif
};

} // namespace threerings::app
