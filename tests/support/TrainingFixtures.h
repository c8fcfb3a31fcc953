#pragma once

#include "core/training/Scenario.h"
#include "core/words/ScriptCondition.h"
#include "core/words/ScriptRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace threerings::test {

// A trainee who does everything right in `scenario` answered at `ring`: every step the call needs said
// in the script's words, each trap answered with its first expected words, two standard phrases, the form
// as expected. `drop` leaves a step out; `extra` is one more line said after the purpose step.
inline QByteArray perfectAnswers(const Scenario& scenario, const Script& incoming, int ring,
                                 const QString& drop = {}, const QString& extra = {})
{
    ScriptRunner runner(incoming, {{QStringLiteral("answered_after_ring"), ring},
                                   {QStringLiteral("unit_name"), QStringLiteral("800")},
                                   {QStringLiteral("job_number"), QStringLiteral("5001")},
                                   {QStringLiteral("caller_name"), scenario.personaName},
                                   {QStringLiteral("fault"), scenario.problem},
                                   {QStringLiteral("department"), QStringLiteral("technical")}});
    const bool zh = scenario.language == QLatin1String("zh_CN");
    QJsonArray actions;
    for (const ScriptStep& step : runner.steps()) {
        if (step.id == drop)
            continue;
        if (!step.required && step.id == QLatin1String("lookup") && scenario.lineFor(step.id).isEmpty())
            continue;
        if (!step.required && step.id == QLatin1String("record_transfer") && !scenario.expected.transfer)
            continue;
        QString words = runner.render(step);
        if (step.id == QLatin1String("closing"))
            words += zh ? QStringLiteral("再见!") : QStringLiteral(" Goodbye.");
        actions.append(QJsonObject{{QStringLiteral("say"), words}, {QStringLiteral("step"), step.id}});
        for (const ScenarioTrap& t : scenario.traps) {
            if (t.atStep == step.id)
                actions.append(QJsonObject{{QStringLiteral("say"), t.expect.constFirst()}});
        }
        if (step.id == QLatin1String("purpose") && !extra.isEmpty())
            actions.append(QJsonObject{{QStringLiteral("say"), extra}});
        if (step.id == QLatin1String("classify")) {
            actions.append(QJsonObject{
                {QStringLiteral("form"),
                 QJsonObject{{QStringLiteral("category"), scenario.expected.category},
                             {QStringLiteral("customer_name"), scenario.expected.customerName},
                             {QStringLiteral("phone"), scenario.expected.phone},
                             {QStringLiteral("outlet"), scenario.expected.outlet},
                             {QStringLiteral("description"),
                              QString(scenario.problem + QLatin1Char(' ') +
                                      scenario.expected.descriptionKeywords.join(QLatin1Char(' ')))},
                             {QStringLiteral("transfer"), scenario.expected.transfer}}}});
        }
    }
    actions.append(QJsonObject{{QStringLiteral("end"), QStringLiteral("trainee")}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("answer_at_ring"), ring}, {QStringLiteral("actions"), actions}})
        .toJson();
}

inline Script incomingScript(const QString& language)
{
    const auto shipped = Script::shipped(language).value();
    for (const Script& s : shipped) {
        if (s.key == QLatin1String("incoming"))
            return s;
    }
    return {};
}

} // namespace threerings::test
