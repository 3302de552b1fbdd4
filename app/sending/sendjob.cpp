#include "sending/sendjob.h"

#include "accessy/accessysession.h"

#include <QCoreApplication>
#include <QHash>

namespace sending {

SendJob::SendJob(accessy::AccessySession *session, const SendOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
{
    m_options.batchSize = qMax(1, m_options.batchSize);
    m_options.maxInFlight = qMax(1, m_options.maxInFlight);
}

void SendJob::start(const QList<SendItem> &items, const QString &message,
                    const QStringList &accessPermissionGroupIds)
{
    if (m_running)
        return;
    m_message = message;
    m_groups = accessPermissionGroupIds;
    m_queue.clear();
    QSet<QString> seen;
    for (const SendItem &item : items) {
        if (!seen.contains(item.msisdn)) { // one text per person, even if listed twice
            seen.insert(item.msisdn);
            m_queue.append(item);
        }
    }
    m_total = int(m_queue.size());
    m_sent = m_failed = 0;
    m_cancelled = false;
    m_running = true;
    Q_EMIT progress(0, 0, m_total);
    pump();
    finishIfDone();
}

void SendJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    const QList<SendItem> dropped = std::exchange(m_queue, {});
    for (const SendItem &item : dropped) {
        SendOutcome o;
        o.key = item.key;
        o.msisdn = item.msisdn;
        o.error = QCoreApplication::translate("SendJob", "Cancelled before it was sent.");
        report(o);
    }
    finishIfDone();
}

void SendJob::pump()
{
    while (!m_cancelled && m_inFlight < m_options.maxInFlight && !m_queue.isEmpty()) {
        const int n = int(qMin<qsizetype>(m_options.batchSize, m_queue.size()));
        QList<SendItem> batch = m_queue.mid(0, n);
        m_queue.remove(0, n);
        sendBatch(std::move(batch));
    }
}

void SendJob::sendBatch(QList<SendItem> batch)
{
    ++m_inFlight;
    QList<int> keys;
    accessy::CreateInvitationsRequest request;
    request.message = m_message;
    request.accessPermissionGroupIds = m_groups;
    for (const SendItem &item : batch) {
        keys << item.key;
        request.msisdns << item.msisdn;
    }
    Q_EMIT batchStarted(keys);
    m_session->createInvitations(
        request, this, [this, batch](const accessy::Result<QList<accessy::Invitation>> &result) {
            --m_inFlight;
            QHash<QString, accessy::Invitation> byNumber;
            if (result.ok()) {
                for (const accessy::Invitation &inv : result.value())
                    byNumber.insert(inv.recipientMsisdn, inv);
            }
            for (const SendItem &item : batch) {
                SendOutcome o;
                o.key = item.key;
                o.msisdn = item.msisdn;
                if (!result.ok()) {
                    o.error = result.error().userMessage();
                } else if (byNumber.contains(item.msisdn)) {
                    o.invited = true;
                    o.invitation = byNumber.value(item.msisdn);
                } else {
                    o.error = QCoreApplication::translate(
                        "SendJob", "The server's answer did not mention this number.");
                }
                report(o);
            }
            pump();
            finishIfDone();
        });
}

void SendJob::report(const SendOutcome &o)
{
    if (o.invited)
        ++m_sent;
    else
        ++m_failed;
    Q_EMIT outcome(o);
    Q_EMIT progress(m_sent, m_failed, remainingCount());
}

void SendJob::finishIfDone()
{
    if (m_running && m_inFlight == 0 && m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace sending
