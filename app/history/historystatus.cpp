// HistoryStore: what the app learns of its invitations from the server, and the per-send
// summaries `accessy-invite history` prints. The history is the app's memory across runs;
// the server's list stays the only truth about who is pending.
#include "history/historystore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace history {

namespace {

// An invitation created this shortly before a list read may not be on it yet (the server's
// clock and ours differ by seconds; its list may lag its answers).
constexpr qint64 kListMarginMs = 60 * 1000;

QVariant now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

int HistoryStore::learnStatuses(const QList<SeenStatus> &seen)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text()), -1;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE invitations SET status = ?, status_seen_at = ? "
                             "WHERE id = ? AND status IS NOT ?"));
    int changed = 0;
    for (const SeenStatus &s : seen) {
        if (s.invitationId.isEmpty() || s.status.isEmpty())
            continue;
        q.addBindValue(s.status);
        q.addBindValue(now());
        q.addBindValue(s.invitationId);
        q.addBindValue(s.status);
        if (!q.exec()) {
            db.rollback();
            return fail(q.lastError().text()), -1;
        }
        changed += q.numRowsAffected();
    }
    return db.commit() ? changed : (fail(db.lastError().text()), -1);
}

int HistoryStore::learnFromList(const QString &organizationId, const QList<SeenStatus> &list,
                                const QDateTime &readStartedAt)
{
    int changed = learnStatuses(list);
    if (changed < 0)
        return -1;
    QSet<QString> listed;
    for (const SeenStatus &s : list)
        listed.insert(s.invitationId);
    const QDateTime cutoff = readStartedAt.toUTC().addMSecs(-kListMarginMs);
    QStringList gone;
    {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT id, created_at FROM invitations WHERE status = "
                                 "'PENDING' AND organization_id = ?"));
        q.addBindValue(organizationId);
        if (!q.exec())
            return fail(q.lastError().text()), -1;
        while (q.next()) {
            const QString id = q.value(0).toString();
            const QDateTime created = timeOf(q.value(1));
            if (!listed.contains(id) && created.isValid() && created < cutoff)
                gone << id;
        }
    }
    QList<SeenStatus> goneStatuses;
    for (const QString &id : std::as_const(gone))
        goneStatuses << SeenStatus{id, QString::fromLatin1(kGoneStatus)};
    const int marked = learnStatuses(goneStatuses);
    return marked < 0 ? -1 : changed + marked;
}

QHash<QString, int> HistoryStore::numberStateCounts(qint64 jobId) const
{
    QHash<QString, int> counts;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT state, COUNT(*) FROM job_numbers WHERE job_id = ? "
                             "GROUP BY state"));
    q.addBindValue(jobId);
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

QList<JobNumberStatus> HistoryStore::jobNumberStatuses(qint64 jobId) const
{
    QHash<QString, std::pair<QString, QDateTime>> statusById;
    {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT i.id, i.status, i.status_seen_at FROM invitations i "
                                 "JOIN job_numbers n ON n.invitation_id = i.id "
                                 "WHERE n.job_id = ?"));
        q.addBindValue(jobId);
        if (q.exec()) {
            while (q.next())
                statusById.insert(q.value(0).toString(),
                                  {q.value(1).toString(), timeOf(q.value(2))});
        }
    }
    QList<JobNumberStatus> result;
    for (const JobNumber &n : jobNumbers(jobId)) {
        const auto status = statusById.value(n.invitationId);
        result << JobNumberStatus{n, status.first, status.second};
    }
    return result;
}

} // namespace history
