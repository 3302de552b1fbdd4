#pragma once

#include <QString>

namespace history::privatefiles {

// Personal data (numbers, names, messages) must not be readable by other accounts of a shared
// office computer: everything the app writes for itself is 0600, its folders 0700.

// While alive, files and folders this process creates get no group/other permission (umask
// 077). Process-wide, so keep it around creation only: exports the admin saves keep the
// normal mode.
class ScopedPrivateUmask final
{
public:
    ScopedPrivateUmask();
    ~ScopedPrivateUmask();
    ScopedPrivateUmask(const ScopedPrivateUmask &) = delete;
    ScopedPrivateUmask &operator=(const ScopedPrivateUmask &) = delete;

private:
    unsigned m_previous = 0;
};

// Creates the folder (and missing parents) when needed and leaves the folder itself 0700.
bool makePrivateFolder(const QString &path);
// Takes group/other permission away from one existing file (0600) or folder (0700).
// True when it is private afterwards (also when it already was, or does not exist).
bool makePrivate(const QString &path);
// makePrivate() on the folder and everything under it; returns how many entries were wider.
int tightenTree(const QString &folder);
// Creates an empty file that is private from the start, when it does not exist yet.
bool ensurePrivateFile(const QString &path);
// True when neither group nor others have any permission on this path.
bool isPrivate(const QString &path);

} // namespace history::privatefiles
