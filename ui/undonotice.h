#pragma once

#include <QString>

#include <functional>

class QStatusBar;

namespace ui {

// A status-bar message with an Undo button beside it, for changes that are easy to make by
// accident (clearing an imported list, another country for the numbers). The button goes
// away with the message, or after one click.
void showUndoNotice(QStatusBar *bar, const QString &text, std::function<void()> undo,
                    int timeoutMs = 15000);

} // namespace ui
