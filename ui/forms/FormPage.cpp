#include "ui/forms/FormPage.h"

#include "core/util/HotlineTime.h"
#include "ui/call/PhraseHighlighter.h"
#include "ui/forms/FormServices.h"
#include "ui/shell/ShortcutTable.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace threerings::ui {

namespace {
const QString errorStyle = QStringLiteral("color: #b00020;");
}

FormPage::FormPage(FormServices& services, RecordKind draftKind, QWidget* parent)
    : QWidget(parent), m_services(services), m_draftKind(draftKind)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("formStatus"));
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_status);
    outer->addLayout(header);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("formClock"));
    m_clock->setWordWrap(true);
    m_clock->hide();
    outer->addWidget(m_clock);
    m_apology = new QLabel(this);
    m_apology->setObjectName(QStringLiteral("formApology"));
    m_apology->setWordWrap(true);
    m_apology->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apology->hide();
    outer->addWidget(m_apology);
    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("formError"));
    m_generalError->setStyleSheet(errorStyle);
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    outer->addWidget(m_generalError);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(m_scroll);
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(0, 0, 8, 0);
    m_body->addStretch();
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll, 1);

    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();
    outer->addLayout(m_buttons);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, [this] { (void)saveDraft(); });
    connect(qApp, &QApplication::focusChanged, this, &FormPage::onFocusChanged);

    auto* save = new QShortcut(shortcut(ShortcutId::FormSave).keys.constFirst(), this);
    tagShortcut(save, ShortcutId::FormSave);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] { (void)this->save(); });
    for (const QKeySequence& key : shortcut(ShortcutId::FormNextStep).keys) {
        auto* next = new QShortcut(key, this);
        tagShortcut(next, ShortcutId::FormNextStep);
        next->setContext(Qt::WidgetWithChildrenShortcut);
        connect(next, &QShortcut::activated, this, [this] { (void)nextStep(); });
    }
    const QList<QKeySequence>& sectionKeys = shortcut(ShortcutId::FormSection).keys;
    for (int i = 0; i < int(sectionKeys.size()); ++i) {
        auto* jump = new QShortcut(sectionKeys.at(i), this);
        tagShortcut(jump, ShortcutId::FormSection);
        jump->setContext(Qt::WidgetWithChildrenShortcut);
        connect(jump, &QShortcut::activated, this, [this, i] { goToSection(i); });
    }
    auto* down = new QShortcut(shortcut(ShortcutId::FormNextSection).keys.constFirst(), this);
    tagShortcut(down, ShortcutId::FormNextSection);
    down->setContext(Qt::WidgetWithChildrenShortcut);
    auto* up = new QShortcut(shortcut(ShortcutId::FormPreviousSection).keys.constFirst(), this);
    tagShortcut(up, ShortcutId::FormPreviousSection);
    up->setContext(Qt::WidgetWithChildrenShortcut);
    const auto current = [this] {
        for (int i = 0; i < m_sections.size(); ++i)
            if (m_sections.at(i)->isAncestorOf(QApplication::focusWidget()))
                return i;
        return -1;
    };
    connect(down, &QShortcut::activated, this, [this, current] { goToSection(current() + 1); });
    connect(up, &QShortcut::activated, this, [this, current] { goToSection(std::max(0, current() - 1)); });
}

FormPage::~FormPage()
{
    // The focus moves while the children go: this part of the view is gone by then.
    disconnect(qApp, nullptr, this, nullptr);
}

void FormPage::closeEvent(QCloseEvent* event)
{
    // Closing the view keeps what was typed: the draft is written one last time.
    (void)saveDraft();
    QWidget::closeEvent(event);
}

QFormLayout* FormPage::addSection(const QString& title)
{
    auto* box = new QGroupBox(tr("%1. %2").arg(m_sections.size() + 1).arg(title), m_scroll->widget());
    box->setObjectName(QStringLiteral("section%1").arg(m_sections.size() + 1));
    auto* form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_body->insertWidget(m_body->count() - 1, box);
    m_sections.append(box);
    return form;
}

