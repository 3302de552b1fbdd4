#pragma once

class QWidget;

namespace history {
class RetentionKeeper;
}

namespace ui {

// Before the first purge that would delete anything, the admin is asked once: delete the
// entries older than the policy now (and from then on), keep everything (the policy becomes
// "forever"), or decide later (asked again at the next start). Connects the keeper's question
// to a message box over `parent`.
void askBeforeFirstPurge(history::RetentionKeeper &keeper, QWidget *parent);

} // namespace ui
