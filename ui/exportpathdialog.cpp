#include "exportpathdialog.h"

#include "core/recentfiles.h"
#include "export/exportfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace ui {

QString askExportPath(QWidget *parent, const QString &title, const QString &suggestedName)
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(core::RecentFiles::exportFolder()).filePath(suggestedName),
        exporting::exportFileFilter(), &filter);
    if (path.isEmpty())
        return {};
    const QString withSuffix = exporting::withExportSuffix(path, filter);
    core::RecentFiles::rememberExportFolder(QFileInfo(withSuffix).absolutePath());
    return withSuffix;
}

} // namespace ui
