#include "sending/sendcontroller.h"

#include "models/invitationtablemodel.h"
#include "sending/sendjob.h"

namespace sending {

SendController::SendController(accessy::AccessySession *session,
                               models::InvitationTableModel *table, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_table(table)
{
}

bool SendController::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool SendController::start(const QList<SendItem> &items, const QString &message,
                           const QStringList &accessPermissionGroupIds)
{
    if (isRunning() || items.isEmpty())
        return false;
    QList<models::InvitationRow> rows;
    for (const SendItem &item : items) {
        models::InvitationRow row;
        row.input = item.input;
        row.name = item.name;
        row.msisdn = item.msisdn;
        row.status = models::LocalStatus::queued();
        rows << row;
    }
    const int first = m_table->appendRows(rows);
    QList<SendItem> keyed = items;
    for (int i = 0; i < keyed.size(); ++i)
        keyed[i].key = first + i;

    auto *job = new SendJob(m_session, m_options, this);
    m_job = job;
    connect(job, &SendJob::batchStarted, this, [this](const QList<int> &keys) {
        for (int key : keys) {
            models::InvitationRow row = m_table->row(key);
            row.status = models::LocalStatus::sending();
            m_table->updateRow(key, row);
        }
    });
    connect(job, &SendJob::outcome, this, &SendController::onOutcome);
    connect(job, &SendJob::progress, this, &SendController::progress);
    connect(job, &SendJob::finished, this, [this, job] {
        Q_EMIT finished(job->sentCount(), job->failedCount());
        Q_EMIT runningChanged(false);
        job->deleteLater();
    });
    job->start(keyed, message, accessPermissionGroupIds);
    Q_EMIT runningChanged(true);
    return true;
}

void SendController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SendController::onOutcome(const SendOutcome &outcome)
{
    if (outcome.key < 0 || outcome.key >= m_table->rowCount())
        return;
    models::InvitationRow row = m_table->row(outcome.key);
    if (outcome.invited) {
        row.invitationId = outcome.invitation.id;
        row.status = outcome.invitation.status;
        row.createdAt = outcome.invitation.createdAt;
        row.error.clear();
    } else {
        row.status = models::LocalStatus::failed();
        row.error = outcome.error;
    }
    m_table->updateRow(outcome.key, row);
}

} // namespace sending
