#pragma once

#include <QString>

class QWidget;

namespace ui {

// Asks where to export: a save dialog titled `title`, in the folder of the last export,
// offering `suggestedName` and the export formats. Returns the path with the chosen format's
// suffix, its folder remembered for the next export; empty when the admin cancels.
QString askExportPath(QWidget *parent, const QString &title, const QString &suggestedName);

} // namespace ui
