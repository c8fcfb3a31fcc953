// Admin ▸ Phone line…: an admin saves the SIP account, codecs and recording; the password never lands in the
// settings; anyone else is refused and nothing changes. Built only with the SIP line.
#ifdef THREERINGS_WITH_SIP

#include "ui/sip/SipSettingsDialog.h"

#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/Session.h"
#include "core/calls/CallRepository.h"
#include "core/calls/SimulatedLine.h"
#include "core/settings/SettingsRepository.h"
#include "core/site/Defaults.h"
#include "ui/shell/MainWindow.h"
#include "ui/sip/CallRecordingsDialog.h"
#include "ui/sip/SipConsoleHooks.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace threerings;
using namespace threerings::test;

namespace {

template <typename W> W* child(QWidget& parent, int index = 0)
{
    const auto all = parent.findChildren<W*>();
    REQUIRE(all.size() > index);
    return all.at(index);
}

// A console on the simulated line, signed in as `role`, with the phone line's admin entry attached as
// app/Gui.cpp does when the console runs without the SIP line.
struct SimulatedConsole
{
    explicit SimulatedConsole(const QString& role)
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        User admin;
        admin.jobNumber = QStringLiteral("9001");
        admin.name = QStringLiteral("Admin");
        admin.roles = {Role::Admin};
        REQUIRE(accounts.addPerson({}, admin, QStringLiteral("line-pass-1")));
        QString job = admin.jobNumber;
        if (role != QLatin1String("admin")) {
            User person;
            person.jobNumber = job = QStringLiteral("1001");
            person.name = QStringLiteral("Agent");
            person.roles = {roleFromText(role)};
            REQUIRE(accounts.addPerson(Actor::systemActor(), person, QStringLiteral("line-pass-1")));
        }
        REQUIRE(session.signIn(job, QStringLiteral("line-pass-1")));
        core = std::make_unique<test::ConsoleCore>(*t.db, t.clock);
        window = std::make_unique<ui::MainWindow>(*t.db, t.clock, line, core->services(), session);
        ui::attachPhoneLineSettings(*window, nullptr, *t.db, t.clock, &session);
    }
    QAction* phoneLineAction() const
    {
        return window->findChild<QAction*>(QStringLiteral("sipSettingsAction"));
    }
    TempDb t;
    AccountService accounts{*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest())};
    AuthService auth{*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest())};
    Session session{auth};
    SimulatedLine line{t.clock};
    std::unique_ptr<test::ConsoleCore> core;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_CASE("An admin on the simulated line switches the console to SIP from Admin menu Phone line", "[sip]")
{
    SimulatedConsole c(QStringLiteral("admin"));
    QAction* action = c.phoneLineAction();
    REQUIRE(action);
    CHECK(action->isVisible());
    REQUIRE(c.window->adminMenu());
    CHECK(c.window->adminMenu()->actions().contains(action));
    CHECK(c.window->adminMenu()->menuAction()->isVisible());

    bool sawDialog = false;
    QTimer::singleShot(0, [&sawDialog] {
        auto* dialog = qobject_cast<ui::SipSettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        auto* now = dialog->findChild<QLabel*>(QStringLiteral("sipLineNow"));
        CHECK((now && now->text().contains(QLatin1String("simulated"))));
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("sipLineKind"));
        REQUIRE(kind);
        CHECK(kind->currentData().toString() == QStringLiteral("simulated"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("sip")));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        if (dialog->isVisible())
            dialog->reject(); // the save failed: the checks below say why
    });
    action->trigger();
    CHECK(sawDialog);
    SettingsRepository settings(*c.t.db, c.t.clock);
    CHECK(settings.get(Setting::LineKind) == QStringLiteral("sip"));
    CHECK(SipConfig::fromSettings(settings).useSipLine);
}

TEST_CASE("Someone not an admin gets no Phone line entry on the simulated line", "[sip]")
{
    SimulatedConsole c(QStringLiteral("supervisor"));
    QAction* action = c.phoneLineAction();
    REQUIRE(action);
    CHECK_FALSE(action->isVisible());
    CHECK_FALSE(SettingsRepository(*c.t.db, c.t.clock).isStored(Setting::LineKind));
}

