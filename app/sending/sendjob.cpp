#include "sending/sendjob.h"

#include "accessy/accessysession.h"
#include "history/historystore.h"
#include "sending/gracewatch.h"
#include "sending/groupadder.h"
#include "sending/invitationlistreader.h"
#include "sending/recovery.h"
#include "sending/sendjournal.h"
#include "sending/sendlock.h"
#include "sending/sendplanner.h"
#include "sending/sendpolicy.h"
#include "sending/sendpreparation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSend, "accessy.sending")

namespace sending {

using history::BatchState;
using journal::Settled;

namespace {

QStringList numbersOf(const QList<SendItem> &items)
{
    QStringList result;
    result.reserve(items.size());
    for (const SendItem &item : items)
        result << item.msisdn;
    return result;
}

} // namespace

SendJob::SendJob(accessy::AccessySession *session, history::HistoryStore *history,
                 const SendOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(history)
    , m_options(options)
    , m_lists(new InvitationListReader(session, this))
    , m_watch(new GraceWatch(this))
    , m_backoff(options.backoffInitialMs, options.backoffFactor, options.backoffMaxMs, options.seed)
    , m_clock(options.clockSkewMarginMs, options.unknownClockSkewMarginMs)
    , m_groups(new GroupAdder(session, this))
{
    m_options.batchSize = qMax(1, m_options.batchSize);
    m_options.maxInFlight = qMax(1, m_options.maxInFlight);
    m_options.maxSendAttempts = qMax(1, m_options.maxSendAttempts);
    m_options.maxListAttempts = qMax(1, m_options.maxListAttempts);
    const qint64 grace = policy::effectiveGraceMs(m_options.graceMs,
                                                  session->client()->settings().transferTimeoutMs);
    if (grace != m_options.graceMs)
        qCInfo(lcSend) << "grace period" << m_options.graceMs << "ms raised to" << grace
                       << "ms: twice the transfer time-out";
    m_options.graceMs = grace;
    connect(m_watch, &GraceWatch::changed, this, &SendJob::unconfirmed);
    m_preparation =
        new SendPreparation(session, history, m_lists, m_watch, &m_backoff, m_options, this);
    connect(m_preparation, &SendPreparation::recovered, this, &SendJob::recovered);
    connect(m_preparation, &SendPreparation::memberProgress, this, &SendJob::memberProgress);
    connect(m_preparation, &SendPreparation::ready, this, &SendJob::onPrepared);
    connect(m_preparation, &SendPreparation::failed, this, &SendJob::failPreparation);
    connect(m_groups, &GroupAdder::settled, this,
            [this](const Settled &outcome) { settle(0, BatchState::Done, {outcome}); });
    connect(m_groups, &GroupAdder::finished, this, &SendJob::finishIfDone);
}

SendJob::~SendJob() = default;

int SendJob::listReads() const
{
    return m_lists->readsStarted();
}

void SendJob::start(const QList<SendItem> &items, const QString &message,
                    const QStringList &accessPermissionGroupIds)
{
    start(SendRequest{items, message, accessPermissionGroupIds, 0});
}

void SendJob::start(const SendRequest &request)
{
    if (isRunning())
        return;
    m_request = request;
    m_total = int(request.items.size());
    m_sent = m_failed = m_settledUnconfirmed = 0;
    m_cancelled = false;
    m_fatal.clear();
    m_phase = Phase::Preparing;
    Q_EMIT progress(0, 0, m_total);
    if (takeLock())
        m_preparation->start();
}

bool SendJob::takeLock()
{
    // Everything a job does — the list read, recovering an interrupted job, sending — happens
    // under the organization's send lock: the journal's open batches are then a dead
    // process's, never a live one's. Jobs without a journal (engine tests) take none.
    if (!m_history || !m_history->isOpen() || (m_heldLock && m_heldLock->isLocked()))
        return true;
    if (!m_lock) {
        m_lock = new SendLock(QFileInfo(m_history->path()).absolutePath(),
                              m_session->organizationId(), this);
        connect(m_lock, &SendLock::waiting, this, &SendJob::waitingForLock);
        connect(m_lock, &SendLock::acquired, this, [this] {
            if (m_cancelled)
                return failPreparation({});
            m_preparation->start();
        });
        connect(m_lock, &SendLock::failed, this, [this](const QString &reason) {
            m_phase = Phase::Sending;
            settleAll(m_request.items, OutcomeKind::Failed, tr("Not sent: %1.").arg(reason));
            finishIfDone();
        });
    }
    if (m_lock->tryLock())
        return true;
    m_lock->acquire(); // acquired(), waiting() or failed() follows
    return false;
}

void SendJob::failPreparation(const QString &reason)
{
    m_phase = Phase::Sending;
    if (m_cancelled)
        settleAll(m_request.items, OutcomeKind::Cancelled, tr("Cancelled before it was sent."));
    else
        settleAll(m_request.items, OutcomeKind::Failed,
                  tr("Not sent: the member and invitation lists could not be read to check "
                     "who is a member or invited already. %1")
                      .arg(reason));
    finishIfDone();
}

void SendJob::onPrepared(const OrganizationSnapshot &organization)
{
    m_knownIds.clear();
    for (const accessy::Invitation &inv : organization.invitations)
        m_knownIds.insert(inv.id);
    if (m_cancelled)
        return failPreparation({});

    history::JobRecord job;
    job.organizationId = m_session->organizationId();
    job.apiUrl = m_session->client()->settings().baseUrl.toString();
    job.message = m_request.message;
    job.groupIds = m_request.accessPermissionGroupIds;
    job.reminder = m_reminder;
    job.source = m_source;
    // Who sent, for the history: never the secret or the token itself.
    const accessy::Credentials &credentials = m_session->credentials();
    job.sender =
        credentials.usesClientCredentials() ? credentials.clientId : QStringLiteral("pasted token");
    planner::Rules rules;
    rules.inviteAgain = m_options.inviteAgain;
    rules.remindAfterDays = m_options.remindAfterDays;
    rules.groupsChosen = !m_request.accessPermissionGroupIds.isEmpty();
    const journal::JobStart start =
        journal::startJob(m_history, job, m_request, organization, rules);
    Q_EMIT planned(start.plan);
    m_jobId = start.jobId;
    m_phase = Phase::Sending;
    if (start.journalFailed) {
        settle(0, BatchState::Failed, start.done);
        settleAll(start.plan.toSend, OutcomeKind::Failed,
                  tr("Not sent: the send history could not be written (%1).")
                      .arg(m_history->lastError()));
        return finishIfDone();
    }
    settle(0, BatchState::Done, start.done);
    m_queue = start.plan.toSend;
    m_batchSize = policy::batchSizeFor(int(m_queue.size()), m_options.batchSize);
    if (!start.plan.toAddToGroups.isEmpty())
        m_groups->start(start.plan.toAddToGroups, m_request.accessPermissionGroupIds);
    pump();
    finishIfDone();
}

void SendJob::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_phase == Phase::Preparing && m_lock && !m_lock->isLocked()) {
        m_lock->cancel(); // still waiting for another process's send: nothing was read
        return failPreparation({});
    }
    if (m_phase == Phase::Preparing)
        return m_preparation->cancel(); // it ends, and every number is reported cancelled
    settleAll(takeUnsent(), OutcomeKind::Cancelled, tr("Cancelled before it was sent."));
    m_groups->cancel();
    cancelWaiting();
    finishIfDone();
}

