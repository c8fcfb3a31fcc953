#include "core/training/Scenario.h"

#include "core/db/Database.h"
#include "core/model/Category.h"
#include "core/util/JsonFields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <functional>

namespace threerings {

namespace {

using Complain = std::function<Error(const QString& path, const QString& message)>;

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// The checks of one scenario; `complain` turns a field path and a message into the error.
Status check(const Scenario& s, const QString& prefix, const Complain& complain)
{
    auto field = [&](const QString& name) { return json::fieldPath(prefix, name); };
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (s.key.isEmpty())
        return complain(field(QStringLiteral("key")), Scenario::tr("the scenario has no key; give it one, "
                                                                   "e.g. \"atm-card-stuck\"."));
    if (!keyPattern.match(s.key).hasMatch())
        return complain(field(QStringLiteral("key")),
                        Scenario::tr("the key \"%1\" may hold only a-z, 0-9, - and _.").arg(s.key));
    if (s.language != QLatin1String("zh_CN") && s.language != QLatin1String("en"))
        return complain(field(QStringLiteral("language")),
                        Scenario::tr("the language \"%1\" is not known; use zh_CN or en.").arg(s.language));
    if (s.title.trimmed().isEmpty())
        return complain(field(QStringLiteral("title")), Scenario::tr("the scenario needs a title."));
    if (s.personaName.trimmed().isEmpty())
        return complain(
            field(QStringLiteral("persona.name")),
            Scenario::tr("the caller needs a name (as the trainee should write it on the form)."));
    if (s.openingLine.trimmed().isEmpty())
        return complain(
            field(QStringLiteral("opening_line")),
            Scenario::tr("the caller needs an opening line: what they say when the call is answered."));
    if (s.problem.trimmed().isEmpty())
        return complain(field(QStringLiteral("problem")), Scenario::tr("say what the caller's problem is."));
    QSet<QString> steps;
    for (int i = 0; i < s.lines.size(); ++i) {
        const QString path = field(QStringLiteral("lines[%1]").arg(i));
        const ScenarioLine& l = s.lines[i];
        if (!Scenario::stepIds().contains(l.step))
            return complain(path + QStringLiteral(".step"),
                            Scenario::tr("the step \"%1\" is not a script step; use one of %2.")
                                .arg(l.step, Scenario::stepIds().join(QStringLiteral(", "))));
        if (steps.contains(l.step))
            return complain(path + QStringLiteral(".step"),
                            Scenario::tr("the step \"%1\" has a line already; merge the two.").arg(l.step));
        steps.insert(l.step);
        if (l.text.trimmed().isEmpty())
            return complain(path + QStringLiteral(".text"),
                            Scenario::tr("the line is empty; write what the caller says."));
    }
    if (!CategoryNames::fromKey(s.expected.category))
        return complain(field(QStringLiteral("expected.category")),
                        Scenario::tr("the category \"%1\" is not known; use one of %2.")
                            .arg(s.expected.category, CategoryNames::keys().join(QStringLiteral(", "))));
    if (s.expected.customerName.trimmed().isEmpty())
        return complain(field(QStringLiteral("expected.customer_name")),
                        Scenario::tr("say which customer name the form must hold."));
    QSet<QString> trapIds;
    for (int i = 0; i < s.traps.size(); ++i) {
        const QString path = field(QStringLiteral("traps[%1]").arg(i));
        const ScenarioTrap& t = s.traps[i];
        if (t.id.isEmpty() || trapIds.contains(t.id))
            return complain(
                path + QStringLiteral(".id"),
                Scenario::tr("each trap needs an id of its own (\"%1\" is empty or used twice).").arg(t.id));
        trapIds.insert(t.id);
        if (!ScenarioTrap::kinds().contains(t.kind))
            return complain(path + QStringLiteral(".kind"),
                            Scenario::tr("the trap kind \"%1\" is not known; use one of %2.")
                                .arg(t.kind, ScenarioTrap::kinds().join(QStringLiteral(", "))));
        if (!t.atStep.isEmpty() && !Scenario::stepIds().contains(t.atStep))
            return complain(
                path + QStringLiteral(".at_step"),
                Scenario::tr("the step \"%1\" is not a script step; leave it empty for a trap only "
                             "the trainer springs.")
                    .arg(t.atStep));
        if (t.line.trimmed().isEmpty())
            return complain(path + QStringLiteral(".line"),
                            Scenario::tr("write what the caller says in the trap."));
        if (t.points < 0 || t.points > 50)
            return complain(path + QStringLiteral(".points"), Scenario::tr("trap points must be 0 to 50."));
        if (t.points > 0 && t.expect.isEmpty())
            return complain(path + QStringLiteral(".expect"),
                            Scenario::tr("list the words a good answer holds (one of them is enough)."));
    }
    if (s.arrivesAtRing < 1 || s.arrivesAtRing > 6)
        return complain(
            field(QStringLiteral("arrives_at_ring")),
            Scenario::tr("the call reaches the trainee at ring 1 to 6, not %1.").arg(s.arrivesAtRing));
    if (s.passMark < 0 || s.passMark > 100)
        return complain(field(QStringLiteral("pass_mark")),
                        Scenario::tr("the pass mark is a percentage, 0 to 100, not %1.").arg(s.passMark));
    const ScenarioScoring& w = s.scoring;
    for (int v : {w.perLateRing, w.ringsMax, w.perSkippedStep, w.stepsMax, w.perBannedPhrase, w.bannedMax,
                  w.standardWanted, w.perMissingStandard, w.standardMax, w.perFormField, w.formMax,
                  w.perOvertime, w.timeMax}) {
        if (v < 0 || v > 100)
            return complain(field(QStringLiteral("scoring")), Scenario::tr("scoring values are 0 to 100."));
    }
    if (w.targetSeconds < 10)
        return complain(field(QStringLiteral("scoring.target_seconds")),
                        Scenario::tr("the target time is at least 10 seconds."));
    return {};
}

using json::str;
using json::strings;

} // namespace

QString ScenarioTrap::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("angry_refund"))
        return Scenario::tr("Angry caller wants a refund");
    if (kind == QLatin1String("hard_name"))
        return Scenario::tr("Name hard to hear");
    if (kind == QLatin1String("repeat_repair"))
        return Scenario::tr("Second repair of the device");
    if (kind == QLatin1String("other"))
        return Scenario::tr("Other");
    return kind;
}

