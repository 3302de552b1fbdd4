#pragma once
// Runs the real accessy-invite as scripts do: arguments, standard input, environment; gives
// back the exit code and both outputs.
#include <QProcess>
#include <QString>
#include <QStringList>

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProgramRun
runAccessyInvite(const QStringList &arguments, const QByteArray &input = {},
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(INVITE_BIN_DIR "/accessy-invite"), arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
