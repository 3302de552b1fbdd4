#pragma once

#include "sending/backoff.h"
#include "sending/sendtypes.h"

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

class InvitationListReader;

struct SendRequest
{
    QList<SendItem> items;
    QString message;
    QStringList accessPermissionGroupIds;
    // Finish this interrupted job of the history: its numbers already invited are reported
    // from the journal and not sent again. 0 = a new job.
    qint64 continueJobId = 0;
};

// Sends one list of invitations so that nobody is texted twice and no invitation is lost:
//  1. reads the server's invitation list, reconciles batches a crash left unanswered
//     (recovered), and leaves out numbers with a PENDING invitation (planned);
//  2. sends batches with a bounded number in flight, each journaled before it leaves;
//  3. 429: waits (Retry-After or back-off) and retries; 400: splits the batch until the bad
//     numbers are alone; unknown outcome: reads the list, counts what was created, re-sends
//     only the rest (bounded);
//  4. reports exactly one outcome per number.
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
    // No new batch starts; batches in flight finish and are reported.
    void cancel();
    bool isRunning() const { return m_running; }

    int sentCount() const { return m_sent; }
    int failedCount() const { return m_failed; }
    int remainingCount() const { return m_total - m_sent - m_failed; }
    qint64 jobId() const { return m_jobId; }
    int listReads() const;

Q_SIGNALS:
    void recovered(const sending::RecoverySummary &summary);
    void planned(const sending::SendPlan &plan);
    void batchStarted(const QList<int> &keys);
    void outcome(const sending::SendOutcome &outcome);
    // failed counts every number settled without a new invitation (left out, cancelled…).
    void progress(int sent, int failed, int remaining);
    void finished();

private:
    struct Task
    {
        QList<SendItem> items;
        int attempt = 1;      // sends of these numbers with an unknown outcome, plus one
        int rateLimited = 0;  // 429s so far
        int notSent = 0;      // failures before the request reached the server
        int listFailures = 0; // failed list reads of the current reconciliation
        QDateTime firstSentAt;
        QDateTime notBefore; // server clock: what this send creates is created after it
        qint64 batchId = 0;
        QString lastError;
    };

    void prepare();
    void onPrepared(const QList<accessy::Invitation> &list);
    void failPreparation(const QString &reason);
    void pump();
    void launch(Task task);
    void send(quint64 id);
    void onAnswer(quint64 id, const QList<accessy::Invitation> &invitations);
    void onError(quint64 id, const accessy::ApiError &error);
    void reconcile(quint64 id, int delayMs);
    void onList(quint64 id, const QList<accessy::Invitation> &list);
    void endTask(quint64 id);
    void fatal(const QString &reason);
    void retryLater(quint64 id, int delayMs, const QString &why);

    struct Settled
    {
        SendItem item;
        OutcomeKind kind = OutcomeKind::Failed;
        accessy::Invitation invitation;
        QString reason;
    };
    // Journals the outcomes (and the batch's state) in one transaction, then reports them.
    void settle(qint64 batchId, history::BatchState state, const QList<Settled> &outcomes,
                const QString &batchReason = {});
    void settleAll(const QList<SendItem> &items, OutcomeKind kind, const QString &reason);
    void noteServerClock(const QList<accessy::Invitation> &invitations);
    QDateTime serverNotBefore(const QDateTime &localNow) const;
    void finishIfDone();

    accessy::AccessySession *m_session;
    history::HistoryStore *m_history;
    SendOptions m_options;
    InvitationListReader *m_lists;
    Backoff m_backoff;
    SendRequest m_request;

    QList<SendItem> m_queue; // fresh numbers, in order
    QList<Task> m_ready;     // split halves and re-sends: before fresh numbers
    QHash<quint64, Task> m_tasks;
    quint64 m_nextTaskId = 0;
    QSet<QString> m_knownIds; // invitations that existed before or were already counted
    qint64 m_serverOffsetMs = 0;
    bool m_haveServerOffset = false;
    int m_prepareAttempts = 0;

    qint64 m_jobId = 0;
    int m_total = 0;
    int m_sent = 0;
    int m_failed = 0;
    int m_unconfirmed = 0;
    bool m_running = false;
    bool m_preparing = false;
    bool m_cancelled = false;
    QString m_fatal;
};

} // namespace sending
