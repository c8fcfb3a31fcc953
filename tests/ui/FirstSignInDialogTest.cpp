// A person imported without a password: the admin gives them a first sign-in code in Admin ▸ Accounts…, and
// they sign in with it and choose their own password in the sign-in dialog.
#include "TestSupport.h"
#include "core/auth/AuthService.h"
#include "core/auth/Session.h"
#include "core/auth/UserRepository.h"
#include "core/site/Defaults.h"
#include "ui/admin/AccountsDialog.h"
#include "ui/shell/SignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

void type(QWidget& dialog, const char* field, const QString& text)
{
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(field));
    REQUIRE(edit);
    edit->setText(text);
}

void press(QWidget& dialog)
{
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
}

} // namespace

TEST_CASE("an imported person signs in with the admin's code and chooses their password in the dialog")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    const PasswordHasher cheap{PasswordHasher::cheapest()};
    AccountService accounts(*t.db, t.clock, cheap);
    User first;
    first.jobNumber = QStringLiteral("9001");
    first.name = QStringLiteral("赵磊");
    first.roles = {Role::Admin};
    REQUIRE(accounts.addPerson({}, first, QStringLiteral("admin-pass-1")));
    AuthService auth(*t.db, t.clock, cheap);
    const Actor admin = auth.signIn(QStringLiteral("9001"), QStringLiteral("admin-pass-1")).value();
    User imported;
    imported.jobNumber = QStringLiteral("1001");
    imported.name = QStringLiteral("王芳");
    imported.roles = {Role::Agent};
    REQUIRE(UserRepository(*t.db, t.clock).insert(imported, admin.stamp()));

    QString code;
    {
        ui::AccountsDialog dialog(accounts, admin);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("accounts"));
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QStringLiteral("1001"))
                row = r;
        REQUIRE(row >= 0);
        CHECK(table->item(row, 4)->text().contains(QStringLiteral("no password")));
        table->selectRow(row);
        auto* issue = dialog.findChild<QPushButton*>(QStringLiteral("issueCode"));
        REQUIRE(issue);
        CHECK(issue->isEnabled());
        code = dialog.issueCode(QStringLiteral("1001")).code;
        REQUIRE_FALSE(code.isEmpty());
        CHECK(dialog.lastMessage().contains(QStringLiteral("valid until")));
        CHECK(table->item(row, 4)->text().contains(QStringLiteral("first sign-in")));
        // Not for themselves: the admin's own row offers no code.
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == QStringLiteral("9001"))
                table->selectRow(r);
        CHECK_FALSE(issue->isEnabled());
    }

    Session session(auth);
    ui::SignInDialog dialog(session, ui::SignInDialog::Mode::SignIn);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* fresh = dialog.findChild<QLineEdit*>(QStringLiteral("newPassword"));
    REQUIRE(fresh);
    CHECK_FALSE(fresh->isVisible());
    type(dialog, "jobNumber", QStringLiteral("1001"));
    type(dialog, "password", code.toLower());
    press(dialog);
    CHECK(session.state() == Session::State::SignedOut);
    CHECK(fresh->isVisible());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("choosePasswordNote"))
              ->text()
              .contains(QStringLiteral("王芳")));

    type(dialog, "newPassword", QStringLiteral("wang-fang-2026"));
    type(dialog, "newPasswordAgain", QStringLiteral("wang-fang-2062"));
    press(dialog);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("signInError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("differ")));
    CHECK(session.state() == Session::State::SignedOut);

    type(dialog, "newPassword", QStringLiteral("short"));
    type(dialog, "newPasswordAgain", QStringLiteral("short"));
    press(dialog);
    CHECK(error->text().contains(QStringLiteral("at least 8")));
    CHECK(fresh->isVisible());

    type(dialog, "newPassword", QStringLiteral("wang-fang-2026"));
    type(dialog, "newPasswordAgain", QStringLiteral("wang-fang-2026"));
    press(dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(session.state() == Session::State::Active);
    CHECK(session.actor().jobNumber == QStringLiteral("1001"));
    session.signOut();
    CHECK_FALSE(session.signIn(QStringLiteral("1001"), code));
    CHECK(session.signIn(QStringLiteral("1001"), QStringLiteral("wang-fang-2026")).ok());
}
