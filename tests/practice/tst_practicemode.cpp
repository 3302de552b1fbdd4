// `accessy-invite --demo` starts the bundled sandbox and never leaves it running: not when the
// window closes, not on SIGTERM or SIGHUP (logout), not even when the app is killed.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include "testtable.h"
#include <csignal>
#include <sys/types.h>

namespace {

QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> children;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + QStringLiteral("/children")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : file.readAll().split(' ')) {
            if (!child.trimmed().isEmpty())
                children << child.trimmed().toLongLong();
        }
    }
    return children;
}

QString commandOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().replace('\0', ' ')).trimmed();
}

bool alive(qint64 pid)
{
    // A zombie has exited; only its parent has not collected it yet.
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = file.readAll();
    const int close = int(stat.lastIndexOf(')'));
    return close > 0 && stat.size() > close + 2 && stat.at(close + 2) != 'Z';
}

} // namespace

class TestPracticeMode : public QObject
{
    Q_OBJECT

    QProcess m_app;
    qint64 m_sandboxPid = 0;

    void startDemo()
    {
        m_app.setProgram(QStringLiteral(INVITE_BIN_DIR "/accessy-invite"));
        m_app.setArguments({QStringLiteral("--demo")});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_app.setProcessEnvironment(env);
        m_app.start();
        QVERIFY(m_app.waitForStarted());
        // A child is briefly a copy of the app between fork and exec: wait for the sandbox.
        const auto sandboxChild = [this]() -> qint64 {
            for (qint64 child : childrenOf(m_app.processId())) {
                if (commandOf(child).contains(QStringLiteral("accessy-sandbox")))
                    return child;
            }
            return 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sandboxChild() > 0, 10000);
        m_sandboxPid = sandboxChild();
        QVERIFY(alive(m_sandboxPid));
    }

private Q_SLOTS:
    void cleanup()
    {
        if (m_app.state() != QProcess::NotRunning) {
            m_app.kill();
            m_app.waitForFinished();
        }
        if (m_sandboxPid > 0 && alive(m_sandboxPid))
            ::kill(pid_t(m_sandboxPid), SIGKILL);
    }

    void signal_stopsSandbox_data()
    {
        addColumns<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP (logout)") << int(SIGHUP);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGKILL") << int(SIGKILL);
    }

    void signal_stopsSandbox()
    {
        QFETCH(int, signal);
        startDemo();
        ::kill(pid_t(m_app.processId()), signal);
        QVERIFY(m_app.waitForFinished(10000));
        if (signal != SIGKILL) // an orderly quit, not a crash
            QCOMPARE(m_app.exitStatus(), QProcess::NormalExit);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(m_sandboxPid), 10000);
    }
};

QTEST_GUILESS_MAIN(TestPracticeMode)
#include "tst_practicemode.moc"
