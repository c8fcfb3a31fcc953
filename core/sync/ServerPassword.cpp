#include "core/sync/ServerPassword.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace threerings {

namespace {

const QString service = QStringLiteral("ThreeRings");

// Runs a keychain job to its end (they report through a signal), at most a few seconds.
bool runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished && job.error() == QKeychain::NoError;
}

} // namespace

Result<QString> ServerPassword::fromKeychain(const QString& key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    if (!runJob(job))
        return Error::io(tr("No server password in the keychain for %1: %2").arg(key, job.errorString()));
    return job.textData();
}

bool ServerPassword::inEnvironment()
{
    return !qEnvironmentVariableIsEmpty("THREERINGS_SERVER_PASSWORD");
}

QString ServerPassword::forNewLogin()
{
    return qEnvironmentVariable("THREERINGS_SERVER_NEW_PASSWORD");
}

Status ServerPassword::resolve(ServerConfig& config)
{
    if (!config.password.isEmpty())
        return {};
    const QByteArray env = qgetenv("THREERINGS_SERVER_PASSWORD");
    if (!env.isEmpty()) {
        config.password = QString::fromUtf8(env);
        return {};
    }
    auto stored = fromKeychain(config.keychainKey());
    if (stored) {
        config.password = stored.value();
        return {};
    }
    return Error::io(tr("No password for the server login %1: an admin enters it in Admin ▸ Server… (kept in "
                        "the keychain), or set THREERINGS_SERVER_PASSWORD for a headless run.")
                         .arg(config.user));
}

Status ServerPassword::store(const ServerConfig& config)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(config.keychainKey());
    job.setTextData(config.password);
    if (!runJob(job))
        return Error::io(tr("Could not keep the server password in the keychain: %1. Set "
                            "THREERINGS_SERVER_PASSWORD instead on this computer.")
                             .arg(job.errorString()));
    return {};
}

} // namespace threerings
