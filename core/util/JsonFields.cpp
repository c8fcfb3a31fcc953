#include "core/util/JsonFields.h"

#include <QFile>
#include <QJsonDocument>

namespace threerings::json {

QString fieldPath(const QString& prefix, const QString& name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue& v)
{
    QStringList list;
    for (const QJsonValue& x : v.toArray())
        list.append(x.toString());
    return list;
}

Error atLine(const JsonLocator& where, const QString& path, const QString& message, const QString& lineFormat)
{
    return Error::data(lineFormat.arg(where.line(path)).arg(path, message), path);
}

Result<QJsonObject> parseObject(const QByteArray& json, const QString& notJson, const QString& notObject)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::data(
            notJson.arg(JsonLocator::lineOf(json, parseError.offset)).arg(parseError.errorString()));
    if (!doc.isObject())
        return Error::data(notObject);
    return doc.object();
}

Result<QByteArray> shippedFile(const QString& folder, const QString& language, const QString& missing)
{
    QString path = QStringLiteral(":/data/%1/%2.json").arg(folder, language);
    if (!QFile::exists(path))
        path = QStringLiteral(":/data/%1/en.json").arg(folder);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(missing.arg(path));
    return f.readAll();
}

} // namespace threerings::json
