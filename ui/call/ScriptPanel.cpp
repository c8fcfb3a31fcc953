#include "ui/call/ScriptPanel.h"

#include "core/calls/CallScript.h"
#include "ui/call/ScriptDriver.h"
#include "ui/shell/ShortcutTable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace threerings::ui {

ScriptPanel::ScriptPanel(CallScript& script, QWidget* parent)
    : QFrame(parent), m_script(new CallScriptDriver(script, this))
{
    build();
}

ScriptPanel::ScriptPanel(ScriptDriver& driver, QWidget* parent) : QFrame(parent), m_script(&driver)
{
    build();
}

void ScriptPanel::build()
{
    setObjectName(QStringLiteral("scriptPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("QFrame#scriptPanel { background: palette(base); border: 1px solid palette(mid);"
                       " border-radius: 6px; }"
                       "QLabel#scriptWords { background: #fff8e1; color: #202020; border-left: 4px solid"
                       " #c99a2e; padding: 8px 12px; }"));

    m_next = new QAction(tr("Said it, &next step"), this);
    m_next->setObjectName(QStringLiteral("scriptNextAction"));
    applyShortcut(m_next, ShortcutId::ScriptNext);
    m_next->setToolTip(tr("Tick the step as said and show the next one (F6 or Ctrl+Right)"));
    m_back = new QAction(tr("&Previous step"), this);
    m_back->setObjectName(QStringLiteral("scriptBackAction"));
    applyShortcut(m_back, ShortcutId::ScriptBack);
    m_back->setToolTip(tr("Back to the previous step (Ctrl+Left)"));
    m_skip = new QAction(tr("S&kip step"), this);
    m_skip->setObjectName(QStringLiteral("scriptSkipAction"));
    applyShortcut(m_skip, ShortcutId::ScriptSkip);
    m_skip->setToolTip(tr("Move on without ticking the step (F7); a skipped required step shows in My day"));
    connect(m_next, &QAction::triggered, this, [this] { m_script->advance(); });
    connect(m_back, &QAction::triggered, this, [this] {
        if (m_script->canGoBack())
            m_script->back();
    });
    connect(m_skip, &QAction::triggered, this, [this] { m_script->skip(); });

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("scriptHeading"));
    m_stepTitle = new QLabel(this);
    m_stepTitle->setObjectName(QStringLiteral("scriptStepTitle"));
    m_stepTitle->setWordWrap(true);
    QFont bold = font();
    bold.setBold(true);
    m_stepTitle->setFont(bold);
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("scriptWords"));
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.6);
    m_words->setFont(big);
    m_words->setMinimumHeight(QFontMetrics(big).lineSpacing() * 2 + 20);

    m_branches = new QWidget(this);
    m_branchRow = new QHBoxLayout(m_branches);
    m_branchRow->setContentsMargins(0, 0, 0, 0);

    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("scriptSteps"));
    m_steps->setFocusPolicy(Qt::NoFocus); // the keys belong to the call and the script actions
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setWordWrap(true);
    connect(m_steps, &QListWidget::itemChanged, this, &ScriptPanel::onItemChanged);
    // Room for the current step and the next (each may wrap to two lines), never fewer.
    m_steps->setMinimumHeight(m_steps->fontMetrics().lineSpacing() * 4 + 2 * m_steps->frameWidth() + 8);

    auto* buttons = new QWidget(this);
    m_buttonRow = new QHBoxLayout(buttons);
    m_buttonRow->setContentsMargins(0, 0, 0, 0);
    m_buttonRow->addWidget(button(m_back));
    m_buttonRow->addWidget(button(m_skip));
    QToolButton* next = button(m_next);
    next->setObjectName(QStringLiteral("scriptNextButton"));
    m_buttonRow->addWidget(next);
    m_buttonRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_words);
    layout->addWidget(m_branches);
    layout->addWidget(buttons);
    layout->addWidget(m_steps, 1);

    connect(m_script, &ScriptDriver::changed, this, &ScriptPanel::refresh);
    refresh();
}

QToolButton* ScriptPanel::button(QAction* action)
{
    auto* b = new QToolButton(this);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::NoFocus); // Space answers calls; a focused button must not catch it
    b->setMinimumHeight(32);
    return b;
}

void ScriptPanel::addButton(QAction* action)
{
    m_buttonRow->addWidget(button(action));
}

void ScriptPanel::refresh()
{
    const ScriptRunner* runner = m_script->runner();
    m_next->setEnabled(runner && !runner->finished());
    m_skip->setEnabled(runner && !runner->finished());
    m_back->setEnabled(m_script->canGoBack());
    qDeleteAll(m_branches->findChildren<QPushButton*>(Qt::FindDirectChildrenOnly));
    m_branches->hide();
    m_filling = true;
    m_steps->clear();
    if (!runner) {
        m_heading->setText(tr("Script"));
        m_stepTitle->setText(tr("The script starts when you answer a call."));
        m_words->clear();
        m_words->hide();
        m_filling = false;
        return;
    }
    const QList<ScriptStep>& steps = runner->steps();
    const int current = runner->currentIndex();
    m_heading->setText(
        runner->finished()
            ? tr("%1 · all steps done").arg(runner->script().name)
            : tr("%1 · step %2 of %3").arg(runner->script().name).arg(current + 1).arg(steps.size()));
    if (const ScriptStep* step = runner->current()) {
        m_stepTitle->setText(step->title);
        m_words->setText(runner->render(*step));
        m_words->show();
        for (const ScriptStep::Branch& branch : step->branches) {
            auto* b = new QPushButton(branch.label, m_branches);
            b->setFocusPolicy(Qt::NoFocus);
            connect(b, &QPushButton::clicked, this, [this, key = branch.key] { m_script->choose(key); });
            m_branchRow->addWidget(b);
        }
        m_branches->setVisible(!step->branches.isEmpty());
    } else {
        m_stepTitle->setText(tr("Wait for the caller to hang up first."));
        m_words->clear();
        m_words->hide();
    }
    for (int i = 0; i < steps.size(); ++i) {
        const ScriptStep& step = steps.at(i);
        const bool ticked = runner->isTicked(step.id);
        // Titles only, but the step after the current one shows its words too: the agent reads ahead.
        QString text = i == current ? tr("▶ %1").arg(step.title) : step.title;
        if (i == current + 1)
            text += QStringLiteral("\n") + runner->render(step);
        auto* item = new QListWidgetItem(text, m_steps);
        item->setData(Qt::UserRole, step.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        if (i == current) {
            QFont f = m_steps->font();
            f.setBold(true);
            item->setFont(f);
        } else if (i < current && !ticked && step.required) {
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
            item->setText(tr("%1 — required, not said").arg(step.title));
        } else if (i < current) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    // The current step and the next one stay in sight, however long the notes grow.
    if (current + 1 < steps.size())
        m_steps->scrollToItem(m_steps->item(current + 1));
    if (current < steps.size())
        m_steps->scrollToItem(m_steps->item(current));
    m_filling = false;
}

void ScriptPanel::onItemChanged(QListWidgetItem* item)
{
    if (m_filling)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const bool ticked = item->checkState() == Qt::Checked;
    // Queued: the list is rebuilt by the change, and the item must outlive this signal.
    QMetaObject::invokeMethod(
        this, [this, id, ticked] { m_script->setTicked(id, ticked); }, Qt::QueuedConnection);
}

} // namespace threerings::ui
