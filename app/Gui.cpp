#include "app/Gui.h"

#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/Session.h"
#include "core/calls/CallTracker.h"
#include "core/calls/DemoNumbers.h"
#include "core/calls/SimulatedLine.h"
#include "core/db/DailyBackupJob.h"
#include "core/db/Database.h"
#include "core/db/IntegrityCheckJob.h"
#include "core/site/Defaults.h"
#include "core/site/SiteConfig.h"
#include "core/util/Clock.h"
#include "ui/forms/FormDesk.h"
#include "ui/shell/FirstAdminDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/ViewCatalog.h"

#ifdef THREERINGS_WITH_SIP
#include "core/settings/SettingsRepository.h"
#include "core/sip/SipLine.h"
#include "ui/sip/SipConsoleHooks.h"
#include "ui/sip/SipKeychain.h"
#endif

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace threerings {
class SipLine;
}

namespace threerings::app {

namespace {

// Seconds between simulated calls, and before the first one so a demo starts ringing soon.
constexpr qint64 simulatedIntervalMs = 20'000;
constexpr qint64 simulatedFirstCallMs = 3'000;

QString dbPathFrom(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--db=")))
            return args.at(i).mid(5);
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("threerings.sqlite"));
}

// --simulate (or THREERINGS_SIMULATE=1) puts pretend callers on the line.
bool simulateFrom(const QStringList& args)
{
    if (args.contains(QLatin1String("--simulate")))
        return true;
    const QByteArray env = qgetenv("THREERINGS_SIMULATE");
    return !env.isEmpty() && env != "0";
}

#ifdef THREERINGS_WITH_SIP
// The real phone line: --sip, THREERINGS_LINE=sip or the setting line.kind=sip (and not --simulate).
std::unique_ptr<SipLine> sipLineFrom(const QStringList& args, Database& db, const Clock& clock)
{
    SettingsRepository settings(db, clock);
    SipConfig config = SipConfig::fromSettings(settings);
    const bool wanted = args.contains(QLatin1String("--sip")) ||
                        qEnvironmentVariable("THREERINGS_LINE") == QLatin1String("sip") || config.useSipLine;
    if (!wanted || simulateFrom(args))
        return nullptr;
    if (config.registerAccount && !qEnvironmentVariableIsSet("THREERINGS_SIP_PASSWORD")) {
        auto password = ui::SipKeychain::read(config.identity());
        if (password)
            config.password = *password;
        else
            std::fprintf(stderr, "%s\n", qPrintable(password.error().message));
    }
    config.applyEnvironment();
    auto line = std::make_unique<SipLine>(config);
    QObject::connect(line.get(), &SipLine::startFailed, line.get(), [](const QString& message) {
        QMessageBox::warning(nullptr, QApplication::translate("Gui", "The phone line did not start"),
                             message);
    });
    line->start();
    // Tells linphone when the network goes and comes back, so it re-registers at once (it also watches the
    // interfaces itself: sip/auto_net_state_mon).
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        QObject::connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
                         line.get(), [l = line.get()](QNetworkInformation::Reachability r) {
                             l->setNetworkReachable(r != QNetworkInformation::Reachability::Disconnected);
                         });
    return line;
}
#endif

// The numbers the pretend callers ring from: mostly the database's own customers, so the demo shows
// known callers, and a few numbers nobody knows yet. The line is set up before anyone signs in: setup
// reads with the system context.
QStringList simulatedLineNumbers(Database& db, const Clock& clock)
{
    return simulatedCallerNumbers(db, clock, Actor::systemActor()).valueOr(demoCallerNumbers().mid(0, 6));
}

QString openFailedTitle()
{
    return QApplication::translate("Gui", "ThreeRings cannot open its database");
}

Result<std::unique_ptr<Database>> openConsoleDatabase(const QString& path, Database::Open mode,
                                                      const Clock& clock)
{
    auto db = Database::open(path, mode, Database::Checks::Deferred);
    if (!db)
        return db.error();
    if (Status s = Defaults::ensure(**db, clock); !s)
        return s.error();
    // The room's site file (/etc/xdg/ThreeRings/site.json, %ProgramData%\ThreeRings\site.json), when it
    // is newer than the one this database last took. A bad file is reported and changes nothing.
    if (auto applied = SiteConfig(**db, clock).applySystemFile(); !applied)
        QMessageBox::warning(nullptr,
                             QApplication::translate("Gui", "The site configuration was not applied"),
                             applied.error().message);
    return db;
}

