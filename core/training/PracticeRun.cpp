#include "core/training/PracticeRun.h"

#include "core/training/PracticeSession.h"
#include "core/util/Clock.h"
#include "core/util/JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace threerings {

Result<PracticeRun::Outcome> PracticeRun::run(const Scenario& scenario, const QByteArray& answersJson,
                                              const Script& incoming, const PhraseList& phrases,
                                              const QVariantMap& context)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answersJson, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::data(tr("Line %1: the answers file is not valid JSON (%2); fix the text there.")
                               .arg(JsonLocator::lineOf(answersJson, parseError.offset))
                               .arg(parseError.errorString()));
    if (!doc.isObject())
        return Error::data(
            tr("Line 1: the answers file is a JSON object {\"answer_at_ring\", \"actions\"}."));
    const JsonLocator where(answersJson);
    auto at = [&where](const QString& path, const QString& message) {
        return Error::data(tr("Line %1, %2: %3").arg(where.line(path)).arg(path, message), path);
    };
    const QJsonObject o = doc.object();
    const int answerAt = o.value(QStringLiteral("answer_at_ring")).toInt(scenario.arrivesAtRing);
    if (answerAt < scenario.arrivesAtRing || answerAt > 12)
        return at(QStringLiteral("answer_at_ring"),
                  tr("answer at ring %1 to 12 (the call reaches the trainee at ring %1).")
                      .arg(scenario.arrivesAtRing));
    if (!o.value(QStringLiteral("actions")).isArray())
        return at(QStringLiteral("actions"), tr("list the trainee's actions as an array."));

    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()));
    QVariantMap facts = context;
    if (!facts.contains(QStringLiteral("unit_name")))
        facts.insert(QStringLiteral("unit_name"), o.value(QStringLiteral("unit_name")).toString());
    if (!facts.contains(QStringLiteral("job_number")))
        facts.insert(QStringLiteral("job_number"), o.value(QStringLiteral("job_number")).toString());
    PracticeSession session(scenario, incoming, phrases, clock, facts);
    session.start();
    while (session.rings() < answerAt) {
        clock.advanceMs(5000);
        (void)session.ring();
    }
    clock.advanceMs(1000);
    if (Status s = session.answer(); !s)
        return s.error();

    const QJsonArray actions = o.value(QStringLiteral("actions")).toArray();
    for (int i = 0; i < actions.size(); ++i) {
        const QString path = QStringLiteral("actions[%1]").arg(i);
        if (!actions[i].isObject())
            return at(path, tr("an action is an object such as {\"say\": \"…\", \"step\": \"greeting\"}."));
        const QJsonObject a = actions[i].toObject();
        const int after = a.value(QStringLiteral("after_seconds")).toInt(10);
        if (after < 0)
            return at(path + QStringLiteral(".after_seconds"), tr("the seconds cannot be negative."));
        clock.advanceMs(qint64(after) * 1000);
        Status done;
        if (a.contains(QStringLiteral("say"))) {
            auto said = session.say(a.value(QStringLiteral("say")).toString(),
                                    a.value(QStringLiteral("step")).toString());
            if (!said)
                done = said.error();
        } else if (a.contains(QStringLiteral("tick"))) {
            done = session.tick(a.value(QStringLiteral("tick")).toString());
        } else if (a.contains(QStringLiteral("skip"))) {
            done = session.skip(a.value(QStringLiteral("skip")).toString());
        } else if (a.contains(QStringLiteral("trap"))) {
            done = session.springTrap(a.value(QStringLiteral("trap")).toString());
        } else if (a.contains(QStringLiteral("caller"))) {
            done = session.callerSays(a.value(QStringLiteral("caller")).toString());
        } else if (a.contains(QStringLiteral("remark"))) {
            done = session.remark(a.value(QStringLiteral("remark")).toString(), QStringLiteral("trainer"));
        } else if (a.contains(QStringLiteral("form"))) {
            done = session.submitForm(a.value(QStringLiteral("form")).toObject());
        } else if (a.contains(QStringLiteral("end"))) {
            done = session.end(a.value(QStringLiteral("end")).toString(QStringLiteral("trainee")));
        } else {
            return at(path,
                      tr("the action is not known; use say, tick, skip, trap, caller, remark, form or end."));
        }
        if (!done)
            return at(path, done.error().message);
        if (session.ended())
            break;
    }
    if (!session.ended())
        (void)session.end(QStringLiteral("trainee"));
    return Outcome{session.events(), session.score()};
}

} // namespace threerings
