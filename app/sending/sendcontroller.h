#pragma once

#include "sending/sendtypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace accessy {
class AccessySession;
}
namespace history {
class HistoryStore;
struct JobRecord;
} // namespace history
namespace models {
class InvitationTableModel;
}

namespace sending {

class SendJob;
class SendLock;
class InvitationListReader;

// Puts the numbers of one send into the results table and keeps their rows up to date while
// the job runs. Refuses to start a second send while one is running, so a double click or a
// second Send can never text anyone twice. Every send is journaled in the history.
class SendController final : public QObject
{
    Q_OBJECT
public:
    SendController(accessy::AccessySession *session, models::InvitationTableModel *table,
                   QObject *parent = nullptr);
    ~SendController() override;

    void setOptions(const SendOptions &options) { m_options = options; }
    const SendOptions &options() const { return m_options; }
    // The journal to use (not owned). Without one, the controller opens
    // HistoryStore::defaultPath() itself at the first start.
    void setHistory(history::HistoryStore *history) { m_history = history; }
    history::HistoryStore *history();

    bool isRunning() const;
    // False (and nothing happens) when a send is already running or nothing is to be sent.
    bool start(const QList<SendItem> &items, const QString &message,
               const QStringList &accessPermissionGroupIds = {});
    // Sends again the numbers of the last send that failed or were cancelled ("Retry failed");
    // false when there are none or a send is running. Their rows are reused.
    bool retryFailed();
    int failedItemCount() const { return int(m_failedItems.size()); }
    void cancel();

    // For the confirmation dialog ("Send 240 invitations to ORG?"): reads the server's list
    // and the history, sends nothing, and answers with previewReady (what start() would send
    // and leave out, and why) or previewFailed. The organization's name is then known:
    // AccessySession::organizationName().
    void preview(const QList<SendItem> &items);
    // At start-up, once signed in: reconciles the batches a crash or kill left unanswered
    // against the server's list, sending nothing. Emits recovered() when there was something
    // to check (or the list could not be read: summary.listError).
    void checkInterrupted();
    // Sends of this organization that did not finish (for resumeInterrupted()).
    QList<history::JobRecord> interruptedJobs();
    // Finishes an interrupted send with its own message and groups: its numbers not invited
    // yet are appended as rows and sent; those it invited are never sent again. False when a
    // send is running or nothing is left to send.
    bool resumeInterrupted(qint64 jobId);

Q_SIGNALS:
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

private:
    bool startJob(const QList<SendItem> &keyedItems, qint64 continueJobId = 0);
    QList<SendItem> appendRows(const QList<SendItem> &items);
    void onOutcome(const SendOutcome &outcome);

    accessy::AccessySession *m_session;
    models::InvitationTableModel *m_table;
    history::HistoryStore *m_history = nullptr;
    std::unique_ptr<history::HistoryStore> m_ownHistory;
    SendOptions m_options;
    QPointer<SendJob> m_job;
    InvitationListReader *m_lists;
    SendLock *m_recoveryLock = nullptr; // held while checkInterrupted() reconciles
    QString m_message;
    QStringList m_groups;
    QHash<int, SendItem> m_itemsByKey;
    QList<SendItem> m_failedItems;
};

} // namespace sending