// Signs someone in to `session` before the console shows. The first start on a database without
// accounts creates the admin. THREERINGS_USER and THREERINGS_PASSWORD sign in without a dialog (for
// scripts/screenshot.sh and GUI tests); on a database without accounts they create that admin
// (named THREERINGS_NAME, or "Admin"). Returns false when the person gave up.
bool signIn(Database& db, const Clock& clock, Session& session)
{
    const QString envUser = qEnvironmentVariable("THREERINGS_USER");
    const QString envPassword = qEnvironmentVariable("THREERINGS_PASSWORD");
    const bool fromEnv = !envUser.isEmpty() && !envPassword.isEmpty();
    AccountService accounts(db, clock);
    auto any = accounts.hasAccounts();
    if (!any) {
        QMessageBox::critical(nullptr, openFailedTitle(), any.error().message);
        return false;
    }
    if (!*any) {
        if (fromEnv) {
            User admin;
            admin.jobNumber = envUser;
            admin.name = qEnvironmentVariable("THREERINGS_NAME", QStringLiteral("Admin"));
            admin.roles = {QStringLiteral("admin")};
            if (auto added = accounts.addPerson({}, admin, envPassword); !added) {
                QMessageBox::critical(nullptr, openFailedTitle(), added.error().message);
                return false;
            }
        } else {
            ui::FirstAdminDialog first(accounts);
            if (first.exec() != QDialog::Accepted)
                return false;
            return session.signIn(first.jobNumber(), first.password()).ok();
        }
    }
    if (fromEnv && session.signIn(envUser, envPassword))
        return true;
    ui::SignInDialog dialog(session, ui::SignInDialog::Mode::SignIn);
    return dialog.exec() == QDialog::Accepted;
}

// Owns the database and the window on it, and swaps both when the agent opens another file. The new file is
// opened first, so a file that cannot be opened leaves the console as it was.
class Console
{
public:
    Console(const Clock& clock, Line& line, SipLine* sip = nullptr) : m_clock(clock), m_line(line), m_sip(sip)
    {}

    // Signs someone in to `db` and shows its console; false (and nothing changed) when nobody signed in.
    bool show(std::unique_ptr<Database> db)
    {
        auto auth = std::make_unique<AuthService>(*db, m_clock);
        auto session = std::make_unique<Session>(*auth);
        if (!signIn(*db, m_clock, *session))
            return false;
        auto window = std::make_unique<ui::MainWindow>(*db, m_clock, m_line, *session);
#ifdef THREERINGS_WITH_SIP
        if (m_sip)
            ui::attachSipLine(*window, *m_sip, *db, m_clock, session.get());
        else // Admin ▸ Phone line… on the simulated line too, so an admin can switch to SIP
            ui::attachPhoneLineSettings(*window, nullptr, *db, m_clock, session.get());
#endif
        QObject::connect(window.get(), &ui::MainWindow::openDatabaseRequested, window.get(),
                         [this](const QString& path) { switchTo(path); });
        if (m_window)
            window->setGeometry(m_window->geometry());
        window->show();
        // THREERINGS_OPEN=my-work|callbacks|problem-form[:NUMBER]|… opens a view at start (screenshots).
        // The names are those of ui/ViewCatalog (the guides' views); an unknown name is said on stderr.
        if (const QString open = qEnvironmentVariable("THREERINGS_OPEN"); !open.isEmpty())
            if (!ui::ViewCatalog::open(*window, open))
                std::fprintf(stderr, "threerings: THREERINGS_OPEN=%s names no view\n", qPrintable(open));
        // THREERINGS_TEST_TYPE="field=text" types into the form THREERINGS_OPEN opened (the killed-console
        // draft test: the autosave then writes the draft a few seconds later).
        if (const QString typed = qEnvironmentVariable("THREERINGS_TEST_TYPE"); !typed.isEmpty())
            (void)window->formDesk()->typeIntoOpenForm(typed);
        // THREERINGS_AUTO_ANSWER=1 answers every call at its first ring: a hands-free demo, and the tests
        // that kill a console mid-call. THREERINGS_AUTO_ANSWER_RING=N waits for ring N instead (screenshots
        // of a call answered late).
        if (qEnvironmentVariableIntValue("THREERINGS_AUTO_ANSWER") == 1) {
            const int atRing = std::max(1, qEnvironmentVariableIntValue("THREERINGS_AUTO_ANSWER_RING"));
            QObject::connect(&window->callTracker(), &CallTracker::ringStarted, window.get(),
                             [w = window.get(), atRing](int ring) {
                                 if (ring >= atRing)
                                     QTimer::singleShot(0, w, [w] {
                                         if (w->callTracker().state() == CallTracker::State::Ringing)
                                             (void)w->callTracker().answer();
                                     });
                             });
        }
        // The file's integrity check runs on a worker now that the window shows (it takes seconds on a
        // million-customer file). A damaged file stops the console at once with where the backups are;
        // a sound one gets the day's backup, also on a worker, so a damaged file never replaces a backup.
        auto* check = new IntegrityCheckJob(db->path(), window.get());
        auto* backup = new DailyBackupJob(db->path(), m_clock, window.get());
        QObject::connect(check, &IntegrityCheckJob::finished, window.get(),
                         [w = window.get(), backup](const QString& problem) {
                             if (problem.isEmpty()) {
                                 backup->start();
                                 return;
                             }
                             QMessageBox::critical(w, openFailedTitle(), problem);
                             QApplication::exit(4);
                         });
        QObject::connect(backup, &DailyBackupJob::finished, window.get(),
                         [w = window.get()](const QString& written, const QString& error) {
                             w->showBackupResult(written, error);
                         });
        check->start();
        std::unique_ptr<ui::MainWindow> oldWindow = std::exchange(m_window, std::move(window));
        std::unique_ptr<Database> oldDb = std::exchange(m_db, std::move(db));
        std::unique_ptr<AuthService> oldAuth = std::exchange(m_auth, std::move(auth));
        std::unique_ptr<Session> oldSession = std::exchange(m_session, std::move(session));
        if (oldWindow) {
            oldWindow->hide();
            // Deleted later: the request came from a slot of this window.
            oldWindow.release()->deleteLater();
            // The old window still points at these until it is gone; they end with the console.
            m_retiredSessions.push_back(std::move(oldSession));
            m_retiredAuth.push_back(std::move(oldAuth));
            m_retired.push_back(std::move(oldDb));
        }
        return true;
    }

private:
    void switchTo(const QString& path)
    {
        auto db = openConsoleDatabase(path, Database::Open::MustExist, m_clock);
        if (!db) {
            QMessageBox::warning(m_window.get(), openFailedTitle(), db.error().message);
            return;
        }
        (void)show(std::move(db).value());
    }

