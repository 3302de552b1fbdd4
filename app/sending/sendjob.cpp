#include "sending/sendjob.h"

#include "accessy/accessysession.h"
#include "history/historystore.h"
#include "sending/invitationlistreader.h"
#include "sending/recovery.h"
#include "sending/sendplanner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSend, "accessy.sending")

namespace sending {

using history::BatchState;
using history::NumberState;

namespace {

NumberState numberState(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Invited:
        return NumberState::Invited;
    case OutcomeKind::Failed:
        return NumberState::Failed;
    case OutcomeKind::AlreadyInvited:
        return NumberState::AlreadyInvited;
    case OutcomeKind::Cancelled:
        return NumberState::Cancelled;
    case OutcomeKind::Unconfirmed:
        return NumberState::Unconfirmed;
    }
    return NumberState::Failed;
}

QStringList numbersOf(const QList<SendItem> &items)
{
    QStringList result;
    result.reserve(items.size());
    for (const SendItem &item : items)
        result << item.msisdn;
    return result;
}

// Refusals that no retry of any batch will change: stop the whole job.
bool stopsTheJob(const accessy::ApiError &e)
{
    if (e.kind == accessy::ApiError::Kind::Configuration)
        return true;
    return e.kind == accessy::ApiError::Kind::Http && (e.httpStatus == 401 || e.httpStatus == 403 ||
                                                       e.httpStatus == 404 || e.httpStatus == 406);
}

} // namespace