void SendJob::cancelWaiting()
{
    // Numbers inside their grace stay unconfirmed in the history (batch unknown): never sent
    // again without a list read after the grace, which the next send does first.
    const QString reason =
        tr("Unconfirmed: the send was cancelled while waiting to be sure the server did not "
           "already text this number. The next send checks Accessy's list for it first and "
           "sends it only if it is not there; check in Accessy before sending it by hand.");
    const QList<quint64> ids = m_tasks.keys();
    for (quint64 id : ids) {
        const Task t = m_tasks.value(id);
        if (!t.graceEndsAt.isValid())
            continue;
        QList<Settled> unconfirmed;
        for (const SendItem &item : t.items)
            unconfirmed << Settled{item, OutcomeKind::Unconfirmed, {}, reason};
        m_tasks.remove(id);
        m_watch->remove(id);
        settle(t.batchId, BatchState::Unknown, unconfirmed, t.lastError);
    }
}

void SendJob::pump()
{
    // Batches waiting for their grace are not in flight: the rest of the job goes on.
    qsizetype inFlight = 0;
    for (const Task &t : std::as_const(m_tasks))
        inFlight += t.graceEndsAt.isValid() ? 0 : 1;
    const int maxInFlight = m_heardFromServer ? m_options.maxInFlight : 1;
    while (!m_cancelled && m_fatal.isEmpty() && inFlight < maxInFlight) {
        Task task;
        if (!m_ready.isEmpty()) {
            task = m_ready.takeFirst();
        } else if (!m_queue.isEmpty()) {
            const qsizetype n = qMin<qsizetype>(m_batchSize, m_queue.size());
            task.items = m_queue.mid(0, n);
            m_queue.remove(0, n);
        } else {
            break;
        }
        launch(std::move(task));
        ++inFlight;
    }
}

