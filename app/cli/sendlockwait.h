#pragma once

#include <QString>

namespace sending {
class SendLock;
}

namespace cli {

// Takes the organization's send lock for a command (`send`, `remind`): at once when free or
// stale; else says on stderr "Another send to ORG is running in process N — waiting…" and
// waits for it (Ctrl+C gives up), or with noWait refuses. False (the reason printed, prefixed
// with `command`) when the lock is not held.
bool takeSendLock(sending::SendLock &lock, const QString &organization, bool noWait,
                  const QString &command);

} // namespace cli
