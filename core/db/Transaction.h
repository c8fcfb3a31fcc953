#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>

namespace threerings {

class Database;

// BEGIN IMMEDIATE at the outermost level, SAVEPOINTs inside; rolls back unless committed.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; when not, error() says why (most often: the file is locked).
    bool ok() const { return m_status.ok(); }
    const Status& status() const { return m_status; }
    Status commit();

private:
    Status exec(const QString& sql);

    Database& m_db;
    Status m_status;
    int m_level = 0;
    bool m_done = false;
};

} // namespace threerings
