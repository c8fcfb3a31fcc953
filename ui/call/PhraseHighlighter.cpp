#include "ui/call/PhraseHighlighter.h"

#include "core/words/PhraseGuard.h"

#include <QHelpEvent>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolTip>

namespace threerings::ui {

PhraseHighlighter::PhraseHighlighter(QTextDocument* document, std::shared_ptr<const PhraseMatcher> matcher)
    : QSyntaxHighlighter(document), m_matcher(std::move(matcher))
{}

PhraseHighlighter* PhraseHighlighter::attach(QTextEdit* editor, std::shared_ptr<const PhraseMatcher> matcher)
{
    auto* h = new PhraseHighlighter(editor->document(), std::move(matcher));
    h->setParent(editor);
    h->setObjectName(QStringLiteral("phraseHighlighter"));
    editor->viewport()->installEventFilter(h);
    editor->viewport()->setProperty("threerings_editor", QVariant::fromValue<QObject*>(editor));
    return h;
}

PhraseHighlighter* PhraseHighlighter::attach(QPlainTextEdit* editor,
                                             std::shared_ptr<const PhraseMatcher> matcher)
{
    auto* h = new PhraseHighlighter(editor->document(), std::move(matcher));
    h->setParent(editor);
    h->setObjectName(QStringLiteral("phraseHighlighter"));
    editor->viewport()->installEventFilter(h);
    editor->viewport()->setProperty("threerings_editor", QVariant::fromValue<QObject*>(editor));
    return h;
}

PhraseHighlighter* PhraseHighlighter::attach(QTextEdit* editor, const PhraseGuard& guard)
{
    auto* h = attach(editor, guard.matcher());
    h->follow(guard);
    return h;
}

PhraseHighlighter* PhraseHighlighter::attach(QPlainTextEdit* editor, const PhraseGuard& guard)
{
    auto* h = attach(editor, guard.matcher());
    h->follow(guard);
    return h;
}

void PhraseHighlighter::follow(const PhraseGuard& guard)
{
    connect(&guard, &PhraseGuard::changed, this, [this, g = &guard] { setMatcher(g->matcher()); });
}

void PhraseHighlighter::setMatcher(std::shared_ptr<const PhraseMatcher> matcher)
{
    m_matcher = std::move(matcher);
    rehighlight();
}

void PhraseHighlighter::highlightBlock(const QString& text)
{
    if (!m_matcher)
        return;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(Qt::red);
    for (const PhraseHit& h : m_matcher->find(text)) {
        format.setToolTip(tr("Banned phrase \"%1\"; say instead: %2").arg(h.phrase, h.suggestion));
        setFormat(h.start, h.end - h.start, format);
    }
    const int count = int(hits().size());
    if (count != m_lastCount) {
        m_lastCount = count;
        emit hitCountChanged(count);
    }
}

QList<PhraseHit> PhraseHighlighter::hits() const
{
    QList<PhraseHit> all;
    if (!m_matcher || !document())
        return all;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        for (PhraseHit h : m_matcher->find(b.text())) {
            h.start += b.position();
            h.end += b.position();
            all.append(h);
        }
    }
    return all;
}

std::optional<PhraseHit> PhraseHighlighter::hitAt(int position) const
{
    if (!m_matcher || !document())
        return std::nullopt;
    const QTextBlock b = document()->findBlock(position);
    for (PhraseHit h : m_matcher->find(b.text())) {
        if (position >= b.position() + h.start && position < b.position() + h.end) {
            h.start += b.position();
            h.end += b.position();
            return h;
        }
    }
    return std::nullopt;
}

bool PhraseHighlighter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QSyntaxHighlighter::eventFilter(watched, event);
    auto* help = static_cast<QHelpEvent*>(event);
    QObject* editor = watched->property("threerings_editor").value<QObject*>();
    int position = -1;
    if (auto* te = qobject_cast<QTextEdit*>(editor))
        position = te->cursorForPosition(help->pos()).position();
    else if (auto* pe = qobject_cast<QPlainTextEdit*>(editor))
        position = pe->cursorForPosition(help->pos()).position();
    if (const auto hit = hitAt(position)) {
        QToolTip::showText(help->globalPos(),
                           tr("Banned phrase \"%1\"; say instead: %2").arg(hit->phrase, hit->suggestion),
                           qobject_cast<QWidget*>(watched));
        return true;
    }
    QToolTip::hideText();
    return false;
}

bool PhraseHighlighter::confirmSave(QWidget* parent, const PhraseMatcher& matcher, const QString& text)
{
    const QList<PhraseHit> hits = matcher.find(text);
    if (hits.isEmpty())
        return true;
    QStringList lines;
    for (const PhraseHit& h : hits)
        lines << tr("\"%1\" — say instead: %2").arg(h.matched, h.suggestion);
    QMessageBox box(QMessageBox::Warning, tr("Banned phrases"),
                    tr("This text goes to the customer and contains banned phrases:\n\n%1\n\nSave it anyway?")
                        .arg(lines.join(QLatin1Char('\n'))),
                    QMessageBox::Save | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("bannedPhraseConfirm"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}

} // namespace threerings::ui