SendJob::SendJob(accessy::AccessySession *session, history::HistoryStore *history,
                 const SendOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(history)
    , m_options(options)
    , m_lists(new InvitationListReader(session, this))
    , m_backoff(options.backoffInitialMs, options.backoffFactor, options.backoffMaxMs, options.seed)
{
    m_options.batchSize = qMax(1, m_options.batchSize);
    m_options.maxInFlight = qMax(1, m_options.maxInFlight);
    m_options.maxSendAttempts = qMax(1, m_options.maxSendAttempts);
    m_options.maxListAttempts = qMax(1, m_options.maxListAttempts);
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
    if (m_running)
        return;
    m_request = request;
    m_total = int(request.items.size());
    m_sent = m_failed = m_unconfirmed = 0;
    m_cancelled = false;
    m_fatal.clear();
    m_running = true;
    m_preparing = true;
    Q_EMIT progress(0, 0, m_total);
    prepare();
}

void SendJob::prepare()
{
    // Nothing is sent before the list is read: it settles what a crash left open and shows
    // which numbers are invited already.
    m_lists->read([this](const accessy::Result<QList<accessy::Invitation>> &result) {
        if (result.ok())
            return onPrepared(result.value());
        const accessy::ApiError &e = result.error();
        if (!m_cancelled && !stopsTheJob(e) && ++m_prepareAttempts < m_options.maxListAttempts) {
            QTimer::singleShot(m_backoff.delayMs(m_prepareAttempts - 1), this,
                               [this] { prepare(); });
            return;
        }
        failPreparation(e.userMessage());
    });
}

void SendJob::failPreparation(const QString &reason)
{
    m_preparing = false;
    if (m_cancelled)
        settleAll(m_request.items, OutcomeKind::Cancelled, tr("Cancelled before it was sent."));
    else
        settleAll(m_request.items, OutcomeKind::Failed,
                  tr("Not sent: the invitation list could not be read to check which numbers "
                     "are invited already. %1")
                      .arg(reason));
    finishIfDone();
}

void SendJob::onPrepared(const QList<accessy::Invitation> &list)
{
    const QString org = m_session->organizationId();
    m_knownIds.clear();
    for (const accessy::Invitation &inv : list)
        m_knownIds.insert(inv.id);
    if (m_history) {
        // Only invitations the journal recorded are accounted for: those a crash left
        // unanswered are on the list but not in the journal.
        QSet<QString> recorded = m_history->knownInvitationIds();
        const RecoverySummary summary =
            recovery::reconcileUnfinished(*m_history, org, list, &recorded);
        if (!summary.isEmpty())
            Q_EMIT recovered(summary);
    }
    if (m_cancelled)
        return failPreparation({});

    QList<SendItem> items = m_request.items;
    QList<Settled> done;
    if (m_history && m_request.continueJobId > 0) {
        // Numbers the interrupted job already invited are reported, never sent again.
        QHash<QString, history::JobNumber> numbers;
        for (const history::JobNumber &n : m_history->jobNumbers(m_request.continueJobId))
            numbers.insert(n.msisdn, n);
        QHash<QString, history::InvitationRecord> invitations;
        for (const history::InvitationRecord &r : m_history->invitations(m_request.continueJobId))
            invitations.insert(r.id, r);
        QList<SendItem> rest;
        QSet<QString> reported;
        for (const SendItem &item : items) {
            const history::JobNumber n = numbers.value(item.msisdn);
            if (reported.contains(item.msisdn)) {
                done << Settled{item,
                                OutcomeKind::Failed,
                                {},
                                tr("This number is listed more than once; it is sent once, for "
                                   "its first entry.")};
            } else if (n.state == NumberState::Invited) {
                reported.insert(item.msisdn);
                done << Settled{item,
                                OutcomeKind::Invited,
                                planner::toInvitation(invitations.value(n.invitationId)),
                                {}};
                done.last().invitation.id = n.invitationId;
                done.last().invitation.recipientMsisdn = item.msisdn;
            } else {
                rest << item;
            }
        }
        items = rest;
        m_jobId = m_request.continueJobId;
    }

    const SendPlan plan = planner::preview(items, list, m_history, org, m_options.inviteAgain);
    Q_EMIT planned(plan);
    for (const AlreadyInvited &a : plan.alreadyInvited)
        done << Settled{a.item, OutcomeKind::AlreadyInvited, a.invitation,
                        planner::alreadyInvitedReason(a.invitation)};
    for (const SendItem &d : plan.duplicates)
        done << Settled{d,
                        OutcomeKind::Failed,
                        {},
                        tr("This number is listed more than once; it is sent once, for its "
                           "first entry.")};

    if (m_history) {
        QList<history::JobNumber> numbers;
        for (const SendItem &item : plan.toSend)
            numbers << history::JobNumber{item.msisdn,          item.name, item.input,
                                          NumberState::Pending, {},        {}};
        for (const AlreadyInvited &a : plan.alreadyInvited)
            numbers << history::JobNumber{a.item.msisdn,   a.item.name,
                                          a.item.input,    NumberState::AlreadyInvited,
                                          a.invitation.id, {}};
        bool ok = false;
        if (m_jobId > 0) {
            ok = m_history->addJobNumbers(m_jobId, numbers) &&
                 m_history->setJobState(m_jobId, QStringLiteral("running"));
        } else {
            history::JobRecord job;
            job.organizationId = org;
            job.apiUrl = m_session->client()->settings().baseUrl.toString();
            job.message = m_request.message;
            job.groupIds = m_request.accessPermissionGroupIds;
            m_jobId = m_history->createJob(job, numbers);
            ok = m_jobId > 0;
        }
        if (!ok) {
            m_preparing = false;
            settle(0, BatchState::Failed, done);
            settleAll(plan.toSend, OutcomeKind::Failed,
                      tr("Not sent: the send history could not be written (%1).")
                          .arg(m_history->lastError()));
            return finishIfDone();
        }
    }
    settle(0, BatchState::Done, done);
    m_queue = plan.toSend;
    m_preparing = false;
    pump();
    finishIfDone();
}

void SendJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_preparing)
        return; // the list read ends the preparation and reports every number cancelled
    QList<SendItem> dropped = std::exchange(m_queue, {});
    for (const Task &t : std::exchange(m_ready, {}))
        dropped = t.items + dropped;
    settleAll(dropped, OutcomeKind::Cancelled, tr("Cancelled before it was sent."));
    finishIfDone();
}

