#pragma once

#include "core/model/KbEntry.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTimer;

namespace threerings {
class KnowledgeRepository;
}

namespace threerings::ui {

// The knowledge base beside the call: type any part of a word (one character is enough) and the
// solutions, directory lines and prices that contain it list at once; Ctrl+Return (or the button)
// copies the selected answer to the clipboard and offers it to the consultation log (answerChosen).
class KnowledgeSearchDialog : public QDialog
{
    Q_OBJECT

public:
    KnowledgeSearchDialog(KnowledgeRepository& kb, QWidget* parent = nullptr);

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

    KnowledgeRepository& m_kb;
    QLineEdit* m_query;
    QComboBox* m_kind;
    QListWidget* m_list;
    QTextBrowser* m_detail;
    QLabel* m_status;
    QTimer* m_debounce;
    QList<KbEntry> m_results;
};

} // namespace threerings::ui
