#include "sending/sendjournal.h"

#include "history/historystore.h"
#include "sending/recovery.h"
#include "sending/sendplanner.h"

#include <QCoreApplication>

#include <utility>

namespace sending::journal {

using history::NumberState;

namespace {

QString repeatedReason()
{
    return QCoreApplication::translate(
        "sending::SendJob",
        "This number is listed more than once; it is sent once, for its first entry.");
}

} // namespace

QList<history::SeenStatus> seenStatuses(const QList<accessy::Invitation> &list)
{
    QList<history::SeenStatus> seen;
    seen.reserve(list.size());
    for (const accessy::Invitation &inv : list)
        seen << history::SeenStatus{inv.id, inv.status};
    return seen;
}

// How the journal keeps each outcome.
constexpr std::pair<OutcomeKind, NumberState> JournalStates[] = {
    {OutcomeKind::Invited, NumberState::Invited},
    {OutcomeKind::Failed, NumberState::Failed},
    {OutcomeKind::AlreadyInvited, NumberState::AlreadyInvited},
    {OutcomeKind::Cancelled, NumberState::Cancelled},
    {OutcomeKind::Unconfirmed, NumberState::Unconfirmed},
    {OutcomeKind::Member, NumberState::Member},
    {OutcomeKind::AddedToGroups, NumberState::AddedToGroups},
};

NumberState numberState(OutcomeKind kind)
{
    for (const auto &[outcome, state] : JournalStates) {
        if (outcome == kind)
            return state;
    }
    return NumberState::Failed;
}

bool record(history::HistoryStore &store, const QString &organizationId, qint64 jobId,
            qint64 batchId, history::BatchState state, const QList<Settled> &outcomes,
            const QString &batchReason)
{
    QList<history::InvitationRecord> records;
    QList<history::HistoryStore::NumberUpdate> updates;
    for (const Settled &s : outcomes) {
        if (s.kind == OutcomeKind::Invited) {
            accessy::Invitation inv = s.invitation;
            if (inv.organization.id.isEmpty())
                inv.organization.id = organizationId;
            records << planner::toRecord(inv, s.item.name, batchId, jobId);
        }
        updates << history::HistoryStore::NumberUpdate{s.item.msisdn, numberState(s.kind),
                                                       s.invitation.id, s.reason};
    }
    return store.recordResult(jobId, batchId, state, records, updates, batchReason);
}

JobStart startJob(history::HistoryStore *store, const history::JobRecord &job,
                  const SendRequest &request, const OrganizationSnapshot &organization,
                  const planner::Rules &rules)
{
    JobStart start;
    QList<SendItem> items = request.items;
    if (store && request.continueJobId > 0) {
        // Numbers the interrupted job already invited are reported, never sent again.
        const recovery::ResumedJob resumed =
            recovery::resumeJob(*store, request.continueJobId, items);
        for (const auto &[item, invitation] : resumed.invited)
            start.done << Settled{item, OutcomeKind::Invited, invitation, {}};
        for (const SendItem &item : resumed.repeated)
            start.done << Settled{item, OutcomeKind::Failed, {}, repeatedReason()};
        items = resumed.toSend;
    }
    start.plan = planner::preview(items, organization, store, job.organizationId, rules);
    for (const AlreadyInvited &a : start.plan.alreadyInvited)
        start.done << Settled{a.item, OutcomeKind::AlreadyInvited, a.invitation,
                              planner::alreadyInvitedReason(a.invitation)};
    for (const NumberVerdict &m : start.plan.members)
        start.done << Settled{m.item, OutcomeKind::Member, m.invitation, planner::verdictReason(m)};
    for (const SendItem &d : start.plan.duplicates)
        start.done << Settled{d, OutcomeKind::Failed, {}, repeatedReason()};
    if (store) {
        start.jobId = openJob(*store, request.continueJobId, job, start.plan);
        start.journalFailed = start.jobId == 0;
    }
    return start;
}

qint64 openJob(history::HistoryStore &store, qint64 continueJobId, const history::JobRecord &job,
               const SendPlan &plan)
{
    QList<history::JobNumber> numbers;
    for (const SendItem &item : plan.toSend)
        numbers << history::JobNumber{item.msisdn,          item.name, item.input,
                                      NumberState::Pending, {},        {}};
    for (const AlreadyInvited &a : plan.alreadyInvited)
        numbers << history::JobNumber{a.item.msisdn,   a.item.name,
                                      a.item.input,    NumberState::AlreadyInvited,
                                      a.invitation.id, {}};
    // Members are never texted: recorded as left out (the groups' outcome comes later).
    for (const QList<NumberVerdict> &list : {plan.members, plan.toAddToGroups}) {
        for (const NumberVerdict &m : list)
            numbers << history::JobNumber{m.item.msisdn,       m.item.name,     m.item.input,
                                          NumberState::Member, m.invitation.id, {}};
    }
    if (continueJobId > 0) {
        const bool ok = store.addJobNumbers(continueJobId, numbers) &&
                        store.setJobState(continueJobId, jobStateKey(JobState::Running));
        return ok ? continueJobId : 0;
    }
    return qMax<qint64>(0, store.createJob(job, numbers));
}

} // namespace sending::journal
