#include "sending/sendcontroller.h"

#include "accessy/accessysession.h"
#include "history/historystore.h"
#include "sending/invitationlistreader.h"
#include "sending/organization.h"
#include "sending/recovery.h"
#include "sending/sendjob.h"
#include "sending/sendlock.h"
#include "sending/sendplanner.h"
#include "sending/sendpolicy.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTimer>

namespace sending {

SendController::SendController(accessy::AccessySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
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
                           const QStringList &accessPermissionGroupIds,
                           const QStringList &remindNumbers)
{
    if (isRunning() || items.isEmpty())
        return false;
    m_message = message;
    m_groups = accessPermissionGroupIds;
    const QList<SendItem> keyed = queue(items); // every row shows at once, reminders too
    const QSet<QString> remind(remindNumbers.cbegin(), remindNumbers.cend());
    QList<SendItem> first;
    QList<SendItem> reminders;
    for (const SendItem &item : keyed)
        (remind.contains(item.msisdn) ? reminders : first) << item;
    if (first.isEmpty()) // only reminders: one reminder job, as Edit › Remind selected
        return startJob(reminders, 0, true);
    if (!reminders.isEmpty()) {
        // Both jobs under one lock: nobody else sends between them. When another process
        // holds it now, each job waits for it on its own (the second replans anyway).
        history::HistoryStore *store = history();
        if (store->isOpen()) {
            m_chainLock = new SendLock(QFileInfo(store->path()).absolutePath(),
                                       m_session->organizationId(), this);
            if (!m_chainLock->tryLock())
                releaseChainLock();
        }
    }
    m_followingReminders = reminders; // before the first job can end
    const bool started = startJob(first);
    if (!started) // not journaled: the reminders are refused the same way
        startFollowingReminders(0, 0);
    return started;
}

bool SendController::startFollowingReminders(int sent, int failed)
{
    const QList<SendItem> reminders = std::exchange(m_followingReminders, {});
    m_chainSent = sent;
    m_chainFailed = failed;
    if (m_cancelRequested) {
        for (const SendItem &item : reminders) {
            SendOutcome o;
            o.key = item.key;
            o.msisdn = item.msisdn;
            o.kind = OutcomeKind::Cancelled;
            o.error = tr("Cancelled before it was sent.");
            onOutcome(o);
        }
        m_chainFailed += int(reminders.size());
        return false;
    }
    m_chained = true;
    const bool started = startJob(reminders, 0, true);
    m_chained = false;
    return started;
}

void SendController::releaseChainLock()
{
    if (!m_chainLock)
        return;
    m_chainLock->unlock();
    m_chainLock->deleteLater();
    m_chainLock = nullptr;
}

QList<SendItem> SendController::queue(const QList<SendItem> &items)
{
    QList<SendItem> keyed = items;
    for (SendItem &item : keyed)
        item.key = m_nextKey++;
    Q_EMIT itemsQueued(keyed);
    return keyed;
}

bool SendController::startReminder(const QList<SendItem> &items, const QString &message,
                                   const QStringList &accessPermissionGroupIds)
{
    if (isRunning() || items.isEmpty())
        return false;
    m_message = message;
    m_groups = accessPermissionGroupIds;
    return startJob(queue(items), 0, true);
}

void SendController::preview(const QList<SendItem> &items, bool groupsChosen)
{
    cancelPreview();
    // The member list too, so the confirmation counts members out (SendJob plans the same way).
    auto *reader = new OrganizationReader(m_session, m_lists, this);
    m_preview = reader;
    connect(reader, &OrganizationReader::memberProgress, this, &SendController::memberProgress);
    Q_EMIT previewStarted();
    reader->read([this, items, reader,
                  groupsChosen](const accessy::Result<OrganizationSnapshot> &organization) {
        reader->deleteLater();
        m_preview = nullptr;
        if (!organization.ok()) {
            m_previewError = organization.error();
            return Q_EMIT previewFailed(organization.error().userMessage());
        }
        Q_EMIT organizationRead(organization.value());
        planner::Rules rules;
        rules.inviteAgain = m_options.inviteAgain;
        rules.remindAfterDays = m_options.remindAfterDays;
        rules.groupsChosen = groupsChosen;
        Q_EMIT previewReady(planner::preview(items, organization.value(), history(),
                                             m_session->organizationId(), rules));
    });
}

void SendController::cancelPreview()
{
    if (!m_preview)
        return;
    OrganizationReader *reader = std::exchange(m_preview, nullptr);
    reader->cancel(); // its callback is dropped: nothing more is planned
    reader->deleteLater();
    Q_EMIT previewCancelled();
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
    // Only a job whose process is gone is interrupted: while another process holds the
    // organization's send lock its job is live, and it is left alone.
    delete m_recoveryLock;
    m_recoveryLock =
        new SendLock(QFileInfo(store->path()).absolutePath(), m_session->organizationId(), this);
    if (!m_recoveryLock->tryLock())
        return;
    m_lists->read([this, store](const accessy::Result<QList<accessy::Invitation>> &list) {
        const QString org = m_session->organizationId();
        const auto release = qScopeGuard([this] { m_recoveryLock->unlock(); });
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
    if (!store->isOpen() ||
        SendLock(QFileInfo(store->path()).absolutePath(), m_session->organizationId())
            .heldByAnotherProcess())
        return {}; // another process's live send, not an interrupted one
    return store->unfinishedJobs(m_session->organizationId());
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
            n.state != history::NumberState::AlreadyInvited &&
            n.state != history::NumberState::Member &&
            n.state != history::NumberState::AddedToGroups)
            items << SendItem{-1, n.msisdn, n.name, n.input};
    }
    if (items.isEmpty()) {
        store->setJobState(jobId, QStringLiteral("finished"));
        return false;
    }
    m_message = job->message;
    m_groups = job->groupIds;
    return startJob(queue(items), jobId);
}

bool SendController::retryFailed()
{
    QList<int> keys;
    for (const SendItem &item : std::as_const(m_failedItems))
        keys << item.key;
    return retryFailed(keys);
}

QList<SendItem> SendController::failedItems() const
{
    QList<SendItem> items;
    for (const SendItem &item : m_failedItems) {
        if (!m_cancelledKeys.contains(item.key))
            items << item;
    }
    return items;
}

QList<SendItem> SendController::cancelledItems() const
{
    QList<SendItem> items;
    for (const SendItem &item : m_failedItems) {
        if (m_cancelledKeys.contains(item.key))
            items << item;
    }
    return items;
}

bool SendController::retryFailed(const QList<int> &chosenKeys)
{
    QList<SendItem> items;
    for (const SendItem &item : std::as_const(m_failedItems)) {
        if (chosenKeys.contains(item.key))
            items << item;
    }
    if (isRunning() || items.isEmpty())
        return false;
    m_failedItems.clear();
    m_cancelledKeys.clear();
    QList<int> keys;
    for (const SendItem &item : items)
        keys << item.key;
    Q_EMIT itemsRequeued(keys);
    return startJob(items);
}

bool SendController::startJob(const QList<SendItem> &keyedItems, qint64 continueJobId,
                              bool reminder)
{
    if (!m_chained) { // a new send; the second job of start() keeps what the first reported
        m_failedItems.clear();
        m_cancelledKeys.clear();
        m_itemsByKey.clear();
        m_cancelRequested = false;
        m_chainSent = 0;
        m_chainFailed = 0;
    }
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
    SendOptions options = m_options;
    if (reminder) {
        // Every pending number is reminded (the admin chose them); nothing else changes.
        options.inviteAgain = false;
        options.remindAfterDays = 0;
    }
    auto *job = new SendJob(m_session, store, options, this);
    job->setReminder(reminder);
    if (m_chainLock)
        job->useHeldLock(m_chainLock);
    m_job = job;
    connect(job, &SendJob::batchStarted, this, &SendController::itemsSending);
    connect(job, &SendJob::outcome, this, &SendController::onOutcome);
    // One progress for both jobs of a start() with reminders.
    connect(job, &SendJob::progress, this, [this](int sent, int failed, int remaining) {
        Q_EMIT progress(sent + m_chainSent, failed + m_chainFailed,
                        remaining + int(m_followingReminders.size()));
    });
    connect(job, &SendJob::unconfirmed, this, &SendController::unconfirmed);
    connect(job, &SendJob::recovered, this, &SendController::recovered);
    connect(job, &SendJob::planned, this, &SendController::planned);
    connect(job, &SendJob::memberProgress, this, &SendController::memberProgress);
    connect(job, &SendJob::waitingForLock, this, [this](qint64 pid) {
        const QString name = m_session->organizationName();
        Q_EMIT waitingForOtherSend(name.isEmpty() ? m_session->organizationId() : name, pid);
    });
    connect(job, &SendJob::finished, this, [this, job] {
        job->deleteLater();
        int sent = job->sentCount() + m_chainSent;
        int failed = job->failedCount() + m_chainFailed;
        if (!m_followingReminders.isEmpty()) {
            if (startFollowingReminders(sent, failed))
                return; // the reminders' job finishes the send
            sent = m_chainSent;
            failed = m_chainFailed;
        }
        releaseChainLock();
        Q_EMIT finished(sent, failed);
        Q_EMIT runningChanged(false);
    });
    job->start(SendRequest{keyedItems, m_message, m_groups, continueJobId});
    if (!m_chained)
        Q_EMIT runningChanged(true);
    return true;
}

void SendController::cancel()
{
    m_cancelRequested = true; // reminders waiting for the first job are not sent either
    if (m_job)
        m_job->cancel();
}

void SendController::onOutcome(const SendOutcome &outcome)
{
    // What "Retry failed" sends again; an unconfirmed number may have arrived: never again.
    const bool retryable =
        outcome.kind == OutcomeKind::Failed || outcome.kind == OutcomeKind::Cancelled;
    if (!outcome.invited && retryable && m_itemsByKey.contains(outcome.key)) {
        m_failedItems << m_itemsByKey.value(outcome.key);
        if (outcome.kind == OutcomeKind::Cancelled)
            m_cancelledKeys.insert(outcome.key);
    }
    Q_EMIT itemOutcome(outcome);
}

} // namespace sending
