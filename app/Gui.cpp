#include "app/Gui.h"

#if THREERINGS_WITH_AUTOMATION
#include "app/Automation.h"
#endif

#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/Session.h"
#include "core/calendar/CalendarService.h"
#include "core/calls/DemoNumbers.h"
#include "core/calls/SimulatedLine.h"
#include "core/db/DailyBackupJob.h"
#include "core/db/Database.h"
#include "core/db/IntegrityCheckJob.h"
#include "core/site/Defaults.h"
#include "core/site/SiteConfig.h"
#include "core/sync/TeamSignIn.h"
#include "core/training/TrainingService.h"
#include "core/util/Clock.h"
#include "core/words/PhraseGuard.h"
#include "core/words/WordsService.h"
#include "ui/forms/FormDesk.h"
#include "ui/shell/ConsoleOptions.h"
#include "ui/shell/FirstAdminDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"

#ifdef THREERINGS_WITH_SIP
#include "core/settings/SettingsReader.h"
#include "core/sip/SipLine.h"
#include "ui/sip/SipConsoleHooks.h"
#include "ui/sip/SipKeychain.h"
#endif

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QStandardPaths>
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

// How the console starts: the command line's choices, where the site file is looked for, and the views'
// options. The package takes them from the command line alone; a build with the test hooks also lets
// app/Automation change them (it is read once, in runGui).
struct StartOptions
{
    QString dbPath;        // --db FILE, else the default database in the user's data folder
    bool simulate = false; // --simulate: pretend callers on the simulated line
    bool sipLine = false;  // --sip: the SIP line, whatever the setting line.kind says
    qint64 firstCallMs = simulatedFirstCallMs;
    QStringList sitePaths = SiteConfig::systemPaths();
    ui::ConsoleOptions view;
#if THREERINGS_WITH_AUTOMATION
    const Automation* automation = nullptr;
#endif

    static StartOptions fromArguments(const QStringList& args)
    {
        StartOptions o;
        for (int i = 1; i < args.size() && o.dbPath.isEmpty(); ++i) {
            if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
                o.dbPath = args.at(i + 1);
            else if (args.at(i).startsWith(QLatin1String("--db=")))
                o.dbPath = args.at(i).mid(5);
        }
        if (o.dbPath.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dir);
            o.dbPath = QDir(dir).filePath(QStringLiteral("threerings.sqlite"));
        }
        o.simulate = args.contains(QLatin1String("--simulate"));
        o.sipLine = args.contains(QLatin1String("--sip"));
        return o;
    }
};

#ifdef THREERINGS_WITH_SIP
// The real phone line: --sip or the setting line.kind=sip, and not --simulate. Nullptr for the simulated one.
std::unique_ptr<SipLine> sipLineFrom(const StartOptions& options, Database& db, const Clock& clock)
{
    SipConfig config = SipConfig::fromSettings(*SettingsReader::open(db, clock));
    if (!(options.sipLine || config.useSipLine) || options.simulate)
        return nullptr;
    if (config.registerAccount) {
        auto password = ui::SipKeychain::password(config.identity());
        if (password)
            config.password = *password;
        else
            std::fprintf(stderr, "%s\n", qPrintable(password.error().message));
    }
#if THREERINGS_WITH_AUTOMATION
    if (options.automation)
        options.automation->applyTo(config);
#endif
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
                                                      const Clock& clock, const QStringList& sitePaths)
{
    auto db = Database::open(path, mode, Database::Checks::Deferred);
    if (!db)
        return db.error();
    if (Status s = Defaults::ensure(**db, clock); !s)
        return s.error();
    // The room's site file (/etc/xdg/ThreeRings/site.json, %ProgramData%\ThreeRings\site.json), when it
    // is newer than the one this database last took. A bad file is reported and changes nothing.
    if (auto applied = SiteConfig(**db, clock).applySystemFile(sitePaths); !applied)
        QMessageBox::warning(nullptr,
                             QApplication::translate("Gui", "The site configuration was not applied"),
                             applied.error().message);
    return db;
}

// Signs someone in to `session` before the console shows. The first start on a database without
// accounts creates the admin. Returns false when the person gave up.
bool signIn(Database& db, const Clock& clock, Session& session, const StartOptions& options)
{
    AccountService accounts(db, clock);
    auto any = accounts.hasAccounts();
    if (!any) {
        QMessageBox::critical(nullptr, openFailedTitle(), any.error().message);
        return false;
    }
#if THREERINGS_WITH_AUTOMATION
    // scripts/screenshot.sh and the console's tests sign in without a dialog.
    if (options.automation)
        if (auto done = options.automation->signIn(accounts, session, *any)) {
            if (!*done)
                QMessageBox::critical(nullptr, openFailedTitle(), done->error().message);
            return done->ok();
        }
#else
    Q_UNUSED(options)
#endif
    // A console of a team signs in the team's people, even before any of them has an account here.
    if (!*any && !TeamSignIn::available(db)) {
        ui::FirstAdminDialog first(accounts);
        if (first.exec() != QDialog::Accepted)
            return false;
        return session.signIn(first.jobNumber(), first.password()).ok();
    }
    ui::SignInDialog dialog(session, ui::SignInDialog::Mode::SignIn);
    return dialog.exec() == QDialog::Accepted;
}

// The core services of one console on one database: one PhraseGuard, and the services the views reach the
// data through.
struct Services
{
    Services(Database& db, const Clock& clock)
        : guard(db, clock, {WordsService::consoleLanguage()}), words(db, clock, guard), calendar(db, clock),
          training(db, clock, words)
    {}
    ui::ConsoleServices console() { return {guard, words, calendar, training}; }

