// Ctrl+G through the real main window: a form number typed and Enter opens the form beside the call; a
// caller's phone lists their records and Enter opens the chosen one; nothing found says what to type.
#include "../unit/FormsWorld.h"
#include "ConsoleCore.h"
#include "core/calls/CallSession.h"
#include "core/calls/SimulatedLine.h"
#include "core/forms/ComplaintWorkflow.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/site/Defaults.h"
#include "ui/forms/ComplaintView.h"
#include "ui/forms/FindRecordDialog.h"
#include "ui/forms/FormDesk.h"
#include "ui/forms/ProblemFormView.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace threerings;
using namespace threerings::test;

namespace {

qint64 lowest(qint64 lo, qint64)
{
    return lo;
}

ui::FindRecordDialog* findDialog(QWidget& window)
{
    ui::FindRecordDialog* dialog = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<ui::FindRecordDialog*>(top); d && d->isVisible() && d->parent() == &window)
            dialog = d;
    return dialog;
}

} // namespace

TEST_CASE("Ctrl+G opens a form by its number, and a caller's records by their phone")
{
    FormsWorld w;
    REQUIRE(Defaults::ensure(*w.t.db, w.t.clock));
    w.t.clock.set(beijing(2026, 11, 24, 9, 0));
    ProblemFormWorkflow forms(*w.t.db, w.t.clock, w.calendar);
    const ProblemForm form = acceptedForm(forms, w.agent);
    w.t.clock.set(beijing(2026, 11, 24, 9, 30));
    Complaint c;
    c.matter = QStringLiteral("工程师迟到三天");
    c.contactPerson = QStringLiteral("陈先生");
    c.contactMethod = QStringLiteral("13812345678");
    auto complaint = ComplaintWorkflow(*w.t.db, w.t.clock, w.calendar).registerComplaint(w.agent, c);
    REQUIRE(complaint);

    SimulatedLine line(w.t.clock, SimulatedLine::Behaviour{60'000, 60'000, 0, 0}, lowest);
    test::ConsoleCore core(*w.t.db, w.t.clock);
    ui::MainWindow window(*w.t.db, w.t.clock, line, core.services());
    REQUIRE(window.callSession().start(w.agent));
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::FormDesk* desk = window.formDesk();

    // Ctrl+G, the number, Enter: the form opens in the form area, and the dialog goes.
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
    QPointer<ui::FindRecordDialog> dialog = findDialog(window);
    REQUIRE(dialog);
    auto* text = dialog->findChild<QLineEdit*>(QStringLiteral("findRecordText"));
    REQUIRE(text);
    CHECK(dialog->focusWidget() == text);
    QTest::keyClicks(text, form.number);
    QTest::keyClick(text, Qt::Key_Return);
    QCoreApplication::processEvents();
    auto* opened = qobject_cast<ui::ProblemFormView*>(desk->formArea()->currentWidget());
    REQUIRE(opened);
    CHECK(opened->form().meta.id == form.meta.id);
    CHECK(desk->formArea()->isVisible());
    CHECK(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, 5000));

    // The phone as the caller says it: their form and their complaint, newest first; Enter opens the one.
    dialog = desk->findRecord();
    REQUIRE(dialog);
    text = dialog->findChild<QLineEdit*>(QStringLiteral("findRecordText"));
    text->clear();
    QTest::keyClicks(text, QStringLiteral("138 1234 5678"));
    QTest::keyClick(text, Qt::Key_Return);
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("findRecordResults"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(1) == complaint->no);
    CHECK(list->topLevelItem(1)->text(1) == form.number);
    CHECK(dialog->focusWidget() == list);
    QTest::keyClick(list, Qt::Key_Return);
    QCoreApplication::processEvents();
    auto* complaintView = qobject_cast<ui::ComplaintView*>(desk->formArea()->currentWidget());
    REQUIRE(complaintView);

    // Nothing found: the dialog stays and says what to type.
    dialog = desk->findRecord(QStringLiteral("20991231-9999-001"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->results().isEmpty());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("findRecordMessage"))
              ->text()
              .contains(QStringLiteral("20991231-9999-001")));
    dialog->close();
}
