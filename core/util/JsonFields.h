#pragma once

#include "core/util/JsonLocator.h"
#include "core/util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

// Readers of the fields of the JSON files trainers and admins edit (scripts, scenarios), shared so
// that each file kind reports a bad field the same way. Messages are the caller's, translated in its
// own context.
namespace threerings::json {

// The path of field `name` of the object at `prefix` ("scripts[0]" and "key" give "scripts[0].key").
QString fieldPath(const QString& prefix, const QString& name);

// The string at `key` of `o`; empty when missing.
QString str(const QJsonObject& o, const char* key);

// The strings of an array value; empty when `v` is not an array.
QStringList strings(const QJsonValue& v);

// A data error about the field at `path`, placed on its line. `lineFormat` is the caller's
// translation of "Line %1, %2: %3" (the line, the path, the message).
Error atLine(const JsonLocator& where, const QString& path, const QString& message,
             const QString& lineFormat);

// The object a JSON text holds. `notJson` is the error for text that does not parse (%1 the line,
// %2 the parser's complaint), `notObject` the one for a document that is not an object.
Result<QJsonObject> parseObject(const QByteArray& json, const QString& notJson, const QString& notObject);

// The bytes of the shipped file ":/data/FOLDER/LANGUAGE.json", falling back to en.json. `missing` is
// the error when neither is in the build (%1 the path).
Result<QByteArray> shippedFile(const QString& folder, const QString& language, const QString& missing);

// Reads a file that holds one item (the object itself) or several: {"LIST_KEY": [...], "language": L},
// L being the items' default language. `readOne(object, path, language)` reads one item (path and
// language empty for a single one); `none()` is the error for an empty list and `twice(path, key)` the
// one for an item whose `key` an earlier item has.
template <typename T, typename ReadOne, typename None, typename Twice>
Result<QList<T>> readOneOrMany(const QJsonObject& o, const QString& listKey, ReadOne readOne, None none,
                               Twice twice)
{
    QList<T> list;
    if (!o.contains(listKey)) {
        Result<T> one = readOne(o, QString(), QString());
        if (!one)
            return one.error();
        list.append(one.value());
        return list;
    }
    const QString language = o.value(QStringLiteral("language")).toString();
    const QJsonArray all = o.value(listKey).toArray();
    if (all.isEmpty())
        return none();
    QSet<QString> keys;
    for (int i = 0; i < all.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(listKey).arg(i);
        Result<T> one = readOne(all[i].toObject(), path, language);
        if (!one)
            return one.error();
        if (keys.contains(one->key))
            return twice(path, one->key);
        keys.insert(one->key);
        list.append(one.value());
    }
    return list;
}

} // namespace threerings::json
