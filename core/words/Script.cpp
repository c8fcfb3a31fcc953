#include "core/words/Script.h"

#include "core/util/JsonFields.h"
#include "core/words/ScriptCondition.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace threerings {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{([a-z_]+)\})"));
    return re;
}

Error at(const JsonLocator& where, const QString& path, const QString& message)
{
    return json::atLine(where, path, message, Script::tr("Line %1, %2: %3"));
}

} // namespace

QString Script::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Incoming:
        return QStringLiteral("incoming");
    case Kind::Callback:
        return QStringLiteral("callback");
    case Kind::Complaint:
        return QStringLiteral("complaint");
    case Kind::Practice:
        return QStringLiteral("practice");
    }
    return {};
}

std::optional<Script::Kind> Script::kindFromName(const QString& name)
{
    for (Kind k : {Kind::Incoming, Kind::Callback, Kind::Complaint, Kind::Practice}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

const QStringList& Script::placeholders()
{
    static const QStringList list{
        QStringLiteral("unit_name"),    QStringLiteral("job_number"), QStringLiteral("caller_name"),
        QStringLiteral("caller_title"), QStringLiteral("device"),     QStringLiteral("engineer_number"),
        QStringLiteral("fault"),        QStringLiteral("department"), QStringLiteral("hotline_number"),
        QStringLiteral("repair_day"),
    };
    return list;
}

QString Script::unfilled(const QString& placeholder, const QString& language)
{
    struct Fallback
    {
        const char* name;
        const char* zh;
        const char* en;
    };
    // The hotline's own words: they go into the agent's mouth as they stand.
    static constexpr Fallback table[] = {
        {"unit_name", "〔本单位名称〕", "[our company's name]"},
        {"job_number", "〔您的工号〕", "[your job number]"},
        {"caller_name", "先生/女士", "sir or madam"},
        {"caller_title", "先生/女士", "sir or madam"},
        {"device", "您的设备", "your equipment"},
        {"engineer_number", "〔工程师工号〕", "[the engineer's number]"},
        {"fault", "〔用一句话复述来电人的问题〕", "[the caller's problem, in one sentence]"},
        {"department", "相关部门", "the department concerned"},
        {"hotline_number", "本热线", "this hotline"},
        {"repair_day", "前几天", "Recently"},
    };
    const bool chinese = language.startsWith(QLatin1String("zh"));
    for (const Fallback& f : table)
        if (placeholder == QLatin1String(f.name))
            return QString::fromUtf8(chinese ? f.zh : f.en);
    return chinese ? QStringLiteral("〔……〕") : QStringLiteral("[…]");
}

QString Script::dayWords(const QDate& day, const QDate& today, const QString& language)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    switch (day.daysTo(today)) {
    case 0:
        return chinese ? QStringLiteral("今天") : QStringLiteral("Today");
    case 1:
        return chinese ? QStringLiteral("昨天") : QStringLiteral("Yesterday");
    case 2:
        return chinese ? QStringLiteral("前天") : QStringLiteral("The day before yesterday");
    default:
        break;
    }
    if (chinese)
        return day.year() == today.year()
                   ? QStringLiteral("%1月%2日").arg(day.month()).arg(day.day())
                   : QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day());
    const QLocale english(QLocale::English);
    return QStringLiteral("On ") + english.toString(day, day.year() == today.year()
                                                             ? QStringLiteral("d MMMM")
                                                             : QStringLiteral("d MMMM yyyy"));
}

QString Script::render(const QString& words, const QVariantMap& context, const QString& language)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(words);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(words).mid(last, m.capturedStart() - last);
        const QString value = context.value(m.captured(1)).toString();
        out += value.isEmpty() ? unfilled(m.captured(1), language) : value;
        last = m.capturedEnd();
    }
    out += QStringView(words).mid(last);
    return out;
}

