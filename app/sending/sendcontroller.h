#pragma once

#include "accessy/apierror.h"
#include "sending/sendtypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace accessy {
class AccessySession;
}
namespace history {
class HistoryStore;
struct JobRecord;
} // namespace history

namespace sending {

class SendJob;
class SendLock;
class InvitationListReader;
class OrganizationReader;
struct OrganizationSnapshot;

// Runs the sends of the window: one at a time, so a double click or a second Send can never
// text anyone twice; every send journaled in the history. It tells what becomes of each number
// (queued, sending, its outcome) by signals, keyed by SendItem::key; a table follows them
// (models::SendResultsFollower). It knows no table.
class SendController final : public QObject
{
    Q_OBJECT
public:
    explicit SendController(accessy::AccessySession *session, QObject *parent = nullptr);
    ~SendController() override;

    void setOptions(const SendOptions &options) { m_options = options; }
    const SendOptions &options() const { return m_options; }
    // The journal to use (not owned). Without one, the controller opens
    // HistoryStore::defaultPath() itself at the first start.
    void setHistory(history::HistoryStore *history) { m_history = history; }
    history::HistoryStore *history();

    bool isRunning() const;
    // False (and nothing happens) when a send is already running or nothing is to be sent.
    // `remindNumbers`: numbers of `items` whose invitation is still pending that the admin
    // ticked to remind in the confirmation. They go out as reminders (a second SMS, recorded
    // as reminders in the history like startReminder) in a second job right after the first,
    // under the same send lock when it is free; one job records either invitations or
    // reminders. A cancelled first job cancels them too.
    bool start(const QList<SendItem> &items, const QString &message,
               const QStringList &accessPermissionGroupIds = {},
               const QStringList &remindNumbers = {});
    // Reminders: a new invitation (a second SMS) to numbers whose invitation is still pending,
    // recorded as reminders in the history like `accessy-invite remind`. The job plans them
    // afresh: a number that accepted or became a member meanwhile is never texted.
    bool startReminder(const QList<SendItem> &items, const QString &message,
                       const QStringList &accessPermissionGroupIds = {});
    // Sends again the numbers of the last send that failed or were cancelled ("Retry failed");
    // false when there are none or a send is running. Their keys (and rows) are reused.
    bool retryFailed();
    // Only the numbers with these keys of the last send's failed or cancelled ones (the admin
    // chose them in the confirmation); false when none is left or a send is running.
    bool retryFailed(const QList<int> &keys);
    int failedItemCount() const { return int(m_failedItems.size()); }
    // What "Retry failed" would send, split: refused or given up, and cancelled on purpose.
    QList<SendItem> failedItems() const;
    QList<SendItem> cancelledItems() const;
    // The message and groups of the last send (a retry sends them again).
    QString lastMessage() const { return m_message; }
    QStringList lastGroupIds() const { return m_groups; }
    void cancel();

    // For the confirmation dialog ("Send 240 invitations to ORG?"): reads the server's list
    // and the history, sends nothing, and answers with previewReady (what start() would send
    // and leave out, and why) or previewFailed. The organization's name is then known:
    // AccessySession::organizationName().
    // With `groupsChosen`, members are planned "add to the chosen groups" as start() does.
    // The member list is walked page by page: memberProgress() tells how far.
    void preview(const QList<SendItem> &items, bool groupsChosen = false);
    bool isPreviewing() const { return m_preview != nullptr; }
    // Abandons a running preview: previewCancelled() follows, nothing is sent.
    void cancelPreview();
    // Why the last preview failed (the kind tells "no answer" from a refusal).
    const accessy::ApiError &lastPreviewError() const { return m_previewError; }
    // At start-up, once signed in: reconciles the batches a crash or kill left unanswered
    // against the server's list, sending nothing. Emits recovered() when there was something
    // to check (or the list could not be read: summary.listError).
    void checkInterrupted();
    // Sends of this organization that did not finish (for resumeInterrupted()).
    QList<history::JobRecord> interruptedJobs();
    // Finishes an interrupted send with its own message and groups: its numbers not invited
    // yet are queued and sent; those it invited are never sent again. False when a
    // send is running or nothing is left to send.
    bool resumeInterrupted(qint64 jobId);

Q_SIGNALS:
    // New numbers of a send, each with a key of its own, before any is sent.
    void itemsQueued(const QList<sending::SendItem> &items);
    // Numbers of an earlier send queued again ("Retry failed"), by key.
    void itemsRequeued(const QList<int> &keys);
    // A batch holding these numbers is on its way.
    void itemsSending(const QList<int> &keys);
    // What became of one number.
    void itemOutcome(const sending::SendOutcome &outcome);
    void runningChanged(bool running);
    void progress(int sent, int failed, int remaining);
    // Numbers waiting for their grace period and the seconds left (SendJob::unconfirmed).
    void unconfirmed(int numbers, int secondsLeft);
    void finished(int sent, int failed);
    // Another process (a `send`, another window) is sending to this organization: the send
    // waits until it has finished, then goes on (SendJob::waitingForLock).
    void waitingForOtherSend(const QString &organization, qint64 processId);
    // Before the first batch: a crash's unanswered batches were reconciled (show lines()).
    void recovered(const sending::RecoverySummary &summary);
    // Before the first batch: what will be sent and what is left out (already invited).
    void planned(const sending::SendPlan &plan);
    void previewReady(const sending::SendPlan &plan);
    void previewFailed(const QString &message);
    void previewStarted();
    void previewCancelled();
    // Members read so far of total while the member list is walked (a preview, or a send's
    // own read before its plan); total is -1 until the first page told it.
    void memberProgress(int read, qint64 total);
    // A preview read the organization's lists (who is a member under which user id).
    void organizationRead(const sending::OrganizationSnapshot &organization);

private:
    bool startJob(const QList<SendItem> &keyedItems, qint64 continueJobId = 0,
                  bool reminder = false);
    // The first job of start() ended (with these counts): its reminders follow in a job of
    // their own (true), or are reported cancelled with it (false).
    bool startFollowingReminders(int sent, int failed);
    void releaseChainLock();
    QList<SendItem> queue(const QList<SendItem> &items);
    void onOutcome(const SendOutcome &outcome);

    accessy::AccessySession *m_session;
    history::HistoryStore *m_history = nullptr;
    std::unique_ptr<history::HistoryStore> m_ownHistory;
    SendOptions m_options;
    QPointer<SendJob> m_job;
    InvitationListReader *m_lists;
    OrganizationReader *m_preview = nullptr; // while a preview reads
    SendLock *m_recoveryLock = nullptr;      // held while checkInterrupted() reconciles
    QString m_message;
    QStringList m_groups;
    QHash<int, SendItem> m_itemsByKey;
    QList<SendItem> m_failedItems;
    QSet<int> m_cancelledKeys;
    accessy::ApiError m_previewError; // of m_failedItems: cancelled, not failed
    int m_nextKey = 0;
    // start() with numbers to remind: they wait for the first job (keyed, not sent yet).
    QList<SendItem> m_followingReminders;
    SendLock *m_chainLock = nullptr; // held across both jobs of such a start()
    bool m_chained = false;          // the running job is the second of a start()
    bool m_cancelRequested = false;
    int m_chainSent = 0; // the first job's counts, added to the second's
    int m_chainFailed = 0;
};

} // namespace sending
