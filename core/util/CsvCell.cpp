#include "core/util/CsvCell.h"

namespace threerings::csv {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// An optional sign, digits, and optional decimals: a number, never a formula.
bool isPlainNumber(QByteArrayView s)
{
    qsizetype i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    const qsizetype digits = i;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    if (i == digits)
        return false;
    if (i < s.size() && s[i] == '.') {
        const qsizetype decimals = ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == decimals)
            return false;
    }
    return i == s.size();
}

} // namespace

bool startsFormula(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return false;
    switch (utf8.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return !isPlainNumber(utf8);
    default:
        return false;
    }
}

void appendCell(QByteArray& line, QByteArrayView utf8)
{
    const bool formula = startsFormula(utf8);
    // A semicolon is quoted too: Excel in some locales splits on it, which would start a new cell
    // (and a new formula) after it.
    bool quote = formula || (!utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' '));
    for (qsizetype i = 0; !quote && i < utf8.size(); ++i) {
        const char c = utf8[i];
        quote = c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';';
    }
    if (!quote) {
        line += utf8;
        return;
    }
    line += '"';
    if (formula)
        line += '\'';
    for (const char c : utf8) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

QString cell(const QString& text)
{
    QByteArray line;
    appendCell(line, text.toUtf8());
    return QString::fromUtf8(line);
}

} // namespace threerings::csv