QString ScenarioTrap::kindFromText(const QString& text)
{
    for (const QString& k : kinds())
        if (text == k || text == kindLabel(k))
            return k;
    return {};
}

const QStringList& ScenarioTrap::kinds()
{
    static const QStringList list{QStringLiteral("angry_refund"), QStringLiteral("hard_name"),
                                  QStringLiteral("repeat_repair"), QStringLiteral("other")};
    return list;
}

QString Scenario::stepLabel(const QString& step)
{
    if (step == QLatin1String("apology"))
        return tr("Apology (after ring 3)");
    if (step == QLatin1String("greeting"))
        return tr("Greeting");
    if (step == QLatin1String("purpose"))
        return tr("Purpose of the call");
    if (step == QLatin1String("restate"))
        return tr("Restate the matter");
    if (step == QLatin1String("classify"))
        return tr("Classify");
    if (step == QLatin1String("lookup"))
        return tr("Look it up");
    if (step == QLatin1String("record_transfer"))
        return tr("Record and transfer");
    if (step == QLatin1String("closing"))
        return tr("Closing");
    return step;
}

QString Scenario::stepFromText(const QString& text)
{
    for (const QString& s : stepIds())
        if (text == s || text == stepLabel(s))
            return s;
    return text; // kept as typed, for validate() to name
}

const QStringList& Scenario::stepIds()
{
    static const QStringList list{QStringLiteral("apology"),         QStringLiteral("greeting"),
                                  QStringLiteral("purpose"),         QStringLiteral("restate"),
                                  QStringLiteral("classify"),        QStringLiteral("lookup"),
                                  QStringLiteral("record_transfer"), QStringLiteral("closing")};
    return list;
}

QString Scenario::lineFor(const QString& step) const
{
    for (const ScenarioLine& l : lines) {
        if (l.step == step)
            return l.text;
    }
    return {};
}

