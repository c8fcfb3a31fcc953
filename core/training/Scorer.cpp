#include "core/training/Scorer.h"

#include "core/model/Category.h"
#include "core/model/PhoneNumber.h"
#include "core/words/TextNormalizer.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace threerings {

namespace {

// A phone's digits as the hotline stores it (E.164 when it is a number), so "0372-2661234" on the card and
// "+86 372 266 1234" on the form are the same phone.
QString digits(const QString& s)
{
    QString d;
    for (QChar c : PhoneNumber::normalizeOrKeep(s)) {
        if (c.isDigit())
            d.append(c);
    }
    return d;
}

bool sameWords(const QString& a, const QString& b)
{
    return TextNormalizer::foldedText(a) == TextNormalizer::foldedText(b);
}

bool holdsAny(const QString& text, const QStringList& words)
{
    const QString folded = TextNormalizer::foldedText(text);
    for (const QString& w : words) {
        const QString fw = TextNormalizer::foldedText(w);
        if (!fw.isEmpty() && folded.contains(fw))
            return true;
    }
    return false;
}

// What a trainee may say to each kind of trap, beside the scenario's own words: the same meaning in the
// words people use (a trap is judged by what the trainee means, not by one exact sentence). Folded before
// matching, so punctuation, spaces, width and case do not count.
const QStringList& trapFamily(const QString& kind)
{
    static const QHash<QString, QStringList> families{
        {QStringLiteral("hard_name"),
         {QStringLiteral("贵姓"), QStringLiteral("怎么称呼"), QStringLiteral("再说一遍"),
          QStringLiteral("再说一次"), QStringLiteral("怎么写"), QStringLiteral("哪个字"),
          QStringLiteral("没听清"), QStringLiteral("姓什么"), QStringLiteral("您的姓名"),
          QStringLiteral("your name"), QStringLiteral("say that again"), QStringLiteral("spell")}},
        {QStringLiteral("angry_refund"),
         {QStringLiteral("对不起"), QStringLiteral("抱歉"), QStringLiteral("原谅"), QStringLiteral("添麻烦"),
          QStringLiteral("不好意思"), QStringLiteral("sorry"), QStringLiteral("apologi")}},
        {QStringLiteral("repeat_repair"),
         {QStringLiteral("再次维修"), QStringLiteral("第二次"), QStringLiteral("上次维修"),
          QStringLiteral("多次维修"), QStringLiteral("又坏"), QStringLiteral("重新派"),
          QStringLiteral("second repair"), QStringLiteral("repaired before"), QStringLiteral("last repair")}},
        {QStringLiteral("other"),
         {QStringLiteral("稍候"), QStringLiteral("稍等"), QStringLiteral("查找资料"),
          QStringLiteral("帮您查"), QStringLiteral("查一下"), QStringLiteral("核实"),
          QStringLiteral("one moment"), QStringLiteral("let me check"), QStringLiteral("look it up")}},
    };
    static const QStringList none;
    const auto it = families.constFind(kind);
    return it == families.constEnd() ? none : *it;
}

// Adds losses of `each` points up to `cap` in total; one loss per fault with its reason.
void lose(Scorecard& card, const QString& area, int each, int cap, const QStringList& reasons)
{
    int left = cap;
    for (const QString& r : reasons) {
        const int p = std::min(each, left);
        if (p <= 0)
            break;
        card.losses.append({area, p, r});
        left -= p;
    }
}

} // namespace

bool Scorer::asksForName(const QString& line)
{
    return holdsAny(line, trapFamily(QStringLiteral("hard_name"))) ||
           holdsAny(line, {QStringLiteral("姓名"), QStringLiteral("称呼"), QStringLiteral("name")});
}

