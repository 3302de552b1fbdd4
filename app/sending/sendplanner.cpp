#include "sending/sendplanner.h"

#include "history/historystore.h"

#include <QCoreApplication>
#include <QLocale>

namespace sending::planner {

namespace {
const QString kPending = QStringLiteral("PENDING");
}

SendPlan preview(const QList<SendItem> &items, const QList<accessy::Invitation> &serverList,
                 const history::HistoryStore *history, const QString &organizationId,
                 bool inviteAgain)
{
    const bool journal = history && history->isOpen();
    return plan(items, serverList,
                journal ? history->pendingByMsisdn(organizationId)
                        : QHash<QString, history::InvitationRecord>(),
                inviteAgain);
}

QString alreadyInvitedReason(const accessy::Invitation &pending)
{
    const QString date =
        pending.createdAt.isValid()
            ? pending.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))
            : QCoreApplication::translate("SendPlanner", "an unknown date");
    return QCoreApplication::translate("SendPlanner",
                                       "Already invited on %1; the invitation is still pending. "
                                       "Choose \"invite again\" to send another.")
        .arg(date);
}

SendPlan plan(const QList<SendItem> &items, const QList<accessy::Invitation> &serverList,
              const QHash<QString, history::InvitationRecord> &historyPending, bool inviteAgain)
{
    QHash<QString, accessy::Invitation> serverPending; // newest pending one per number
    QHash<QString, QString> serverStatusById;
    for (const accessy::Invitation &inv : serverList) {
        serverStatusById.insert(inv.id, inv.status);
        if (inv.status == kPending) {
            auto it = serverPending.find(inv.recipientMsisdn);
            if (it == serverPending.end() || it->createdAt < inv.createdAt)
                serverPending.insert(inv.recipientMsisdn, inv);
        }
    }
    SendPlan result;
    QSet<QString> seen;
    for (const SendItem &item : items) {
        if (seen.contains(item.msisdn)) {
            result.duplicates << item;
            continue;
        }
        seen.insert(item.msisdn);
        if (!inviteAgain) {
            if (const auto it = serverPending.constFind(item.msisdn); it != serverPending.cend()) {
                result.alreadyInvited << AlreadyInvited{item, *it, false};
                continue;
            }
            const auto h = historyPending.constFind(item.msisdn);
            // The server's word on a status wins: a history entry the list shows as accepted
            // or deleted, or no longer lists at all (deleted, an account reset), is not
            // pending any more. The history never outvotes the server.
            if (h != historyPending.cend() && serverStatusById.value(h->id) == kPending) {
                result.alreadyInvited << AlreadyInvited{item, toInvitation(*h), true};
                continue;
            }
        }
        result.toSend << item;
    }
    return result;
}

QHash<QString, accessy::Invitation> matchCreated(const QList<accessy::Invitation> &list,
                                                 const QStringList &numbers,
                                                 const QDateTime &notBefore,
                                                 const QSet<QString> &known)
{
    const QSet<QString> wanted(numbers.cbegin(), numbers.cend());
    QHash<QString, accessy::Invitation> found;
    for (const accessy::Invitation &inv : list) {
        if (!wanted.contains(inv.recipientMsisdn) || known.contains(inv.id))
            continue;
        // An invitation without a readable time cannot be ruled out by time.
        if (inv.createdAt.isValid() && notBefore.isValid() && inv.createdAt < notBefore)
            continue;
        auto it = found.find(inv.recipientMsisdn);
        if (it == found.end() || (inv.createdAt.isValid() && inv.createdAt < it->createdAt))
            found.insert(inv.recipientMsisdn, inv);
    }
    return found;
}

accessy::Invitation toInvitation(const history::InvitationRecord &record)
{
    accessy::Invitation inv;
    inv.id = record.id;
    inv.recipientMsisdn = record.msisdn;
    inv.status = record.status;
    inv.createdAt = record.createdAt;
    inv.createdAtText = record.createdAt.toString(Qt::ISODateWithMs);
    inv.invitationMessage = record.message;
    inv.organization.id = record.organizationId;
    return inv;
}

history::InvitationRecord toRecord(const accessy::Invitation &invitation, const QString &name,
                                   qint64 batchId, qint64 jobId)
{
    history::InvitationRecord r;
    r.id = invitation.id;
    r.msisdn = invitation.recipientMsisdn;
    r.name = name;
    r.status = invitation.status;
    r.createdAt = invitation.createdAt;
    r.message = invitation.invitationMessage;
    r.organizationId = invitation.organization.id;
    r.batchId = batchId;
    r.jobId = jobId;
    return r;
}

} // namespace sending::planner
