#include "ui/shell/SignInDialog.h"

#include "ConsoleCore.h"
#include "TestSupport.h"
#include "core/auth/AccountService.h"
#include "core/auth/AuthService.h"
#include "core/auth/Session.h"
#include "core/calls/SimulatedLine.h"
#include "core/site/Defaults.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

struct SignedIn
{
    SignedIn()
    {
        REQUIRE(Defaults::ensure(*t.db, t.clock));
        User admin;
        admin.jobNumber = QStringLiteral("9001");
        admin.name = QStringLiteral("Zhao");
        admin.roles = {Role::Admin};
        REQUIRE(accounts.addPerson({}, admin, QStringLiteral("admin-pass-1")));
    }
    test::TempDb t;
    AccountService accounts{*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest())};
    AuthService auth{*t.db, t.clock, PasswordHasher(PasswordHasher::cheapest())};
    Session session{auth};
};

void type(QWidget& dialog, const char* field, const QString& text)
{
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(field));
    REQUIRE(edit);
    edit->setText(text);
}

} // namespace

TEST_CASE("the sign-in dialog signs in on the right password and says what is wrong otherwise")
{
    SignedIn s;
    ui::SignInDialog dialog(s.session, ui::SignInDialog::Mode::SignIn);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->echoMode() == QLineEdit::Password);
    type(dialog, "jobNumber", QStringLiteral("9001"));
    type(dialog, "password", QStringLiteral("wrong-pass"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("signInError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("wrong")));
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
    CHECK(s.session.state() == Session::State::SignedOut);

    type(dialog, "password", QStringLiteral("admin-pass-1"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(s.session.state() == Session::State::Active);
    CHECK(s.session.actor().jobNumber == QStringLiteral("9001"));
}

TEST_CASE("the console names who is signed in and keeps its screen while locked")
{
    SignedIn s;
    REQUIRE(s.session.signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1")));
    SimulatedLine line(s.t.clock);
    test::ConsoleCore core(*s.t.db, s.t.clock);
    ui::MainWindow window(*s.t.db, s.t.clock, line, core.services(), s.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* status = window.findChild<QLabel*>(QStringLiteral("userStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("9001 Zhao")));
    CHECK(status->text().contains(QStringLiteral("signed in")));

    window.lockConsole();
    CHECK(s.session.state() == Session::State::Locked);
    CHECK(status->text().contains(QStringLiteral("locked")));
    CHECK(window.isVisible());
    auto* unlock = window.findChild<ui::SignInDialog*>(QStringLiteral("signInDialog"));
    REQUIRE(unlock);
    CHECK(unlock->findChild<QLineEdit*>(QStringLiteral("jobNumber"))->isReadOnly());
    type(*unlock, "password", QStringLiteral("admin-pass-1"));
    unlock->accept();
    CHECK(s.session.state() == Session::State::Active);
    CHECK(status->text().contains(QStringLiteral("signed in")));
}
