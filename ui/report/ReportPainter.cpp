#include "ui/report/ReportPainter.h"

#include "core/db/Database.h"
#include "core/util/OwnerOnly.h"

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace threerings::ui {

namespace {

QFont sheetFont(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

struct Layout
{
    QRectF page; // in device pixels, inside the margins
    qreal cellPad = 0;
};

// Widths of the columns in device pixels, in proportion to ReportColumn::width.
QList<qreal> columnWidths(const ReportSection& s, qreal total)
{
    qreal sum = 0;
    for (const ReportColumn& c : s.columns)
        sum += c.width;
    QList<qreal> w;
    for (const ReportColumn& c : s.columns)
        w << total * c.width / (sum > 0 ? sum : 1);
    return w;
}

bool isNumeric(ReportColumn::Type t)
{
    return t != ReportColumn::Type::Text && t != ReportColumn::Type::Date && t != ReportColumn::Type::Tally;
}

class Pager
{
public:
    Pager(const Report& report, QPagedPaintDevice& device, QPainter* painter)
        : m_report(report), m_device(device), m_painter(painter)
    {}

    int run()
    {
        const qreal dpi = m_device.logicalDpiY();
        m_mm = dpi / 25.4;
        const QRectF full(QPointF(0, 0), QSizeF(m_device.width(), m_device.height()));
        m_page = full.adjusted(0, 0, 0, -8 * m_mm); // room for the page number
        m_y = 0;
        m_pages = 1;
        paintTitle();
        for (int i = 0; i < m_report.sections.size(); ++i)
            paintSection(m_report.sections.at(i), i);
        paintFooter();
        paintPageNumber();
        return m_pages;
    }

private:
    qreal textHeight(const QFont& font, const QString& text, qreal width) const
    {
        const QFontMetricsF fm(font, &m_device);
        if (text.isEmpty())
            return fm.height();
        return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    }

    void newPage()
    {
        paintPageNumber();
        if (m_painter)
            m_device.newPage();
        ++m_pages;
        m_y = 0;
    }

    void paintPageNumber()
    {
        if (!m_painter)
            return;
        m_painter->setFont(sheetFont(8));
        m_painter->drawText(QRectF(0, m_page.bottom() + 2 * m_mm, m_page.width(), 5 * m_mm), Qt::AlignCenter,
                            ReportPainter::tr("%1 · page %2").arg(m_report.title).arg(m_pages));
    }

    void paintTitle()
    {
        const QFont title = sheetFont(16, true);
        const qreal h = textHeight(title, m_report.title, m_page.width());
        if (m_painter) {
            m_painter->setFont(title);
            m_painter->drawText(QRectF(0, m_y, m_page.width(), h), Qt::AlignHCenter | Qt::TextWordWrap,
                                m_report.title);
        }
        m_y += h + 1 * m_mm;
        const QFont sub = sheetFont(10);
        const qreal h2 = textHeight(sub, m_report.period, m_page.width());
        if (m_painter) {
            m_painter->setFont(sub);
            m_painter->drawText(QRectF(0, m_y, m_page.width(), h2), Qt::AlignHCenter, m_report.period);
        }
        m_y += h2 + 4 * m_mm;
    }

    qreal rowHeight(const ReportSection& s, const QList<qreal>& widths, const QStringList& cells,
                    const QFont& font) const
    {
        qreal h = 0;
        for (int c = 0; c < cells.size(); ++c)
            h = std::max(h, textHeight(font, cells.at(c), widths.at(c) - 2 * m_mm));
        Q_UNUSED(s)
        return h + 1.6 * m_mm;
    }

    void paintRow(const ReportSection& s, const QList<qreal>& widths, const QStringList& cells,
                  const QFont& font, qreal h, bool header)
    {
        if (!m_painter)
            return;
        m_painter->setFont(font);
        qreal x = 0;
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF cell(x, m_y, widths.at(c), h);
            if (header)
                m_painter->fillRect(cell, QColor(0xee, 0xee, 0xee));
            m_painter->drawRect(cell);
            int flags = Qt::AlignVCenter | Qt::TextWordWrap;
            if (header)
                flags |= Qt::AlignHCenter;
            else if (isNumeric(s.columns.at(c).type))
                flags |= Qt::AlignRight;
            else
                flags |= Qt::AlignLeft;
            m_painter->drawText(cell.adjusted(m_mm, 0.8 * m_mm, -m_mm, -0.8 * m_mm), flags, cells.at(c));
            x += widths.at(c);
        }
    }

    void paintSection(const ReportSection& s, int index)
    {
        const QList<qreal> widths = columnWidths(s, m_page.width());
        const QFont headFont = sheetFont(9, true);
        const QFont bodyFont = sheetFont(9);
        const QFont totalFont = sheetFont(9, true);
        QStringList heads;
        for (const ReportColumn& c : s.columns)
            heads << c.heading;
        const qreal headH = rowHeight(s, widths, heads, headFont);

        if (!s.title.isEmpty() && (index > 0 || m_report.sections.size() > 1)) {
            const QFont f = sheetFont(11, true);
            const qreal h = textHeight(f, s.title, m_page.width());
            if (m_y + h + headH * 2 > m_page.height())
                newPage();
            if (m_painter) {
                m_painter->setFont(f);
                m_painter->drawText(QRectF(0, m_y, m_page.width(), h), Qt::AlignLeft, s.title);
            }
            m_y += h + 1 * m_mm;
        }
        if (m_y + headH * 2 > m_page.height())
            newPage();
        paintRow(s, widths, heads, headFont, headH, true);
        m_y += headH;
        for (int r = 0; r < s.rows.size(); ++r) {
            QStringList cells;
            for (int c = 0; c < s.columns.size(); ++c)
                cells << formatCell(s.columns.at(c), s.rows.at(r).value(c));
            const bool total = s.totalRows.contains(r);
            const QFont& f = total ? totalFont : bodyFont;
            const qreal h = rowHeight(s, widths, cells, f);
            if (m_y + h > m_page.height()) {
                newPage();
                paintRow(s, widths, heads, headFont, headH, true);
                m_y += headH;
            }
            paintRow(s, widths, cells, f, h, false);
            m_y += h;
        }
        m_y += 6 * m_mm;
    }

    void paintFooter()
    {
        if (m_report.footer.isEmpty())
            return;
        const QFont f = sheetFont(10);
        for (const QString& line : m_report.footer) {
            const qreal h = textHeight(f, line, m_page.width());
            if (m_y + h > m_page.height())
                newPage();
            if (m_painter) {
                m_painter->setFont(f);
                m_painter->drawText(QRectF(0, m_y, m_page.width(), h), Qt::AlignLeft | Qt::TextWordWrap,
                                    line);
            }
            m_y += h + 1.5 * m_mm;
        }
    }

    const Report& m_report;
    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    QRectF m_page;
    qreal m_mm = 1;
    qreal m_y = 0;
    int m_pages = 1;
};

} // namespace

Result<int> ReportPainter::paint(const Report& report, QPagedPaintDevice& device)
{
    const QPageLayout layout(QPageSize(QPageSize::A4),
                             report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                             QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    device.setPageLayout(layout);
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(
            tr("Cannot start painting the report; check that the printer or file is available."));
    QPen pen(Qt::black);
    pen.setWidthF(device.logicalDpiX() / 25.4 * 0.2);
    painter.setPen(pen);
    Pager pager(report, device, &painter);
    const int pages = pager.run();
    painter.end();
    return pages;
}

Result<int> ReportPainter::writePdf(const Report& report, const QString& path)
{
    if (Status guard = Database::refuseOpenFile(path); !guard)
        return guard.error();
    const OwnerOnly::Scope ownerOnly; // a new file holds the hotline's records: 0600
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2. Choose a writable file.").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter pdf(path);
    pdf.setResolution(300);
    pdf.setTitle(report.title + QStringLiteral(" ") + report.period);
    pdf.setCreator(QStringLiteral("ThreeRings"));
    return paint(report, pdf);
}

} // namespace threerings::ui