    const Clock& m_clock;
    Line& m_line;
    SipLine* m_sip = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    std::vector<std::unique_ptr<Session>> m_retiredSessions;
    std::vector<std::unique_ptr<AuthService>> m_retiredAuth;
    // Databases of replaced windows, closed when the console ends (after their windows are gone).
    std::vector<std::unique_ptr<Database>> m_retired;
};

} // namespace

int runGui(const QStringList& arguments, const Clock& clock)
{
    auto db = openConsoleDatabase(dbPathFrom(arguments), Database::Open::CreateIfMissing, clock);
    if (!db) {
        QMessageBox::critical(nullptr, openFailedTitle(), db.error().message);
        return 4;
    }

    SimulatedLine line(clock);
    Line* active = &line;
    SipLine* sip = nullptr;
#ifdef THREERINGS_WITH_SIP
    std::unique_ptr<SipLine> sipLine = sipLineFrom(arguments, **db, clock);
    sip = sipLine.get();
    if (sip)
        active = sip;
#endif
    if (simulateFrom(arguments))
        line.startSchedule(simulatedLineNumbers(**db, clock), simulatedIntervalMs,
                           qEnvironmentVariableIsSet("THREERINGS_FIRST_CALL_MS")
                               ? qEnvironmentVariableIntValue("THREERINGS_FIRST_CALL_MS")
                               : simulatedFirstCallMs);

    Console console(clock, *active, sip);
    if (!console.show(std::move(db).value()))
        return 0; // nobody signed in
    // THREERINGS_EXIT_WHEN_READY=1 (benchmarks): once the window has painted, print how long the start took
    // and the resident memory, and quit.
    if (qEnvironmentVariableIntValue("THREERINGS_EXIT_WHEN_READY") == 1)
        QTimer::singleShot(0, qApp, [] {
            QApplication::processEvents();
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->isVisible())
                    w->repaint();
            QByteArray rss = "unknown";
#ifdef Q_OS_LINUX
            // The resident memory as the kernel counts it (Linux only; other systems print "unknown").
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
    return QApplication::exec();
}

} // namespace threerings::app
