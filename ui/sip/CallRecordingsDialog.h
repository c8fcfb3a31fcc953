#pragma once

#include <QDialog>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QTableWidget;

namespace threerings {
class Clock;
class Database;
struct Actor;
} // namespace threerings

namespace threerings::ui {

// Console ▸ Call recordings…: the calls the SIP line recorded, newest first, for supervisors and admins
// (CallRecordings, Action::ReadAudit); one plays with Play (Qt Multimedia) or a double-click.
class CallRecordingsDialog : public QDialog
{
    Q_OBJECT

public:
    CallRecordingsDialog(Database& db, const Clock& clock, const Actor& actor, QWidget* parent = nullptr);

    int rowCount() const;
    // Plays the recording of row `row`; false (and a message) when its file is gone.
    bool play(int row);

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_stop = nullptr;
    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_audio = nullptr;
};

} // namespace threerings::ui