Scorecard Scorer::score(const Scenario& scenario, const QList<PracticeEvent>& events)
{
    using K = PracticeEvent::Kind;
    const ScenarioScoring& w = scenario.scoring;
    Scorecard card;
    card.scenarioKey = scenario.key;
    card.scenarioTitle = scenario.title;
    card.passMark = scenario.passMark;

    const PracticeEvent* answer = nullptr;
    const PracticeEvent* end = nullptr;
    const PracticeEvent* form = nullptr;
    QSet<QString> sprung;
    int sprungPoints = 0;
    for (const PracticeEvent& e : events) {
        if (e.kind == K::Answer && !answer)
            answer = &e;
        else if (e.kind == K::End && !end)
            end = &e;
        else if (e.kind == K::Form)
            form = &e;
        else if (e.kind == K::Trap) {
            const QString id = e.data.value(QStringLiteral("id")).toString();
            if (const ScenarioTrap* t = scenario.trap(id); t && !sprung.contains(id)) {
                sprung.insert(id);
                sprungPoints += t->points;
            }
        }
    }
    card.maxPoints = w.maxWithoutTraps() + sprungPoints;

    if (!answer) {
        card.losses.append({QStringLiteral("answer"), card.maxPoints,
                            tr("The call was never answered: the caller gave up while it rang.")});
        card.points = 0;
        card.passed = false;
        return card;
    }

    // Rings: within three rings (SPEC §2.2).
    card.answeredAtRing = answer->data.value(QStringLiteral("ring")).toInt();
    const int late = std::max(0, card.answeredAtRing - 3);
    if (late > 0) {
        const int p = std::min(late * w.perLateRing, w.ringsMax);
        if (p > 0)
            card.losses.append(
                {QStringLiteral("rings"), p,
                 tr("Answered at ring %1: pick up within three rings (%2 points per ring late).")
                     .arg(card.answeredAtRing)
                     .arg(w.perLateRing)});
    }

    // Script: the required steps left unsaid, as the script runner counted them at the end.
    if (end) {
        card.requiredSteps = end->data.value(QStringLiteral("required")).toArray().size();
        for (const QJsonValue& v : end->data.value(QStringLiteral("skipped_required")).toArray())
            card.skippedSteps.append(v.toString());
    }
    QStringList stepReasons;
    for (const QString& step : card.skippedSteps)
        stepReasons.append(tr("The required script step \"%1\" was not done.").arg(step));
    lose(card, QStringLiteral("script"), w.perSkippedStep, w.stepsMax, stepReasons);

    // Banned phrases: each distinct phrase once.
    QStringList bannedReasons;
    QSet<QString> standard;
    for (const PracticeEvent& e : events) {
        if (e.kind == K::PhraseHit) {
            const QString phrase = e.data.value(QStringLiteral("phrase")).toString();
            if (card.bannedUsed.contains(phrase))
                continue;
            card.bannedUsed.append(phrase);
            const QString suggestion = e.data.value(QStringLiteral("suggestion")).toString();
            bannedReasons.append(
                suggestion.isEmpty()
                    ? tr("Said the banned phrase \"%1\".").arg(phrase)
                    : tr("Said the banned phrase \"%1\"; say \"%2\" instead.").arg(phrase, suggestion));
        } else if (e.kind == K::StandardPhrase) {
            const QString phrase = e.data.value(QStringLiteral("phrase")).toString();
            if (!standard.contains(phrase)) {
                standard.insert(phrase);
                card.standardUsed.append(phrase);
            }
        }
    }
    lose(card, QStringLiteral("banned"), w.perBannedPhrase, w.bannedMax, bannedReasons);

    // Standard phrases.
    const int missing = std::max(0, w.standardWanted - int(card.standardUsed.size()));
    if (missing > 0) {
        const int p = std::min(missing * w.perMissingStandard, w.standardMax);
        if (p > 0)
            card.losses.append(
                {QStringLiteral("standard"), p,
                 tr("Used %1 of the %2 standard phrases wanted (e.g. \"Thank you\", \"One moment, "
                    "please\").")
                     .arg(card.standardUsed.size())
                     .arg(w.standardWanted)});
    }

    // The form against the scenario.
    QStringList formReasons;
    const ScenarioForm& x = scenario.expected;
    const QJsonObject f = form ? form->data : QJsonObject();
    auto field = [&f](const char* key) { return f.value(QLatin1String(key)).toString(); };
    auto checkField = [&](bool applies, bool right, const QString& reason) {
        if (!applies)
            return;
        ++card.formFields;
        if (right)
            ++card.formFieldsRight;
        else
            formReasons.append(reason);
    };
    const QString category = field("category");
    checkField(!x.category.isEmpty(), category == x.category,
               category.isEmpty()
                   ? tr("The form has no category; this call is \"%1\".").arg(x.category)
                   : tr("The form's category is \"%1\"; this call is \"%2\".").arg(category, x.category));
    const QString name = field("customer_name");
    checkField(!x.customerName.isEmpty(), sameWords(name, x.customerName),
               name.isEmpty()
                   ? tr("The form has no customer name; the caller is %1.").arg(x.customerName)
                   : tr("The form names the customer \"%1\"; the caller is %2 (ask again, never guess).")
                         .arg(name, x.customerName));
    const QString phone = field("phone");
    checkField(!x.phone.isEmpty(), !digits(phone).isEmpty() && digits(phone) == digits(x.phone),
               phone.isEmpty() ? tr("The form has no contact phone; read it back to the caller.")
                               : tr("The contact phone \"%1\" is wrong; it is %2.").arg(phone, x.phone));
    const QString outlet = field("outlet");
    checkField(!x.outlet.isEmpty(), sameWords(outlet, x.outlet),
               outlet.isEmpty() ? tr("The form has no outlet; the caller's outlet is %1.").arg(x.outlet)
                                : tr("The outlet \"%1\" is wrong; it is %2.").arg(outlet, x.outlet));
    const QString description = TextNormalizer::foldedText(field("description"));
    QStringList absent;
    for (const QString& k : x.descriptionKeywords) {
        if (!description.contains(TextNormalizer::foldedText(k)))
            absent.append(k);
    }
    checkField(!x.descriptionKeywords.isEmpty(), absent.isEmpty(),
               tr("The description misses: %1.").arg(absent.join(QStringLiteral(", "))));
    if (!form && card.formFields > 0) {
        card.losses.append({QStringLiteral("form"), std::min(card.formFields * w.perFormField, w.formMax),
                            tr("No form was filled for the call.")});
    } else {
        lose(card, QStringLiteral("form"), w.perFormField, w.formMax, formReasons);
    }

    // Time to resolve: from the answer to the end of the call.
    const qint64 endMs = end ? end->atMs : (events.isEmpty() ? answer->atMs : events.constLast().atMs);
    card.secondsToResolve = std::max<qint64>(0, (endMs - answer->atMs) / 1000);
    int over = 0;
    if (card.secondsToResolve > w.targetSeconds)
        ++over;
    if (card.secondsToResolve > 2 * qint64(w.targetSeconds))
        ++over;
    if (over > 0) {
        const int p = std::min(over * w.perOvertime, w.timeMax);
        if (p > 0)
            card.losses.append({QStringLiteral("time"), p,
                                tr("The call took %1 s; the target is %2 s.")
                                    .arg(card.secondsToResolve)
                                    .arg(w.targetSeconds)});
    }

    // Traps: the trainee's next line after the trap must mean what was expected: hold one of the scenario's
    // words, or one of the family of the trap's kind.
    QSet<QString> judged;
    for (int i = 0; i < events.size(); ++i) {
        if (events[i].kind != K::Trap)
            continue;
        const QString id = events[i].data.value(QStringLiteral("id")).toString();
        const ScenarioTrap* t = scenario.trap(id);
        if (!t || judged.contains(id) || t->points <= 0)
            continue;
        judged.insert(id);
        QString reply;
        for (int j = i + 1; j < events.size(); ++j) {
            if (events[j].kind == K::TraineeLine) {
                reply = events[j].data.value(QStringLiteral("text")).toString();
                break;
            }
        }
        if (!holdsAny(reply, t->expect) && !holdsAny(reply, trapFamily(t->kind))) {
            QString reason = tr("Trap \"%1\": the answer held none of: %2.")
                                 .arg(t->id, t->expect.join(QStringLiteral(" / ")));
            if (!t->hint.isEmpty())
                reason += QLatin1Char(' ') + t->hint;
            card.losses.append({QStringLiteral("trap"), t->points, reason});
        }
    }

    int lost = 0;
    for (const ScoreLoss& l : card.losses)
        lost += l.points;
    card.points = std::max(0, card.maxPoints - lost);
    card.passed = card.percent() >= card.passMark;
    return card;
}

} // namespace threerings
