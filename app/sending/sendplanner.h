#pragma once

#include "history/historytypes.h"
#include "sending/sendtypes.h"

#include <QHash>
#include <QSet>

namespace history {
class HistoryStore;
}

namespace sending {

// Pure decisions of a send, kept apart from the network so they can be tested on their own.
namespace planner {

// Splits the items into those to send, those left out because a PENDING invitation exists
// (on the server's list, or in the history when the list does not contradict it), and
// repeated numbers. With inviteAgain nothing is left out for being invited already.
SendPlan plan(const QList<SendItem> &items, const QList<accessy::Invitation> &serverList,
              const QHash<QString, history::InvitationRecord> &historyPending, bool inviteAgain);

// The one plan preview every send path asks for (the window's confirmation, the job itself,
// `send --dry-run` and its prompt): plan() with the pending invitations the history holds for
// the organization — none without a history, or when it is not open.
SendPlan preview(const QList<SendItem> &items, const QList<accessy::Invitation> &serverList,
                 const history::HistoryStore *history, const QString &organizationId,
                 bool inviteAgain);

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
