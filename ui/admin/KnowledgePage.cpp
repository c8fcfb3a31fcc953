#include "ui/admin/KnowledgePage.h"

#include "core/util/HotlineTime.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace threerings::ui {

KnowledgePage::KnowledgePage(KnowledgeService& knowledge, QList<User> staff, const Actor& actor,
                             QWidget* parent)
    : SetupPage(actor, QStringLiteral("knowledgePage"), parent), m_knowledge(knowledge)
{
    setManageAction(Action::ManageScripts);
    for (const User& u : staff)
        m_names.insert(u.meta.id, u.jobNumber + QLatin1Char(' ') + u.name);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    form()->addRow(tr("&Title"), m_title);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString& k : KbEntry::kinds())
        m_kind->addItem(KbEntry::kindLabel(k), k);
    form()->addRow(tr("&Kind"), m_kind);
    m_category = new QLineEdit(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setPlaceholderText(tr("三包, a product, a region …"));
    form()->addRow(tr("&Category"), m_category);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);
    form()->addRow(tr("&Answer"), m_body);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("words callers use, separated by spaces"));
    form()->addRow(tr("Search &words"), m_tags);
    m_changed = new QLabel(this);
    m_changed->setObjectName(QStringLiteral("changedBy"));
    form()->addRow(tr("Last changed"), m_changed);
    reload();
}

QStringList KnowledgePage::headers() const
{
    return {tr("Title"), tr("Kind"), tr("Category"), tr("Changed by"), tr("Changed on"), tr("State")};
}

Result<QList<QStringList>> KnowledgePage::rows(const QString& search, bool retiredToo)
{
    auto found = m_knowledge.search(actor(), search, retiredToo && mayEdit());
    if (!found)
        return found.error();
    m_shown = found.value();
    QList<QStringList> out;
    for (const KbEntry& e : m_shown)
        out << QStringList{e.title,
                           KbEntry::kindLabel(e.kind),
                           e.category,
                           e.meta.updatedBy.isEmpty() ? tr("shipped") : m_names.value(e.meta.updatedBy),
                           hotlineMinuteText(e.meta.updatedAt),
                           stateLabel(e.active)};
    return out;
}

void KnowledgePage::load(int index)
{
    m_loaded = index >= 0 && index < m_shown.size() ? m_shown.at(index) : KbEntry();
    m_title->setText(m_loaded.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_loaded.kind)));
    m_category->setText(m_loaded.category);
    m_body->setPlainText(m_loaded.body);
    m_tags->setText(m_loaded.tags);
    m_changed->setText(m_loaded.meta.isStored()
                           ? tr("%1, %2").arg(m_loaded.meta.updatedBy.isEmpty()
                                                  ? tr("shipped")
                                                  : m_names.value(m_loaded.meta.updatedBy),
                                              hotlineMinuteText(m_loaded.meta.updatedAt))
                           : QString());
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_kind, m_category, m_tags})
        w->setEnabled(mayEdit());
    m_body->setReadOnly(!mayEdit());
}

void KnowledgePage::fill(const KbEntry& e)
{
    m_title->setText(e.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(e.kind)));
    m_category->setText(e.category);
    m_body->setPlainText(e.body);
    m_tags->setText(e.tags);
}

Result<QString> KnowledgePage::store()
{
    KbEntry e = m_loaded;
    e.title = m_title->text().trimmed();
    e.kind = m_kind->currentData().toString();
    e.category = m_category->text().trimmed();
    e.body = m_body->toPlainText().trimmed();
    e.tags = m_tags->text().trimmed();
    auto saved = m_knowledge.save(actor(), e);
    if (!saved)
        return saved.error();
    return saved->title;
}

Status KnowledgePage::storeActive(int index, bool active)
{
    if (index < 0 || index >= m_shown.size())
        return {};
    return m_knowledge.setActive(actor(), m_shown.at(index).meta.id, active);
}

QString KnowledgePage::emptyText() const
{
    return tr("The knowledge base is empty. Agents search it during calls: add the first answer with New, or "
              "import "
              "the hotline's list with Import….");
}

} // namespace threerings::ui
