#include "core/util/OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <mutex>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace threerings {

namespace {

std::mutex& scopeMutex()
{
    static std::mutex m;
    return m;
}

int scopes = 0;
#ifdef Q_OS_UNIX
mode_t savedMask = 0;
#endif

} // namespace

OwnerOnly::Scope::Scope()
{
    const std::lock_guard<std::mutex> lock(scopeMutex());
#ifdef Q_OS_UNIX
    if (scopes == 0)
        savedMask = ::umask(077);
#endif
    ++scopes;
}

OwnerOnly::Scope::~Scope()
{
    const std::lock_guard<std::mutex> lock(scopeMutex());
    if (--scopes == 0) {
#ifdef Q_OS_UNIX
        ::umask(savedMask);
#endif
    }
}

bool OwnerOnly::makePath(const QString& dir)
{
    const Scope owner;
    return QDir().mkpath(dir);
}

bool OwnerOnly::tighten(const QString& path)
{
    return QFile::setPermissions(path, FileMode);
}

} // namespace threerings