const ScenarioTrap* Scenario::trap(const QString& id) const
{
    for (const ScenarioTrap& t : traps) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

int Scenario::maxPoints() const
{
    int total = scoring.maxWithoutTraps();
    for (const ScenarioTrap& t : traps)
        total += t.points;
    return total;
}

Status Scenario::validate() const
{
    return check(*this, {}, [](const QString& path, const QString& message) {
        return Error::data(tr("%1: %2").arg(path, message), path);
    });
}

Result<Scenario> Scenario::fromJsonObject(const QJsonObject& o, const JsonLocator& where, const QString& path,
                                          const QString& language)
{
    const Complain complain = [&where](const QString& p, const QString& message) {
        return json::atLine(where, p, message, tr("Line %1, %2: %3"));
    };
    auto at = [&](const QString& name) { return json::fieldPath(path, name); };
    Scenario s;
    s.key = str(o, "key");
    s.language = o.contains(QStringLiteral("language")) ? str(o, "language") : language;
    s.title = str(o, "title");
    s.source = str(o, "source");
    const QJsonObject persona = o.value(QStringLiteral("persona")).toObject();
    s.personaName = str(persona, "name");
    s.personaDescription = str(persona, "description");
    s.personaPhone = str(persona, "phone");
    s.openingLine = str(o, "opening_line");
    s.problem = str(o, "problem");
    s.kbAnswer = str(o, "kb_answer");
    const QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].isObject())
            return complain(at(QStringLiteral("lines[%1]").arg(i)),
                            tr("a line is an object {\"step\", \"text\"}."));
        const QJsonObject l = lines[i].toObject();
        s.lines.append({str(l, "step"), str(l, "text")});
    }
    const QJsonObject e = o.value(QStringLiteral("expected")).toObject();
    s.expected.category = str(e, "category");
    s.expected.customerName = str(e, "customer_name");
    s.expected.phone = str(e, "phone");
    s.expected.outlet = str(e, "outlet");
    s.expected.descriptionKeywords = strings(e.value(QStringLiteral("description_keywords")));
    s.expected.transfer = e.value(QStringLiteral("transfer")).toBool();
    const QJsonArray traps = o.value(QStringLiteral("traps")).toArray();
    for (int i = 0; i < traps.size(); ++i) {
        const QJsonObject t = traps[i].toObject();
        ScenarioTrap trap;
        trap.id = str(t, "id");
        trap.kind = str(t, "kind");
        trap.atStep = str(t, "at_step");
        trap.line = str(t, "line");
        trap.expect = strings(t.value(QStringLiteral("expect")));
        const QJsonValue points = t.value(QStringLiteral("points"));
        if (!points.isUndefined() && !points.isDouble())
            return complain(at(QStringLiteral("traps[%1].points").arg(i)), tr("points is a whole number."));
        trap.points = points.toInt(5);
        trap.hint = str(t, "hint");
        s.traps.append(trap);
    }
    for (const char* key : {"arrives_at_ring", "pass_mark"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isDouble())
            return complain(at(QLatin1String(key)), tr("this is a whole number."));
    }
    s.arrivesAtRing = o.value(QStringLiteral("arrives_at_ring")).toInt(1);
    s.passMark = o.value(QStringLiteral("pass_mark")).toInt(80);
    const QJsonObject w = o.value(QStringLiteral("scoring")).toObject();
    auto weight = [&w](const char* key, int& value) { value = w.value(QLatin1String(key)).toInt(value); };
    weight("per_late_ring", s.scoring.perLateRing);
    weight("rings_max", s.scoring.ringsMax);
    weight("per_skipped_step", s.scoring.perSkippedStep);
    weight("steps_max", s.scoring.stepsMax);
    weight("per_banned_phrase", s.scoring.perBannedPhrase);
    weight("banned_max", s.scoring.bannedMax);
    weight("standard_wanted", s.scoring.standardWanted);
    weight("per_missing_standard", s.scoring.perMissingStandard);
    weight("standard_max", s.scoring.standardMax);
    weight("per_form_field", s.scoring.perFormField);
    weight("form_max", s.scoring.formMax);
    weight("target_seconds", s.scoring.targetSeconds);
    weight("per_overtime", s.scoring.perOvertime);
    weight("time_max", s.scoring.timeMax);
    if (Status ok = check(s, path, complain); !ok)
        return ok.error();
    return s;
}

Result<QList<Scenario>> Scenario::fromJson(const QByteArray& json)
{
    auto o = json::parseObject(
        json, tr("Line %1: the scenario is not valid JSON (%2); fix the text there."),
        tr("Line 1: a scenario file is a JSON object: one scenario, or {\"scenarios\": [...]}."));
    if (!o)
        return o.error();
    const JsonLocator where(json);
    return json::readOneOrMany<Scenario>(
        *o, QStringLiteral("scenarios"),
        [&where](const QJsonObject& one, const QString& path, const QString& language) {
            return fromJsonObject(one, where, path, language);
        },
        [&where] {
            return Error::data(tr("Line %1, scenarios: the file holds no scenarios; add at least one.")
                                   .arg(where.line(QStringLiteral("scenarios"))),
                               QStringLiteral("scenarios"));
        },
        [&where](const QString& path, const QString& key) {
            return Error::data(tr("Line %1, %2.key: the key \"%3\" is used twice.")
                                   .arg(where.line(path + QStringLiteral(".key")))
                                   .arg(path, key),
                               path + QStringLiteral(".key"));
        });
}