void SendJob::pump()
{
    while (!m_cancelled && m_fatal.isEmpty() && m_tasks.size() < m_options.maxInFlight) {
        Task task;
        if (!m_ready.isEmpty()) {
            task = m_ready.takeFirst();
        } else if (!m_queue.isEmpty()) {
            const qsizetype n = qMin<qsizetype>(m_options.batchSize, m_queue.size());
            task.items = m_queue.mid(0, n);
            m_queue.remove(0, n);
        } else {
            break;
        }
        launch(std::move(task));
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
            settle(
                batchId, BatchState::Failed,
                [&] {
                    QList<Settled> s;
                    for (const SendItem &i : items)
                        s << Settled{
                            i, OutcomeKind::Cancelled, {}, tr("Cancelled before it was sent.")};
                    return s;
                }(),
                tr("cancelled before it was sent again"));
        else
            settleAll(items, OutcomeKind::Failed, tr("Not sent: %1").arg(m_fatal));
        return endTask(id);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!t.firstSentAt.isValid()) {
        t.firstSentAt = now;
        t.notBefore = serverNotBefore(now);
    }
    const QStringList msisdns = numbersOf(t.items);
    if (m_history) {
        // Journal first: if we die after this line, the next start knows this request may
        // have reached the server and checks before sending anything.
        bool journaled = false;
        if (t.batchId == 0) {
            t.batchId = m_history->journalBatch(m_jobId, msisdns, t.attempt, now, t.notBefore);
            journaled = t.batchId > 0;
        } else {
            journaled = m_history->setBatchState(t.batchId, BatchState::InFlight);
        }
        if (!journaled) {
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
            if (result.ok())
                onAnswer(id, result.value());
            else
                onError(id, result.error());
        });
}

void SendJob::onAnswer(quint64 id, const QList<accessy::Invitation> &invitations)
{
    noteServerClock(invitations);
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
    const bool http = e.kind == accessy::ApiError::Kind::Http;
    if (http && e.httpStatus == 429) {
        // Never a failure: the server asks us to come back later.
        const int delay =
            e.retryAfterSeconds >= 0
                ? int(qMin<qint64>(qint64(e.retryAfterSeconds) * 1000, m_options.retryAfterMaxMs))
                : m_backoff.delayMs(t.rateLimited);
        ++t.rateLimited;
        return retryLater(id, delay, tr("rate limited (429), retried after %1 ms").arg(delay));
    }
    if (http && (e.httpStatus == 400 || e.httpStatus == 413) && t.items.size() > 1) {
        // Split so that one bad number never fails the good ones; nothing was created.
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
    if (e.outcomeUnknown()) {
        if (m_history)
            m_history->setBatchState(t.batchId, BatchState::Unknown, e.userMessage());
        return reconcile(id, m_options.reconcileDelayMs);
    }
    if (stopsTheJob(e)) {
        const QList<SendItem> items = t.items;
        const qint64 batchId = t.batchId;
        fatal(e.userMessage());
        QList<Settled> failed;
        for (const SendItem &item : items)
            failed << Settled{item, OutcomeKind::Failed, {}, e.userMessage()};
        settle(batchId, BatchState::Failed, failed, e.userMessage());
        return endTask(id);
    }
    if (http || e.kind == accessy::ApiError::Kind::BadAnswer) {
        // A refusal of these numbers (a single bad number, or another 4xx): final.
        QList<Settled> failed;
        for (const SendItem &item : t.items)
            failed << Settled{item, OutcomeKind::Failed, {}, e.userMessage()};
        settle(t.batchId, BatchState::Failed, failed, e.userMessage());
        return endTask(id);
    }
    // The request never reached the server (refused connection, unreachable): safe to retry.
    if (t.notSent < m_options.maxRetriesNotSent) {
        const int delay = m_backoff.delayMs(t.notSent);
        ++t.notSent;
        return retryLater(id, delay, tr("not sent (%1), retried").arg(e.userMessage()));
    }
    QList<Settled> failed;
    for (const SendItem &item : t.items)
        failed << Settled{item, OutcomeKind::Failed, {}, e.userMessage()};
    settle(t.batchId, BatchState::Failed, failed, e.userMessage());
    endTask(id);
}

void SendJob::retryLater(quint64 id, int delayMs, const QString &why)
{
    if (m_history)
        m_history->setBatchState(m_tasks[id].batchId, BatchState::Queued, why);
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
        again.attempt = t.attempt + 1;
        again.firstSentAt = t.firstSentAt;
        again.notBefore = t.notBefore;
        settle(t.batchId, BatchState::Done, settled, batchReason);
        m_ready.prepend(again);
        return endTask(id);
    }
    for (const SendItem &item : rest) {
        if (m_cancelled)
            settled << Settled{item,
                               OutcomeKind::Cancelled,
                               {},
                               tr("Cancelled: the send of this number did not get through "
                                  "(the server's list shows no invitation).")};
        else if (!m_fatal.isEmpty())
            settled << Settled{item, OutcomeKind::Failed, {}, tr("Not sent: %1").arg(m_fatal)};
        else
            settled << Settled{item,
                               OutcomeKind::Failed,
                               {},
                               tr("Not invited: %1 attempts got no usable answer (last: %2), "
                                  "and the server's list shows no invitation for this number. "
                                  "Try again later.")
                                   .arg(t.attempt)
                                   .arg(t.lastError)};
    }
    settle(t.batchId, BatchState::Done, settled, batchReason);
    endTask(id);
}

