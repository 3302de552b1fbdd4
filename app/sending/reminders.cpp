#include "sending/reminders.h"

#include "history/historystore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sending::reminders {

QDateTime cutoff(int days, const QDateTime &now)
{
    return now.addDays(-qMax(0, days));
}

bool isDue(const QString &status, const QDateTime &createdAt, const QDateTime &cutoff)
{
    return status == QLatin1String("PENDING") && createdAt.isValid() && createdAt <= cutoff;
}

QList<accessy::Invitation> pickDue(const QList<accessy::Invitation> &list, const QDateTime &cutoff)
{
    QHash<QString, accessy::Invitation> newest;
    QStringList order;
    for (const accessy::Invitation &inv : list) {
        auto it = newest.find(inv.recipientMsisdn);
        if (it == newest.end()) {
            newest.insert(inv.recipientMsisdn, inv);
            order << inv.recipientMsisdn;
        } else if (inv.createdAt > it->createdAt) {
            *it = inv;
        }
    }
    QList<accessy::Invitation> picked;
    for (const QString &msisdn : std::as_const(order)) {
        const accessy::Invitation &inv = newest.value(msisdn);
        if (!msisdn.isEmpty() && isDue(inv.status, inv.createdAt, cutoff))
            picked << inv;
    }
    std::sort(picked.begin(), picked.end(), [](const auto &a, const auto &b) {
        return a.createdAt < b.createdAt; // the longest waiting first
    });
    return picked;
}

QString sharedMessage(const history::HistoryStore *store, const QList<accessy::Invitation> &picked)
{
    QHash<QString, QString> recorded; // invitation id → text the history kept
    if (store && store->isOpen()) {
        for (const history::InvitationRecord &r : store->invitations())
            recorded.insert(r.id, r.message);
    }
    QSet<QString> messages;
    for (const accessy::Invitation &inv : picked) {
        const QString text =
            inv.invitationMessage.isEmpty() ? recorded.value(inv.id) : inv.invitationMessage;
        messages.insert(text);
    }
    if (messages.size() != 1 || messages.begin()->trimmed().isEmpty())
        return {};
    return *messages.begin();
}

std::optional<QStringList> recordedGroups(const history::HistoryStore &store,
                                          const QList<accessy::Invitation> &picked)
{
    QHash<QString, qint64> jobOf;
    for (const history::InvitationRecord &r : store.invitations())
        jobOf.insert(r.id, r.jobId);
    QSet<QString> distinct;
    QStringList groups;
    for (const accessy::Invitation &inv : picked) {
        const qint64 jobId = jobOf.value(inv.id);
        const std::optional<history::JobRecord> job = jobId > 0 ? store.job(jobId) : std::nullopt;
        if (!job)
            continue;
        distinct.insert(job->groupIds.join(QLatin1Char('\n')));
        groups = job->groupIds;
    }
    if (distinct.size() > 1)
        return std::nullopt;
    return groups;
}

} // namespace sending::reminders