void SendJob::launch(Task task)
{
    const quint64 id = ++m_nextTaskId;
    m_tasks.insert(id, std::move(task));
    send(id);
}

void SendJob::send(quint64 id)
{
    Task &t = m_tasks[id];
    if (m_cancelled || !m_fatal.isEmpty()) {
        const QList<SendItem> items = t.items;
        const qint64 batchId = t.batchId;
        if (m_cancelled)
            settleAll(items, OutcomeKind::Cancelled, tr("Cancelled before it was sent."), batchId,
                      tr("cancelled before it was sent again"));
        else
            settleAll(items, OutcomeKind::Failed, tr("Not sent: %1").arg(m_fatal));
        return endTask(id);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!t.firstSentAt.isValid()) {
        t.firstSentAt = now;
        t.notBefore = m_clock.notBefore(now);
    }
    t.sentAt = now;
    const QStringList msisdns = numbersOf(t.items);
    if (m_history) {
        // Journal first: if we die after this line, the next start knows this request may
        // have reached the server and checks (after its grace) before sending anything. Each
        // request is a batch of its own, so the journal holds when it left.
        t.batchId = m_history->journalBatch(m_jobId, msisdns, t.attempt, now, t.notBefore);
        if (t.batchId <= 0) {
            const QList<SendItem> items = t.items;
            fatal(tr("the send history could not be written (%1)").arg(m_history->lastError()));
            settleAll(items, OutcomeKind::Failed, tr("Not sent: %1").arg(m_fatal));
            return endTask(id);
        }
    }
    QList<int> keys;
    for (const SendItem &item : t.items)
        keys << item.key;
    Q_EMIT batchStarted(keys);
    accessy::CreateInvitationsRequest request;
    request.message = m_request.message;
    request.msisdns = msisdns;
    request.accessPermissionGroupIds = m_request.accessPermissionGroupIds;
    // AccessySession posts with a body Qt cannot rewind, so Qt never re-sends this POST on
    // its own after a dropped connection (that would text people twice); such a drop is an
    // unknown outcome, reconciled below.
    m_session->createInvitations(
        request, this, [this, id](const accessy::Result<QList<accessy::Invitation>> &result) {
            if (!m_tasks.contains(id))
                return;
            m_heardFromServer = true;
            if (result.ok())
                onAnswer(id, result.value());
            else
                onError(id, result.error());
        });
}

void SendJob::onAnswer(quint64 id, const QList<accessy::Invitation> &invitations)
{
    m_clock.note(invitations);
    Task &t = m_tasks[id];
    QHash<QString, accessy::Invitation> byNumber;
    for (const accessy::Invitation &inv : invitations) {
        if (!byNumber.contains(inv.recipientMsisdn))
            byNumber.insert(inv.recipientMsisdn, inv);
        m_knownIds.insert(inv.id);
    }
    QList<Settled> invited;
    QList<SendItem> missing;
    for (const SendItem &item : t.items) {
        if (const auto it = byNumber.constFind(item.msisdn); it != byNumber.cend())
            invited << Settled{item, OutcomeKind::Invited, *it, {}};
        else
            missing << item;
    }
    if (missing.isEmpty()) {
        settle(t.batchId, BatchState::Done, invited);
        return endTask(id);
    }
    // A short answer: the numbers it leaves out may or may not have been created.
    settle(t.batchId, BatchState::Unknown, invited,
           tr("the answer named %1 of %2 numbers").arg(invited.size()).arg(t.items.size()));
    t.items = missing;
    t.lastError = tr("the server's answer did not mention this number");
    reconcile(id, m_options.reconcileDelayMs);
}

