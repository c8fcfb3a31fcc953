#include "core/report/Exporter.h"

#include "TestSupport.h"
#include "core/auth/UserRepository.h"
#include "core/calls/CallRepository.h"
#include "core/customers/CustomerRepository.h"
#include "core/customers/OutletRepository.h"
#include "core/forms/CallbackRepository.h"
#include "core/forms/ComplaintRepository.h"
#include "core/forms/ConsultationRepository.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/forms/RatingRepository.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace threerings;

namespace {

// Two days of hotline work: the 25th and the 26th of November 2026 (Beijing time).
void fill(test::TempDb& t)
{
    UserRepository users(*t.db, t.clock);
    User u;
    u.jobNumber = QStringLiteral("1007");
    u.name = QStringLiteral("刘敏");
    const QString agent = users.insert(u, {})->meta.id;
    OutletRepository outlets(*t.db, t.clock);
    Outlet o;
    o.code = QStringLiteral("QD01");
    o.name = QStringLiteral("青岛, \"市南\" 维修中心");
    const QString outlet = outlets.insert(o, agent)->meta.id;
    CustomerRepository customers(*t.db, t.clock);
    CallRepository calls(*t.db, t.clock);
    ProblemFormRepository forms(*t.db, t.clock);
    ConsultationRepository consultations(*t.db, t.clock);
    CallbackRepository callbacks(*t.db, t.clock);
    ComplaintRepository complaints(*t.db, t.clock);
    RatingRepository ratings(*t.db, t.clock);

    for (int day : {25, 26}) {
        t.clock.set(test::beijing(2026, 11, day, 23, 30)); // late evening: UTC is still on the same day
        Customer c;
        c.name = QStringLiteral("客户%1").arg(day);
        c.phoneMobile = QStringLiteral("1381234%1").arg(day * 100 + 1, 4, 10, QLatin1Char('0'));
        c.outletId = outlet;
        c.notes = QStringLiteral("line one\nline two");
        const QString customer = customers.insert(c, agent)->meta.id;
        for (int i = 0; i < 3; ++i) {
            Call call;
            call.agentId = agent;
            call.customerId = customer;
            call.ringAt = t.clock.now();
            if (i < 2)
                call.answeredAt = t.clock.now().addSecs(5);
            else
                call.abandoned = true;
            call.category = i == 0 ? Category::Technical : Category::Sales;
            REQUIRE(calls.insert(call, agent).ok());
        }
        ProblemForm f;
        f.agentId = agent;
        f.category = Category::Technical;
        f.customerName = c.name;
        f.phoneMobile = c.phoneMobile;
        f.outletId = outlet;
        f.description = QStringLiteral("ATM 吞卡");
        auto form = forms.create(f, agent);
        REQUIRE(form.ok());
        Consultation cs;
        cs.agentId = agent;
        cs.description = QStringLiteral("问");
        REQUIRE(consultations.insert(cs, agent).ok());
        CallbackRecord cb;
        cb.formId = form->meta.id;
        cb.formNumber = form->number;
        cb.dueOn = QDate(2026, 11, day + 1);
        cb.callbackAgentId = agent;
        REQUIRE(callbacks.insert(cb, agent).ok());
        Complaint cp;
        cp.no = QStringLiteral("TS-%1").arg(day);
        cp.matter = QStringLiteral("拖延");
        cp.acceptorId = agent;
        auto complaint = complaints.insert(cp, agent);
        REQUIRE(complaint.ok());
        ComplaintReport rp;
        rp.no = QStringLiteral("HB-%1").arg(day);
        rp.complaintId = complaint->meta.id;
        rp.satisfied = false;
        REQUIRE(complaints.addReport(rp, agent).ok());
        Rating r;
        r.ratedOn = QDate(2026, 11, day);
        r.technicalScore = 150;
        r.attitudeScore = 120;
        r.engineer = QStringLiteral("1007");
        REQUIRE(ratings.insert(r, agent).ok());
    }
}

QStringList exportLines(test::TempDb& t, const QString& kind, Exporter::Format format, QDate from = {},
                        QDate to = {}, const Actor& actor = test::actorWith(QStringLiteral("supervisor")))
{
    Exporter exporter(*t.db);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Exporter::Options o;
    o.actor = actor;
    o.kind = kind;
    o.format = format;
    o.from = from;
    o.to = to;
    auto rows = exporter.run(o, buffer);
    if (!rows)
        FAIL(rows.error().message.toStdString());
    const QString sep = format == Exporter::Format::Csv ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QStringList lines = QString::fromUtf8(buffer.data()).split(sep);
    REQUIRE(lines.last().isEmpty());
    lines.removeLast();
    CHECK(rows.value() == lines.size() - (format == Exporter::Format::Csv ? 1 : 0));
    return lines;
}

} // namespace

TEST_CASE("every kind exports as CSV with its header and as JSON lines with the same keys")
{
    test::TempDb t;
    fill(t);
    const QMap<QString, int> expectedRows{{QStringLiteral("customers"), 2},
                                          {QStringLiteral("calls"), 6},
                                          {QStringLiteral("problem-forms"), 2},
                                          {QStringLiteral("consultations"), 2},
                                          {QStringLiteral("callbacks"), 2},
                                          {QStringLiteral("complaints"), 2},
                                          {QStringLiteral("complaint-reports"), 2},
                                          {QStringLiteral("ratings"), 2},
                                          {QStringLiteral("tally"), 4}};
    CHECK(Exporter::kinds().size() == 10);
    for (const QString& kind : Exporter::kinds()) {
        INFO(kind.toStdString());
        const QStringList columns = Exporter::columns(kind);
        REQUIRE_FALSE(columns.isEmpty());
        const QStringList csv = exportLines(t, kind, Exporter::Format::Csv);
        CHECK(csv.first() == columns.join(QLatin1Char(',')));
        const QStringList json = exportLines(t, kind, Exporter::Format::Json);
        if (expectedRows.contains(kind))
            CHECK(json.size() == expectedRows.value(kind));
        for (const QString& line : json) {
            QJsonParseError err;
            const QJsonObject obj = QJsonDocument::fromJson(line.toUtf8(), &err).object();
            REQUIRE(err.error == QJsonParseError::NoError);
            CHECK(QStringList(obj.keys()).size() == columns.size());
            for (const QString& c : columns)
                CHECK(obj.contains(c));
        }
    }
}

