#pragma once

#include "core/auth/Actor.h"
#include "core/model/KbEntry.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTimer;

namespace threerings {
class WordsService;
}

namespace threerings::ui {

// The knowledge base beside the call: type any part of a word (one character is enough) and the
// solutions, directory lines and prices that contain it list at once; Ctrl+Return (or the button)
// copies the selected answer to the clipboard and offers it to the consultation log (answerChosen).
class KnowledgeSearchDialog : public QDialog
{
    Q_OBJECT

public:
    // Searches as the person `actor` names at the time of each search (the call's agent).
    KnowledgeSearchDialog(WordsService& words, std::function<Actor()> actor, QWidget* parent = nullptr);

    void setQuery(const QString& text);
    // Runs the search now (the field waits a moment after each key otherwise).
    void searchNow();
    QList<KbEntry> results() const { return m_results; }

signals:
    // The answer the agent chose, for the consultation log.
    void answerChosen(const QString& answer);

private:
    void showCurrent();
    void copyCurrent();

    WordsService& m_words;
    std::function<Actor()> m_actor;
    QLineEdit* m_query;
    QComboBox* m_kind;
    QListWidget* m_list;
    QTextBrowser* m_detail;
    QLabel* m_status;
    QTimer* m_debounce;
    QList<KbEntry> m_results;
};

} // namespace threerings::ui
