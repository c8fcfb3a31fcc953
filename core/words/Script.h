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
    static QString render(const QString& words, const QVariantMap& context);

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