TEST_CASE("The phone line settings are saved for admins only and keep no password", "[sip]")
{
    TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    SettingsRepository settings(*t.db, t.clock);

    SECTION("an admin saves the account, the codecs and recording")
    {
        const Actor admin = actorWith(QStringLiteral("admin"));
        ui::SipSettingsDialog dialog(*t.db, t.clock, admin, nullptr);
        child<QCheckBox>(dialog, 0)->setChecked(true); // register
        auto edits = dialog.findChildren<QLineEdit*>();
        REQUIRE(edits.size() >= 4);
        edits[0]->setText(QStringLiteral("8001"));            // user
        edits[1]->setText(QStringLiteral("pbx.example.org")); // domain
        auto* transport = child<QComboBox>(dialog, 0);
        transport->setCurrentIndex(transport->findData(QStringLiteral("tls")));
        auto* codecs = child<QListWidget>(dialog);
        for (int i = 0; i < codecs->count(); ++i)
            codecs->item(i)->setCheckState(codecs->item(i)->text() == QLatin1String("PCMA") ? Qt::Checked
                                                                                            : Qt::Unchecked);
        dialog.findChildren<QCheckBox*>().constLast()->setChecked(true);

        const bool saved = dialog.save();
        INFO(dialog.findChild<QLabel*>(QStringLiteral("sipSettingsError"))->text().toStdString());
        REQUIRE(saved);
        const SipConfig c = SipConfig::fromSettings(settings);
        CHECK(c.registerAccount);
        CHECK(c.identity() == QStringLiteral("sip:8001@pbx.example.org"));
        CHECK(c.transport == SipConfig::Transport::Tls);
        CHECK(c.codecs == QStringList{QStringLiteral("PCMA")});
        CHECK(c.recordCalls);
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'sip.%pass%'")) == 0);
    }

    SECTION("an account without a user names the field")
    {
        const Actor admin = actorWith(QStringLiteral("admin"));
        ui::SipSettingsDialog dialog(*t.db, t.clock, admin, nullptr);
        child<QCheckBox>(dialog, 0)->setChecked(true);
        CHECK_FALSE(dialog.save());
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("sipSettingsError"));
        REQUIRE(error);
        CHECK(error->text().contains(QLatin1String("sip.user")));
        CHECK_FALSE(settings.isStored(Setting::SipRegister));
    }

    SECTION("an agent is refused and nothing changes")
    {
        const Actor agent = actorWith(QStringLiteral("agent"));
        ui::SipSettingsDialog dialog(*t.db, t.clock, agent, nullptr);
        dialog.findChildren<QCheckBox*>().constLast()->setChecked(true); // recording
        CHECK_FALSE(dialog.save());
        CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("sipSettingsError"))->text().isEmpty());
        CHECK_FALSE(settings.isStored(Setting::SipRecordCalls));
    }
}

TEST_CASE("Supervisors list the recorded calls and a missing file says so", "[sip]")
{
    TempDb t;
    Call c;
    c.callerNumber = QStringLiteral("13812345678");
    c.ringAt = t.clock.now();
    c.endedAt = c.ringAt.addSecs(40);
    c.hungUpBy = HungUpBy::Caller;
    c.recordingPath = t.dir.filePath(QStringLiteral("gone.wav"));
    REQUIRE(CallRepository(*t.db, t.clock).insert(c, {}));

    ui::CallRecordingsDialog supervisor(*t.db, t.clock, actorWith(QStringLiteral("supervisor")));
    REQUIRE(supervisor.rowCount() == 1);
    CHECK_FALSE(supervisor.play(0));
    CHECK(supervisor.findChild<QLabel*>(QStringLiteral("callRecordingsStatus"))
              ->text()
              .contains(QLatin1String("gone.wav")));

    ui::CallRecordingsDialog agent(*t.db, t.clock, actorWith(QStringLiteral("agent")));
    CHECK(agent.rowCount() == 0);
    CHECK_FALSE(agent.findChild<QLabel*>(QStringLiteral("callRecordingsStatus"))->text().isEmpty());
}

#endif
