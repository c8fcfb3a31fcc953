#include "core/training/Scorecard.h"

#include <QJsonArray>

namespace threerings {

int Scorecard::lostIn(const QString& area) const
{
    int lost = 0;
    for (const ScoreLoss& l : losses) {
        if (l.area == area)
            lost += l.points;
    }
    return lost;
}

QJsonObject Scorecard::toJson() const
{
    QJsonArray lossArray;
    for (const ScoreLoss& l : losses)
        lossArray.append(QJsonObject{{QStringLiteral("area"), l.area},
                                     {QStringLiteral("points"), l.points},
                                     {QStringLiteral("reason"), l.reason}});
    return QJsonObject{
        {QStringLiteral("scenario"), scenarioKey},
        {QStringLiteral("title"), scenarioTitle},
        {QStringLiteral("max_points"), maxPoints},
        {QStringLiteral("points"), points},
        {QStringLiteral("percent"), percent()},
        {QStringLiteral("pass_mark"), passMark},
        {QStringLiteral("passed"), passed},
        {QStringLiteral("answered_at_ring"), answeredAtRing},
        {QStringLiteral("required_steps"), requiredSteps},
        {QStringLiteral("skipped_steps"), QJsonArray::fromStringList(skippedSteps)},
        {QStringLiteral("banned_phrases"), QJsonArray::fromStringList(bannedUsed)},
        {QStringLiteral("standard_phrases"), QJsonArray::fromStringList(standardUsed)},
        {QStringLiteral("form_fields"), formFields},
        {QStringLiteral("form_fields_right"), formFieldsRight},
        {QStringLiteral("seconds_to_resolve"), secondsToResolve},
        {QStringLiteral("losses"), lossArray},
    };
}

Scorecard Scorecard::fromJson(const QJsonObject& o)
{
    auto strings = [&o](const char* key) {
        QStringList list;
        for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
            list.append(v.toString());
        return list;
    };
    Scorecard c;
    c.scenarioKey = o.value(QStringLiteral("scenario")).toString();
    c.scenarioTitle = o.value(QStringLiteral("title")).toString();
    c.maxPoints = o.value(QStringLiteral("max_points")).toInt();
    c.points = o.value(QStringLiteral("points")).toInt();
    c.passMark = o.value(QStringLiteral("pass_mark")).toInt();
    c.passed = o.value(QStringLiteral("passed")).toBool();
    c.answeredAtRing = o.value(QStringLiteral("answered_at_ring")).toInt();
    c.requiredSteps = o.value(QStringLiteral("required_steps")).toInt();
    c.skippedSteps = strings("skipped_steps");
    c.bannedUsed = strings("banned_phrases");
    c.standardUsed = strings("standard_phrases");
    c.formFields = o.value(QStringLiteral("form_fields")).toInt();
    c.formFieldsRight = o.value(QStringLiteral("form_fields_right")).toInt();
    c.secondsToResolve = o.value(QStringLiteral("seconds_to_resolve")).toInteger();
    for (const QJsonValue& v : o.value(QStringLiteral("losses")).toArray()) {
        const QJsonObject l = v.toObject();
        c.losses.append({l.value(QStringLiteral("area")).toString(),
                         l.value(QStringLiteral("points")).toInt(),
                         l.value(QStringLiteral("reason")).toString()});
    }
    return c;
}

} // namespace threerings
