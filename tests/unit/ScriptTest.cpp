#include "core/words/Script.h"

#include "TestSupport.h"
#include "core/site/Defaults.h"
#include "core/words/ScriptRepository.h"
#include "core/words/ScriptRunner.h"

#include <catch2/catch.hpp>

using namespace threerings;

namespace {

QVariantMap callData(int rings)
{
    return {{QStringLiteral("answered_after_ring"), rings},
            {QStringLiteral("unit_name"), QStringLiteral("青岛用户服务部")},
            {QStringLiteral("job_number"), QStringLiteral("1024")},
            {QStringLiteral("caller_name"), QStringLiteral("王")},
            {QStringLiteral("device"), QStringLiteral("ATM")},
            {QStringLiteral("engineer_number"), QStringLiteral("37")},
            {QStringLiteral("fault"), QStringLiteral("ATM 吞卡")},
            {QStringLiteral("department"), QStringLiteral("技术支持")},
            {QStringLiteral("repair_day"), QStringLiteral("昨天")}};
}

Script shipped(const QString& key, const QString& language = QStringLiteral("zh_CN"))
{
    const QList<Script> all = Script::shipped(language).value();
    for (const Script& s : all) {
        if (s.key == key)
            return s;
    }
    FAIL("no shipped script " << key.toStdString());
    return {};
}

} // namespace

TEST_CASE("the default incoming script renders with real call data, word for word")
{
    ScriptRunner r(shipped(QStringLiteral("incoming")), callData(2));
    REQUIRE(r.current());
    CHECK(r.current()->id == QStringLiteral("greeting"));
    CHECK(r.render(*r.current()) == QStringLiteral("您好!青岛用户服务部,1024号为您服务"));
    r.advance();
    CHECK(r.render(*r.current()) == QStringLiteral("什么故障?(ATM、APM或安防等)"));
    const Script& s = r.script();
    CHECK(Script::render(s.step(QStringLiteral("lookup"))->words, {}) ==
          QStringLiteral("请稍等,我帮您查找资料"));
    CHECK(r.render(*s.step(QStringLiteral("record_transfer"))) ==
          QStringLiteral("王先生/小姐您好,我把您问题记录下来,转给技术支持部门行吗?"));
    CHECK(s.step(QStringLiteral("closing"))->words ==
          QStringLiteral("谢谢您来电,如果以后有需要,您可以再次拨打800电话,我们随时为您服务。"));
    // A placeholder without a value neither vanishes nor shows raw: it says what to say.
    CHECK(Script::render(QStringLiteral("您好!{unit_name}"), {}, QStringLiteral("zh_CN")) ==
          QStringLiteral("您好!〔本单位名称〕"));
}

TEST_CASE("the apology step appears only after three rings")
{
    for (int rings : {1, 2, 3}) {
        ScriptRunner r(shipped(QStringLiteral("incoming")), callData(rings));
        CHECK(r.current()->id == QStringLiteral("greeting"));
    }
    ScriptRunner late(shipped(QStringLiteral("incoming")), callData(4));
    REQUIRE(late.current()->id == QStringLiteral("apology"));
    CHECK(late.render(*late.current()) == QStringLiteral("对不起,让您久等了"));
    ScriptRunner en(shipped(QStringLiteral("incoming"), QStringLiteral("en")), callData(5));
    CHECK(en.current()->id == QStringLiteral("apology"));
}

TEST_CASE("the callback script branches — not working reopens the form")
{
    ScriptRunner r(shipped(QStringLiteral("callback")), callData(1));
    CHECK(r.render(*r.current()) ==
          QStringLiteral(
              "您好,我是青岛用户服务部,昨天您ATM发生故障,我们37号工程师进行了维修,今天机器运行正常了吗?"));
    const auto branches = r.current()->branches;
    REQUIRE(branches.size() == 2);
    CHECK(r.renderBranch(branches[0]) ==
          QStringLiteral("谢谢您,打搅了,如果以后有需要,您可以再次拨打800电话,我们随时为您服务,再见!"));
    CHECK(r.renderBranch(branches[1]) ==
          QStringLiteral("对不起,给你们添麻烦了,我立即找工程师给您处理这个问题"));
    CHECK_FALSE(r.choose(QStringLiteral("maybe")));
    CHECK(r.choose(QStringLiteral("not_working")));
    CHECK(r.reopensForm());
    CHECK(r.answers().value(QStringLiteral("callback_question")) == QStringLiteral("not_working"));
    CHECK(r.current()->id == QStringLiteral("record"));
}

