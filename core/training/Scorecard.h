#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace threerings {

// Points lost in one area, with the reason in words the trainee can act on.
struct ScoreLoss
{
    QString area; // rings, script, banned, standard, form, time, trap, answer
    int points = 0;
    QString reason;
};

// The result of one practice call: the figures, the points and every point lost with its reason.
struct Scorecard
{
    QString scenarioKey;
    QString scenarioTitle;
    int maxPoints = 0;
    int points = 0;
    int passMark = 0; // percent
    bool passed = false;
    int answeredAtRing = 0; // 0: never answered
    int requiredSteps = 0;
    QStringList skippedSteps;
    QStringList bannedUsed;
    QStringList standardUsed;
    int formFields = 0;
    int formFieldsRight = 0;
    qint64 secondsToResolve = 0;
    QList<ScoreLoss> losses;

    int percent() const { return maxPoints > 0 ? points * 100 / maxPoints : 0; }
    int lostIn(const QString& area) const;
    QJsonObject toJson() const;
    static Scorecard fromJson(const QJsonObject& o);
};

} // namespace threerings
