#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace threerings {

// How a call or a problem form is classified (SPEC §2 step 6): 技术质量 · 服务 · 销售 · 其它.
enum class Category
{
    Technical,
    Service,
    Sales,
    Other,
};

// The stored keys ("technical", "service", "sales", "other") and the words on screen.
class CategoryNames
{
    Q_DECLARE_TR_FUNCTIONS(Category)

public:
    static QString key(Category c);
    static std::optional<Category> fromKey(const QString& key);
    static QString label(Category c);
    static QStringList keys();
};

} // namespace threerings
