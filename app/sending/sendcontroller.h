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
}
namespace models {
class InvitationTableModel;
}

namespace sending {

class SendJob;

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

Q_SIGNALS:
    void runningChanged(bool running);
    void progress(int sent, int failed, int remaining);
    void finished(int sent, int failed);
    // Before the first batch: a crash's unanswered batches were reconciled (show lines()).
    void recovered(const sending::RecoverySummary &summary);
    // Before the first batch: what will be sent and what is left out (already invited).
    void planned(const sending::SendPlan &plan);

private:
    bool startJob(const QList<SendItem> &keyedItems);
    void onOutcome(const SendOutcome &outcome);

    accessy::AccessySession *m_session;
    models::InvitationTableModel *m_table;
    history::HistoryStore *m_history = nullptr;
    std::unique_ptr<history::HistoryStore> m_ownHistory;
    SendOptions m_options;
    QPointer<SendJob> m_job;
    QString m_message;
    QStringList m_groups;
    QHash<int, SendItem> m_itemsByKey;
    QList<SendItem> m_failedItems;
};

} // namespace sending
