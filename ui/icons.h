#pragma once

#include <QIcon>
#include <QPalette>

namespace ui {

// The application icon (also installed as se.accessy.Invite in the icon theme).
QIcon appIcon();

// An action icon: "import", "export", "send", "copy", "refresh", "settings", "find". Drawn
// dark on light palettes and light on dark ones, by the palette's window colour.
QIcon actionIcon(const QString &name, const QPalette &palette);
QIcon actionIcon(const QString &name); // for the application's palette

// The icon beside a status in the results table: the API's PENDING, ACCEPTED, DELETED or our
// QUEUED, SENDING, FAILED. Each has its own shape as well as colour, so it reads without colour
// vision; null for an unknown status.
QIcon statusIcon(const QString &status, const QPalette &palette);
QIcon statusIcon(const QString &status);

// True when the palette's window is dark (its lightness below one half).
bool isDarkPalette(const QPalette &palette);

} // namespace ui
