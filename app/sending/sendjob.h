#pragma once

#include "sending/sendtypes.h"

#include <QObject>

namespace accessy {
class AccessySession;
struct ApiError;
} // namespace accessy

namespace sending {

// Sends one list of invitations in batches with a bounded number of requests in flight and
// reports one outcome per number. Never sends a number twice within the job.
class SendJob final : public QObject
{
    Q_OBJECT
public:
    SendJob(accessy::AccessySession *session, const SendOptions &options,
            QObject *parent = nullptr);

    void start(const QList<SendItem> &items, const QString &message,
               const QStringList &accessPermissionGroupIds = {});
    // No new batch starts; batches in flight finish and are reported.
    void cancel();
    bool isRunning() const { return m_running; }

    int sentCount() const { return m_sent; }
    int failedCount() const { return m_failed; }
    int remainingCount() const { return m_total - m_sent - m_failed; }

Q_SIGNALS:
    void batchStarted(const QList<int> &keys);
    void outcome(const sending::SendOutcome &outcome);
    void progress(int sent, int failed, int remaining);
    void finished();

private:
    void pump();
    void sendBatch(QList<SendItem> batch);
    void report(const SendOutcome &o);
    void finishIfDone();

    accessy::AccessySession *m_session;
    SendOptions m_options;
    QString m_message;
    QStringList m_groups;
    QList<SendItem> m_queue;
    int m_inFlight = 0;
    int m_total = 0;
    int m_sent = 0;
    int m_failed = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace sending
