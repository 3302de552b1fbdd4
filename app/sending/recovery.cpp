#include "sending/recovery.h"

#include "history/historystore.h"
#include "sending/sendplanner.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRecovery, "accessy.sending.recovery")

namespace sending::recovery {

using history::BatchState;
using history::NumberState;

RecoverySummary reconcileUnfinished(history::HistoryStore &store, const QString &organizationId,
                                    const QList<accessy::Invitation> &list, QSet<QString> *known)
{
    RecoverySummary summary;
    for (const history::JobRecord &job : store.unfinishedJobs(organizationId))
        summary.interruptedJobIds << job.id;
    const QList<history::BatchRecord> batches = store.unfinishedBatches(organizationId);
    QHash<qint64, QHash<QString, history::JobNumber>> numbersByJob;
    for (const history::BatchRecord &batch : batches) {
        if (!numbersByJob.contains(batch.jobId)) {
            QHash<QString, history::JobNumber> numbers;
            for (const history::JobNumber &n : store.jobNumbers(batch.jobId))
                numbers.insert(n.msisdn, n);
            numbersByJob.insert(batch.jobId, numbers);
        }
        QHash<QString, history::JobNumber> &numbers = numbersByJob[batch.jobId];
        // Numbers of the batch already settled by an answer need no check.
        QStringList open;
        for (const QString &msisdn : batch.msisdns) {
            const auto n = numbers.constFind(msisdn);
            if (n == numbers.cend() || n->state == NumberState::Pending ||
                n->state == NumberState::Unconfirmed)
                open << msisdn;
        }
        const QHash<QString, accessy::Invitation> created =
            planner::matchCreated(list, open, batch.notBefore, *known);
        QList<history::InvitationRecord> records;
        QList<history::HistoryStore::NumberUpdate> updates;
        for (const QString &msisdn : open) {
            history::HistoryStore::NumberUpdate u;
            u.msisdn = msisdn;
            if (const auto it = created.constFind(msisdn); it != created.cend()) {
                accessy::Invitation inv = *it;
                if (inv.organization.id.isEmpty())
                    inv.organization.id = organizationId;
                records << planner::toRecord(inv, numbers.value(msisdn).name, batch.id,
                                             batch.jobId);
                known->insert(inv.id);
                u.state = NumberState::Invited;
                u.invitationId = inv.id;
                numbers[msisdn].state = NumberState::Invited;
                ++summary.numbersFoundInvited;
            } else {
                u.state = NumberState::Pending;
                u.reason = QCoreApplication::translate(
                    "Recovery", "Not created by the interrupted send (checked the server's "
                                "list after the restart).");
                ++summary.numbersNotCreated;
            }
            updates << u;
        }
        const QString reason =
            QCoreApplication::translate("Recovery",
                                        "Reconciled after a restart: %1 created, %2 not created.")
                .arg(created.size())
                .arg(open.size() - created.size());
        if (!store.recordResult(batch.jobId, batch.id, BatchState::Done, records, updates, reason))
            qCWarning(lcRecovery) << "could not record the reconciliation of batch" << batch.id;
        ++summary.batchesChecked;
    }
    return summary;
}

OpenGrace openGrace(const history::HistoryStore &store, const QString &organizationId,
                    qint64 graceMs, const QDateTime &now)
{
    OpenGrace open;
    for (const history::BatchRecord &batch : store.unfinishedBatches(organizationId)) {
        if (!batch.sentAt.isValid())
            continue;
        const QDateTime ends = batch.sentAt.addMSecs(graceMs);
        if (ends <= now)
            continue;
        open.numbers += int(batch.msisdns.size());
        if (!open.endsAt.isValid() || ends > open.endsAt)
            open.endsAt = ends;
    }
    return open;
}

ResumedJob resumeJob(const history::HistoryStore &store, qint64 jobId, const QList<SendItem> &items)
{
    QHash<QString, history::JobNumber> numbers;
    for (const history::JobNumber &n : store.jobNumbers(jobId))
        numbers.insert(n.msisdn, n);
    QHash<QString, history::InvitationRecord> invitations;
    for (const history::InvitationRecord &r : store.invitations(jobId))
        invitations.insert(r.id, r);
    ResumedJob resumed;
    QSet<QString> reported;
    for (const SendItem &item : items) {
        const history::JobNumber n = numbers.value(item.msisdn);
        if (reported.contains(item.msisdn)) {
            resumed.repeated << item;
        } else if (n.state == NumberState::Invited) {
            reported.insert(item.msisdn);
            accessy::Invitation inv = planner::toInvitation(invitations.value(n.invitationId));
            inv.id = n.invitationId;
            inv.recipientMsisdn = item.msisdn;
            resumed.invited << std::pair{item, inv};
        } else {
            resumed.toSend << item;
        }
    }
    return resumed;
}

} // namespace sending::recovery