void FormPage::addField(QFormLayout* section, const QString& label, QWidget* editor, const QString& field)
{
    editor->setObjectName(field);
    auto* holder = new QWidget(editor->parentWidget());
    auto* column = new QVBoxLayout(holder);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto* error = new QLabel(holder);
    error->setObjectName(field + QStringLiteral("Error"));
    error->setStyleSheet(errorStyle);
    error->setWordWrap(true);
    error->hide();
    column->addWidget(error);
    section->addRow(label, holder);
    if (auto* l = qobject_cast<QLabel*>(section->labelForField(holder)))
        l->setBuddy(editor);
    m_fields.insert(field, editor);
    m_errors.insert(field, error);
    m_fieldOrder.append(field);

    if (auto* e = qobject_cast<QLineEdit*>(editor))
        connect(e, &QLineEdit::textEdited, this, &FormPage::markDirty);
    else if (auto* t = qobject_cast<QPlainTextEdit*>(editor)) {
        t->setTabChangesFocus(true);
        connect(t, &QPlainTextEdit::textChanged, this, &FormPage::markDirty);
    } else if (auto* c = qobject_cast<QComboBox*>(editor))
        connect(c, &QComboBox::currentIndexChanged, this, &FormPage::markDirty);
    else if (auto* s = qobject_cast<QSpinBox*>(editor))
        connect(s, &QSpinBox::valueChanged, this, &FormPage::markDirty);
    else if (auto* d = qobject_cast<QDateEdit*>(editor))
        connect(d, &QDateEdit::dateChanged, this, &FormPage::markDirty);
}

QLabel* FormPage::addInfo(QFormLayout* section, const QString& label, const QString& objectName)
{
    auto* info = new QLabel(section->parentWidget());
    info->setObjectName(objectName);
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    section->addRow(label, info);
    return info;
}

void FormPage::guard(QPlainTextEdit* edit)
{
    PhraseHighlighter::attach(edit, m_services.guard());
}

bool FormPage::confirmPhrases(const QList<QPlainTextEdit*>& edits)
{
    for (QPlainTextEdit* e : edits)
        if (e->isEnabled() && !e->isReadOnly() &&
            !PhraseHighlighter::confirmSave(this, *m_services.matcher(), e->toPlainText())) {
            e->setFocus();
            return false;
        }
    return true;
}

void FormPage::setHeader(const QString& title, const QString& status)
{
    m_title->setText(title);
    m_status->setText(status);
    setWindowTitle(title);
}

void FormPage::setApology(const QString& words)
{
    m_apology->setText(words.isEmpty() ? QString() : tr("Say to the customer: “%1”").arg(words));
    m_apology->setVisible(!words.isEmpty());
}

