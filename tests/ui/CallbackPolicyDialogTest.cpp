// Admin ▸ Callback policy…: an admin switches to sampling with a share per outlet kind; anyone else is
// refused and nothing changes.
#include "ui/admin/CallbackPolicyDialog.h"

#include "../unit/FormsWorld.h"
#include "ConsoleCore.h"
#include "core/site/Defaults.h"
#include "ui/forms/FormServices.h"

#include <QRadioButton>
#include <QSpinBox>

using namespace threerings;
using namespace threerings::test;

TEST_CASE("the callback policy dialog saves all / sample and a share per outlet kind for admins only")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    const Actor admin = w.person(QStringLiteral("9001"), QStringLiteral("管理员"), QStringLiteral("admin"),
                                 w.service.meta.id);
    ConsoleCore core(*w.t.db, w.t.clock);
    ui::FormServices services(*w.t.db, w.t.clock, w.calendar, core.guard, [admin] { return admin; });
    REQUIRE(services.callbacks().policy().mode == CallbackPolicy::Mode::All);

    SECTION("an admin")
    {
        ui::CallbackPolicyDialog dialog(services.callbacks(), admin);
        CHECK(dialog.findChild<QRadioButton*>(QStringLiteral("policyAll"))->isChecked());
        CHECK_FALSE(dialog.shareBox(QStringLiteral("dealer"))->isEnabled());
        dialog.findChild<QRadioButton*>(QStringLiteral("policySample"))->setChecked(true);
        CHECK(dialog.shareBox(QStringLiteral("dealer"))->isEnabled());
        dialog.shareBox(QStringLiteral("dealer"))->setValue(30);
        dialog.shareBox(QStringLiteral("repair_center"))->setValue(50);
        dialog.accept();
        INFO(dialog.errorText().toStdString());
        CHECK(dialog.result() == QDialog::Accepted);
        const CallbackPolicy saved = services.callbacks().policy();
        CHECK(saved.mode == CallbackPolicy::Mode::Sample);
        CHECK(saved.shares.value(QStringLiteral("dealer")) == 30);
        CHECK(saved.shares.value(QStringLiteral("repair_center")) == 50);

        // Reopened, it shows what was saved.
        ui::CallbackPolicyDialog again(services.callbacks(), admin);
        CHECK(again.findChild<QRadioButton*>(QStringLiteral("policySample"))->isChecked());
        CHECK(again.shareBox(QStringLiteral("dealer"))->value() == 30);
    }
    SECTION("an agent is refused and nothing changes")
    {
        ui::CallbackPolicyDialog dialog(services.callbacks(), w.agent);
        dialog.findChild<QRadioButton*>(QStringLiteral("policySample"))->setChecked(true);
        dialog.accept();
        CHECK_FALSE(dialog.errorText().isEmpty());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(services.callbacks().policy().mode == CallbackPolicy::Mode::All);
    }
}

TEST_CASE("the callback policy dialog offers the ranges of the table of settings")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    const Actor admin = w.person(QStringLiteral("9001"), QStringLiteral("管理员"), QStringLiteral("admin"),
                                 w.service.meta.id);
    ConsoleCore core(*w.t.db, w.t.clock);
    ui::FormServices services(*w.t.db, w.t.clock, w.calendar, core.guard, [admin] { return admin; });
    ui::CallbackPolicyDialog dialog(services.callbacks(), admin);
    const auto range = [&dialog](const QString& name) {
        auto* box = dialog.findChild<QSpinBox*>(name);
        REQUIRE(box);
        return std::pair(box->minimum(), box->maximum());
    };
    CHECK(range(QStringLiteral("retryHours")) ==
          std::pair(Setting::CallbackRetryHours.entry.min, Setting::CallbackRetryHours.entry.max));
    CHECK(range(QStringLiteral("maxAttempts")) ==
          std::pair(Setting::CallbackMaxAttempts.entry.min, Setting::CallbackMaxAttempts.entry.max));
    CHECK(range(QStringLiteral("share_default")) ==
          std::pair(Setting::CallbackDefaultShare.entry.min, Setting::CallbackDefaultShare.entry.max));
    for (const QString& kind : Setting::CallbackShare.members())
        CHECK(range(QStringLiteral("share_") + kind) ==
              std::pair(Setting::CallbackShare.entry.min, Setting::CallbackShare.entry.max));
}
