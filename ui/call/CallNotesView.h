#pragma once

#include "core/words/PhraseMatcher.h"

#include <QFrame>
#include <memory>

class QLabel;
class QPlainTextEdit;

namespace threerings::ui {

class PhraseHighlighter;

// The agent's notes on the call (saved to calls.summary): banned phrases are underlined as they are typed,
// with what to say instead below the field. The notes are saved when the field loses the focus and when the
// call ends (editingFinished); a knowledge-base answer can be appended with one key.
class CallNotesView : public QFrame
{
    Q_OBJECT

public:
    CallNotesView(std::shared_ptr<const PhraseMatcher> matcher, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void append(const QString& text);
    void setMatcher(std::shared_ptr<const PhraseMatcher> matcher);
    QPlainTextEdit* editor() const { return m_edit; }
    PhraseHighlighter* highlighter() const { return m_highlighter; }

Q_SIGNALS:
    // The field lost the focus: time to save.
    void editingFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showHits();

    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_hint = nullptr;
    PhraseHighlighter* m_highlighter = nullptr;
};

} // namespace threerings::ui
