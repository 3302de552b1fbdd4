#include "sandboxprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::programPath()
{
    return QStringLiteral(INVITE_SANDBOX_PATH);
}

bool SandboxProcess::start(const QStringList &extraArguments)
{
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0")};
    arguments += extraArguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // A test that crashes must not leave its sandbox running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(programPath(), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error =
            QStringLiteral("could not start %1: %2").arg(programPath(), m_process.errorString());
        return false;
    }
    // The first line is the contract: "listening on http://127.0.0.1:PORT".
    QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine() && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() != QProcess::Running)
                break;
        }
    }
    const QByteArray line = m_process.readLine().trimmed();
    const QByteArray prefix = "listening on ";
    if (!line.startsWith(prefix)) {
        m_error =
            QStringLiteral("unexpected first line from the sandbox: '%1' (stderr: %2)")
                .arg(QString::fromUtf8(line), QString::fromUtf8(m_process.readAllStandardError()));
        stop();
        return false;
    }
    m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    // The events endpoint, when there is one, is announced on the very next line.
    QDeadlineTimer second(2000);
    while (!m_process.canReadLine() && !second.hasExpired())
        m_process.waitForReadyRead(int(qMax<qint64>(1, second.remainingTime())));
    if (m_process.canReadLine()) {
        const QByteArray next = m_process.readLine().trimmed();
        const QByteArray eventsPrefix = "events on ";
        if (next.startsWith(eventsPrefix))
            m_eventsUrl = QUrl(QString::fromUtf8(next.mid(eventsPrefix.size())));
    }
    return m_baseUrl.isValid() && m_baseUrl.port() > 0;
}

bool SandboxProcess::control(const QString &path, const QByteArray &json)
{
    QNetworkAccessManager nam;
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, json);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status >= 200 && status < 300;
}

QJsonObject SandboxProcess::state()
{
    QNetworkAccessManager nam;
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/_sandbox/state"));
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return object;
}

QByteArray SandboxProcess::output()
{
    return m_process.readAllStandardOutput() + m_process.readAllStandardError();
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
