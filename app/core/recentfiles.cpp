#include "core/recentfiles.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace core {

namespace {
const QString kRecentKey = QStringLiteral("import/recentFiles");
const QString kImportFolderKey = QStringLiteral("import/lastFolder");
const QString kExportFolderKey = QStringLiteral("export/lastFolder");

QString folderOr(const QString &key)
{
    return QSettings()
        .value(key, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}
} // namespace

QStringList RecentFiles::importedFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void RecentFiles::rememberImport(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    settings.setValue(kImportFolderKey, QFileInfo(path).absolutePath());
}

QString RecentFiles::importFolder()
{
    return folderOr(kImportFolderKey);
}

QString RecentFiles::exportFolder()
{
    return folderOr(kExportFolderKey);
}

void RecentFiles::rememberExportFolder(const QString &folder)
{
    QSettings().setValue(kExportFolderKey, folder);
}

} // namespace core
