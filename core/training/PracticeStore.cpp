#include "core/training/PracticeStore.h"

#include "core/auth/UserRepository.h"
#include "core/customers/OutletRepository.h"
#include "core/db/Database.h"
#include "core/model/Category.h"
#include "core/model/User.h"
#include "core/training/PracticeDeskQueries.h"
#include "core/training/Scenario.h"

#include <QCryptographicHash>
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

Result<PracticeDesk> PracticeStore::desk(const Actor& trainee, const QString& mainDbPath,
                                         const Scenario& scenario)
{
    if (!mainDbPath.isEmpty() && QFileInfo(mainDbPath).exists()) {
        if (Status s = PracticeDeskQueries(*m_db, m_clock).copyListsFrom(mainDbPath); !s)
            return s.error();
    }
    OutletRepository outlets(*m_db, m_clock);
    const QString outletName = scenario.expected.outlet.trimmed();
    if (!outletName.isEmpty() && !outlets.findByName(outletName)) {
        // The scenario's outlet, when the hotline has none of that name: a practice outlet of the practice
        // file, coded from its name so every practice console makes the same one.
        Outlet o;
        o.code =
            tr("Practice-%1")
                .arg(QString::fromLatin1(
                    QCryptographicHash::hash(outletName.toUtf8(), QCryptographicHash::Sha1).toHex().left(4)));
        o.name = outletName;
        if (auto stored = outlets.insert(o, trainee.stamp()); !stored)
            return stored.error();
    }
    auto agent = practiceUserId(trainee);
    if (!agent)
        return agent.error();
    PracticeDesk d;
    d.db = m_db.get();
    d.agent.userId = agent.value();
    d.agent.jobNumber = trainee.jobNumber;
    d.agent.name = trainee.name;
    d.agent.roles = {Role::Agent};
    d.blank.phoneMobile = scenario.personaPhone;
    return d;
}

QJsonObject PracticeStore::formFacts(const ProblemForm& form) const
{
    QString outlet;
    if (!form.outletId.isEmpty()) {
        if (auto o = OutletRepository(*m_db, m_clock).get(form.outletId))
            outlet = o->name;
    }
    const bool passedOn =
        !form.handlerId.isEmpty() || !form.handlerDepartmentId.isEmpty() || form.transferredAt.isValid();
    return {{QStringLiteral("category"), form.category ? CategoryNames::key(*form.category) : QString()},
            {QStringLiteral("customer_name"), form.customerName},
            {QStringLiteral("phone"), form.phoneMobile.isEmpty() ? form.phoneOffice : form.phoneMobile},
            {QStringLiteral("outlet"), outlet},
            {QStringLiteral("description"), form.description},
            {QStringLiteral("transfer"), passedOn}};
}

} // namespace threerings
