#pragma once

#include "core/words/PhraseMatcher.h"

#include <QSyntaxHighlighter>
#include <memory>

class QPlainTextEdit;
class QTextEdit;

namespace threerings {
class PhraseGuard;
}

namespace threerings::ui {

// Underlines banned phrases as the agent types, in any QTextEdit or QPlainTextEdit, and shows what to
// say instead as the tooltip over the phrase. The matcher is shared (one per phrase list); attached to the
// console's PhraseGuard, the highlighter takes the guard's new matcher whenever the list changes.
class PhraseHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    PhraseHighlighter(QTextDocument* document, std::shared_ptr<const PhraseMatcher> matcher);

    // Highlights the editor's text and shows suggestions as tooltips; the highlighter is the editor's child.
    static PhraseHighlighter* attach(QTextEdit* editor, std::shared_ptr<const PhraseMatcher> matcher);
    static PhraseHighlighter* attach(QPlainTextEdit* editor, std::shared_ptr<const PhraseMatcher> matcher);
    // The same, checking against the guard's matcher now and after every change of the list.
    static PhraseHighlighter* attach(QTextEdit* editor, const PhraseGuard& guard);
    static PhraseHighlighter* attach(QPlainTextEdit* editor, const PhraseGuard& guard);
    // From now on takes the guard's matcher whenever it changes (and re-highlights).
    void follow(const PhraseGuard& guard);

    void setMatcher(std::shared_ptr<const PhraseMatcher> matcher);
    // The hits of the whole document (offsets in the document).
    QList<PhraseHit> hits() const;
    // The hit at a document position, if any.
    std::optional<PhraseHit> hitAt(int position) const;

    // Before saving a customer-facing text: true when it has no banned phrase, or the agent confirms
    // sending it anyway after seeing the phrases and their alternatives.
    static bool confirmSave(QWidget* parent, const PhraseMatcher& matcher, const QString& text);

signals:
    void hitCountChanged(int count);

protected:
    void highlightBlock(const QString& text) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::shared_ptr<const PhraseMatcher> m_matcher;
    int m_lastCount = -1;
};

} // namespace threerings::ui
