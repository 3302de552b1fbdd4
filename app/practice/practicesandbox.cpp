#include "practice/practicesandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace practice {

PracticeSandbox::PracticeSandbox(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setInputChannelMode(QProcess::ManagedInputChannel);
#ifdef Q_OS_LINUX
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PracticeSandbox::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(
                tr("The practice server could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_announced) {
            Q_EMIT failed(tr("The practice server stopped before it was ready (exit code %1): %2")
                              .arg(code)
                              .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()));
        }
    });
}

PracticeSandbox::~PracticeSandbox()
{
    stop();
}

QString PracticeSandbox::locateProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {dir + QStringLiteral("/accessy-sandbox"),
                                     dir + QStringLiteral("/../bin/accessy-sandbox")}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

void PracticeSandbox::start(const QStringList &extraArguments)
{
    const QString program = locateProgram();
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(tr("The practice server (accessy-sandbox) was not found next to this "
                             "program. Reinstall accessy-invite."));
        });
        return;
    }
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--exit-with-stdin"), QStringLiteral("--org-name"),
                          organizationName()};
    arguments += extraArguments;
    // Also a restart after the server stopped: it announces a new address.
    m_announced = false;
    m_apiUrl.clear();
    m_eventsUrl.clear();
    m_pending.clear();
    m_process.start(program, arguments);
}

void PracticeSandbox::readOutput()
{
    m_pending += m_process.readAllStandardOutput();
    int newline;
    while ((newline = int(m_pending.indexOf('\n'))) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(newline)).trimmed();
        m_pending.remove(0, newline + 1);
        if (line.startsWith(QLatin1String("listening on "))) {
            m_apiUrl = QUrl(line.mid(13));
            // The events line follows at once; a sandbox without events still gets going.
            QTimer::singleShot(1000, this, &PracticeSandbox::announce);
        } else if (line.startsWith(QLatin1String("events on "))) {
            m_eventsUrl = QUrl(line.mid(10));
            announce();
        }
    }
}

void PracticeSandbox::announce()
{
    if (m_announced || !m_apiUrl.isValid())
        return;
    m_announced = true;
    Q_EMIT ready(m_apiUrl);
}

void PracticeSandbox::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_announced = true; // an exit we asked for is not a failure
    m_process.closeWriteChannel();
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

} // namespace practice
