#pragma once

#include "history/historytypes.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace history {

// The journal of every send, in one SQLite file (WAL). Each batch is written before its
// request leaves and every invitation the server created is kept, so a crash never loses
// track of what may have been sent. Holds no token, secret or header: only numbers, names,
// messages, ids and states. Use from one thread (the one that opened it).
class HistoryStore final
{
public:
    HistoryStore();
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    // ACCESSY_INVITE_DATA_DIR when set (tests, scripted use), else the app's data folder.
    static QString defaultDirectory();
    static QString defaultPath(); // defaultDirectory() + "/history.sqlite"

    // Opens (creating the file and folder when needed) and migrates to the current schema.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    int schemaVersion() const;

    // Jobs: one per send. `numbers` are the numbers the job will send, in order.
    qint64 createJob(const JobRecord &job, const QList<JobNumber> &numbers);
    // Adds numbers to an existing job (numbers it already holds are kept as they are).
    bool addJobNumbers(qint64 jobId, const QList<JobNumber> &numbers);
    bool setJobState(qint64 jobId, const QString &state);
    std::optional<JobRecord> job(qint64 jobId) const;
    QList<JobRecord> jobs() const; // newest first
    // Jobs of this organization still marked running: interrupted by a crash or a kill.
    QList<JobRecord> unfinishedJobs(const QString &organizationId) const;
    QList<JobNumber> jobNumbers(qint64 jobId) const;

    // Writes the batch as in flight, in a transaction, before the caller sends it.
    qint64 journalBatch(qint64 jobId, const QStringList &msisdns, int attempt,
                        const QDateTime &sentAt, const QDateTime &notBefore);
    bool setBatchState(qint64 batchId, BatchState state, const QString &reason = {});
    std::optional<BatchRecord> batch(qint64 batchId) const;
    QList<BatchRecord> batches(qint64 jobId) const;
    // Batches of this organization's jobs that may have reached the server without an answer
    // we kept: in flight or unknown. Reconcile them before anything else is sent.
    QList<BatchRecord> unfinishedBatches(const QString &organizationId) const;

    struct NumberUpdate
    {
        QString msisdn;
        NumberState state = NumberState::Pending;
        QString invitationId;
        QString reason;
    };
    // One transaction: the invitations, the numbers' new states and the batch's state.
    // batchId 0 = no batch to update.
    bool recordResult(qint64 jobId, qint64 batchId, BatchState batchState,
                      const QList<InvitationRecord> &invitations,
                      const QList<NumberUpdate> &updates, const QString &reason = {});

    // The newest invitation per number whose status is PENDING, for this organization.
    QHash<QString, InvitationRecord> pendingByMsisdn(const QString &organizationId) const;
    QSet<QString> knownInvitationIds() const;
    QList<InvitationRecord> invitations(qint64 jobId = 0) const; // 0 = all
    bool updateInvitationStatus(const QString &invitationId, const QString &status);

    // What the app learns from the server (historystatus.cpp); the server's word always wins.
    // Statuses seen (events, the tracker's changes) for invitations the history holds; how
    // many changed, -1 on error.
    int learnStatuses(const QList<SeenStatus> &seen);
    // The organization's whole list, read at `readStartedAt` (our clock): every status on it
    // is written, and an invitation held as PENDING that the list no longer has becomes
    // kGoneStatus — unless it was recorded too recently to be on a list read then.
    int learnFromList(const QString &organizationId, const QList<SeenStatus> &list,
                      const QDateTime &readStartedAt);
    // How many numbers of the job ended in each state (numberStateKey).
    QHash<QString, int> numberStateCounts(qint64 jobId) const;
    // The job's numbers, in order, with their invitation's status as last learnt.
    QList<JobNumberStatus> jobNumberStatuses(qint64 jobId) const;

    // Privacy (historyerasure.cpp). Removes every trace of these numbers (E.164) from every
    // table — invitations, the jobs' number lists, journaled batches, and any text that quotes
    // them — then folds and truncates the WAL and rewrites the file, so that no byte of the
    // data folder still holds them. Returns how many records were removed or rewritten; -1 on
    // error (nothing is removed then).
    int forget(const QStringList &msisdns);
    // How many jobs and invitations were created before `cutoff`.
    int countOlderThan(const QDateTime &cutoff) const;
    // Removes jobs (with their numbers and batches) and invitations created before `cutoff`,
    // never a newer one, and never a job still running. Returns how many records; -1 on error.
    int purgeOlderThan(const QDateTime &cutoff);
    // When the oldest job or invitation kept was created; invalid when the history is empty.
    QDateTime oldestEntry() const;

private:
    friend class SendHistoryQuery; // reads every send's numbers in one query

    bool wipeFreedSpace();
    QSqlDatabase database() const;
    bool fail(const QString &what) const;

    QString m_connection;
    QString m_path;
    mutable QString m_lastError;
};

} // namespace history
