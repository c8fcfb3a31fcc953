#include "core/util/JsonLocator.h"

#include <vector>

namespace threerings {

namespace {

struct Frame
{
    QString path;
    bool array = false;
    int index = 0;
    QString key; // the key whose value comes next (objects)
};

QString childPath(const Frame& f)
{
    if (f.array)
        return f.path + QLatin1Char('[') + QString::number(f.index) + QLatin1Char(']');
    return f.path.isEmpty() ? f.key : f.path + QLatin1Char('.') + f.key;
}

} // namespace

JsonLocator::JsonLocator(const QByteArray& json)
{
    std::vector<Frame> stack;
    int line = 1;
    bool expectKey = false;
    auto valueStarts = [&]() -> QString {
        if (stack.empty())
            return QString();
        const QString p = childPath(stack.back());
        if (!m_lines.contains(p))
            m_lines.insert(p, line);
        return p;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            QByteArray s;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\' && i + 1 < json.size())
                    ++i;
                s += json[i];
            }
            if (expectKey && !stack.empty() && !stack.back().array) {
                stack.back().key = QString::fromUtf8(s);
                expectKey = false;
            } else {
                valueStarts();
            }
        } else if (c == '{' || c == '[') {
            const QString p = valueStarts();
            stack.push_back({p, c == '[', 0, {}});
            if (!m_lines.contains(p))
                m_lines.insert(p, line);
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().array)
                    ++stack.back().index;
                else
                    expectKey = true;
            }
        } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
            valueStarts(); // a number, true, false or null
            while (i + 1 < json.size() && json[i + 1] != ',' && json[i + 1] != '}' && json[i + 1] != ']' &&
                   json[i + 1] != '\n')
                ++i;
        }
    }
}

int JsonLocator::line(const QString& path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        if (auto it = m_lines.find(p); it != m_lines.end())
            return it.value();
        const qsizetype cut = std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
        p = cut > 0 ? p.left(cut) : QString();
    }
    return 1;
}

int JsonLocator::lineOf(const QByteArray& json, qsizetype offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace threerings