void SendJob::onError(quint64 id, const accessy::ApiError &e)
{
    Task &t = m_tasks[id];
    t.lastError = e.userMessage();
    const policy::ErrorDecision d =
        policy::decide(e, {int(t.items.size()), t.rateLimited, t.notSent},
                       {m_options.retryAfterMaxMs, m_options.maxRetriesNotSent});
    switch (d.action) {
    case policy::ErrorAction::Retry: {
        const int delay = d.fixedDelayMs >= 0 ? d.fixedDelayMs : m_backoff.delayMs(d.backoffStep);
        if (d.cause == policy::RetryCause::RateLimited) {
            ++t.rateLimited;
            return retryLater(id, delay, tr("rate limited (429), retried after %1 ms").arg(delay));
        }
        ++t.notSent;
        return retryLater(id, delay, tr("not sent (%1), retried").arg(e.userMessage()));
    }
    case policy::ErrorAction::Split: {
        const qsizetype half = t.items.size() / 2;
        Task first, second;
        first.items = t.items.mid(0, half);
        second.items = t.items.mid(half);
        first.attempt = second.attempt = t.attempt;
        if (m_history)
            m_history->setBatchState(t.batchId, BatchState::Failed,
                                     tr("refused (%1), split in halves").arg(e.httpStatus));
        m_ready.prepend(second);
        m_ready.prepend(first);
        return endTask(id);
    }
    case policy::ErrorAction::Reconcile:
        if (m_history)
            m_history->setBatchState(t.batchId, BatchState::Unknown, e.userMessage());
        if (d.waitForGrace)
            return awaitGrace(id);
        return reconcile(id, m_options.reconcileDelayMs);
    case policy::ErrorAction::StopJob:
        fatal(e.userMessage());
        return failTask(id, e.userMessage());
    case policy::ErrorAction::Fail:
        return failTask(id, e.userMessage());
    }
}

void SendJob::failTask(quint64 id, const QString &reason)
{
    const Task t = m_tasks.value(id);
    settleAll(t.items, OutcomeKind::Failed, reason, t.batchId, reason);
    endTask(id);
}

void SendJob::awaitGrace(quint64 id)
{
    // The request may still sit in the server's queue and be processed after we gave up on
    // it: a list read now could miss it and a re-send text people twice. Its numbers stay
    // unconfirmed until the grace since it left has passed; other batches go on meanwhile.
    Task &t = m_tasks[id];
    t.graceEndsAt = t.sentAt.addMSecs(m_options.graceMs);
    const qint64 wait = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(t.graceEndsAt));
    qCInfo(lcSend) << "batch" << t.batchId << "unconfirmed:" << t.items.size()
                   << "numbers, list read in" << wait << "ms";
    m_watch->set(id, int(t.items.size()), t.graceEndsAt);
    QTimer::singleShot(wait, Qt::PreciseTimer, this, [this, id] {
        if (m_tasks.contains(id))
            reconcile(id, 0);
    });
    pump();
}

void SendJob::retryLater(quint64 id, int delayMs, const QString &why)
{
    // Nothing was created. The next send is journaled as a new batch, so that the journal
    // holds when each request left (the grace of a crashed send counts from then).
    Task &t = m_tasks[id];
    if (m_history)
        m_history->setBatchState(t.batchId, BatchState::Failed, why);
    t.batchId = 0;
    QTimer::singleShot(delayMs, this, [this, id] {
        if (m_tasks.contains(id))
            send(id);
    });
}

void SendJob::reconcile(quint64 id, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, id] {
        m_lists->read([this, id](const accessy::Result<QList<accessy::Invitation>> &result) {
            if (!m_tasks.contains(id))
                return;
            m_heardFromServer = true;
            if (result.ok())
                return onList(id, result.value());
            Task &t = m_tasks[id];
            if (++t.listFailures < m_options.maxListAttempts)
                return reconcile(id, m_backoff.delayMs(t.listFailures - 1));
            // Without the list we cannot know, and re-sending could text someone twice.
            const QString reason =
                tr("Sent, but the server gave no usable answer (%1) and its invitation list "
                   "could not be read to check whether the invitation was created (%2). It is "
                   "checked again the next time the app sends; do not send it again by hand.")
                    .arg(t.lastError, result.error().userMessage());
            QList<Settled> unconfirmed;
            for (const SendItem &item : t.items)
                unconfirmed << Settled{item, OutcomeKind::Unconfirmed, {}, reason};
            settle(t.batchId, BatchState::Unknown, unconfirmed, t.lastError);
            endTask(id);
        });
    });
}

