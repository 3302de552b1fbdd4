#pragma once

#include "history/historytypes.h"
#include "sending/organization.h"
#include "sending/sendtypes.h"

#include <QHash>
#include <QSet>

namespace history {
class HistoryStore;
}

namespace sending {

// Pure decisions of a send, kept apart from the network so they can be tested on their own.
namespace planner {

// How the plan treats numbers invited before.
struct Rules
{
    bool inviteAgain = false;  // PENDING ones are invited again (never members, never accepted)
    int remindAfterDays = -1;  // PENDING for at least this many days: reminded; -1 = never
    bool groupsChosen = false; // members get the chosen access groups instead
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// Gives every item a verdict from the server's lists (the ground truth): a member is never
// texted (with groups chosen it is added to them), an accepted invitation counts as a member,
// a PENDING one is left out (unless reminded or invited again), a deleted one — or one the
// history remembers but the server no longer has — is invited again, the rest are new.
// `history` (the app's memory, PENDING entries by number) only names why a number is invited
// again; it never outvotes the server.
SendPlan plan(const QList<SendItem> &items, const OrganizationSnapshot &organization,
              const QHash<QString, history::InvitationRecord> &history, const Rules &rules);
// The same without the member list (callers that read the invitation list only).
SendPlan plan(const QList<SendItem> &items, const QList<accessy::Invitation> &serverList,
              const QHash<QString, history::InvitationRecord> &history, bool inviteAgain);

// Why a number got its verdict, in admin words ("" for a new number).
QString verdictReason(const NumberVerdict &verdict);
// One line per verdict the plan holds, with its count, for a confirmation:
// "3 already members: not invited.", "12 new: invited." …
QStringList summaryLines(const SendPlan &plan);

// The one plan preview every send path asks for (the window's confirmation, the job itself,
// `send --dry-run` and its prompt): plan() with the pending invitations the history holds for
// the organization — none without a history, or when it is not open.
SendPlan preview(const QList<SendItem> &items, const OrganizationSnapshot &organization,
                 const history::HistoryStore *history, const QString &organizationId,
                 const Rules &rules);

// The sentence shown for a number left out ("Already invited on 2026-11-20 …").
QString alreadyInvitedReason(const accessy::Invitation &pending);

// Reconciliation: for each of `numbers`, the invitation on `list` the lost request created —
// the earliest one for that number that is not in `known` (invitations that existed before or
// were already counted) and was created at or after `notBefore` (server clock). Numbers
// without one are absent from the result.
QHash<QString, accessy::Invitation> matchCreated(const QList<accessy::Invitation> &list,
                                                 const QStringList &numbers,
                                                 const QDateTime &notBefore,
                                                 const QSet<QString> &known);

accessy::Invitation toInvitation(const history::InvitationRecord &record);
history::InvitationRecord toRecord(const accessy::Invitation &invitation, const QString &name,
                                   qint64 batchId, qint64 jobId);

} // namespace planner
} // namespace sending
