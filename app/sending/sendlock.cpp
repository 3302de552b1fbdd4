#include "sending/sendlock.h"

#include "history/privatefiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSendLock, "accessy.sending.lock")

namespace sending {

namespace {
// Another process's send ends, at the latest, this long before we notice.
constexpr int kPollMs = 200;
} // namespace

SendLock::SendLock(const QString &folder, const QString &organizationId, QObject *parent)
    : QObject(parent)
    , m_path(QDir(folder).filePath(fileName(organizationId)))
    , m_file(m_path)
{
    // Only a holder that is gone makes a lock stale: a long send is never taken over.
    m_file.setStaleLockTime(0);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &SendLock::poll);
}

SendLock::~SendLock() = default; // QLockFile lets go of a lock it holds

QString SendLock::fileName(const QString &organizationId)
{
    // Organization ids are UUIDs; anything else is hashed so it can never name another path.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QString key =
        plain.match(organizationId).hasMatch()
            ? organizationId
            : QString::fromLatin1(
                  QCryptographicHash::hash(organizationId.toUtf8(), QCryptographicHash::Sha256)
                      .toHex()
                      .left(32));
    return QStringLiteral("send-%1.lock").arg(key);
}

bool SendLock::tryLock()
{
    if (m_file.isLocked())
        return true;
    m_error.clear();
    m_holderPid = 0;
    bool locked = false;
    {
        history::privatefiles::ScopedPrivateUmask privateUmask; // the file names no one, still
        locked = m_file.tryLock(0);
    }
    if (locked)
        return true;
    if (m_file.error() == QLockFile::LockFailedError) {
        QString host, app;
        if (!m_file.getLockInfo(&m_holderPid, &host, &app))
            m_holderPid = 0;
        return false;
    }
    m_error =
        QCoreApplication::translate("SendLock", "the send lock %1 cannot be created (no permission "
                                                "or no space in the folder)")
            .arg(QDir::toNativeSeparators(m_path));
    return false;
}

void SendLock::acquire()
{
    if (tryLock())
        return Q_EMIT acquired();
    if (!m_error.isEmpty())
        return Q_EMIT failed(m_error);
    qCInfo(lcSendLock) << "another send holds" << m_path << "in process" << m_holderPid;
    m_poll.start();
    Q_EMIT waiting(m_holderPid);
}

void SendLock::poll()
{
    const qint64 before = m_holderPid;
    if (tryLock()) {
        m_poll.stop();
        return Q_EMIT acquired();
    }
    if (!m_error.isEmpty()) {
        m_poll.stop();
        return Q_EMIT failed(m_error);
    }
    if (m_holderPid != before && m_holderPid != 0)
        Q_EMIT waiting(m_holderPid); // a third sender got it first
}

void SendLock::cancel()
{
    m_poll.stop();
}

void SendLock::unlock()
{
    m_poll.stop();
    if (m_file.isLocked())
        m_file.unlock();
}

bool SendLock::heldByAnotherProcess()
{
    if (m_file.isLocked())
        return false;
    if (!tryLock())
        return m_error.isEmpty() && m_holderPid != QCoreApplication::applicationPid();
    m_file.unlock();
    return false;
}

} // namespace sending
