// Notifications in the console, offscreen: a form transferred to a handler shows in the handler's My work
// dock; opening it opens the form and marks the notification read.
#include "../unit/FormsWorld.h"
#include "ConsoleCore.h"
#include "core/calls/AgentStates.h"
#include "core/calls/CallSession.h"
#include "core/calls/SimulatedLine.h"
#include "core/forms/NotificationRepository.h"
#include "core/site/Defaults.h"
#include "ui/forms/FormDesk.h"
#include "ui/forms/FormServices.h"
#include "ui/forms/NotificationsView.h"
#include "ui/forms/ProblemFormView.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace threerings;
using namespace threerings::test;

TEST_CASE("a form transferred to a handler is listed in the handler's notifications, and opening it marks it "
          "read and opens the form")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    QString formId;
    test::ConsoleCore core(*w.t.db, w.t.clock);
    {
        ui::FormServices agentSide(*w.t.db, w.t.clock, w.calendar, core.guard, [&w] { return w.agent; });
        ProblemForm f;
        f.agentId = w.agent.userId;
        f.category = Category::Technical;
        f.customerName = QStringLiteral("陈先生");
        f.phoneMobile = QStringLiteral("13812345678");
        f.description = QStringLiteral("ATM 吞卡");
        auto form = agentSide.forms().accept(w.agent, f);
        REQUIRE(form);
        REQUIRE(agentSide.forms().transfer(w.agent, form->meta.id, w.handler.userId));
        formId = form->meta.id;
    }
    NotificationRepository repo(*w.t.db, w.t.clock);
    REQUIRE(repo.unreadFor(w.handler.userId)->size() == 1);

    SimulatedLine line(w.t.clock);
    ui::MainWindow window(*w.t.db, w.t.clock, line, core.services());
    REQUIRE(window.callSession().start(w.handler));
    ui::FormDesk* desk = window.formDesk();
    REQUIRE(desk);
    desk->refreshWork();
    ui::NotificationsView* view = desk->notifications();
    REQUIRE(view);
    REQUIRE(view->items().size() == 1);
    CHECK(view->items().at(0).recordId == formId);
    QListWidget* list = view->list();
    REQUIRE(list->count() == 1);
    CHECK(view->findChild<QLabel*>(QStringLiteral("notificationsSummary"))
              ->text()
              .contains(QStringLiteral("1")));

    // Enter opens the form and marks the notification read.
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(repo.unreadFor(w.handler.userId)->isEmpty());
    CHECK(view->items().isEmpty());
    CHECK(list->count() == 0);
    ui::ProblemFormView* opened = nullptr;
    for (ui::FormPage* p : desk->openViews())
        if (auto* v = qobject_cast<ui::ProblemFormView*>(p))
            opened = v;
    REQUIRE(opened);
    CHECK(opened->form().meta.id == formId);

    // The agent who transferred it has none.
    REQUIRE(window.callSession().start(w.agent));
    REQUIRE(window.callSession().states().setReady()); // agents sign in Not Ready
    desk->refreshWork();
    CHECK(view->items().isEmpty());
}
