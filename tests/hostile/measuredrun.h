#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Runs a program as a child process and measures it the way the kernel does: the peak
// resident memory (ru_maxrss from wait4, in KiB) and the wall time. Output goes to files, so
// a chatty child never blocks on a full pipe.
struct MeasuredRun
{
    int exitCode = -1; // -1 when the child was killed by a signal
    int signal = 0;
    QByteArray out;
    QByteArray err;
    long peakKiB = 0;
    double seconds = 0;
    bool timedOut = false;
};

struct MeasuredOptions
{
    QString stdinFile;         // empty: /dev/null
    QStringList stdinProducer; // a program whose output is piped to the child's stdin
    qint64 fileSizeLimit = -1; // RLIMIT_FSIZE of the child: writing more kills it (SIGXFSZ)
    QString home;              // HOME, XDG_*_HOME of the child
    int timeoutSeconds = 120;
};

MeasuredRun runMeasured(const QString &program, const QStringList &arguments,
                        const MeasuredOptions &options = {});
