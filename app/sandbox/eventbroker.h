#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocketServer>

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

    bool listen(const QHostAddress &host, quint16 port);
    QUrl url() const;
    QString errorString() const { return m_server.errorString(); }

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
    QWebSocketServer m_server;
    QList<StompSession *> m_sessions;
    int m_messagesSent = 0;
    int m_refused = 0;
};
