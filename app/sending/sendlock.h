#pragma once

#include <QLockFile>
#include <QObject>
#include <QTimer>

namespace sending {

// One send at a time per machine and organization: a lock file (send-<organization>.lock)
// beside the history database, held for a whole job by whichever process sends — the window
// or the command line. Two senders of the same list would otherwise both read the server's
// list before either had sent, and text everyone twice; and a second process would take the
// first one's live job for an interrupted one. A lock whose process is gone (crash, kill -9)
// is stale and taken over at once: the new holder may then recover that process's job. A live
// holder is never timed out, however long its send takes.
class SendLock final : public QObject
{
    Q_OBJECT
public:
    // `folder` is the history database's folder; the organization picks the file.
    SendLock(const QString &folder, const QString &organizationId, QObject *parent = nullptr);
    ~SendLock() override;

    static QString fileName(const QString &organizationId);
    QString path() const { return m_path; }

    // Takes the lock if nobody alive holds it (a stale lock is removed). False when another
    // process holds it (holderPid() tells which) or the file cannot be written (error()).
    bool tryLock();
    // Takes the lock now or as soon as its holder lets go: acquired(), or waiting(pid) first
    // when another process holds it, or failed() when the file cannot be written.
    void acquire();
    // Stops waiting (no signal follows).
    void cancel();
    void unlock();
    bool isLocked() const { return m_file.isLocked(); }
    // While another process holds the lock: its process id (0 when unknown).
    qint64 holderPid() const { return m_holderPid; }
    // Why the lock file cannot be taken (not because another process holds it); empty if fine.
    QString error() const { return m_error; }
    // True when a live process other than this one holds the lock right now.
    bool heldByAnotherProcess();

Q_SIGNALS:
    void waiting(qint64 holderPid);
    void acquired();
    void failed(const QString &reason);

private:
    void poll();

    QString m_path;
    QLockFile m_file;
    QTimer m_poll;
    qint64 m_holderPid = 0;
    QString m_error;
};

} // namespace sending
