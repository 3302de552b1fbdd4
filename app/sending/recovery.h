#pragma once

#include "sending/sendtypes.h"

#include <QDateTime>
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

// Requests a crash or a cancel left without a known outcome may still be in the server's
// queue: they are checked only once their grace period (counted from when each left, as the
// journal recorded) has passed. `numbers` counts the open numbers of the batches still inside
// their grace; `endsAt` is when the last of those graces ends (invalid when none is open).
struct OpenGrace
{
    int numbers = 0;
    QDateTime endsAt;
};
OpenGrace openGrace(const history::HistoryStore &store, const QString &organizationId,
                    qint64 graceMs, const QDateTime &now);

// Continuing an interrupted job: its numbers already invited are reported from the journal
// (with their invitation ids) and never sent again; a number listed twice is sent once.
struct ResumedJob
{
    QList<std::pair<SendItem, accessy::Invitation>> invited;
    QList<SendItem> repeated; // listed again after its first entry
    QList<SendItem> toSend;   // the rest, in order
};
ResumedJob resumeJob(const history::HistoryStore &store, qint64 jobId,
                     const QList<SendItem> &items);

} // namespace sending::recovery