TEST_CASE("the runner says which required steps were skipped")
{
    ScriptRunner r(shipped(QStringLiteral("incoming")), callData(5));
    r.advance(); // apology
    r.skip();    // greeting, not said
    r.advance(); // purpose
    CHECK(r.upcoming(2).size() == 2);
    while (!r.finished())
        r.advance();
    r.setTicked(QStringLiteral("closing"), false);
    CHECK(r.skippedRequired() == QStringList{QStringLiteral("greeting"), QStringLiteral("closing")});
}

TEST_CASE("a broken script is rejected with line and field, and the old one is kept")
{
    test::TempDb t;
    REQUIRE(Defaults::ensure(*t.db, t.clock));
    ScriptRepository repo(*t.db, t.clock);
    const Actor admin = test::actorWith(QStringLiteral("admin"));
    const QByteArray broken = "{\n"
                              "  \"key\": \"incoming\",\n"
                              "  \"language\": \"zh_CN\",\n"
                              "  \"kind\": \"incoming\",\n"
                              "  \"steps\": [\n"
                              "    {\"id\": \"greeting\", \"words\": \"您好\"},\n"
                              "    {\"id\": \"apology\",\n"
                              "     \"words\": \"对不起\",\n"
                              "     \"condition\": \"rings >>> 3\"}\n"
                              "  ]\n"
                              "}\n";
    auto result = repo.importJson(admin, broken);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.startsWith(QStringLiteral("Line 9, steps[1].condition")));
    CHECK(result.error().field == QStringLiteral("steps[1].condition"));
    CHECK(repo.get(QStringLiteral("incoming"), QStringLiteral("zh_CN"))->steps.size() == 8);

    auto bad = repo.importJson(admin, "{\"key\": \"x\", \"kind\": \"incoming\",\n \"language\": \"zh_CN\", "
                                      "\"steps\": [{\"id\": \"a\", \"words\": \"{nobody}\"}]}");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("{nobody}")));
    CHECK_FALSE(repo.importJson(admin, "{ \"key\": ").ok());
    CHECK(repo.importJson(test::actorWith(QStringLiteral("agent")),
                          Script::toJson({shipped(QStringLiteral("incoming"))}))
              .error()
              .kind == Error::Kind::Refused);

    // A good import replaces the script and reads back.
    Script edited = shipped(QStringLiteral("incoming"));
    edited.steps.removeLast();
    auto ok = repo.importJson(admin, edited.toJson());
    REQUIRE(ok.ok());
    CHECK(repo.get(QStringLiteral("incoming"), QStringLiteral("zh_CN"))->steps.size() == 7);
    auto exported = repo.exportJson(QStringLiteral("zh_CN"));
    REQUIRE(exported.ok());
    CHECK(Script::fromJson(exported.value())->size() == 4);
}

TEST_CASE("a script run stores the skipped steps with the call")
{
    test::TempDb t;
    ScriptRepository repo(*t.db, t.clock);
    ScriptRun run;
    run.scriptKey = QStringLiteral("incoming");
    run.skippedSteps = {QStringLiteral("greeting")};
    run.answers = {{QStringLiteral("callback_question"), QStringLiteral("working")}};
    auto stored = repo.recordRun(run, {});
    REQUIRE(stored.ok());
    CHECK(stored->meta.isStored());
    run.scriptKey.clear();
    CHECK(repo.recordRun(run, {}).error().field == QStringLiteral("script_key"));
}
