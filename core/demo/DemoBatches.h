#pragma once

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/util/Result.h"

#include <QRandomGenerator>
#include <QString>
#include <initializer_list>
#include <optional>

// The pieces DemoData's generator is made of: the people and customers it refers back to, the batched
// transaction and the weighted draw.
namespace threerings::demo {

struct Person
{
    QString id;
    QString jobNumber;
    QString name;
};

struct CustomerRef
{
    QString id;
    QString name;
    QString unit;
    QString mobile;
    QString address;
    QString deviceId;
    QString product;
    int city = 0;
};

// Commits every few thousand rows so memory and the WAL stay bounded on a million-customer run.
class Batches
{
public:
    explicit Batches(Database& db) : m_db(db) {}
    Status begin()
    {
        m_tx.emplace(m_db);
        return m_tx->status();
    }
    Status wrote()
    {
        if (++m_pending < 20000)
            return {};
        return flush();
    }
    Status flush()
    {
        if (Status s = m_tx->commit(); !s)
            return s;
        m_pending = 0;
        return begin();
    }
    Status finish() { return m_tx->commit(); }

private:
    Database& m_db;
    std::optional<Transaction> m_tx;
    int m_pending = 0;
};

#define DEMO_TRY(var, expr)                                                                                  \
    auto var = (expr);                                                                                       \
    if (!var)                                                                                                \
        return var.error();

#define DEMO_CHECK(expr)                                                                                     \
    if (Status s_ = (expr); !s_)                                                                             \
        return s_.error();

inline int draw(QRandomGenerator& rng, std::initializer_list<int> weights)
{
    int total = 0;
    for (int x : weights)
        total += x;
    int r = int(rng.bounded(total));
    int i = 0;
    for (int x : weights) {
        if (r < x)
            return i;
        r -= x;
        ++i;
    }
    return 0;
}

} // namespace threerings::demo
