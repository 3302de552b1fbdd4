#pragma once

#include "sending/sendtypes.h"

#include <QSet>

namespace history {
class HistoryStore;
}

namespace sending::recovery {

// After a crash or kill: every batch of this organization the journal shows in flight or
// unknown is checked against the server's invitation list (read after the restart). Numbers
// the server created are recorded as invited with their ids; the others go back to pending so
// the job can send them. `known` holds ids already accounted for and gains the ones found.
RecoverySummary reconcileUnfinished(history::HistoryStore &store, const QString &organizationId,
                                    const QList<accessy::Invitation> &list, QSet<QString> *known);

} // namespace sending::recovery
