#include "core/report/Report.h"

namespace threerings {

int ReportSection::columnIndex(const QString& k) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == k)
            return i;
    }
    return -1;
}

QVariant ReportSection::value(int row, const QString& k) const
{
    const int c = columnIndex(k);
    if (c < 0 || row < 0 || row >= rows.size() || c >= rows.at(row).size())
        return {};
    return rows.at(row).at(c);
}

const ReportSection* Report::section(const QString& key) const
{
    for (const ReportSection& s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

int Report::rowCount() const
{
    int n = 0;
    for (const ReportSection& s : sections)
        n += int(s.rows.size());
    return n;
}

QString formatCell(const ReportColumn& column, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (column.type) {
    case ReportColumn::Type::Text:
        return value.toString();
    case ReportColumn::Type::Integer:
        return QString::number(value.toLongLong());
    case ReportColumn::Type::Real:
        return QString::number(value.toDouble(), 'f', 1);
    case ReportColumn::Type::Percent:
        return QString::number(value.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case ReportColumn::Type::Date:
        return value.toDate().toString(Qt::ISODate);
    case ReportColumn::Type::Tally: {
        const qint64 n = value.toLongLong();
        return n == 0 ? QStringLiteral("0") : tallyMarks(n) + QLatin1Char(' ') + QString::number(n);
    }
    }
    return value.toString();
}

QString tallyMarks(qint64 count)
{
    if (count <= 0)
        return {};
    static const QString strokes[] = {QString(), QStringLiteral("一"), QStringLiteral("丅"),
                                      QStringLiteral("下"), QStringLiteral("止")};
    QString s;
    s.reserve(int(count / 5 + 1));
    for (qint64 i = 0; i < count / 5; ++i)
        s += QStringLiteral("正");
    s += strokes[count % 5];
    return s;
}

} // namespace threerings
