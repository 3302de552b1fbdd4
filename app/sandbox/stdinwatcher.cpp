#include "stdinwatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

namespace sandbox {

StdinWatcher::StdinWatcher(QObject *parent)
    : QObject(parent)
{
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinWatcher::readAvailable);
}

void StdinWatcher::readAvailable()
{
    // One read per wake-up: the notifier says it will not block, and stdin stays blocking
    // (it may be a terminal shared with the shell, whose flags we must not change).
    char buffer[4096];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got > 0 || (got < 0 && (errno == EINTR || errno == EAGAIN)))
        return;
    // 0 = end of file; any other error means stdin is gone as well.
    m_notifier->setEnabled(false);
    Q_EMIT closed();
}

} // namespace sandbox
