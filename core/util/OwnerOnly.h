#pragma once

#include <QFileDevice>
#include <QString>

namespace threerings {

// Files that hold the hotline's records (the database and its -wal/-shm, backups, exports, reports,
// call recordings) are readable by the account that runs the console only: files 0600, and the
// folders the console makes for them 0700. A file or folder that already exists keeps the mode its
// owner gave it.
class OwnerOnly
{
public:
    static constexpr QFileDevice::Permissions FileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions DirMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    // While one lives, the files and folders this process creates are owner-only (umask 077 on
    // Unix), whoever creates them: Qt, SQLite, libxlsxwriter, liblinphone. Scopes nest and may live
    // on several threads at once; the mask is put back when the last one ends. The mask only ever
    // narrows what another thread creates meanwhile.
    class Scope
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
    };

    // Creates `dir` and its missing parents, each owner-only. False when it cannot.
    static bool makePath(const QString& dir);
    // Makes the existing file at `path` owner-only: a chmod by path, no descriptor opened.
    static bool tighten(const QString& path);
};

} // namespace threerings
