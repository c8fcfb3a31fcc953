#include "ui/sip/SipKeychain.h"

#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace threerings::ui {

namespace {

const QString service = QStringLiteral("ThreeRings SIP line");

// Runs a keychain job to its end (or the timeout) on a local event loop. False on timeout.
bool runJob(QKeychain::Job& job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

Result<QString> SipKeychain::read(const QString& identity, int timeoutMs)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(service);
    job->setAutoDelete(false);
    job->setKey(entryFor(identity));
    if (!runJob(*job, timeoutMs))
        return Error::io(
            tr("The OS keychain did not answer; set THREERINGS_SIP_PASSWORD or unlock the keychain."));
    if (job->error() == QKeychain::EntryNotFound)
        return QString();
    if (job->error() != QKeychain::NoError)
        return Error::io(
            tr("The SIP password could not be read from the OS keychain: %1").arg(job->errorString()));
    return job->textData();
}

Result<QString> SipKeychain::password(const QString& identity, int timeoutMs)
{
    if (qEnvironmentVariableIsSet("THREERINGS_SIP_PASSWORD"))
        return qEnvironmentVariable("THREERINGS_SIP_PASSWORD");
    return read(identity, timeoutMs);
}

Status SipKeychain::write(const QString& identity, const QString& password, int timeoutMs)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(service);
    job->setAutoDelete(false);
    job->setKey(entryFor(identity));
    job->setTextData(password);
    if (!runJob(*job, timeoutMs))
        return Error::io(tr("The OS keychain did not answer; the SIP password was not saved."));
    if (job->error() != QKeychain::NoError)
        return Error::io(
            tr("The SIP password could not be saved in the OS keychain: %1").arg(job->errorString()));
    return {};
}

} // namespace threerings::ui
