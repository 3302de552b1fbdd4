#include "sending/sendcontroller.h"

#include "accessy/accessysession.h"
#include "history/historystore.h"
#include "models/invitationtablemodel.h"
#include "sending/invitationlistreader.h"
#include "sending/organization.h"
#include "sending/recovery.h"
#include "sending/sendjob.h"
#include "sending/sendplanner.h"
#include "sending/sendpolicy.h"

#include <QLoggingCategory>
#include <QTimer>

namespace sending {

SendController::SendController(accessy::AccessySession *session,
                               models::InvitationTableModel *table, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_table(table)
    , m_lists(new InvitationListReader(session, this))
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
    m_message = message;
    m_groups = accessPermissionGroupIds;
    return startJob(appendRows(items));
}

QList<SendItem> SendController::appendRows(const QList<SendItem> &items)
{
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
    return keyed;
}

void SendController::preview(const QList<SendItem> &items)
{
    // The member list too, so the confirmation counts members out (SendJob plans the same way).
    auto *reader = new OrganizationReader(m_session, m_lists, this);
    reader->read([this, items, reader](const accessy::Result<OrganizationSnapshot> &organization) {
        reader->deleteLater();
        if (!organization.ok())
            return Q_EMIT previewFailed(organization.error().userMessage());
        history::HistoryStore *store = history();
        planner::Rules rules;
        rules.inviteAgain = m_options.inviteAgain;
        rules.remindAfterDays = m_options.remindAfterDays;
        Q_EMIT previewReady(planner::plan(items, organization.value(),
                                          store->isOpen()
                                              ? store->pendingByMsisdn(m_session->organizationId())
                                              : QHash<QString, history::InvitationRecord>(),
                                          rules));
    });
}

void SendController::checkInterrupted()
{
    history::HistoryStore *store = history();
    if (!store->isOpen())
        return;
    // A request still inside its grace may yet be processed: check it only after the grace.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const recovery::OpenGrace open = recovery::openGrace(
        *store, m_session->organizationId(),
        policy::effectiveGraceMs(m_options.graceMs,
                                 m_session->client()->settings().transferTimeoutMs),
        now);
    if (open.numbers > 0) {
        QTimer::singleShot(now.msecsTo(open.endsAt), Qt::PreciseTimer, this,
                           [this] { checkInterrupted(); });
        return;
    }
    m_lists->read([this, store](const accessy::Result<QList<accessy::Invitation>> &list) {
        const QString org = m_session->organizationId();
        if (store->unfinishedBatches(org).isEmpty() && store->unfinishedJobs(org).isEmpty())
            return;
        RecoverySummary summary;
        if (!list.ok()) {
            summary.listError = list.error().userMessage();
        } else {
            QSet<QString> recorded = store->knownInvitationIds();
            summary = recovery::reconcileUnfinished(*store, org, list.value(), &recorded);
        }
        Q_EMIT recovered(summary);
    });
}

QList<history::JobRecord> SendController::interruptedJobs()
{
    history::HistoryStore *store = history();
    return store->isOpen() ? store->unfinishedJobs(m_session->organizationId())
                           : QList<history::JobRecord>();
}

bool SendController::resumeInterrupted(qint64 jobId)
{
    history::HistoryStore *store = history();
    const std::optional<history::JobRecord> job =
        store->isOpen() ? store->job(jobId) : std::nullopt;
    if (isRunning() || !job)
        return false;
    QList<SendItem> items;
    for (const history::JobNumber &n : store->jobNumbers(jobId)) {
        if (n.state != history::NumberState::Invited &&
            n.state != history::NumberState::AlreadyInvited)
            items << SendItem{-1, n.msisdn, n.name, n.input};
    }
    if (items.isEmpty()) {
        store->setJobState(jobId, QStringLiteral("finished"));
        return false;
    }
    m_message = job->message;
    m_groups = job->groupIds;
    return startJob(appendRows(items), jobId);
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

bool SendController::startJob(const QList<SendItem> &keyedItems, qint64 continueJobId)
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
    connect(job, &SendJob::unconfirmed, this, &SendController::unconfirmed);
    connect(job, &SendJob::recovered, this, &SendController::recovered);
    connect(job, &SendJob::planned, this, &SendController::planned);
    connect(job, &SendJob::finished, this, [this, job] {
        Q_EMIT finished(job->sentCount(), job->failedCount());
        Q_EMIT runningChanged(false);
        job->deleteLater();
    });
    job->start(SendRequest{keyedItems, m_message, m_groups, continueJobId});
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
    } else if (outcome.kind == OutcomeKind::Member || outcome.kind == OutcomeKind::AddedToGroups) {
        // Never texted: a member (the reason says whether the groups were added).
        row.status = outcome.kind == OutcomeKind::Member ? QStringLiteral("MEMBER")
                                                         : QStringLiteral("ADDED_TO_GROUPS");
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