TEST_CASE("exports name the people and places, quote CSV properly and keep JSON types")
{
    test::TempDb t;
    fill(t);
    const QStringList forms = exportLines(t, QStringLiteral("problem-forms"), Exporter::Format::Csv);
    CHECK(forms.first().startsWith(
        QStringLiteral("number,category,state,accepted_at,agent_job_number,agent_name")));
    CHECK(forms.at(1).startsWith(
        QStringLiteral("20261125-1007-001,technical,accepted,2026-11-25T23:30:00+08:00,1007,刘敏,")));
    CHECK(forms.at(1).contains(QStringLiteral(",\"青岛, \"\"市南\"\" 维修中心\",")));

    const QString customers =
        exportLines(t, QStringLiteral("customers"), Exporter::Format::Csv).join(QLatin1Char('|'));
    CHECK(customers.contains(QStringLiteral("\"line one\nline two\"")));

    const QStringList json = exportLines(t, QStringLiteral("complaint-reports"), Exporter::Format::Json);
    const QJsonObject report = QJsonDocument::fromJson(json.first().toUtf8()).object();
    CHECK(report.value(QStringLiteral("complaint_no")).toString() == QStringLiteral("TS-25"));
    CHECK(report.value(QStringLiteral("satisfied")).isBool());
    CHECK(report.value(QStringLiteral("round")).toInt() == 1);
    CHECK(report.value(QStringLiteral("handled_at")).isNull());

    const QStringList tally = exportLines(t, QStringLiteral("tally"), Exporter::Format::Csv);
    CHECK(tally == QStringList{QStringLiteral("day,agent_job_number,agent_name,category,handled_calls"),
                               QStringLiteral("2026-11-25,1007,刘敏,sales,1"),
                               QStringLiteral("2026-11-25,1007,刘敏,technical,1"),
                               QStringLiteral("2026-11-26,1007,刘敏,sales,1"),
                               QStringLiteral("2026-11-26,1007,刘敏,technical,1")});

    const QStringList audit = exportLines(t, QStringLiteral("audit"), Exporter::Format::Json);
    const QJsonObject first = QJsonDocument::fromJson(audit.first().toUtf8()).object();
    CHECK(first.value(QStringLiteral("seq")).toInt() == 1);
    CHECK(first.value(QStringLiteral("table")).toString() == QStringLiteral("users"));
    CHECK(first.value(QStringLiteral("op")).toString() == QStringLiteral("insert"));
    CHECK(first.value(QStringLiteral("new_value"))
              .toString()
              .contains(QStringLiteral("\"job_number\":\"1007\"")));
    const QJsonObject second = QJsonDocument::fromJson(audit.at(1).toUtf8()).object();
    CHECK(second.value(QStringLiteral("changed_by_job_number")).toString() == QStringLiteral("1007"));
}

TEST_CASE("exports filter on each kind's natural date in Beijing days")
{
    test::TempDb t;
    fill(t);
    const QDate d25(2026, 11, 25), d26(2026, 11, 26), d27(2026, 11, 27);
    const auto rows = [&](const QString& kind, QDate from, QDate to) {
        return exportLines(t, kind, Exporter::Format::Json, from, to).size();
    };
    // 23:30 in Beijing on the 25th is 15:30 UTC: still the 25th, and never the 26th.
    CHECK(rows(QStringLiteral("calls"), d25, d25) == 3);
    CHECK(rows(QStringLiteral("calls"), d26, {}) == 3);
    CHECK(rows(QStringLiteral("calls"), {}, d26) == 6);
    CHECK(rows(QStringLiteral("problem-forms"), d26, d26) == 1);
    CHECK(rows(QStringLiteral("consultations"), d25, d25) == 1);
    CHECK(rows(QStringLiteral("complaints"), d27, {}) == 0);
    CHECK(rows(QStringLiteral("complaint-reports"), d25, d25) == 1);
    CHECK(rows(QStringLiteral("customers"), d26, d26) == 1);
    // callbacks are due the day after: the 26th and the 27th
    CHECK(rows(QStringLiteral("callbacks"), d27, d27) == 1);
    CHECK(rows(QStringLiteral("callbacks"), d25, d25) == 0);
    CHECK(rows(QStringLiteral("ratings"), d25, d26) == 2);
    CHECK(rows(QStringLiteral("tally"), d26, d26) == 2);

    Exporter exporter(*t.db);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Exporter::Options o;
    o.actor = test::actorWith(QStringLiteral("supervisor"));
    o.kind = QStringLiteral("calls");
    o.from = d26;
    o.to = d25;
    CHECK(exporter.run(o, buffer).error().kind == Error::Kind::Usage);
    o.kind = QStringLiteral("nope");
    o.from = o.to = {};
    CHECK(exporter.run(o, buffer).error().message.contains(QStringLiteral("complaint-reports")));
}
