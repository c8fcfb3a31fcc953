#include "ui/sip/CallRecordingsDialog.h"

#include "core/calls/CallRecordings.h"
#include "core/calls/CallerNumber.h"
#include "core/util/HotlineTime.h"

#include <QAudioOutput>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace threerings::ui {

CallRecordingsDialog::CallRecordingsDialog(Database& db, const Clock& clock, const Actor& actor,
                                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Call recordings"));
    setObjectName(QStringLiteral("callRecordingsDialog"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Rang at"), tr("Caller"), tr("Ended by"), tr("File")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("callRecordingsStatus"));
    m_status->setWordWrap(true);

    const auto calls = CallRecordings(db, clock).recent(actor);
    if (!calls) {
        m_status->setText(calls.error().message);
    } else {
        m_table->setRowCount(int(calls->size()));
        for (int i = 0; i < calls->size(); ++i) {
            const Call& c = calls->at(i);
            auto* when = new QTableWidgetItem(
                c.ringAt.toTimeZone(hotlineTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            when->setData(Qt::UserRole, c.recordingPath);
            m_table->setItem(i, 0, when);
            m_table->setItem(i, 1, new QTableWidgetItem(formatCallerNumber(c.callerNumber)));
            m_table->setItem(i, 2, new QTableWidgetItem(hungUpByText(c.hungUpBy)));
            m_table->setItem(i, 3, new QTableWidgetItem(QFileInfo(c.recordingPath).fileName()));
        }
        m_status->setText(calls->isEmpty() ? tr("No call has been recorded yet.")
                                           : tr("%n recorded call(s).", nullptr, int(calls->size())));
        if (!calls->isEmpty())
            m_table->selectRow(0);
    }

    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    m_play = new QPushButton(tr("&Play"), this);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_play->setEnabled(m_table->rowCount() > 0);
    connect(m_play, &QPushButton::clicked, this, [this] { (void)play(m_table->currentRow()); });
    connect(m_stop, &QPushButton::clicked, m_player, &QMediaPlayer::stop);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { (void)play(row); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_play);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(720, 420);
}

int CallRecordingsDialog::rowCount() const
{
    return m_table->rowCount();
}

bool CallRecordingsDialog::play(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return false;
    const QString path = m_table->item(row, 0)->data(Qt::UserRole).toString();
    if (!QFileInfo::exists(path)) {
        m_status->setText(
            tr("The recording %1 is no longer there; it may have been moved or deleted.").arg(path));
        return false;
    }
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
    m_status->setText(tr("Playing %1").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace threerings::ui
