#include "core/training/PracticeStore.h"

#include "core/auth/UserRepository.h"
#include "core/db/Database.h"
#include "core/forms/ProblemFormRepository.h"
#include "core/model/Category.h"
#include "core/model/User.h"

#include <QDir>
#include <QFileInfo>

namespace threerings {

QString PracticeStore::pathFor(const QString& mainDbPath)
{
    const QFileInfo info(mainDbPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-practice.sqlite"));
}

PracticeStore::PracticeStore(std::unique_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db)), m_clock(clock)
{}

PracticeStore::~PracticeStore() = default;

Result<std::unique_ptr<PracticeStore>> PracticeStore::open(const QString& mainDbPath, const Clock& clock)
{
    if (mainDbPath.isEmpty())
        return Error::usage(tr("The practice area needs the main database's path."));
    auto db = Database::open(pathFor(mainDbPath), Database::Open::CreateIfMissing);
    if (!db)
        return db.error();
    return std::unique_ptr<PracticeStore>(new PracticeStore(std::move(db.value()), clock));
}

Result<QString> PracticeStore::practiceUserId(const Actor& trainee)
{
    UserRepository users(*m_db, m_clock);
    const QString jobNumber = trainee.jobNumber.isEmpty() ? QStringLiteral("0000") : trainee.jobNumber;
    if (auto found = users.findByJobNumber(jobNumber))
        return found->meta.id;
    User u;
    u.jobNumber = jobNumber;
    u.name = trainee.name.isEmpty() ? jobNumber : trainee.name;
    u.roles = {Role::Trainee};
    auto stored = users.insert(u, trainee.stamp());
    if (!stored)
        return stored.error();
    return stored->meta.id;
}

Result<ProblemForm> PracticeStore::recordForm(const Actor& trainee, const QString& sessionId,
                                              const QJsonObject& form)
{
    auto agent = practiceUserId(trainee);
    if (!agent)
        return agent.error();
    ProblemForm f;
    f.agentId = agent.value();
    f.category = CategoryNames::fromKey(form.value(QStringLiteral("category")).toString());
    f.customerName = form.value(QStringLiteral("customer_name")).toString();
    f.phoneMobile = form.value(QStringLiteral("phone")).toString();
    f.address = form.value(QStringLiteral("outlet")).toString();
    f.description = form.value(QStringLiteral("description")).toString();
    f.acceptanceRecord = tr("Practice session %1").arg(sessionId);
    ProblemFormRepository repo(*m_db, m_clock);
    return repo.create(f, QString());
}

} // namespace threerings
