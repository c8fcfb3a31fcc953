#pragma once

#include "core/db/RecordMeta.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace threerings {

// One entry of the knowledge base beside the call (SPEC §2.1): a common-problem solution
// (通常性问题处理方案), a directory line (通讯录) or a price (产品报价).
struct KbEntry
{
    Q_DECLARE_TR_FUNCTIONS(KbEntry)

public:
    RecordMeta meta;
    QString kind = QStringLiteral("solution"); // solution, directory, price
    QString title;
    QString body;
    QString tags;
    QString language;
    QString category;   // 三包, 消费者权益保护法, a product … (free text the hotline chooses)
    bool active = true; // a retired entry is found no more; the trail keeps who changed what

    static bool isKind(const QString& kind);
    // The kinds as stored, and as people read them.
    static QStringList kinds();
    static QString kindLabel(const QString& kind);
    // Whether the entry can be saved; the message names the field and the fix.
    Status validate() const;
    // What the agent copies into the consultation log: the title and the answer.
    QString answerText() const { return body.isEmpty() ? title : title + QStringLiteral(": ") + body; }
};

} // namespace threerings
