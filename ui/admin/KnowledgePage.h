#pragma once

#include "core/model/User.h"
#include "core/words/KnowledgeService.h"
#include "ui/admin/SetupPage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace threerings::ui {

// The knowledge base as the hotline keeps it: solutions, the directory (通讯录) and the price list, with
// categories, who changed each entry last, and retired entries out of the agents' search.
class KnowledgePage : public SetupPage
{
    Q_OBJECT

public:
    KnowledgePage(KnowledgeService& knowledge, QList<User> staff, const Actor& actor,
                  QWidget* parent = nullptr);

    // For tests: fill the form as a person would.
    void fill(const KbEntry& entry);

protected:
    QStringList headers() const override;
    Result<QList<QStringList>> rows(const QString& search, bool retiredToo) override;
    void load(int index) override;
    Result<QString> store() override;
    Status storeActive(int index, bool active) override;
    QString emptyText() const override;

private:
    KnowledgeService& m_knowledge;
    QHash<QString, QString> m_names; // users.id → "1001 王芳"
    QList<KbEntry> m_shown;
    KbEntry m_loaded;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_category = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLineEdit* m_tags = nullptr;
    QLabel* m_changed = nullptr;
};

} // namespace threerings::ui
