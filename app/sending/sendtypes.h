#pragma once

#include "accessy/types.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace sending {

// One number to invite. `key` is the caller's handle for it (the table row).
struct SendItem
{
    int key = -1;
    QString msisdn; // E.164
    QString name;
    QString input;
};

enum class OutcomeKind
{
    Invited,        // the server created an invitation: `invitation` holds it
    Failed,         // refused or gave up: `error` says why
    AlreadyInvited, // left out: a PENDING invitation exists (`invitation`, `error` with the date)
    Cancelled,      // not sent because the send was cancelled
    Unconfirmed,    // sent, but the server's list could not be read to learn whether it arrived
    Member,         // left out: a member of the organization (or accepted an invitation)
    AddedToGroups,  // a member: added to the chosen access groups instead of invited
};
// "invited", "failed", "pending" (AlreadyInvited), "cancelled", "unconfirmed", "member",
// "added-to-groups": the send command's CSV status column.
QString outcomeKindKey(OutcomeKind kind);

// A job as the history keeps it (as text: jobStateKey). Running until every number is
// settled; a job left running by a crash, or with unconfirmed numbers, is finished first by
// the next send.
enum class JobState
{
    Running,
    Finished,
    Cancelled,
    Interrupted,
};
QString jobStateKey(JobState state); // "running", "finished", "cancelled", "interrupted"
std::optional<JobState> jobStateFromKey(const QString &key);

// What became of one number: an invitation, or the reason there is none.
struct SendOutcome
{
    int key = -1;
    QString msisdn;
    OutcomeKind kind = OutcomeKind::Failed;
    bool invited = false; // kind == Invited, kept for callers that only need yes/no
    accessy::Invitation invitation;
    QString error; // in admin words, when not invited
};

struct SendOptions
{
    int batchSize = 50;
    int maxInFlight = 4;
    // Send numbers that already have a PENDING invitation instead of leaving them out. Never
    // a member's number, nor one whose invitation was accepted.
    bool inviteAgain = false;
    // Remind: numbers whose invitation has been PENDING for at least this many days are
    // invited again (a second SMS); -1 = never, they are left out as pending.
    int remindAfterDays = -1;

    // 429 without Retry-After, and requests that never left: jittered exponential back-off.
    int backoffInitialMs = 300;
    double backoffFactor = 1.5;
    int backoffMaxMs = 10000;
    int retryAfterMaxMs = 120000; // a longer Retry-After is shortened to this
    int maxRetriesNotSent = 5;    // requests that failed before reaching the server

    // Unknown outcomes (timeout, dropped, 5xx, garbled or short answer): wait, read the
    // invitation list, count what was created, re-send the rest; at most this many sends.
    int maxSendAttempts = 3;
    int reconcileDelayMs = 500; // lets a slow server finish what it was doing
    int maxListAttempts = 5;    // reads of the list per reconciliation
    // A request with no answer may still sit in the server's queue: its numbers stay
    // unconfirmed, and the list is read for them only this long after the request left
    // (at least twice the transfer time-out: policy::effectiveGraceMs). The job goes on
    // meanwhile.
    qint64 graceMs = 60000;
    // An invitation counts for a batch when created at or after the batch left, minus this
    // (server clock estimated from its answers; a wider margin until one arrived).
    qint64 clockSkewMarginMs = 60000;
    qint64 unknownClockSkewMarginMs = 600000;

    quint32 seed = 0; // jitter seed; 0 = random
};

// What SendJob::start sends.
struct SendRequest
{
    QList<SendItem> items;
    QString message;
    QStringList accessPermissionGroupIds;
    // Finish this interrupted job of the history: its numbers already invited are reported
    // from the journal and not sent again. 0 = a new job.
    qint64 continueJobId = 0;
};

// A number left out because it already has a PENDING invitation.
struct AlreadyInvited
{
    SendItem item;
    accessy::Invitation invitation; // the pending one (from the server, or the history)
    bool fromHistoryOnly = false;   // the server's list did not show it
};

// What the plan decided for one number from the organization's member and invitation lists.
enum class Verdict
{
    New,         // not a member, no invitation the server still has: invited
    Member,      // a member (never invited by this send): left out
    AddToGroups, // a member, or accepted, and access groups are chosen: added to them, no SMS
    Accepted,    // accepted an invitation, the member list has not caught up: left out
    Pending,     // a PENDING invitation (since invitation.createdAt): left out
    Remind,      // PENDING for longer than the reminder age: invited again (a second SMS)
    InviteAgain, // PENDING, and "invite again" was chosen: invited again
    Deleted,     // the invitation was deleted (an account reset) or is gone: invited again
    Duplicate,   // the same number listed again: sent once, for its first entry
};
QString verdictKey(Verdict verdict); // "new", "member", "add-to-groups", "accepted", ...
bool verdictSends(Verdict verdict);  // an SMS goes out

struct NumberVerdict
{
    SendItem item;
    Verdict verdict = Verdict::New;
    accessy::Invitation invitation; // the one the verdict is about (pending, accepted, deleted)
    QString userId;                 // a member's user id, when the member list showed it
};

// What the send would do: for the confirmation ("Send 240 invitations to ORG?").
struct SendPlan
{
    QList<SendItem> toSend;
    QList<AlreadyInvited> alreadyInvited;
    QList<SendItem> duplicates; // the same number listed again: sent once
    // Every number listed, in order, with its verdict (the confirmation groups them).
    QList<NumberVerdict> verdicts;
    QList<NumberVerdict> members;       // Member and Accepted: left out, never texted
    QList<NumberVerdict> toAddToGroups; // AddToGroups: the chosen groups, no SMS

    int count(Verdict verdict) const;
};

// What the start-up reconciliation found about sends a crash or kill interrupted.
struct RecoverySummary
{
    int batchesChecked = 0;
    int numbersFoundInvited = 0; // the server had created them: recorded with their ids
    int numbersNotCreated = 0;   // the server had not: they will be sent again
    int numbersStillUnknown = 0; // the list could not be read: checked again next start
    QList<qint64> interruptedJobIds;
    QString listError; // why the list could not be read, when it could not

    bool isEmpty() const { return batchesChecked == 0 && interruptedJobIds.isEmpty(); }
    // Sentences for the admin (the window's banner, the command line's stderr).
    QStringList lines() const;
};

} // namespace sending

Q_DECLARE_METATYPE(sending::SendOutcome)
Q_DECLARE_METATYPE(sending::SendPlan)
Q_DECLARE_METATYPE(sending::RecoverySummary)
