#pragma once

#include "stompframe.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>

namespace sandbox {

// One client of the sandbox's event broker: speaks STOMP 1.2 over an accepted QWebSocket
// (CONNECT/STOMP, SUBSCRIBE, UNSUBSCRIBE, DISCONNECT), negotiates and honours heart-beats and
// drops a client that stays silent for too long.
class StompSession final : public QObject
{
    Q_OBJECT
public:
    // allowedDestination: the only topic SUBSCRIBE accepts (/topic/organization/{orgId}).
    // heartBeatMs: what the server offers and asks for (0 = no heart-beats).
    StompSession(QWebSocket *socket, const QByteArray &allowedDestination, int heartBeatMs,
                 QObject *parent = nullptr);
    ~StompSession() override;
    Q_DISABLE_COPY_MOVE(StompSession)

    bool isSubscribed() const { return !m_subscriptions.isEmpty(); }
    int subscriptionCount() const { return int(m_subscriptions.size()); }
    // MESSAGE to every subscription of destination; the number of frames sent.
    int publish(const QByteArray &destination, const QByteArray &jsonBody);
    // ERROR frame with a message header, then close.
    void fail(const QByteArray &message, const QByteArray &details = {});
    // Close the socket at once, without a frame or a close handshake.
    void drop();
    // From now on: no heart-beats, no answers, no messages — a connection gone stale.
    void goSilent();

Q_SIGNALS:
    void finished(StompSession *session);

private:
    void onText(const QString &text);
    void handle(const StompFrame &frame);
    void connectFrame(const StompFrame &frame);
    void send(const StompFrame &frame);
    void checkClientAlive();

    QPointer<QWebSocket> m_socket;
    QByteArray m_allowedDestination;
    int m_heartBeatMs = 0;
    StompDecoder m_decoder;
    bool m_connected = false;
    bool m_silent = false;
    bool m_closing = false;
    QHash<QByteArray, QByteArray> m_subscriptions; // id → destination
    QTimer m_sendHeartBeat;
    QTimer m_watchdog;
    qint64 m_lastHeard = 0; // ms since epoch of the last byte from the client
    int m_clientIntervalMs = 0;
    int m_messageCounter = 0;
};

} // namespace sandbox
