#include "measuredrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Argv
{
    explicit Argv(const QString &program, const QStringList &arguments)
    {
        bytes.append(QFile::encodeName(program));
        for (const QString &argument : arguments)
            bytes.append(argument.toLocal8Bit());
        for (QByteArray &b : bytes)
            pointers.push_back(b.data());
        pointers.push_back(nullptr);
    }
    QList<QByteArray> bytes;
    std::vector<char *> pointers;
};

// Everything the child needs is prepared before fork(): after it only async-signal-safe calls.
pid_t spawn(const Argv &argv, int in, int out, int err, qint64 fileSizeLimit, char **env)
{
    const pid_t pid = ::fork();
    if (pid != 0)
        return pid;
    ::dup2(in, STDIN_FILENO);
    ::dup2(out, STDOUT_FILENO);
    ::dup2(err, STDERR_FILENO);
    if (fileSizeLimit >= 0) {
        const rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ::signal(SIGPIPE, SIG_DFL);
    ::execve(argv.pointers[0], argv.pointers.data(), env);
    ::_exit(127);
}

} // namespace

MeasuredRun runMeasured(const QString &program, const QStringList &arguments,
                        const MeasuredOptions &options)
{
    MeasuredRun run;
    QTemporaryDir dir;
    const QByteArray outPath = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("err")));
    const int out = ::open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int err = ::open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

    QList<QByteArray> envBytes;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        if (entry.startsWith("ACCESSY_") ||
            (!options.home.isEmpty() && (entry.startsWith("HOME=") || entry.startsWith("XDG_"))))
            continue;
        envBytes.append(entry);
    }
    if (!options.home.isEmpty()) {
        const QByteArray home = QFile::encodeName(options.home);
        envBytes << "HOME=" + home << "XDG_CONFIG_HOME=" + home + "/config"
                 << "XDG_DATA_HOME=" + home + "/data"
                 << "XDG_STATE_HOME=" + home + "/state"
                 << "XDG_CACHE_HOME=" + home + "/cache";
    }
    std::vector<char *> env;
    for (QByteArray &entry : envBytes)
        env.push_back(entry.data());
    env.push_back(nullptr);

    int in = -1;
    pid_t producer = -1;
    if (!options.stdinProducer.isEmpty()) {
        int pipeFds[2];
        if (::pipe2(pipeFds, O_CLOEXEC) != 0)
            return run;
        const Argv producerArgv(options.stdinProducer.first(), options.stdinProducer.mid(1));
        const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        producer = spawn(producerArgv, devNull, pipeFds[1], err, -1, env.data());
        ::close(devNull);
        ::close(pipeFds[1]);
        in = pipeFds[0];
    } else {
        const QByteArray inPath = options.stdinFile.isEmpty()
                                      ? QByteArray("/dev/null")
                                      : QFile::encodeName(options.stdinFile);
        in = ::open(inPath.constData(), O_RDONLY | O_CLOEXEC);
    }

    const Argv argv(program, arguments);
    QElapsedTimer clock;
    clock.start();
    const pid_t child = spawn(argv, in, out, err, options.fileSizeLimit, env.data());
    ::close(in);
    ::close(out);
    ::close(err);

    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = ::wait4(child, &status, WNOHANG, &usage);
        if (done == child)
            break;
        if (clock.elapsed() > options.timeoutSeconds * 1000LL && !run.timedOut) {
            run.timedOut = true;
            ::kill(child, SIGKILL);
        }
        QThread::msleep(10);
    }
    run.seconds = clock.elapsed() / 1000.0;
    if (producer > 0) { // it may still be writing into a pipe nobody reads: it gets SIGPIPE
        ::kill(producer, SIGTERM);
        ::waitpid(producer, nullptr, 0);
    }
    run.peakKiB = usage.ru_maxrss;
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);
    QFile outFile(QFile::decodeName(outPath));
    if (outFile.open(QIODevice::ReadOnly))
        run.out = outFile.readAll();
    QFile errFile(QFile::decodeName(errPath));
    if (errFile.open(QIODevice::ReadOnly))
        run.err = errFile.readAll();
    return run;
}
