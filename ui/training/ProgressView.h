#pragma once

#include "core/auth/Actor.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace threerings {
class TrainingService;
} // namespace threerings

namespace threerings::ui {

// Trainees' practice so far (Action::ReadTrainingProgress): per trainee the sessions, passes, scenarios
// passed, last and mean score and whether they are ready for real calls; selecting one lists their sessions.
// Trainers see it in their console; supervisors open it from the Training menu ("Who is ready").
class ProgressView : public QWidget
{
    Q_OBJECT

public:
    ProgressView(TrainingService& training, Actor viewer, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void refresh();

private:
    void showSessions(int row);

    TrainingService& m_training;
    Actor m_viewer;
    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_sessions = nullptr;
};

} // namespace threerings::ui
