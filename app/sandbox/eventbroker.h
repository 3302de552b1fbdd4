#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QWebSocketServer>

#include <memory>
#include <optional>

namespace sandbox {

class StompSession;
class TokenStore;

// The sandbox's STOMP-over-WebSocket endpoint (ws://HOST:PORT/ws/app): accepts clients whose
// handshake carries a valid bearer token, and publishes organization events to subscribers.
class EventBroker final : public QObject
{
    Q_OBJECT
public:
    EventBroker(const TokenStore &tokens, const QString &organizationId, int heartBeatMs,
                QObject *parent = nullptr);
    ~EventBroker() override;
    Q_DISABLE_COPY_MOVE(EventBroker)

    // tls: serve wss:// with this configuration instead of ws://.
    bool listen(const QHostAddress &host, quint16 port,
                const std::optional<QSslConfiguration> &tls = std::nullopt);
    QUrl url() const;
    QString errorString() const { return m_server ? m_server->errorString() : QString(); }

    QByteArray destination() const { return m_destination; }
    // MESSAGE to every subscriber of the organization's topic; the number of frames sent.
    int publish(const QByteArray &jsonBody);

    // Control: close every connection abruptly / make every current one go stale /
    // send every one an ERROR frame and close.
    void dropAll();
    void silenceAll();
    void failAll(const QByteArray &message);

    int sessionCount() const { return int(m_sessions.size()); }
    int subscriptionCount() const;
    int messagesSent() const { return m_messagesSent; }
    int refusedHandshakes() const { return m_refused; }

private:
    void accept();

    const TokenStore &m_tokens;
    QByteArray m_destination;
    int m_heartBeatMs;
    std::unique_ptr<QWebSocketServer> m_server;
    QList<StompSession *> m_sessions;
    int m_messagesSent = 0;
    int m_refused = 0;
};

} // namespace sandbox
