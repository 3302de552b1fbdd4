#pragma once

#include "sending/sendplanner.h"
#include "sending/sendtypes.h"

namespace history {
class HistoryStore;
enum class BatchState;
enum class NumberState;
struct JobRecord;
struct SeenStatus;
} // namespace history

namespace sending::journal {

// One number's final outcome, before it is journaled and reported.
struct Settled
{
    SendItem item;
    OutcomeKind kind = OutcomeKind::Failed;
    accessy::Invitation invitation;
    QString reason;
};

history::NumberState numberState(OutcomeKind kind);

// The statuses of a list the server gave, as the history learns them.
QList<history::SeenStatus> seenStatuses(const QList<accessy::Invitation> &list);

// Writes the outcomes, their invitations and the batch's state in one transaction (batchId 0 =
// no batch). False when the history could not be written.
bool record(history::HistoryStore &store, const QString &organizationId, qint64 jobId,
            qint64 batchId, history::BatchState state, const QList<Settled> &outcomes,
            const QString &batchReason);

// The start of a job, once the server's list is read: what to send, what is reported at once
// (invited by the interrupted job it finishes, already invited, listed twice), and the job
// opened in the history (`store` may be null: nothing journaled).
struct JobStart
{
    SendPlan plan;
    QList<Settled> done;
    qint64 jobId = 0;
    bool journalFailed = false; // the history could not be written: send nothing
};
JobStart startJob(history::HistoryStore *store, const history::JobRecord &job,
                  const SendRequest &request, const OrganizationSnapshot &organization,
                  const planner::Rules &rules);

// Opens the job in the history with the numbers the plan sends or leaves out: a new job
// (continueJobId 0) or the interrupted one it finishes. The job's id, or 0 on failure.
qint64 openJob(history::HistoryStore &store, qint64 continueJobId, const history::JobRecord &job,
               const SendPlan &plan);

} // namespace sending::journal
