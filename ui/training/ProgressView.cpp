#include "ui/training/ProgressView.h"

#include "core/training/TrainingService.h"
#include "core/util/HotlineTime.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace threerings::ui {

ProgressView::ProgressView(TrainingService& training, Actor viewer, QWidget* parent)
    : QWidget(parent), m_training(training), m_viewer(std::move(viewer))
{
    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 8, split);
    m_table->setHorizontalHeaderLabels({tr("Job no."), tr("Name"), tr("Sessions"), tr("Passed"),
                                        tr("Scenarios passed"), tr("Last %"), tr("Mean %"), tr("Ready")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_sessions = new QTextBrowser(split);
    layout->addWidget(split, 1);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showSessions(row); });
    refresh();
}

void ProgressView::refresh()
{
    m_table->setRowCount(0);
    auto progress = m_training.progress(m_viewer);
    if (!progress) {
        m_message->setText(progress.error().message);
        return;
    }
    m_message->setText(tr("A trainee is ready for real calls after passing %1 different scenarios, the last "
                          "session passed.")
                           .arg(TrainingService::readyScenarios));
    for (const TraineeProgress& p : progress.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto cell = [&](int col, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, p.traineeId);
            m_table->setItem(row, col, item);
        };
        cell(0, p.jobNumber);
        cell(1, p.name);
        cell(2, QString::number(p.sessions));
        cell(3, QString::number(p.passed));
        cell(4, QString::number(p.scenariosPassed));
        cell(5, p.lastPercent < 0 ? QStringLiteral("—") : QString::number(p.lastPercent));
        cell(6, p.sessions == 0 ? QStringLiteral("—") : QString::number(p.meanPercent, 'f', 0));
        cell(7, p.ready ? tr("ready") : tr("not yet"));
        if (p.ready)
            m_table->item(row, 7)->setForeground(QColor(0x26, 0xa2, 0x69));
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void ProgressView::showSessions(int row)
{
    m_sessions->clear();
    if (row < 0 || !m_table->item(row, 0))
        return;
    const QString trainee = m_table->item(row, 0)->data(Qt::UserRole).toString();
    auto sessions = m_training.sessionsOf(m_viewer, trainee);
    if (!sessions) {
        m_sessions->setPlainText(sessions.error().message);
        return;
    }
    QString html =
        QStringLiteral("<table cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
            .arg(tr("Started"), tr("Scenario"), tr("Points"), tr("Result"));
    for (const PracticeSessionRecord& s : sessions.value()) {
        const QString points =
            s.scorecard ? QStringLiteral("%1 / %2").arg(s.scorecard->points).arg(s.scorecard->maxPoints)
                        : tr("(%1)").arg(PracticeSessionRecord::stateLabel(s.state));
        const QString result =
            s.scorecard ? (s.scorecard->passed ? tr("passed") : tr("not passed")) : QString();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(QLocale().toString(s.startedAt.toTimeZone(hotlineTimeZone()), QLocale::ShortFormat),
                         s.scenario.title.toHtmlEscaped(), points, result);
    }
    m_sessions->setHtml(html + QStringLiteral("</table>"));
}

} // namespace threerings::ui
