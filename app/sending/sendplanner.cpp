#include "sending/sendplanner.h"

#include "history/historystore.h"

#include <QCoreApplication>
#include <QLocale>

namespace sending::planner {

namespace {
const QString kPending = QStringLiteral("PENDING");
}

SendPlan preview(const QList<SendItem> &items, const OrganizationSnapshot &organization,
                 const history::HistoryStore *history, const QString &organizationId,
                 const Rules &rules)
{
    const bool journal = history && history->isOpen();
    return plan(items, organization,
                journal ? history->pendingByMsisdn(organizationId)
                        : QHash<QString, history::InvitationRecord>(),
                rules);
}

QString alreadyInvitedReason(const accessy::Invitation &pending)
{
    const QString date =
        pending.createdAt.isValid()
            ? pending.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))
            : QCoreApplication::translate("SendPlanner", "an unknown date");
    return QCoreApplication::translate("SendPlanner",
                                       "Already invited on %1; the invitation is still pending: "
                                       "left out. A reminder sends a second SMS.")
        .arg(date);
}

namespace {

QString dateOf(const accessy::Invitation &invitation)
{
    return invitation.createdAt.isValid()
               ? invitation.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))
               : QCoreApplication::translate("SendPlanner", "an unknown date");
}

// The server's invitations per number: the newest of each kind that matters. Pointers into
// the list (10,000 invitations are indexed while the window waits: no copies).
struct ServerInvitations
{
    using Index = QHash<QString, const accessy::Invitation *>;
    Index pending;  // newest PENDING
    Index accepted; // newest ACCEPTED
    Index latest;   // newest of all
    QSet<QString> ids;
};

// Only the numbers asked about are indexed: a hash lookup per invitation is far cheaper than
// an insert (10,000 invitations, 1,000 numbers: the window waits for this).
ServerInvitations index(const QList<accessy::Invitation> &list, const QSet<QString> &wanted)
{
    ServerInvitations server;
    const auto keepNewest = [](ServerInvitations::Index &hash, const accessy::Invitation &inv) {
        const accessy::Invitation *&slot = hash[inv.recipientMsisdn];
        if (!slot || slot->createdAt < inv.createdAt)
            slot = &inv;
    };
    for (const accessy::Invitation &inv : list) {
        if (!wanted.contains(inv.recipientMsisdn))
            continue;
        server.ids.insert(inv.id); // the ids of the wanted numbers' invitations
        keepNewest(server.latest, inv);
        if (inv.status == kPending)
            keepNewest(server.pending, inv);
        else if (inv.status == QLatin1String("ACCEPTED"))
            keepNewest(server.accepted, inv);
    }
    return server;
}

} // namespace

SendPlan plan(const QList<SendItem> &items, const OrganizationSnapshot &organization,
              const QHash<QString, history::InvitationRecord> &history, const Rules &rules)
{
    QSet<QString> wanted;
    wanted.reserve(items.size());
    for (const SendItem &item : items)
        wanted.insert(item.msisdn);
    const ServerInvitations server = index(organization.invitations, wanted);
    QHash<QString, QString> memberIds; // number → user id, of the wanted numbers
    for (const accessy::Member &m : organization.members) {
        if (wanted.contains(m.msisdn))
            memberIds.insert(m.msisdn, m.userId);
    }
    const QDateTime remindBefore =
        rules.remindAfterDays >= 0 ? rules.now.addDays(-rules.remindAfterDays) : QDateTime();

    SendPlan result;
    QSet<QString> seen;
    for (const SendItem &item : items) {
        NumberVerdict v{item, Verdict::New, {}, {}};
        if (seen.contains(item.msisdn)) {
            v.verdict = Verdict::Duplicate;
            result.duplicates << item;
            result.verdicts << v;
            continue;
        }
        seen.insert(item.msisdn);
        const auto member = memberIds.constFind(item.msisdn);
        const auto accepted = server.accepted.constFind(item.msisdn);
        const auto pending = server.pending.constFind(item.msisdn);
        const auto latest = server.latest.constFind(item.msisdn);
        const auto remembered = history.constFind(item.msisdn);
        if (member != memberIds.cend() || accepted != server.accepted.cend()) {
            // Never texted, whatever else is asked: there is no "invite again" for members.
            if (member != memberIds.cend())
                v.userId = member.value();
            if (accepted != server.accepted.cend())
                v.invitation = **accepted;
            v.verdict = rules.groupsChosen           ? Verdict::AddToGroups
                        : member != memberIds.cend() ? Verdict::Member
                                                     : Verdict::Accepted;
            (v.verdict == Verdict::AddToGroups ? result.toAddToGroups : result.members) << v;
        } else if (pending != server.pending.cend()) {
            v.invitation = **pending;
            if (rules.inviteAgain)
                v.verdict = Verdict::InviteAgain;
            else if (remindBefore.isValid() && v.invitation.createdAt.isValid() &&
                     v.invitation.createdAt <= remindBefore)
                v.verdict = Verdict::Remind;
            else
                v.verdict = Verdict::Pending;
        } else if (latest != server.latest.cend()) {
            v.invitation = **latest; // deleted (a reset), or another end: invite again
            v.verdict = Verdict::Deleted;
        } else if (remembered != history.cend() && !server.ids.contains(remembered->id)) {
            // The history remembers an invitation the server no longer has: not pending.
            v.invitation = toInvitation(*remembered);
            v.invitation.status.clear();
            v.verdict = Verdict::Deleted;
        }
        if (v.verdict == Verdict::Pending)
            result.alreadyInvited << AlreadyInvited{item, v.invitation, false};
        else if (verdictSends(v.verdict))
            result.toSend << item;
        result.verdicts << v;
    }
    return result;
}

