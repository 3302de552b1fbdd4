#pragma once

class QWidget;

namespace history {
class RetentionKeeper;
}

namespace ui {

// Before the first purge that would delete anything, the admin is asked once: delete the
// entries older than the policy now (and from then on), or keep everything (the policy
// becomes "forever"). Connects the keeper's question to a message box over `parent`.
void askBeforeFirstPurge(history::RetentionKeeper &keeper, QWidget *parent);

} // namespace ui
