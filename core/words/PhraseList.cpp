#include "core/words/PhraseList.h"

#include "core/db/Database.h"
#include "core/util/JsonLocator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace threerings {

namespace {

Error at(const JsonLocator& where, const QString& path, const QString& message)
{
    return Error::data(PhraseList::tr("Line %1, %2: %3").arg(where.line(path)).arg(path, message), path);
}

} // namespace

Result<PhraseList> PhraseList::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::data(tr("Line %1: the phrase list is not valid JSON (%2); fix the text there.")
                               .arg(JsonLocator::lineOf(json, parseError.offset))
                               .arg(parseError.errorString()));
    if (!doc.isObject())
        return Error::data(tr("Line 1: a phrase list is a JSON object with \"language\", \"banned\", "
                              "\"standard\" and \"complaint_order\"."));
    const JsonLocator where(json);
    const QJsonObject o = doc.object();
    PhraseList list;
    list.language = o.value(QStringLiteral("language")).toString();
    if (list.language.isEmpty())
        return at(where, QStringLiteral("language"), tr("give the language of the list, e.g. \"zh_CN\"."));
    const QJsonValue banned = o.value(QStringLiteral("banned"));
    if (!banned.isArray())
        return at(where, QStringLiteral("banned"),
                  tr("give the banned phrases as an array of {\"phrase\", \"suggestion\"} objects."));
    const QJsonArray bannedArray = banned.toArray();
    for (int i = 0; i < bannedArray.size(); ++i) {
        const QString path = QStringLiteral("banned[%1]").arg(i);
        const QJsonObject b = bannedArray[i].toObject();
        BannedPhrase p;
        p.phrase = b.value(QStringLiteral("phrase")).toString().trimmed();
        p.suggestion = b.value(QStringLiteral("suggestion")).toString().trimmed();
        p.note = b.value(QStringLiteral("note")).toString();
        for (const QJsonValue& v : b.value(QStringLiteral("variants")).toArray())
            p.variants << v.toString();
        if (p.phrase.isEmpty())
            return at(where, path + QStringLiteral(".phrase"),
                      tr("the phrase is empty; write the words to catch."));
        if (p.suggestion.isEmpty())
            return at(where, path + QStringLiteral(".suggestion"),
                      tr("say what to say instead of \"%1\".").arg(p.phrase));
        list.banned.append(p);
    }
    const QJsonArray standard = o.value(QStringLiteral("standard")).toArray();
    for (int i = 0; i < standard.size(); ++i) {
        if (!standard[i].isString() || standard[i].toString().trimmed().isEmpty())
            return at(where, QStringLiteral("standard[%1]").arg(i),
                      tr("a standard phrase is a non-empty text."));
        list.standard << standard[i].toString();
    }
    const QJsonArray order = o.value(QStringLiteral("complaint_order")).toArray();
    for (int i = 0; i < order.size(); ++i) {
        const QJsonObject s = order[i].toObject();
        ComplaintStep step{s.value(QStringLiteral("step")).toString(),
                           s.value(QStringLiteral("detail")).toString()};
        if (step.step.isEmpty())
            return at(where, QStringLiteral("complaint_order[%1].step").arg(i), tr("name the step."));
        list.complaintOrder.append(step);
    }
    return list;
}

QByteArray PhraseList::toJson() const
{
    QJsonArray banned;
    for (const BannedPhrase& p : this->banned) {
        QJsonObject b{{QStringLiteral("phrase"), p.phrase}, {QStringLiteral("suggestion"), p.suggestion}};
        if (!p.variants.isEmpty())
            b.insert(QStringLiteral("variants"), QJsonArray::fromStringList(p.variants));
        if (!p.note.isEmpty())
            b.insert(QStringLiteral("note"), p.note);
        banned.append(b);
    }
    QJsonArray order;
    for (const ComplaintStep& s : complaintOrder)
        order.append(QJsonObject{{QStringLiteral("step"), s.step}, {QStringLiteral("detail"), s.detail}});
    const QJsonObject o{{QStringLiteral("language"), language},
                        {QStringLiteral("banned"), banned},
                        {QStringLiteral("standard"), QJsonArray::fromStringList(standard)},
                        {QStringLiteral("complaint_order"), order}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<PhraseList> PhraseList::fromFile(const QString& path)
{
    if (Status guard = Database::refuseOpenFile(path); !guard)
        return guard.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(
            tr("Cannot read the phrase list %1: %2. Check the path.").arg(path, f.errorString()));
    auto list = fromJson(f.readAll());
    if (!list)
        return Error::data(QStringLiteral("%1: %2").arg(path, list.error().message), list.error().field);
    return list;
}

Result<PhraseList> PhraseList::shipped(const QString& language)
{
    const QString path = QStringLiteral(":/data/phrases/%1.json").arg(language);
    return fromFile(QFile::exists(path) ? path : QStringLiteral(":/data/phrases/en.json"));
}

} // namespace threerings