Result<QList<Scenario>> Scenario::fromFile(const QString& path)
{
    if (Status guard = Database::refuseOpenFile(path); !guard)
        return guard.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(
            tr("Cannot read the scenario file %1 (%2); check the path.").arg(path, f.errorString()));
    return fromJson(f.readAll());
}

QJsonObject Scenario::toJsonObject() const
{
    QJsonArray lineArray;
    for (const ScenarioLine& l : lines)
        lineArray.append(QJsonObject{{QStringLiteral("step"), l.step}, {QStringLiteral("text"), l.text}});
    QJsonArray trapArray;
    for (const ScenarioTrap& t : traps) {
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("kind"), t.kind},
                      {QStringLiteral("line"), t.line},
                      {QStringLiteral("expect"), toArray(t.expect)},
                      {QStringLiteral("points"), t.points}};
        if (!t.atStep.isEmpty())
            o.insert(QStringLiteral("at_step"), t.atStep);
        if (!t.hint.isEmpty())
            o.insert(QStringLiteral("hint"), t.hint);
        trapArray.append(o);
    }
    const ScenarioScoring& w = scoring;
    return QJsonObject{
        {QStringLiteral("key"), key},
        {QStringLiteral("language"), language},
        {QStringLiteral("title"), title},
        {QStringLiteral("source"), source},
        {QStringLiteral("persona"), QJsonObject{{QStringLiteral("name"), personaName},
                                                {QStringLiteral("description"), personaDescription},
                                                {QStringLiteral("phone"), personaPhone}}},
        {QStringLiteral("opening_line"), openingLine},
        {QStringLiteral("lines"), lineArray},
        {QStringLiteral("problem"), problem},
        {QStringLiteral("kb_answer"), kbAnswer},
        {QStringLiteral("expected"),
         QJsonObject{{QStringLiteral("category"), expected.category},
                     {QStringLiteral("customer_name"), expected.customerName},
                     {QStringLiteral("phone"), expected.phone},
                     {QStringLiteral("outlet"), expected.outlet},
                     {QStringLiteral("description_keywords"), toArray(expected.descriptionKeywords)},
                     {QStringLiteral("transfer"), expected.transfer}}},
        {QStringLiteral("traps"), trapArray},
        {QStringLiteral("arrives_at_ring"), arrivesAtRing},
        {QStringLiteral("pass_mark"), passMark},
        {QStringLiteral("scoring"),
         QJsonObject{{QStringLiteral("per_late_ring"), w.perLateRing},
                     {QStringLiteral("rings_max"), w.ringsMax},
                     {QStringLiteral("per_skipped_step"), w.perSkippedStep},
                     {QStringLiteral("steps_max"), w.stepsMax},
                     {QStringLiteral("per_banned_phrase"), w.perBannedPhrase},
                     {QStringLiteral("banned_max"), w.bannedMax},
                     {QStringLiteral("standard_wanted"), w.standardWanted},
                     {QStringLiteral("per_missing_standard"), w.perMissingStandard},
                     {QStringLiteral("standard_max"), w.standardMax},
                     {QStringLiteral("per_form_field"), w.perFormField},
                     {QStringLiteral("form_max"), w.formMax},
                     {QStringLiteral("target_seconds"), w.targetSeconds},
                     {QStringLiteral("per_overtime"), w.perOvertime},
                     {QStringLiteral("time_max"), w.timeMax}}},
    };
}

QByteArray Scenario::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

QByteArray Scenario::toJson(const QList<Scenario>& scenarios)
{
    QJsonArray all;
    for (const Scenario& s : scenarios)
        all.append(s.toJsonObject());
    QJsonObject o{{QStringLiteral("scenarios"), all}};
    if (!scenarios.isEmpty())
        o.insert(QStringLiteral("language"), scenarios.constFirst().language);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<QList<Scenario>> Scenario::shipped(const QString& language)
{
    auto bytes = json::shippedFile(QStringLiteral("scenarios"), language,
                                   tr("The shipped scenarios %1 are missing from this build."));
    if (!bytes)
        return bytes.error();
    return fromJson(*bytes);
}

} // namespace threerings
