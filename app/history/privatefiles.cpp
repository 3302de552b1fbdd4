#include "history/privatefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace history::privatefiles {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

ScopedPrivateUmask::ScopedPrivateUmask()
{
#ifdef Q_OS_UNIX
    m_previous = ::umask(077);
#endif
}

ScopedPrivateUmask::~ScopedPrivateUmask()
{
#ifdef Q_OS_UNIX
    ::umask(static_cast<mode_t>(m_previous));
#endif
}

bool isPrivate(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && !(info.permissions() & kOthers);
}

bool makePrivate(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink()) // a link is not ours to change; its target may be
        return true;
    if (!(info.permissions() & kOthers))
        return true;
    QFileDevice::Permissions wanted = kOwnerOnly;
    if (info.isDir())
        wanted |= QFileDevice::ExeOwner | QFileDevice::ExeUser;
    return QFile::setPermissions(path, wanted);
}

bool makePrivateFolder(const QString &path)
{
    {
        ScopedPrivateUmask privateUmask;
        if (!QDir().mkpath(path))
            return false;
    }
    return makePrivate(path);
}

int tightenTree(const QString &folder)
{
    int fixed = 0;
    auto fix = [&fixed](const QString &path) {
        if (!isPrivate(path) && QFileInfo::exists(path) && makePrivate(path))
            ++fixed;
    };
    if (!QFileInfo(folder).isDir())
        return 0;
    fix(folder);
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        fix(it.next());
    return fixed;
}

bool ensurePrivateFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return makePrivate(path);
    ScopedPrivateUmask privateUmask;
    QFile file(path);
    // NewOnly: never truncate a file another instance created a moment ago.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QFileInfo::exists(path) && makePrivate(path);
    file.close();
    return makePrivate(path);
}

} // namespace history::privatefiles
