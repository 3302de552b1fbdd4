#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Starts `process` (anything with start() and errorString(), such as a SandboxProcess) with
// the given arguments, or fails the test naming why it did not start.
#define QVERIFY_STARTED(process, ...)                                                              \
    QVERIFY2((process).start(__VA_ARGS__), qPrintable((process).errorString()))

// Starts the real accessy-sandbox program on a free loopback port for a test and stops it
// again when it goes out of scope. Tests talk to it over real HTTP, like the app does.
class SandboxProcess final
{
public:
    static QString defaultClientId() { return QStringLiteral("practice-client"); }
    static QString defaultClientSecret() { return QStringLiteral("practice-secret"); }

    SandboxProcess() = default;
    ~SandboxProcess();
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    // Starts `accessy-sandbox --port 0 <extraArguments>`; false (with errorString) on failure.
    bool start(const QStringList &extraArguments = {});
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    // ws://127.0.0.1:PORT/ws/app from the second line; invalid when the sandbox has no events.
    QUrl eventsUrl() const { return m_eventsUrl; }
    // POSTs a JSON body to a /_sandbox control endpoint; true on a 2xx answer.
    bool control(const QString &path, const QByteArray &json = QByteArrayLiteral("{}"));
    // GET /_sandbox/state: the ground truth (invitationsPerMsisdn, counters).
    QJsonObject state();
    QString errorString() const { return m_error; }
    // The running program's process id (0 when not running), e.g. to read its /proc status.
    qint64 processId() const { return m_process.processId(); }
    // Everything the sandbox printed after its first line (its log), for diagnostics.
    QByteArray output();

    static QString programPath();

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QUrl m_eventsUrl;
    QString m_error;
};