void SendJob::endTask(quint64 id)
{
    m_tasks.remove(id);
    pump();
    finishIfDone();
}

void SendJob::fatal(const QString &reason)
{
    if (!m_fatal.isEmpty())
        return;
    m_fatal = reason;
    QList<SendItem> dropped = std::exchange(m_queue, {});
    for (const Task &t : std::exchange(m_ready, {}))
        dropped = t.items + dropped;
    settleAll(dropped, OutcomeKind::Failed, tr("Not sent: %1").arg(reason));
}

void SendJob::settleAll(const QList<SendItem> &items, OutcomeKind kind, const QString &reason)
{
    QList<Settled> s;
    s.reserve(items.size());
    for (const SendItem &item : items)
        s << Settled{item, kind, {}, reason};
    settle(0, BatchState::Done, s);
}

void SendJob::settle(qint64 batchId, BatchState state, const QList<Settled> &outcomes,
                     const QString &batchReason)
{
    if (m_history && (batchId > 0 || (!outcomes.isEmpty() && m_jobId > 0))) {
        QList<history::InvitationRecord> records;
        QList<history::HistoryStore::NumberUpdate> updates;
        for (const Settled &s : outcomes) {
            if (s.kind == OutcomeKind::Invited) {
                accessy::Invitation inv = s.invitation;
                if (inv.organization.id.isEmpty())
                    inv.organization.id = m_session->organizationId();
                records << planner::toRecord(inv, s.item.name, batchId, m_jobId);
            }
            updates << history::HistoryStore::NumberUpdate{s.item.msisdn, numberState(s.kind),
                                                           s.invitation.id, s.reason};
        }
        if (!m_history->recordResult(m_jobId, batchId, state, records, updates, batchReason))
            qCWarning(lcSend) << "could not journal the outcome of batch" << batchId;
    }
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
            ++m_unconfirmed;
        Q_EMIT outcome(o);
    }
    if (!outcomes.isEmpty())
        Q_EMIT progress(m_sent, m_failed, remainingCount());
}

void SendJob::noteServerClock(const QList<accessy::Invitation> &invitations)
{
    if (invitations.isEmpty() || !invitations.first().createdAt.isValid())
        return;
    // The server stamped it between our send and now: its clock minus ours, give or take
    // the round trip (which the margin covers).
    m_serverOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(invitations.first().createdAt);
    m_haveServerOffset = true;
}

QDateTime SendJob::serverNotBefore(const QDateTime &localNow) const
{
    if (m_haveServerOffset)
        return localNow.addMSecs(m_serverOffsetMs - m_options.clockSkewMarginMs);
    return localNow.addMSecs(-m_options.unknownClockSkewMarginMs);
}

void SendJob::finishIfDone()
{
    if (!m_running || m_preparing || !m_tasks.isEmpty() || !m_queue.isEmpty() || !m_ready.isEmpty())
        return;
    m_running = false;
    if (m_history && m_jobId > 0) {
        // Unconfirmed numbers keep the job open: the next start checks them first.
        const QString state = m_unconfirmed > 0 ? QStringLiteral("running")
                              : m_cancelled     ? QStringLiteral("cancelled")
                                                : QStringLiteral("finished");
        m_history->setJobState(m_jobId, state);
    }
    Q_EMIT finished();
}

} // namespace sending