void FormPage::setClock(const QString& text, bool late)
{
    m_clock->setText(text);
    m_clock->setVisible(!text.isEmpty());
    m_clock->setStyleSheet(late ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_clock->setProperty("late", late);
}

void FormPage::addBanner(QWidget* banner)
{
    auto* outer = static_cast<QVBoxLayout*>(layout());
    outer->insertWidget(outer->indexOf(m_scroll), banner);
}

QBoxLayout* FormPage::buttonRow() const
{
    return m_buttons;
}

QJsonObject FormPage::fieldValues() const
{
    QJsonObject o;
    for (const QString& field : m_fieldOrder) {
        QWidget* w = m_fields.value(field);
        if (auto* e = qobject_cast<QLineEdit*>(w))
            o.insert(field, e->text());
        else if (auto* t = qobject_cast<QPlainTextEdit*>(w))
            o.insert(field, t->toPlainText());
        else if (auto* c = qobject_cast<QComboBox*>(w))
            o.insert(field, c->currentData().isValid() ? c->currentData().toString() : c->currentText());
        else if (auto* s = qobject_cast<QSpinBox*>(w))
            o.insert(field, s->value());
        else if (auto* d = qobject_cast<QDateEdit*>(w))
            o.insert(field, d->date().toString(Qt::ISODate));
    }
    return o;
}

void FormPage::setFieldValues(const QJsonObject& values)
{
    m_restoring = true;
    for (auto it = values.begin(); it != values.end(); ++it) {
        QWidget* w = m_fields.value(it.key());
        if (auto* e = qobject_cast<QLineEdit*>(w))
            e->setText(it.value().toString());
        else if (auto* t = qobject_cast<QPlainTextEdit*>(w))
            t->setPlainText(it.value().toString());
        else if (auto* c = qobject_cast<QComboBox*>(w)) {
            int i = c->findData(it.value().toString());
            if (i < 0)
                i = c->findText(it.value().toString());
            // A name as said ("北关支行") for an item shown with its code first ("A07 北关支行").
            if (i < 0 && !it.value().toString().isEmpty())
                i = c->findText(QLatin1Char(' ') + it.value().toString(), Qt::MatchEndsWith);
            if (i >= 0)
                c->setCurrentIndex(i);
        } else if (auto* s = qobject_cast<QSpinBox*>(w))
            s->setValue(it.value().toInt());
        else if (auto* d = qobject_cast<QDateEdit*>(w))
            d->setDate(QDate::fromString(it.value().toString(), Qt::ISODate));
    }
    m_restoring = false;
}

void FormPage::markDirty()
{
    if (m_restoring)
        return;
    m_dirty = true;
    m_draftTimer->start();
}

void FormPage::onFocusChanged(QWidget* old, QWidget* now)
{
    if (m_dirty && old && isAncestorOf(old) && old != now)
        (void)saveDraft();
}

bool FormPage::saveDraft()
{
    m_draftTimer->stop();
    if (!m_dirty)
        return false;
    auto saved = m_services.drafts().save(m_services.actor(), m_draftKind, recordId(), fieldValues());
    if (!saved) {
        Q_EMIT message(saved.error().message);
        return false;
    }
    m_dirty = false;
    return true;
}

bool FormPage::restoreDraft()
{
    auto draft = m_services.drafts().find(m_services.actor(), m_draftKind, recordId());
    if (!draft || !draft->has_value())
        return false;
    setFieldValues((*draft)->fields);
    Q_EMIT message(
        tr("Your unsaved typing of %1 was restored.")
            .arg((*draft)->savedAt.toTimeZone(hotlineTimeZone()).toString(QStringLiteral("HH:mm:ss"))));
    return true;
}

void FormPage::setDraftRecord(const QString& previousId)
{
    (void)m_services.drafts().discard(m_services.actor(), m_draftKind, previousId);
}

void FormPage::afterSave(const QString& statusText)
{
    m_draftTimer->stop();
    m_dirty = false;
    (void)m_services.drafts().discard(m_services.actor(), m_draftKind, recordId());
    clearErrors();
    Q_EMIT message(statusText);
    Q_EMIT saved();
}

void FormPage::showError(const Error& error)
{
    clearErrors();
    if (QLabel* label = m_errors.value(error.field)) {
        label->setText(error.message);
        label->show();
        QWidget* editor = m_fields.value(error.field);
        editor->setFocus();
        m_scroll->ensureWidgetVisible(editor);
    } else {
        m_generalError->setText(error.message);
        m_generalError->show();
    }
    Q_EMIT message(error.message);
}

void FormPage::clearErrors()
{
    for (QLabel* l : std::as_const(m_errors))
        l->hide();
    m_generalError->hide();
}

QString FormPage::errorText(const QString& field) const
{
    if (field.isEmpty())
        return m_generalError->isHidden() ? QString() : m_generalError->text();
    QLabel* l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void FormPage::goToSection(int index)
{
    if (index < 0 || index >= m_sections.size())
        return;
    QGroupBox* box = m_sections.at(index);
    m_scroll->ensureWidgetVisible(box, 0, 0);
    for (QWidget* w : box->findChildren<QWidget*>())
        if (w->focusPolicy() & Qt::TabFocus && w->isEnabled() && !w->isHidden()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    box->setFocus();
}

} // namespace threerings::ui
