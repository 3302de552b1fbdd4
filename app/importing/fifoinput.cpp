#include "importing/fifoinput.h"

#include "importing/readerrors.h"

#include <QCoreApplication>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace importing {
namespace {

bool isFifo(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

// Until a writer has sent data or come and gone (a FIFO opened without blocking reports
// nothing before its first writer). false when poll() itself failed.
bool waitReadable(int fd, int timeoutMs)
{
    pollfd wanted{fd, POLLIN, 0};
    for (;;) {
        const int ready = ::poll(&wanted, 1, timeoutMs);
        if (ready >= 0)
            return ready > 0;
        if (errno != EINTR)
            return true; // let read() report the problem
    }
}

} // namespace

bool openListFile(QFile &file, const QString &path, const WaitingNote &note)
{
    if (!isFifo(path)) {
        file.setFileName(path);
        return file.open(QIODevice::ReadOnly);
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        file.setFileName(path);
        return file.open(QIODevice::ReadOnly); // for its error string
    }
    if (!waitReadable(fd, 1000)) {
        if (note) {
            note(QCoreApplication::translate("PhoneListReader", "Waiting for input on %1…")
                     .arg(readerrors::displayName(path)));
        }
        waitReadable(fd, -1);
    }
    // From here on reads may block: the writer is there, or has been and gone.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    file.setFileName(path);
    return file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
}

} // namespace importing