void SendJob::onList(quint64 id, const QList<accessy::Invitation> &list)
{
    Task t = m_tasks.value(id);
    const QHash<QString, accessy::Invitation> created =
        planner::matchCreated(list, numbersOf(t.items), t.notBefore, m_knownIds);
    QList<Settled> settled;
    QList<SendItem> rest;
    for (const SendItem &item : t.items) {
        if (const auto it = created.constFind(item.msisdn); it != created.cend()) {
            m_knownIds.insert(it->id);
            settled << Settled{item, OutcomeKind::Invited, *it, {}};
        } else {
            rest << item;
        }
    }
    const QString batchReason =
        tr("reconciled: %1 created, %2 not created").arg(created.size()).arg(rest.size());
    qCInfo(lcSend) << "batch" << t.batchId << "reconciled:" << created.size() << "created,"
                   << rest.size() << "not";
    if (!rest.isEmpty() && !m_cancelled && m_fatal.isEmpty() &&
        t.attempt < m_options.maxSendAttempts) {
        Task again;
        again.items = rest;
        again.lastError = t.lastError;
        again.attempt = t.attempt + 1;
        again.firstSentAt = t.firstSentAt;
        again.notBefore = t.notBefore;
        settle(t.batchId, BatchState::Done, settled, batchReason);
        m_ready.prepend(again);
        return endTask(id);
    }
    const auto [kind, reason] =
        m_cancelled ? std::pair{OutcomeKind::Cancelled,
                                tr("Cancelled: the send of this number did not get through "
                                   "(the server's list shows no invitation).")}
        : !m_fatal.isEmpty()
            ? std::pair{OutcomeKind::Failed, tr("Not sent: %1").arg(m_fatal)}
            : std::pair{OutcomeKind::Failed,
                        tr("Not invited: %1 attempts got no usable answer (last: %2), and the "
                           "server's list shows no invitation for this number. Try again later.")
                            .arg(t.attempt)
                            .arg(t.lastError)};
    for (const SendItem &item : rest)
        settled << Settled{item, kind, {}, reason};
    settle(t.batchId, BatchState::Done, settled, batchReason);
    endTask(id);
}

void SendJob::endTask(quint64 id)
{
    m_tasks.remove(id);
    m_watch->remove(id);
    pump();
    finishIfDone();
}

void SendJob::fatal(const QString &reason)
{
    if (!m_fatal.isEmpty())
        return;
    m_fatal = reason;
    settleAll(takeUnsent(), OutcomeKind::Failed, tr("Not sent: %1").arg(reason));
}

QList<SendItem> SendJob::takeUnsent()
{
    QList<SendItem> unsent = std::exchange(m_queue, {});
    for (const Task &t : std::exchange(m_ready, {}))
        unsent = t.items + unsent;
    return unsent;
}

void SendJob::settleAll(const QList<SendItem> &items, OutcomeKind kind, const QString &reason,
                        qint64 failedBatchId, const QString &batchReason)
{
    QList<Settled> s;
    s.reserve(items.size());
    for (const SendItem &item : items)
        s << Settled{item, kind, {}, reason};
    settle(failedBatchId, failedBatchId > 0 ? BatchState::Failed : BatchState::Done, s,
           batchReason);
}

void SendJob::settle(qint64 batchId, BatchState state, const QList<Settled> &outcomes,
                     const QString &batchReason)
{
    if (m_history && (batchId > 0 || (!outcomes.isEmpty() && m_jobId > 0)) &&
        !journal::record(*m_history, m_session->organizationId(), m_jobId, batchId, state, outcomes,
                         batchReason))
        qCWarning(lcSend) << "could not journal the outcome of batch" << batchId;
    for (const Settled &s : outcomes) {
        SendOutcome o;
        o.key = s.item.key;
        o.msisdn = s.item.msisdn;
        o.kind = s.kind;
        o.invited = s.kind == OutcomeKind::Invited;
        o.invitation = s.invitation;
        o.error = s.reason;
        if (o.invited)
            ++m_sent;
        else
            ++m_failed;
        if (s.kind == OutcomeKind::Unconfirmed)
            ++m_settledUnconfirmed;
        Q_EMIT outcome(o);
    }
    if (!outcomes.isEmpty())
        Q_EMIT progress(m_sent, m_failed, remainingCount());
}

void SendJob::finishIfDone()
{
    if (m_phase != Phase::Sending || !m_tasks.isEmpty() || !m_queue.isEmpty() ||
        !m_ready.isEmpty() || m_groups->isRunning())
        return;
    m_phase = Phase::Idle;
    if (m_history && m_jobId > 0) {
        // Unconfirmed numbers keep the job open: the next start checks them first.
        const JobState state = m_settledUnconfirmed > 0 ? JobState::Running
                               : m_cancelled            ? JobState::Cancelled
                                                        : JobState::Finished;
        m_history->setJobState(m_jobId, jobStateKey(state));
    }
    if (m_lock)
        m_lock->unlock(); // the journal is written: the next sender may read it
    Q_EMIT finished();
}

int SendJob::unconfirmedCount() const
{
    return m_watch->numbers();
}

} // namespace sending
