#pragma once

#include <QString>
#include <QStringList>

namespace core {

// The folders the file dialogs open in and the phone lists imported lately (File > Import
// recent), remembered in the settings. Paths only: never a file's content.
class RecentFiles final
{
public:
    static constexpr int kMaxRecent = 8;

    // Newest first.
    static QStringList importedFiles();
    // Puts the file first (once) and remembers its folder for the next import.
    static void rememberImport(const QString &path);
    static QString importFolder();
    static QString exportFolder();
    static void rememberExportFolder(const QString &folder);
};

} // namespace core
