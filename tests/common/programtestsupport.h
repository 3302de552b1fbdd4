#pragma once

// Runs the real accessy-invite program against the real sandbox, as a script would: its own
// environment, standard input a pipe (never a terminal), and both outputs kept.
#include "sandboxprocess.h"
#include "testfiles.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

namespace programtest {

inline QString program()
{
    return QStringLiteral(INVITE_BIN_DIR "/accessy-invite");
}

// The CSV rows the program printed, without the header line, as lists of fields ("…" quoting
// undone; our fields hold no line break).
inline QList<QStringList> csvRows(const QByteArray &out)
{
    QList<QStringList> result;
    const QList<QByteArray> lines = out.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        QStringList fields;
        QString field;
        bool quoted = false;
        const QString line = QString::fromUtf8(lines.at(i));
        for (int c = 0; c < line.size(); ++c) {
            const QChar ch = line.at(c);
            if (quoted && ch == QLatin1Char('"') && c + 1 < line.size() &&
                line.at(c + 1) == QLatin1Char('"')) {
                field += ch;
                ++c;
            } else if (ch == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (ch == QLatin1Char(',') && !quoted) {
                fields << field;
                field.clear();
            } else {
                field += ch;
            }
        }
        fields << field;
        result << fields;
    }
    return result;
}

// One finished run of the program.
struct Run
{
    int exitCode = -1; // -1: it did not start, crashed, or was killed after its time
    QByteArray out;
    QByteArray err;
    QList<QStringList> rows() const { return csvRows(out); }
};

// What is wrong with `r` as the refusal of a bad command line of `command` (such as "send"):
// exit status 2, the `cause` and the command's usage on standard error, nothing on standard
// output. Empty when nothing is.
inline QString usageRefusalProblem(const Run &r, const QString &command, const QString &cause)
{
    const QString err = QString::fromUtf8(r.err);
    if (r.exitCode != 2)
        return QStringLiteral("exit status %1 instead of 2; standard error: %2")
            .arg(r.exitCode)
            .arg(err);
    if (!err.contains(cause))
        return QStringLiteral("standard error does not name \"%1\": %2").arg(cause, err);
    if (!err.contains(QStringLiteral("Usage: accessy-invite ") + command))
        return QStringLiteral("standard error shows no usage of %1: %2").arg(command, err);
    if (!r.out.isEmpty())
        return QStringLiteral("standard output is not empty: %1").arg(QString::fromUtf8(r.out));
    return {};
}

// Fails the running test, saying why, unless `r` is the refusal of a bad command line (see
// usageRefusalProblem).
inline void verifyUsageRefusal(const Run &r, const QString &command, const QString &cause)
{
    const QString problem = usageRefusalProblem(r, command, cause);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// Runs the program to its end with `input` on standard input; killed after `timeoutMs`.
inline Run run(const QStringList &arguments, const QProcessEnvironment &env,
               const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program(), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel(); // stdin is a pipe, never a terminal
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    process.waitForFinished(5000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// This process's environment without any Accessy address, credentials, token or data folder
// of its own, pointed at `sandbox` (its API, and its events when it has them) and, unless
// `credentials` is false, signed in with the sandbox's client id and secret.
inline QProcessEnvironment sandboxEnvironment(const SandboxProcess &sandbox,
                                              bool credentials = true)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"ACCESSY_SESSION_TOKEN", "ACCESSY_CLIENT_ID", "ACCESSY_CLIENT_SECRET",
                             "ACCESSY_API_URL", "ACCESSY_EVENTS_URL", "ACCESSY_INVITE_DATA_DIR"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("ACCESSY_API_URL"), sandbox.baseUrl().toString());
    if (sandbox.eventsUrl().isValid())
        env.insert(QStringLiteral("ACCESSY_EVENTS_URL"), sandbox.eventsUrl().toString());
    if (credentials) {
        env.insert(QStringLiteral("ACCESSY_CLIENT_ID"), SandboxProcess::defaultClientId());
        env.insert(QStringLiteral("ACCESSY_CLIENT_SECRET"), SandboxProcess::defaultClientSecret());
    }
    return env;
}

// Writes `lines`, one a line in UTF-8, to `path` (a phone list); gives back `path`.
inline QString writeLines(const QString &path, const QStringList &lines)
{
    (void)writeFile(path, lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

} // namespace programtest
