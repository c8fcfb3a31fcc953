#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <cstddef>

namespace threerings {

// One row of the table between an enum and the text a column stores for it. Each enum that is stored
// as text keeps exactly one such table in its .cpp and converts both ways through it, so the stored
// spellings are written once.
template <typename E> struct TextRow
{
    E value;
    const char* text; // ASCII, as stored
};

// The stored text of `value`; empty when the table has no row for it (the enum's Unknown).
template <typename E, std::size_t N> QString textOf(const TextRow<E> (&table)[N], E value)
{
    for (const TextRow<E>& row : table) {
        if (row.value == value)
            return QString(QLatin1String(row.text));
    }
    return {};
}

// The value stored as `text`, or `unknown` when no row spells it (a newer version wrote it, or the
// row is damaged): callers keep the row and report it where it matters instead of guessing.
template <typename E, std::size_t N> E valueOf(const TextRow<E> (&table)[N], QStringView text, E unknown)
{
    for (const TextRow<E>& row : table) {
        if (text == QLatin1String(row.text))
            return row.value;
    }
    return unknown;
}

// Every value of the table, in its order.
template <typename E, std::size_t N> QList<E> valuesOf(const TextRow<E> (&table)[N])
{
    QList<E> out;
    out.reserve(qsizetype(N));
    for (const TextRow<E>& row : table)
        out.append(row.value);
    return out;
}

// Every stored text of the table, in its order (for messages that list the choices).
template <typename E, std::size_t N> QStringList textsOf(const TextRow<E> (&table)[N])
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const TextRow<E>& row : table)
        out.append(QString(QLatin1String(row.text)));
    return out;
}

} // namespace threerings
