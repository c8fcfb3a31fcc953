// Scripts never show a raw placeholder (issue 18): every shipped script, in every language, renders with
// nothing known about the call and with everything known, and no {placeholder} is left.
#include "core/calls/CallScript.h"
#include "core/words/Script.h"

#include <catch2/catch.hpp>

using namespace threerings;

namespace {

// Every sentence of the script, rendered with `context`.
QStringList sentences(const Script& script, const QVariantMap& context)
{
    QStringList out;
    for (const ScriptStep& step : script.steps) {
        out << Script::render(step.words, context, script.language);
        for (const ScriptStep::Branch& b : step.branches)
            out << Script::render(b.words, context, script.language);
    }
    return out;
}

} // namespace

TEST_CASE("every shipped script renders without a raw placeholder, with the call known or not")
{
    QVariantMap known;
    for (const QString& name : Script::placeholders())
        known.insert(name, QStringLiteral("«%1»").arg(name));
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        auto scripts = Script::shipped(language);
        REQUIRE(scripts.ok());
        REQUIRE_FALSE(scripts->isEmpty());
        int placeholders = 0;
        for (const Script& script : *scripts) {
            INFO(script.key.toStdString() + " " + language.toStdString());
            for (const ScriptStep& step : script.steps)
                placeholders += int(step.words.count(QLatin1Char('{')));
            for (const QString& s : sentences(script, {})) {
                INFO(s.toStdString());
                CHECK_FALSE(s.contains(QLatin1Char('{')));
                CHECK_FALSE(s.contains(QLatin1Char('}')));
            }
            for (const QString& s : sentences(script, known)) {
                CHECK_FALSE(s.contains(QLatin1Char('{')));
                CHECK_FALSE(s.contains(QLatin1String("〔")));
            }
        }
        CHECK(placeholders > 0); // the test renders real placeholders
    }
}

TEST_CASE("an unfilled placeholder becomes what the agent says, in the script's language")
{
    const QString restate = QStringLiteral("{caller_name},我跟您确认一下:{fault},对吗?");
    const QString empty = Script::render(restate, {}, QStringLiteral("zh_CN"));
    CHECK(empty == QStringLiteral("先生/女士,我跟您确认一下:〔用一句话复述来电人的问题〕,对吗?"));
    const QString filled =
        Script::render(restate,
                       {{QStringLiteral("caller_name"), QStringLiteral("李先生")},
                        {QStringLiteral("fault"),
                         CallScript::faultFrom(QStringLiteral("硬盘录像机不开机。昨天还好\n第二行"))}},
                       QStringLiteral("zh_CN"));
    CHECK(filled == QStringLiteral("李先生,我跟您确认一下:硬盘录像机不开机,对吗?"));
    CHECK(Script::render(QStringLiteral("Let me confirm: {fault}?"), {}, QStringLiteral("en")) ==
          QStringLiteral("Let me confirm: [the caller's problem, in one sentence]?"));
    CHECK(CallScript::faultFrom(QString(80, QLatin1Char('x'))).size() == 60);
}
