#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace practice {

// Practice mode: runs the bundled accessy-sandbox as a child process on a free loopback port so
// an admin can try everything without texting anyone. The child dies with us: it is stopped
// when this object goes, it is told to exit when its stdin closes (our death closes it, even
// after SIGKILL), and on Linux the kernel sends it SIGTERM when we die.
class PracticeSandbox final : public QObject
{
    Q_OBJECT
public:
    static QString clientId() { return QStringLiteral("practice-client"); }
    static QString clientSecret() { return QStringLiteral("practice-secret"); }
    // The practice organization's name, known before its first invitation names it.
    static QString organizationName() { return QStringLiteral("Practice Organization"); }

    explicit PracticeSandbox(QObject *parent = nullptr);
    ~PracticeSandbox() override;

    // The program next to ours; empty when it cannot be found.
    static QString locateProgram();
    void start(const QStringList &extraArguments = {});
    void stop();
    QUrl apiUrl() const { return m_apiUrl; }
    QUrl eventsUrl() const { return m_eventsUrl; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }

Q_SIGNALS:
    void ready(const QUrl &apiUrl);
    void failed(const QString &message);

private:
    void readOutput();
    void announce();

    QProcess m_process;
    QUrl m_apiUrl;
    QUrl m_eventsUrl;
    QByteArray m_pending;
    bool m_announced = false;
};

} // namespace practice
