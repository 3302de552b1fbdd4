#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace history {

// Life of one batch in the journal. A batch is written as InFlight before its request leaves,
// so after a crash every request that may have reached the server is known.
enum class BatchState
{
    Queued,
    InFlight,
    Done,    // answered: its numbers are invited or failed
    Failed,  // refused as a whole (split, not sent); nothing was created
    Unknown, // no usable answer: reconcile against the server's list before re-sending
};
QString batchStateKey(BatchState state);
BatchState batchStateFromKey(const QString &key);

// What became of one number of a job, as kept in the journal.
enum class NumberState
{
    Pending,
    Invited,
    Failed,
    AlreadyInvited,
    Cancelled,
    Unconfirmed, // sent, but whether it was created could not be checked yet
    // Left out because the number is a member of the organization (or accepted an invitation):
    // never texted. Before schema 4 these were journaled as AlreadyInvited.
    Member,
    AddedToGroups, // a member: added to the chosen access groups instead of texted
};
QString numberStateKey(NumberState state);
NumberState numberStateFromKey(const QString &key);

struct JobRecord
{
    qint64 id = 0;
    QDateTime createdAt;
    QString organizationId;
    QString apiUrl;
    QString message;
    QStringList groupIds;
    QString state; // "running", "finished", "cancelled", "interrupted"
    QDateTime finishedAt;
    bool reminder = false; // a new invitation to people whose invitation was still pending
    QString sender;        // who sent: the client id, or "pasted token" (never a secret)
    QString source;        // the file the numbers came from (its name only), when known
};

struct JobNumber
{
    QString msisdn;
    QString name;
    QString input;
    NumberState state = NumberState::Pending;
    QString invitationId;
    QString reason;
};

struct BatchRecord
{
    qint64 id = 0;
    qint64 jobId = 0;
    BatchState state = BatchState::Queued;
    QStringList msisdns;
    int attempt = 1;
    QDateTime sentAt;    // our clock, when the request left
    QDateTime notBefore; // server clock: invitations of this batch are created at or after it
    QString reason;
};

struct InvitationRecord
{
    QString id;
    QString msisdn;
    QString name;
    QString status;
    QDateTime createdAt;
    QString message;
    QString organizationId;
    qint64 batchId = 0;
    qint64 jobId = 0;
};

// A status the app saw on the server (a list read, an event), to be written to the history.
struct SeenStatus
{
    QString invitationId;
    QString status;
};

// The status written for an invitation the server's list no longer has (deleted, or the
// person reset their account): not pending any more.
inline constexpr char kGoneStatus[] = "GONE";

// One number of a past send with what the history knows now of its invitation.
struct JobNumberStatus
{
    JobNumber number;
    QString currentStatus; // of its invitation, as last learnt; empty without one
    QDateTime statusSeenAt;
};

} // namespace history
