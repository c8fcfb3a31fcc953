#include "core/customers/ImportRows.h"

namespace threerings::importrows {

Header readHeader(const QString& kind, const QStringList& header)
{
    Header h;
    const QList<SetupTables::Column> columns = SetupTables::columns(kind);
    QStringList known;
    for (const SetupTables::Column& c : columns)
        known << SetupTables::tr("%1 (%2)").arg(c.key, c.chinese);
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        bool found = false;
        for (const SetupTables::Column& c : columns)
            if (name.compare(c.key, Qt::CaseInsensitive) == 0 || name == c.chinese) {
                h.index.insert(c.key, i);
                h.name.insert(c.key, name);
                found = true;
            }
        if (!found && !name.isEmpty())
            h.problems << Problem{
                1, name,
                SetupTables::tr("this is not a column of %1; the columns are: %2. Rename or "
                                "remove it.")
                    .arg(SetupTables::kindLabel(kind), known.join(QStringLiteral(", ")))};
    }
    for (const SetupTables::Column& c : columns)
        if (c.required && !h.index.contains(c.key))
            h.problems << Problem{
                1, c.key,
                SetupTables::tr("the required column is missing; add a column headed %1 (or %2).")
                    .arg(c.key, c.chinese)};
    return h;
}

std::optional<QString> cell(const Header& h, const QStringList& row, const QString& key)
{
    auto it = h.index.find(key);
    if (it == h.index.end())
        return std::nullopt;
    return row.value(*it).trimmed();
}

std::optional<bool> yesNo(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("true") ||
        t == QStringLiteral("是") || t == QStringLiteral("在用"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("false") ||
        t == QStringLiteral("否") || t == QStringLiteral("停用"))
        return false;
    return std::nullopt;
}

QString columnOf(const Header& h, const Error& e, const QString& fallback)
{
    return h.named(e.field.isEmpty() ? fallback : e.field);
}

std::optional<QString> rowKey(const Header& h, const QStringList& row, int line, const QString& column,
                              QHash<QString, int>& seen, QList<Problem>& problems, const QString& empty,
                              const QString& twice)
{
    const QString key = cell(h, row, column).value_or(QString());
    if (key.isEmpty()) {
        problems << Problem{line, h.named(column), empty};
        return std::nullopt;
    }
    if (seen.contains(key)) {
        problems << Problem{line, h.named(column), twice.arg(key).arg(seen.value(key))};
        return std::nullopt;
    }
    seen.insert(key, line);
    return key;
}

bool readActive(const Header& h, const QStringList& row, int line, bool& active, QList<Problem>& problems)
{
    const auto v = cell(h, row, QStringLiteral("active"));
    if (!v)
        return true;
    const auto yes = yesNo(*v);
    if (!yes) {
        problems << Problem{line, h.named(QStringLiteral("active")),
                            SetupTables::tr("'%1' is neither yes nor no; write 1 or 0.").arg(*v)};
        return false;
    }
    active = *yes;
    return true;
}

void report(const SetupTables::Progress& progress, qint64 done, qint64 total, SetupTables::Phase phase)
{
    if (progress && (done % 500 == 0 || done == total))
        progress(phase, done, total);
}

} // namespace threerings::importrows
