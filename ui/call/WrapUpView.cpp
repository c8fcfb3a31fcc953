#include "ui/call/WrapUpView.h"

#include "core/calls/AgentStates.h"
#include "core/calls/CallSession.h"
#include "core/model/Call.h"
#include "core/model/Category.h"
#include "ui/call/CallPanel.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {

const QList<Category> kCategories{Category::Technical, Category::Service, Category::Sales, Category::Other};

QPushButton* choice(QWidget* parent, const QString& key, const QString& label, const QString& name)
{
    auto* b = new QPushButton(QStringLiteral("%1  %2").arg(key, label), parent);
    b->setObjectName(name);
    b->setCheckable(true);
    b->setFocusPolicy(Qt::NoFocus); // the keys choose; a focused button must not catch Space or Enter
    b->setMinimumHeight(32);
    return b;
}

} // namespace

WrapUpView::WrapUpView(CallSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("wrapUp"));
    setFocusPolicy(Qt::StrongFocus);
    auto* title = new QLabel(tr("Wrap-up: finish the call"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    m_left = new QLabel(this);
    m_left->setObjectName(QStringLiteral("wrapUpLeft"));
    m_opened = new QLabel(this);
    m_opened->setObjectName(QStringLiteral("wrapUpOpened"));
    m_opened->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Category:"), this), 0, 0);
    m_categories = new QButtonGroup(this);
    for (int i = 0; i < kCategories.size(); ++i) {
        const Category c = kCategories.at(i);
        auto* b = choice(this, QString::number(i + 1), CategoryNames::label(c),
                         QStringLiteral("category-") + CategoryNames::key(c));
        m_categories->addButton(b, i);
        grid->addWidget(b, 0, i + 1);
    }
    grid->addWidget(new QLabel(tr("The call ended:"), this), 1, 0);
    m_outcomes = new QButtonGroup(this);
    const QList<CallOutcome> outcomes = CallOutcomes::choices();
    for (int i = 0; i < outcomes.size(); ++i) {
        auto* b = choice(this, QString::number((i + 5) % 10), CallOutcomes::label(outcomes.at(i)),
                         QStringLiteral("outcome-") + CallOutcomes::key(outcomes.at(i)));
        m_outcomes->addButton(b, i);
        grid->addWidget(b, 1 + i / 4, 1 + i % 4);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("wrapUpError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_finish = new QPushButton(tr("Finish and be Ready (Enter)"), this);
    m_finish->setObjectName(QStringLiteral("finishCall"));
    m_finish->setFocusPolicy(Qt::NoFocus);
    connect(m_finish, &QPushButton::clicked, this, [this] { (void)finish(); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_left);
    layout->addLayout(top);
    layout->addWidget(m_opened);
    layout->addLayout(grid);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addWidget(m_finish);
    layout->addLayout(bottom);
    setStyleSheet(QStringLiteral("QWidget#wrapUp { background: #fff8e1; border: 1px solid #e0c46c; "
                                 "border-radius: 6px; }"));
    setAttribute(Qt::WA_StyledBackground);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &WrapUpView::updateTimeLeft);
}

WrapUpView* WrapUpView::attach(CallPanel& panel, CallSession& session)
{
    auto* view = new WrapUpView(session, &panel);
    view->hide();
    connect(&session.states(), &AgentStates::changed, &panel, [&panel, view](AgentState state) {
        const bool on = state == AgentState::WrapUp;
        panel.showWrapUp(on ? view : nullptr);
        if (on) {
            view->refresh();
            view->setFocus(Qt::OtherFocusReason);
        }
    });
    // Signing out hides the call of the person who leaves at once, before the next one signs in.
    connect(&session, &CallSession::callerCardChanged, &panel, [&panel, &session] {
        if (session.agent().isNobody())
            panel.showWrapUp(nullptr);
    });
    return view;
}

void WrapUpView::refresh()
{
    const CallSession::Finish f = m_session.suggestedFinish();
    const int category = f.category ? int(kCategories.indexOf(*f.category)) : -1;
    for (QAbstractButton* b : m_categories->buttons())
        b->setChecked(m_categories->id(b) == category);
    const int outcome = int(CallOutcomes::choices().indexOf(f.outcome));
    for (QAbstractButton* b : m_outcomes->buttons())
        b->setChecked(m_outcomes->id(b) == outcome);
    m_opened->setText(f.opened.isEmpty()
                          ? tr("Nothing was opened on this call.")
                          : tr("Opened on this call: problem form %1.").arg(f.opened.join(tr(", "))));
    m_error->clear();
    updateTimeLeft();
    m_timer->start();
}

void WrapUpView::updateTimeLeft()
{
    const AgentStates& states = m_session.states();
    if (states.state() != AgentState::WrapUp) {
        m_timer->stop();
        return;
    }
    const qint64 left = states.wrapUpLeftMs();
    m_left->setText(left > 0 ? tr("%1 s left").arg((left + 999) / 1000)
                             : tr("over the wrap-up time: finish the call"));
    m_left->setStyleSheet(left > 0 ? QString() : QStringLiteral("color: #b3261e; font-weight: bold;"));
}

bool WrapUpView::finish()
{
    const int category = m_categories->checkedId();
    const int outcome = m_outcomes->checkedId();
    const Status finished =
        m_session.finishCall(category >= 0 ? std::optional<Category>(kCategories.at(category)) : std::nullopt,
                             outcome >= 0 ? CallOutcomes::choices().at(outcome) : CallOutcome::None);
    if (!finished) {
        m_error->setText(finished.error().message);
        return false;
    }
    if (Status ready = m_session.states().setReady(); !ready) {
        m_error->setText(ready.error().message);
        return false;
    }
    m_error->clear();
    return true;
}

void WrapUpView::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        if (key >= Qt::Key_1 && key <= Qt::Key_4) {
            m_categories->button(key - Qt::Key_1)->setChecked(true);
            return;
        }
        const int outcome = key == Qt::Key_0 ? 5 : key - Qt::Key_5;
        if ((key >= Qt::Key_5 && key <= Qt::Key_9) || key == Qt::Key_0) {
            if (QAbstractButton* b = m_outcomes->button(outcome))
                b->setChecked(true);
            return;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            (void)finish();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace threerings::ui