const ScriptStep* Script::step(const QString& id) const
{
    for (const ScriptStep& s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Status Script::validate() const
{
    if (!QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*$")).match(key).hasMatch())
        return Error::data(tr("key: \"%1\" is not a script key; use lower-case letters, digits and _, "
                              "e.g. \"incoming\".")
                               .arg(key),
                           QStringLiteral("key"));
    if (steps.isEmpty())
        return Error::data(tr("steps: the script %1 has no steps; add at least one.").arg(key),
                           QStringLiteral("steps"));
    QSet<QString> ids;
    for (int i = 0; i < steps.size(); ++i) {
        const ScriptStep& s = steps[i];
        const QString path = QStringLiteral("steps[%1]").arg(i);
        if (s.id.isEmpty() || ids.contains(s.id))
            return Error::data(
                tr("%1.id: every step needs its own id (\"%2\" is empty or used twice).").arg(path, s.id),
                path + QStringLiteral(".id"));
        ids.insert(s.id);
        if (s.words.trimmed().isEmpty())
            return Error::data(
                tr("%1.words: the step %2 has no words; write what the agent says.").arg(path, s.id),
                path + QStringLiteral(".words"));
        if (Status c = ScriptCondition::check(s.condition); !c)
            return Error::data(QStringLiteral("%1.condition: %2").arg(path, c.error().message),
                               path + QStringLiteral(".condition"));
        QStringList texts{s.words};
        for (int b = 0; b < s.branches.size(); ++b) {
            if (s.branches[b].key.isEmpty())
                return Error::data(
                    tr("%1.branches[%2].key: give the answer a key, e.g. \"working\".").arg(path).arg(b),
                    path + QStringLiteral(".branches[%1].key").arg(b));
            texts << s.branches[b].words;
        }
        for (const QString& t : texts) {
            auto it = placeholderPattern().globalMatch(t);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                if (!placeholders().contains(name))
                    return Error::data(tr("%1.words: unknown placeholder {%2}; the known ones are %3.")
                                           .arg(path, name, placeholders().join(QStringLiteral(", "))),
                                       path + QStringLiteral(".words"));
            }
        }
    }
    return {};
}

Result<Script> Script::fromJsonObject(const QJsonObject& o, const JsonLocator& where, const QString& path,
                                      const QString& language)
{
    auto p = [&](const QString& field) { return json::fieldPath(path, field); };
    Script s;
    s.key = o.value(QStringLiteral("key")).toString();
    s.language = o.value(QStringLiteral("language")).toString(language);
    s.name = o.value(QStringLiteral("name")).toString();
    const auto kind = kindFromName(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return at(where, p(QStringLiteral("kind")),
                  tr("the kind must be one of incoming, callback, complaint, practice."));
    s.kind = *kind;
    if (s.language.isEmpty())
        return at(where, p(QStringLiteral("language")), tr("give the script's language, e.g. \"zh_CN\"."));
    const QJsonValue steps = o.value(QStringLiteral("steps"));
    if (!steps.isArray())
        return at(where, p(QStringLiteral("steps")), tr("give the steps as an array of objects."));
    const QJsonArray stepArray = steps.toArray();
    for (int i = 0; i < stepArray.size(); ++i) {
        const QString sp = p(QStringLiteral("steps[%1]").arg(i));
        if (!stepArray[i].isObject())
            return at(where, sp, tr("a step is an object with \"id\" and \"words\"."));
        const QJsonObject so = stepArray[i].toObject();
        const QJsonValue required = so.value(QStringLiteral("required"));
        if (!required.isUndefined() && !required.isBool())
            return at(where, sp + QStringLiteral(".required"), tr("write true or false."));
        ScriptStep step;
        step.id = so.value(QStringLiteral("id")).toString();
        step.title = so.value(QStringLiteral("title")).toString();
        step.words = so.value(QStringLiteral("words")).toString();
        step.condition = so.value(QStringLiteral("condition")).toString();
        step.required = required.toBool(true);
        const QJsonArray branches = so.value(QStringLiteral("branches")).toArray();
        for (const QJsonValue& bv : branches) {
            const QJsonObject bo = bv.toObject();
            step.branches.append({bo.value(QStringLiteral("key")).toString(),
                                  bo.value(QStringLiteral("label")).toString(),
                                  bo.value(QStringLiteral("words")).toString(),
                                  bo.value(QStringLiteral("reopens_form")).toBool(false)});
        }
        s.steps.append(step);
    }
    if (Status v = s.validate(); !v) {
        // validate() names the field relative to the script; place it in the file.
        const QString field = v.error().field;
        const QString full = p(field);
        QString message = v.error().message;
        const qsizetype colon = message.indexOf(QLatin1String(": "));
        if (colon > 0 && message.left(colon) == field)
            message = message.mid(colon + 2);
        return at(where, full, message);
    }
    return s;
}

Result<QList<Script>> Script::fromJson(const QByteArray& json)
{
    auto o =
        json::parseObject(json, tr("Line %1: the script is not valid JSON (%2); fix the text there."),
                          tr("Line 1: a script file is a JSON object: one script, or {\"scripts\": [...]}."));
    if (!o)
        return o.error();
    const JsonLocator where(json);
    return json::readOneOrMany<Script>(
        *o, QStringLiteral("scripts"),
        [&where](const QJsonObject& one, const QString& path, const QString& language) {
            return fromJsonObject(one, where, path, language);
        },
        [&where] {
            return at(where, QStringLiteral("scripts"), tr("the file holds no scripts; add at least one."));
        },
        [&where](const QString& path, const QString& key) {
            return at(where, path + QStringLiteral(".key"), tr("the key \"%1\" is used twice.").arg(key));
        });
}

QJsonObject Script::toJsonObject() const
{
    QJsonArray stepArray;
    for (const ScriptStep& s : steps) {
        QJsonObject so{{QStringLiteral("id"), s.id},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("words"), s.words},
                       {QStringLiteral("required"), s.required}};
        if (!s.condition.isEmpty())
            so.insert(QStringLiteral("condition"), s.condition);
        if (!s.branches.isEmpty()) {
            QJsonArray branches;
            for (const ScriptStep::Branch& b : s.branches)
                branches.append(QJsonObject{{QStringLiteral("key"), b.key},
                                            {QStringLiteral("label"), b.label},
                                            {QStringLiteral("words"), b.words},
                                            {QStringLiteral("reopens_form"), b.reopensForm}});
            so.insert(QStringLiteral("branches"), branches);
        }
        stepArray.append(so);
    }
    return {{QStringLiteral("key"), key},
            {QStringLiteral("language"), language},
            {QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("name"), name},
            {QStringLiteral("steps"), stepArray}};
}

QByteArray Script::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

QByteArray Script::toJson(const QList<Script>& scripts)
{
    QJsonArray array;
    for (const Script& s : scripts)
        array.append(s.toJsonObject());
    return QJsonDocument(QJsonObject{{QStringLiteral("scripts"), array}}).toJson(QJsonDocument::Indented);
}

Result<QList<Script>> Script::shipped(const QString& language)
{
    auto bytes = json::shippedFile(QStringLiteral("scripts"), language,
                                   tr("The shipped scripts %1 are missing from this build."));
    if (!bytes)
        return bytes.error();
    return fromJson(*bytes);
}

} // namespace threerings
