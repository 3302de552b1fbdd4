#include "cli/sendlockwait.h"

#include "common/unixsignals.h"
#include "sending/sendlock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace cli {

namespace {

// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(cli::SendCommand)
};

void note(const QString &text)
{
    QTextStream err(stderr);
    err << text << '\n';
}

} // namespace

bool takeSendLock(sending::SendLock &lock, const QString &organization, bool noWait,
                  const QString &command)
{
    if (lock.tryLock())
        return true;
    if (!lock.error().isEmpty()) {
        note(command + QStringLiteral(": ") + lock.error());
        return false;
    }
    if (noWait) {
        note(command + QStringLiteral(": ") +
             Text::tr("another send to %1 is running in process %2; nothing was sent (--no-wait).")
                 .arg(organization)
                 .arg(lock.holderPid()));
        return false;
    }
    QEventLoop loop;
    bool stopped = false;
    QObject::connect(&lock, &sending::SendLock::waiting, &loop, [&](qint64 pid) {
        note(Text::tr("Another send to %1 is running in process %2 — waiting…")
                 .arg(organization)
                 .arg(pid));
    });
    QObject::connect(&lock, &sending::SendLock::acquired, &loop, &QEventLoop::quit);
    QObject::connect(&lock, &sending::SendLock::failed, &loop, [&](const QString &reason) {
        note(command + QStringLiteral(": ") + reason);
        stopped = true;
        loop.quit();
    });
    common::UnixSignals signals_;
    QObject::connect(&signals_, &common::UnixSignals::terminationRequested, &loop, [&] {
        note(Text::tr("Nothing was sent."));
        stopped = true;
        loop.quit();
    });
    lock.acquire();
    if (!lock.isLocked() && !stopped)
        loop.exec();
    lock.cancel();
    return lock.isLocked() && !stopped;
}

} // namespace cli
