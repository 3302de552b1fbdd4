#include "sending/sendcontroller.h"

#include "history/historystore.h"
#include "models/invitationtablemodel.h"
#include "sending/sendjob.h"

#include <QLoggingCategory>

namespace sending {

SendController::SendController(accessy::AccessySession *session,
                               models::InvitationTableModel *table, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_table(table)
{
}

SendController::~SendController() = default;

history::HistoryStore *SendController::history()
{
    if (!m_history) {
        m_ownHistory = std::make_unique<history::HistoryStore>();
        QString error;
        if (!m_ownHistory->open(history::HistoryStore::defaultPath(), &error))
            qWarning().noquote() << error; // the job then refuses to send: nothing journaled
        m_history = m_ownHistory.get();
    }
    return m_history;
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
    m_message = message;
    m_groups = accessPermissionGroupIds;
    return startJob(keyed);
}

bool SendController::retryFailed()
{
    if (isRunning() || m_failedItems.isEmpty())
        return false;
    const QList<SendItem> items = std::exchange(m_failedItems, {});
    for (const SendItem &item : items) {
        models::InvitationRow row = m_table->row(item.key);
        row.status = models::LocalStatus::queued();
        row.error.clear();
        m_table->updateRow(item.key, row);
    }
    return startJob(items);
}

bool SendController::startJob(const QList<SendItem> &keyedItems)
{
    m_failedItems.clear();
    m_itemsByKey.clear();
    for (const SendItem &item : keyedItems)
        m_itemsByKey.insert(item.key, item);
    history::HistoryStore *store = history();
    if (!store->isOpen()) {
        // Sending without a journal could text someone twice after a crash: refuse.
        for (const SendItem &item : keyedItems) {
            SendOutcome o;
            o.key = item.key;
            o.msisdn = item.msisdn;
            o.error = tr("Not sent: %1").arg(store->lastError());
            onOutcome(o);
        }
        return false;
    }
    auto *job = new SendJob(m_session, store, m_options, this);
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
    connect(job, &SendJob::recovered, this, &SendController::recovered);
    connect(job, &SendJob::planned, this, &SendController::planned);
    connect(job, &SendJob::finished, this, [this, job] {
        Q_EMIT finished(job->sentCount(), job->failedCount());
        Q_EMIT runningChanged(false);
        job->deleteLater();
    });
    job->start(SendRequest{keyedItems, m_message, m_groups, 0});
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
    } else if (outcome.kind == OutcomeKind::AlreadyInvited) {
        row.invitationId = outcome.invitation.id;
        row.status = outcome.invitation.status;
        row.createdAt = outcome.invitation.createdAt;
        row.error = outcome.error;
    } else {
        row.status = models::LocalStatus::failed();
        row.error = outcome.error;
        if (outcome.kind == OutcomeKind::Failed || outcome.kind == OutcomeKind::Cancelled)
            m_failedItems << m_itemsByKey.value(outcome.key);
    }
    m_table->updateRow(outcome.key, row);
}

} // namespace sending
