#include "ui/call/CallNotesView.h"

#include "ui/call/PhraseHighlighter.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace threerings::ui {

CallNotesView::CallNotesView(std::shared_ptr<const PhraseMatcher> matcher, QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("callNotes"));
    auto* label = new QLabel(tr("Call &notes (saved with the call)"), this);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("callNotesEdit"));
    m_edit->setPlaceholderText(tr("What the caller needs, in their words; F9 finds an answer to copy here."));
    m_edit->setTabChangesFocus(true);
    // Space answers a ringing call: the field takes the keyboard only when clicked or called (Alt+N).
    m_edit->setFocusPolicy(Qt::ClickFocus);
    m_edit->installEventFilter(this);
    label->setBuddy(m_edit);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("callNotesHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_hint->hide();
    m_highlighter = PhraseHighlighter::attach(m_edit, std::move(matcher));
    // Not only when the count changes: one phrase may be replaced by another.
    connect(m_edit, &QPlainTextEdit::textChanged, this, &CallNotesView::showHits);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_hint);
}

QString CallNotesView::text() const
{
    return m_edit->toPlainText();
}

void CallNotesView::setText(const QString& text)
{
    m_edit->setPlainText(text);
}

void CallNotesView::append(const QString& text)
{
    const QString now = m_edit->toPlainText().trimmed();
    m_edit->setPlainText(now.isEmpty() ? text : now + QLatin1Char('\n') + text);
    m_edit->moveCursor(QTextCursor::End);
}

void CallNotesView::setMatcher(std::shared_ptr<const PhraseMatcher> matcher)
{
    m_highlighter->setMatcher(std::move(matcher));
    showHits();
}

void CallNotesView::showHits()
{
    const QList<PhraseHit> hits = m_highlighter->hits();
    QStringList lines;
    for (const PhraseHit& h : hits)
        lines << tr("“%1” is a banned phrase — say: %2").arg(h.matched, h.suggestion);
    m_hint->setText(lines.join(QLatin1Char('\n')));
    m_hint->setVisible(!hits.isEmpty());
}

bool CallNotesView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        Q_EMIT editingFinished();
    return QFrame::eventFilter(watched, event);
}

} // namespace threerings::ui
