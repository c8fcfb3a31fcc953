#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace threerings {

// A column of a report sheet: a stable key (JSON, tests), the heading printed on the form (the
// seed form's Chinese heading in zh_CN) and the type the writers give it (xlsx cell types, number
// alignment, 正 tally marks).
struct ReportColumn
{
    enum class Type
    {
        Text,
        Integer,
        Real,    // one or two decimals
        Percent, // a share 0..1, printed as 97.5%
        Date,    // a QDate
        Tally,   // an integer printed as 正 marks beside the number where the form shows them
    };
    QString key;
    QString heading;
    Type type = Type::Text;
    int width = 10; // relative width on paper and in xlsx (characters)
};

// One table of a sheet. A sheet may hold several (the weekly summary; a per-day breakdown).
struct ReportSection
{
    QString key;
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows; // one value per column; a null QVariant prints empty
    // Rows that are totals (printed bold, kept apart in charts).
    QList<int> totalRows;

    int columnIndex(const QString& key) const;
    QVariant value(int row, const QString& key) const;
};

// A sheet as supervisors print it: the form's title, the period, its tables and the lines under
// them (回访人 / 回访日期 / 技术经理 on the callback sheet).
struct Report
{
    QString kind;  // daily-callbacks tally service-level deadlines complaint-rate ratings weekly
    QString title; // 用户回访统计表 …
    QString period;
    QDate from; // inclusive
    QDate to;   // inclusive
    QList<ReportSection> sections;
    QStringList footer;
    bool landscape = false;

    const ReportSection* section(const QString& key) const;
    int rowCount() const;
};

// A cell as the sheet prints it: 97.5%, 12.3, 2026-11-24, "正正丅 12" for a tally.
QString formatCell(const ReportColumn& column, const QVariant& value);

// "正正丅" for 12: one 正 per five, then the strokes of the unfinished one (一 丅 下 止).
QString tallyMarks(qint64 count);

} // namespace threerings
