// Ctrl+G's search (RecordFinder): a form by its number or the start of it, a complaint by its number or its
// handling report's, the records of a caller's phone in any spelling; a trainee finds nothing real.

#include "FormsWorld.h"
#include "core/forms/ComplaintWorkflow.h"
#include "core/forms/ProblemFormWorkflow.h"
#include "core/forms/RecordFinder.h"

using namespace threerings;
using namespace threerings::test;

namespace {

QStringList referencesOf(const QList<FoundRecord>& found)
{
    QStringList refs;
    for (const FoundRecord& r : found)
        refs << r.reference;
    return refs;
}

} // namespace

TEST_CASE("Ctrl+G finds a form, a complaint and a report by number, and a caller's records by phone")
{
    FormsWorld w;
    ProblemFormWorkflow forms(*w.t.db, w.t.clock, w.calendar);
    ComplaintWorkflow complaints(*w.t.db, w.t.clock, w.calendar);
    w.t.clock.set(beijing(2026, 11, 24, 9, 0));
    const ProblemForm first =
        acceptedForm(forms, w.agent, QStringLiteral("陈先生"), QStringLiteral("13812345678"));
    w.t.clock.set(beijing(2026, 11, 24, 10, 0));
    const ProblemForm second =
        acceptedForm(forms, w.agent, QStringLiteral("赵女士"), QStringLiteral("13900001111"));
    const ProblemForm other =
        acceptedForm(forms, w.agent2, QStringLiteral("孙先生"), QStringLiteral("13700002222"));
    Complaint c;
    c.matter = QStringLiteral("工程师迟到三天");
    c.contactPerson = QStringLiteral("陈先生");
    c.contactMethod = QStringLiteral("13812345678");
    auto complaint = complaints.registerComplaint(w.agent, c);
    REQUIRE(complaint);
    ComplaintReport r;
    r.handlingMethod = QStringLiteral("道歉并重新派工");
    auto report = complaints.report(w.supervisor, complaint->meta.id, r);
    REQUIRE(report);

    RecordFinder finder(*w.t.db, w.t.clock);
    SECTION("a whole form number opens that form; its start lists the agent's day, newest first")
    {
        auto one = finder.find(w.agent, QStringLiteral("  ") + first.number + QStringLiteral(" "));
        REQUIRE(one);
        REQUIRE(one->size() == 1);
        CHECK(one->at(0).kind == RecordKind::ProblemForm);
        CHECK(one->at(0).id == first.meta.id);
        CHECK(one->at(0).who == QStringLiteral("陈先生"));
        CHECK(RecordFinder::stateLabel(one->at(0)) == FormStateNames::label(FormState::Accepted));

        auto day = finder.find(w.agent, QStringLiteral("20261124-1001"));
        REQUIRE(day);
        CHECK(referencesOf(*day) == QStringList{second.number, first.number});
        CHECK_FALSE(referencesOf(*day).contains(other.number));
    }
    SECTION("a complaint by its number in any case, and by its report's number")
    {
        auto byNo = finder.find(w.agent, complaint->no.toLower());
        REQUIRE(byNo);
        REQUIRE(byNo->size() == 1);
        CHECK(byNo->at(0).kind == RecordKind::Complaint);
        CHECK(byNo->at(0).id == complaint->meta.id);
        CHECK(RecordFinder::stateLabel(byNo->at(0)) == Complaint::stateLabel(ComplaintState::Handled));

        auto byReport = finder.find(w.supervisor, report->no);
        REQUIRE(byReport);
        REQUIRE(byReport->size() == 1);
        CHECK(byReport->at(0).id == complaint->meta.id);
        CHECK(byReport->at(0).reference == report->no);
    }
    SECTION("a phone in any spelling finds the caller's form and complaint")
    {
        for (const QString& spelling : {QStringLiteral("138 1234 5678"), QStringLiteral("+86 138-1234-5678"),
                                        QStringLiteral("13812345678")}) {
            auto found = finder.find(w.agent, spelling);
            REQUIRE(found);
            QStringList refs = referencesOf(*found);
            refs.sort();
            QStringList expected{first.number, complaint->no};
            expected.sort();
            CHECK(refs == expected);
        }
    }
    SECTION("what matches nothing is an empty list; an empty search names the field and what to type")
    {
        auto none = finder.find(w.agent, QStringLiteral("20991231-9999-001"));
        REQUIRE(none);
        CHECK(none->isEmpty());
        // LIKE's wildcards match only themselves.
        auto wild = finder.find(w.agent, QStringLiteral("%"));
        REQUIRE(wild);
        CHECK(wild->isEmpty());
        auto empty = finder.find(w.agent, QStringLiteral("   "));
        REQUIRE_FALSE(empty);
        CHECK(empty.error().kind == Error::Kind::Data);
        CHECK(empty.error().field == QStringLiteral("find"));
    }
}

TEST_CASE("a trainee, or nobody, finds no real record with Ctrl+G")
{
    FormsWorld w;
    ProblemFormWorkflow forms(*w.t.db, w.t.clock, w.calendar);
    w.t.clock.set(beijing(2026, 11, 24, 9, 0));
    const ProblemForm form =
        acceptedForm(forms, w.agent, QStringLiteral("陈先生"), QStringLiteral("13812345678"));
    const Actor trainee = w.person(QStringLiteral("6001"), QStringLiteral("孙丽"), QStringLiteral("trainee"),
                                   w.service.meta.id);
    RecordFinder finder(*w.t.db, w.t.clock);
    for (const Actor& who : {trainee, Actor{}}) {
        auto found = finder.find(who, form.number);
        REQUIRE_FALSE(found);
        CHECK(found.error().kind == Error::Kind::Refused);
    }
}
