#pragma once

#include "programtestsupport.h"

#include <QProcess>
#include <QTest>

// One run of the real accessy-invite program, started and left running so that a test can
// overlap two of them; stderr is collected as it comes.
class CommandProcess final
{
public:
    CommandProcess(const QStringList &arguments, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += m_process.readAllStandardError(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        m_process.start(programtest::program(), arguments);
        m_process.closeWriteChannel(); // standard input is never a terminal
    }
    ~CommandProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool started() { return m_process.waitForStarted(10000); }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // Waits for the end (event loop running); -1 when it did not end normally in time.
    int wait(int timeoutMs = 120000)
    {
        if (m_process.state() != QProcess::NotRunning) {
            bool done = false;
            QObject::connect(&m_process, &QProcess::finished, &m_process, [&done] { done = true; });
            (void)QTest::qWaitFor([&] { return done || m_process.state() == QProcess::NotRunning; },
                                  timeoutMs);
        }
        if (m_process.state() != QProcess::NotRunning)
            return -1;
        m_err += m_process.readAllStandardError();
        m_out += m_process.readAllStandardOutput();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void terminate() { m_process.terminate(); } // SIGTERM: the program ends cleanly
    void killHard()
    {
        m_process.kill(); // SIGKILL: no handler runs, the lock file stays behind
        m_process.waitForFinished(10000);
    }
    QString err() const { return QString::fromUtf8(m_err); }
    QString out() const { return QString::fromUtf8(m_out); }
    // CSV rows (without the header) as lists of fields.
    QList<QStringList> rows() const { return programtest::csvRows(m_out); }

private:
    QProcess m_process;
    QByteArray m_err;
    QByteArray m_out;
};
