#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"
#include "core/words/ScriptStep.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace threerings {

class JsonLocator;

// The steps of one kind of call in one language, as data (resources/data/scripts/<language>.json,
// or the database's copy an admin or trainer edited). `key` names the script ("incoming",
// "callback" …); one script per key and language is in use.
struct Script
{
    Q_DECLARE_TR_FUNCTIONS(Script)

public:
    enum class Kind
    {
        Incoming,
        Callback,
        Complaint,
        Practice,
    };

    RecordMeta meta;
    QString key;
    QString language;
    Kind kind = Kind::Incoming;
    QString name;
    QList<ScriptStep> steps;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    // The placeholders a step's words may use.
    static const QStringList& placeholders();
    // {placeholder} replaced by context[placeholder]; a missing one stays visible as {placeholder}.
    // The words with each {placeholder} filled from `context`. One the call cannot fill is never shown raw:
    // it becomes what the agent says instead ("先生/女士"), or a prompt in the script's `language` telling
    // them what to say ("〔用一句话复述来电人的问题〕").
    static QString render(const QString& words, const QVariantMap& context, const QString& language = {});
    // A day as the script says it, from `today`: 今天 / 昨天 / 前天 / 10月3日 (Today / Yesterday / On 3
    // October).
    static QString dayWords(const QDate& day, const QDate& today, const QString& language);
    // What a placeholder reads as when the call cannot fill it, in `language` (zh…: Chinese, else English).
    static QString unfilled(const QString& placeholder, const QString& language);

    // Ok, or an error naming the step and the field.
    Status validate() const;
    const ScriptStep* step(const QString& id) const;

    // One script ({"key", "kind", "steps" …}) or a set ({"language", "scripts": [...]}); errors name
    // the line and the field ("Line 14, steps[2].condition: …"). Every script is validated.
    static Result<QList<Script>> fromJson(const QByteArray& json);
    QJsonObject toJsonObject() const;
    QByteArray toJson() const;
    static QByteArray toJson(const QList<Script>& scripts);
    // The defaults shipped for `language` (en when there are none).
    static Result<QList<Script>> shipped(const QString& language);

private:
    static Result<Script> fromJsonObject(const QJsonObject& o, const JsonLocator& where, const QString& path,
                                         const QString& language);
};

} // namespace threerings