SendPlan plan(const QList<SendItem> &items, const QList<accessy::Invitation> &serverList,
              const QHash<QString, history::InvitationRecord> &history, bool inviteAgain)
{
    Rules rules;
    rules.inviteAgain = inviteAgain;
    return plan(items, OrganizationSnapshot{serverList, {}}, history, rules);
}

QString verdictReason(const NumberVerdict &v)
{
    switch (v.verdict) {
    case Verdict::New:
        return {};
    case Verdict::Member:
        return QCoreApplication::translate("SendPlanner",
                                           "Already a member of the organization: not invited.");
    case Verdict::AddToGroups:
        return QCoreApplication::translate(
            "SendPlanner",
            "Already a member of the organization: added to the chosen access groups "
            "instead of invited.");
    case Verdict::Accepted:
        return QCoreApplication::translate("SendPlanner",
                                           "Accepted the invitation of %1: not invited again.")
            .arg(dateOf(v.invitation));
    case Verdict::Pending:
        return alreadyInvitedReason(v.invitation);
    case Verdict::Remind:
        return QCoreApplication::translate(
                   "SendPlanner",
                   "Invited on %1 and still pending: reminded with a new invitation (a second "
                   "SMS).")
            .arg(dateOf(v.invitation));
    case Verdict::InviteAgain:
        return QCoreApplication::translate(
                   "SendPlanner", "Invited on %1 and still pending: invited again as asked.")
            .arg(dateOf(v.invitation));
    case Verdict::Deleted:
        if (v.invitation.status.isEmpty())
            return QCoreApplication::translate(
                       "SendPlanner",
                       "The invitation of %1 is no longer on Accessy's list (deleted, usually an "
                       "account reset): invited again.")
                .arg(dateOf(v.invitation));
        if (v.invitation.status == QLatin1String("DELETED"))
            return QCoreApplication::translate(
                       "SendPlanner",
                       "The invitation of %1 was deleted (usually an account reset): invited "
                       "again.")
                .arg(dateOf(v.invitation));
        return QCoreApplication::translate("SendPlanner",
                                           "The invitation of %1 is %2: invited again.")
            .arg(dateOf(v.invitation), v.invitation.status);
    case Verdict::Duplicate:
        return QCoreApplication::translate(
            "SendPlanner",
            "This number is listed more than once; it is sent once, for its first entry.");
    }
    return {};
}

QStringList summaryLines(const SendPlan &plan)
{
    // Marked for lupdate here, translated (with the count) below.
    static const std::pair<Verdict, const char *> texts[] = {
        {Verdict::New, QT_TRANSLATE_N_NOOP("SendPlanner", "%n new number(s): invited.")},
        {Verdict::Deleted,
         QT_TRANSLATE_N_NOOP("SendPlanner", "%n number(s) whose invitation was deleted (usually "
                                            "an account reset): invited again.")},
        {Verdict::Remind, QT_TRANSLATE_N_NOOP("SendPlanner", "%n number(s) pending for a long "
                                                             "time: reminded with a second SMS.")},
        {Verdict::InviteAgain,
         QT_TRANSLATE_N_NOOP("SendPlanner", "%n pending number(s): invited again as asked.")},
        {Verdict::Pending, QT_TRANSLATE_N_NOOP("SendPlanner", "%n number(s) already invited and "
                                                              "pending: left out.")},
        {Verdict::Member,
         QT_TRANSLATE_N_NOOP("SendPlanner", "%n number(s) already members: not invited.")},
        {Verdict::Accepted, QT_TRANSLATE_N_NOOP("SendPlanner", "%n number(s) that accepted an "
                                                               "invitation: not invited.")},
        {Verdict::AddToGroups, QT_TRANSLATE_N_NOOP("SendPlanner", "%n member(s): added to the "
                                                                  "chosen access groups, not "
                                                                  "invited.")},
        {Verdict::Duplicate,
         QT_TRANSLATE_N_NOOP("SendPlanner", "%n number(s) listed twice: sent once.")},
    };
    QStringList lines;
    for (const auto &[verdict, text] : texts) {
        if (const int n = plan.count(verdict); n > 0)
            lines << QCoreApplication::translate("SendPlanner", text, nullptr, n);
    }
    return lines;
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
