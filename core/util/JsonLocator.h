#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace threerings {

// Line numbers of the values in a JSON text, by path ("steps[2].words"), so a validation error can say
// where in the file the bad field is. QJsonDocument keeps no positions; this walks the text once.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray& json);
    // The line (1-based) where the value at `path` starts; the nearest enclosing path's line when the
    // field is missing; 1 when nothing is known.
    int line(const QString& path) const;
    // The line of a byte offset (QJsonParseError::offset).
    static int lineOf(const QByteArray& json, qsizetype offset);

private:
    QHash<QString, int> m_lines;
};

} // namespace threerings
