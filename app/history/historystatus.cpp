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
    // Runs on the window's thread at every refresh: the history's invitations are read once
    // and only the statuses that differ are written (10,000 unchanged: a few ms, not 100).
    struct Held
    {
        QString status;
        QVariant createdAt; // parsed only when needed: 10,000 date parses cost tens of ms
        bool ofThisOrganization = false;
    };
    QHash<QString, Held> held;
    {
        QSqlQuery q(database());
        q.setForwardOnly(true); // no cache of rows already read
        q.prepare(QStringLiteral("SELECT id, status, created_at, organization_id FROM "
                                 "invitations WHERE organization_id = ? OR organization_id IS "
                                 "NULL"));
        q.addBindValue(organizationId);
        if (!q.exec())
            return fail(q.lastError().text()), -1;
        while (q.next())
            held.insert(q.value(0).toString(),
                        {q.value(1).toString(), q.value(2), !q.value(3).isNull()});
    }
    QList<SeenStatus> changes;
    QSet<QString> listed;
    listed.reserve(list.size());
    for (const SeenStatus &s : list) {
        listed.insert(s.invitationId);
        const auto it = held.constFind(s.invitationId);
        if (it != held.cend() && !s.status.isEmpty() && it->status != s.status)
            changes << s;
    }
    const QDateTime cutoff = readStartedAt.toUTC().addMSecs(-kListMarginMs);
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (it->ofThisOrganization && it->status == QLatin1String("PENDING") &&
            !listed.contains(it.key())) {
            const QDateTime created = timeOf(it->createdAt);
            if (created.isValid() && created < cutoff)
                changes << SeenStatus{it.key(), QString::fromLatin1(kGoneStatus)};
        }
    }
    return changes.isEmpty() ? 0 : learnStatuses(changes);
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