    PhraseGuard guard;
    WordsService words;
    CalendarService calendar;
    TrainingService training;
};

// Owns the database and the window on it, and swaps both when the agent opens another file. The new file is
// opened first, so a file that cannot be opened leaves the console as it was.
class Console
{
public:
    Console(const Clock& clock, Line& line, SipLine* sip, const StartOptions& options)
        : m_clock(clock), m_line(line), m_sip(sip), m_options(options)
    {}

    // Signs someone in to `db` and shows its console; false (and nothing changed) when nobody signed in.
    bool show(std::unique_ptr<Database> db)
    {
        auto auth = std::make_unique<AuthService>(*db, m_clock);
        auto session = std::make_unique<Session>(*auth);
        // In a team the server is asked too: a person new to this console signs in with the password they
        // have at the others, and an account switched off there is refused here.
        session->setSignInRoute([d = db.get(), a = auth.get(), s = session.get(),
                                 &clock = m_clock](const QString& jobNumber, const QString& password) {
            TeamSignIn team(*d, clock);
            auto actor = team.signIn(*a, jobNumber, password);
            s->setNotice(team.warning());
            return actor;
        });
        session->setEnrolRoute(
            [d = db.get(), a = auth.get(), s = session.get(),
             &clock = m_clock](const QString& jobNumber, const QString& code, const QString& newPassword) {
                TeamSignIn team(*d, clock);
                auto actor = team.enrol(*a, jobNumber, code, newPassword);
                s->setNotice(team.warning());
                return actor;
            });
        if (!signIn(*db, m_clock, *session, m_options))
            return false;
        // The console's core services, built once per database and handed down to the views.
        auto services = std::make_unique<Services>(*db, m_clock);
        auto window = std::make_unique<ui::MainWindow>(*db, m_clock, m_line, services->console(), *session,
                                                       m_options.view);
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
        bool offerSetup = true;
#if THREERINGS_WITH_AUTOMATION
        if (m_options.automation)
            m_options.automation->windowShown(*window);
        // A console the hooks signed in shows what they open (THREERINGS_OPEN=first-start for the
        // walk-through), so screenshots and tests of a new file see the console itself.
        offerSetup = !m_options.automation || m_options.automation->user.isEmpty();
#endif
        // A new hotline walks its admin through the set-up until it is done (core/site/HotlineSetup).
        if (offerSetup)
            (void)window->offerFirstStart();
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
        std::unique_ptr<Services> oldServices = std::exchange(m_services, std::move(services));
        if (oldWindow) {
            oldWindow->hide();
            // Deleted later: the request came from a slot of this window.
            oldWindow.release()->deleteLater();
            // The old window still points at these until it is gone; they end with the console.
            m_retiredSessions.push_back(std::move(oldSession));
            m_retiredServices.push_back(std::move(oldServices));
            m_retiredAuth.push_back(std::move(oldAuth));
            m_retired.push_back(std::move(oldDb));
        }
        return true;
    }

private:
    void switchTo(const QString& path)
    {
        auto db = openConsoleDatabase(path, Database::Open::MustExist, m_clock, m_options.sitePaths);
        if (!db) {
            QMessageBox::warning(m_window.get(), openFailedTitle(), db.error().message);
            return;
        }
        (void)show(std::move(db).value());
    }

    const Clock& m_clock;
    Line& m_line;
    SipLine* m_sip = nullptr;
    const StartOptions& m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<ui::MainWindow> m_window;
    std::vector<std::unique_ptr<Session>> m_retiredSessions;
    std::vector<std::unique_ptr<AuthService>> m_retiredAuth;
    // Databases of replaced windows, closed when the console ends (after their windows are gone).
    std::vector<std::unique_ptr<Database>> m_retired;
    // Declared after the databases so they end before them.
    std::vector<std::unique_ptr<Services>> m_retiredServices;
};

} // namespace

int runGui(const QStringList& arguments, const Clock& clock)
{
    StartOptions options = StartOptions::fromArguments(arguments);
#if THREERINGS_WITH_AUTOMATION
    // The test, demo and screenshot hooks, read once here (app/Automation).
    const Automation automation = Automation::fromEnvironment();
    options.automation = &automation;
    options.simulate = options.simulate || automation.simulate;
    options.sipLine = options.sipLine || automation.sipLine;
    options.firstCallMs = automation.firstCallMs.value_or(options.firstCallMs);
    if (!automation.siteConfig.isEmpty())
        options.sitePaths = {automation.siteConfig};
    options.view = automation.view;
#endif
    auto db = openConsoleDatabase(options.dbPath, Database::Open::CreateIfMissing, clock, options.sitePaths);
    if (!db) {
        QMessageBox::critical(nullptr, openFailedTitle(), db.error().message);
        return 4;
    }

    SimulatedLine line(clock);
    Line* active = &line;
    SipLine* sip = nullptr;
#ifdef THREERINGS_WITH_SIP
    std::unique_ptr<SipLine> sipLine = sipLineFrom(options, **db, clock);
    sip = sipLine.get();
    if (sip)
        active = sip;
#endif
    if (options.simulate)
        line.startSchedule(simulatedLineNumbers(**db, clock), simulatedIntervalMs, options.firstCallMs);

    Console console(clock, *active, sip, options);
    if (!console.show(std::move(db).value()))
        return 0; // nobody signed in
    return QApplication::exec();
}

} // namespace threerings::app
