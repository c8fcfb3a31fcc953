#include "ui/training/ScorecardPdf.h"

#include "core/db/Database.h"
#include "ui/training/TranscriptFormat.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace threerings::ui {

Status ScorecardPdf::write(const Scorecard& card, const QString& traineeLabel, const QString& when,
                           const QString& path)
{
    if (Status guard = Database::refuseOpenFile(path); !guard)
        return guard.error();
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1 (%2); choose another folder.").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(96);
    pdf.setTitle(tr("Practice scorecard"));
    pdf.setCreator(QStringLiteral("ThreeRings"));
    QTextDocument doc;
    doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
    doc.setHtml(tr("<h2>Practice scorecard</h2><p>Trainee: %1<br>Date: %2</p>")
                    .arg(traineeLabel.toHtmlEscaped(), when.toHtmlEscaped()) +
                TranscriptFormat::scorecardHtml(card));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error::io(tr("Cannot write the PDF %1; choose another folder.").arg(path));
    doc.drawContents(&painter);
    painter.end();
    return {};
}

} // namespace threerings::ui
