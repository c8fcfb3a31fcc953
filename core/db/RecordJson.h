#pragma once

#include <QString>
#include <QVariant>

// The outbox's JSON text, written directly for speed (RecordWriter::json and changedJson): each value as
// QJsonDocument would write it.
namespace threerings::recordjson {

// `s` as a JSON string: quote, backslash and control characters escaped, the rest as is.
void appendString(QString& out, const QString& s);
// A column value; a NULL of any type is JSON null.
void appendValue(QString& out, const QVariant& v);

} // namespace threerings::recordjson
