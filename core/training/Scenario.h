#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace threerings {

class JsonLocator;

// What the pretend caller says once the trainee has done a script step ("greeting", "purpose" …).
struct ScenarioLine
{
    QString step;
    QString text;
};

// A trap the trainer springs (or the scenario springs by itself after `atStep`): the caller's line and
// the words the trainee's next line must hold one of (「真对不起」 to an angry caller …).
struct ScenarioTrap
{
    QString id;
    QString kind; // angry_refund, hard_name, repeat_repair, other
    QString atStep;
    QString line;
    QStringList expect;
    int points = 5;
    QString hint; // what a good answer does, shown on the scorecard

    static const QStringList& kinds();
    // A kind as trainers read it ("Angry caller wants a refund"); the key itself when unknown.
    static QString kindLabel(const QString& kind);
    // The kind a label or a key names; empty when neither.
    static QString kindFromText(const QString& text);
};

// What the trainee's form must say (SPEC §4 problem form), compared after folding (TextNormalizer).
struct ScenarioForm
{
    QString category; // CategoryNames key
    QString customerName;
    QString phone;
    QString outlet;
    QStringList descriptionKeywords; // each must appear in the description
    bool transfer = false;           // the call ends with a transferred problem form
};

// Points per fault and the most an area can lose. The defaults add up to 100 without the traps.
struct ScenarioScoring
{
    int perLateRing = 10; // each ring past the third
    int ringsMax = 20;
    int perSkippedStep = 5; // each required script step left unsaid
    int stepsMax = 25;
    int perBannedPhrase = 10; // each distinct banned phrase said
    int bannedMax = 20;
    int standardWanted = 2; // distinct standard phrases the trainee should use
    int perMissingStandard = 5;
    int standardMax = 10;
    int perFormField = 3; // each expected form field missing or wrong
    int formMax = 15;
    int targetSeconds = 300; // answer to end
    int perOvertime = 5;     // over the target, and again over twice the target
    int timeMax = 10;

    int maxWithoutTraps() const { return ringsMax + stepsMax + bannedMax + standardMax + formMax + timeMax; }
};

// A role-play scenario a trainer writes (SPEC §7): the caller, what they say, the problem and what the
// trainee should make of it, the traps, the ring at which the call reaches the trainee and the pass mark.
// JSON in resources/data/scenarios/<language>.json and in the database (training_scenarios).
struct Scenario
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)

public:
    RecordMeta meta;
    QString key;
    QString language;
    QString title;
    QString source; // the seed it is drawn from
    QString personaName;
    QString personaDescription;
    QString personaPhone;
    QString openingLine;
    QList<ScenarioLine> lines;
    QString problem;
    QString kbAnswer;
    ScenarioForm expected;
    QList<ScenarioTrap> traps;
    int arrivesAtRing = 1;
    int passMark = 80;
    ScenarioScoring scoring;

    // The caller's line after `step`, empty when there is none.
    QString lineFor(const QString& step) const;
    const ScenarioTrap* trap(const QString& id) const;
    int maxPoints() const;

    // Ok, or an error naming the field (no line numbers: for a scenario built in the editor).
    Status validate() const;

    // One scenario, or a set {"language", "scenarios": [...]}; errors name the line and the field.
    static Result<QList<Scenario>> fromJson(const QByteArray& json);
    static Result<QList<Scenario>> fromFile(const QString& path);
    QJsonObject toJsonObject() const;
    QByteArray toJson() const;
    static QByteArray toJson(const QList<Scenario>& scenarios);
    // The starter set shipped for `language` (en when there is none).
    static Result<QList<Scenario>> shipped(const QString& language);

    // The step ids a scenario's lines may name (those of the incoming script).
    static const QStringList& stepIds();
    // A step as trainers read it ("Greeting"); the id itself when unknown.
    static QString stepLabel(const QString& step);
    // The step a label or an id names; anything else comes back as typed.
    static QString stepFromText(const QString& text);

private:
    static Result<Scenario> fromJsonObject(const QJsonObject& o, const JsonLocator& where,
                                           const QString& path, const QString& language);
};

} // namespace threerings
