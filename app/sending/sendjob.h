#pragma once

#include "sending/backoff.h"
#include "sending/organization.h"
#include "sending/sendjournal.h"
#include "sending/sendtypes.h"
#include "sending/serverclock.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

namespace accessy {
class AccessySession;
struct ApiError;
} // namespace accessy
namespace history {
class HistoryStore;
enum class BatchState;
} // namespace history

namespace sending {

class GraceWatch;
class GroupAdder;
class SendLock;
class SendPreparation;
class InvitationListReader;

// Sends one list of invitations so that nobody is texted twice and no invitation is lost:
//  1. reads the server's invitation and member lists, reconciles batches a crash left
//     unanswered (recovered), and plans every number (planned): members are never texted
//     (with access groups chosen they are added to them instead, by GroupAdder), PENDING ones
//     are left out unless reminded, deleted ones are invited again;
//  2. sends batches with a bounded number in flight, each journaled before it leaves;
//  3. failures follow policy::decide: 429 waits and retries; 400 splits the batch until the
//     bad numbers are alone; an unknown outcome leaves its numbers unconfirmed until the grace
//     period since the request left has passed (the rest of the job goes on), then reads the
//     list, counts what was created and re-sends only the rest (bounded);
//  4. reports exactly one outcome per number, and finishes only when none is unconfirmed.
class SendJob final : public QObject
{
    Q_OBJECT
public:
    // `history` may be null (nothing journaled: tests of the engine alone).
    SendJob(accessy::AccessySession *session, history::HistoryStore *history,
            const SendOptions &options, QObject *parent = nullptr);
    ~SendJob() override;

    void start(const SendRequest &request);
    void start(const QList<SendItem> &items, const QString &message,
               const QStringList &accessPermissionGroupIds = {});
    // A send lock the caller already holds for this organization (the command line takes it
    // before it looks for an interrupted job); not owned. Without one, a journaled job takes
    // its own at start and waits while another process holds it.
    void useHeldLock(SendLock *lock) { m_heldLock = lock; }
    // For the history's record of the job: the file the numbers came from (name only), and
    // whether it is a reminder (a new invitation to people whose invitation is pending).
    void setSource(const QString &fileName) { m_source = fileName; }
    void setReminder(bool reminder) { m_reminder = reminder; }
    // No new batch starts; batches in flight finish and are reported.
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    // Numbers waiting for their grace period (this job's, or an interrupted one's at start).
    int unconfirmedCount() const;
    qint64 graceMs() const { return m_options.graceMs; } // after the clamp

    int sentCount() const { return m_sent; }
    int failedCount() const { return m_failed; }
    int remainingCount() const { return m_total - m_sent - m_failed; }
    qint64 jobId() const { return m_jobId; }
    int listReads() const;

Q_SIGNALS:
    // Another process is sending to this organization: this job waits for it to finish
    // (nothing is read or sent meanwhile) and goes on by itself.
    void waitingForLock(qint64 holderPid);
    void recovered(const sending::RecoverySummary &summary);
    // Before the plan: members read so far of total (the member list is walked page by page).
    void memberProgress(int read, qint64 total);
    void planned(const sending::SendPlan &plan);
    void batchStarted(const QList<int> &keys);
    void outcome(const sending::SendOutcome &outcome);
    // failed counts every number settled without a new invitation (left out, cancelled…).
    void progress(int sent, int failed, int remaining);
    // While numbers wait for their grace: how many, and the seconds until the last of them is
    // checked. Emitted when either changes (about once a second); numbers 0 = none left.
    void unconfirmed(int numbers, int secondsLeft);
    void finished();

private:
    enum class Phase
    {
        Idle,
        Preparing, // SendPreparation: list read, open graces waited out, recovery
        Sending,
    };
    struct Task
    {
        QList<SendItem> items;
        int attempt = 1;      // sends of these numbers with an unknown outcome, plus one
        int rateLimited = 0;  // 429s so far
        int notSent = 0;      // failures before the request reached the server
        int listFailures = 0; // failed list reads of the current reconciliation
        QDateTime firstSentAt;
        QDateTime notBefore;   // server clock: what this send creates is created after it
        QDateTime sentAt;      // our clock: when the latest request left
        QDateTime graceEndsAt; // valid while its numbers wait, unconfirmed, for the grace
        qint64 batchId = 0;
        QString lastError;
    };

    bool takeLock(); // false: waiting for it, or refused (the numbers are settled)
    void onPrepared(const OrganizationSnapshot &organization);
    void failPreparation(const QString &reason);
    void pump();
    void launch(Task task);
    void send(quint64 id);
    void onAnswer(quint64 id, const QList<accessy::Invitation> &invitations);
    void onError(quint64 id, const accessy::ApiError &error);
    void awaitGrace(quint64 id);
    void failTask(quint64 id, const QString &reason);
    void reconcile(quint64 id, int delayMs);
    void onList(quint64 id, const QList<accessy::Invitation> &list);
    void endTask(quint64 id);
    void fatal(const QString &reason);
    QList<SendItem> takeUnsent(); // fresh numbers and re-sends not started yet
    void retryLater(quint64 id, int delayMs, const QString &why);

    using Settled = journal::Settled;
    // Journals the outcomes (and the batch's state) in one transaction, then reports them.
    void settle(qint64 batchId, history::BatchState state, const QList<Settled> &outcomes,
                const QString &batchReason = {});
    // Every item with the same outcome; a batch given is journaled as failed (nothing created).
    void settleAll(const QList<SendItem> &items, OutcomeKind kind, const QString &reason,
                   qint64 failedBatchId = 0, const QString &batchReason = {});
    void finishIfDone();
    void cancelWaiting();

    accessy::AccessySession *m_session;
    history::HistoryStore *m_history;
    SendOptions m_options;
    InvitationListReader *m_lists;
    GraceWatch *m_watch; // numbers waiting for their grace: the unconfirmed() signal
    SendPreparation *m_preparation;
    SendLock *m_lock = nullptr;     // this job's own, while it runs
    SendLock *m_heldLock = nullptr; // the caller's (useHeldLock)
    QString m_source;
    bool m_reminder = false;
    Backoff m_backoff;
    ServerClock m_clock;
    GroupAdder *m_groups; // members added to the chosen groups instead of invited
    SendRequest m_request;

    QList<SendItem> m_queue; // fresh numbers, in order
    int m_batchSize = 1;     // policy::batchSizeFor the fresh numbers of this job
    // The first request goes alone: its answer (or failure) comes back soonest, so the
    // progress moves early and what is wrong with the message or the rights shows on a few
    // numbers; then up to maxInFlight go at once.
    bool m_heardFromServer = false;
    QList<Task> m_ready; // split halves and re-sends: before fresh numbers
    QHash<quint64, Task> m_tasks;
    quint64 m_nextTaskId = 0;
    QSet<QString> m_knownIds; // invitations that existed before or were already counted

    qint64 m_jobId = 0;
    int m_total = 0;
    int m_sent = 0;
    int m_failed = 0;
    int m_settledUnconfirmed = 0; // reported Unconfirmed: the job stays open in the history
    Phase m_phase = Phase::Idle;
    bool m_cancelled = false;
    QString m_fatal;
};

} // namespace sending
