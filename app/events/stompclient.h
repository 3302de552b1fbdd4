#pragma once

#include "stompdecoder.h"
#include "stompframe.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace events {

// A STOMP 1.2 client over one WebSocket, subscribed to one destination, that stays connected:
// heart-beats negotiated both ways, a silent server detected and dropped, reconnects with
// jittered exponential back-off, and resynchronizeNeeded() after every (re)connect because the
// broker does not replay what was published while we were away.
// Works with any STOMP 1.2 broker: only the specification is assumed.
class StompClient final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline,       // not started, or stopped
        Connecting,    // first connection since start()
        Live,          // connected and subscribed
        Reconnecting,  // lost the connection; waiting to retry or retrying
        SignInRefused, // the server refused the token: no retries until start() again
    };
    Q_ENUM(State)

    struct Settings
    {
        QUrl url;                       // ws:// or wss://
        QString destination;            // SUBSCRIBE destination; empty = subscribe to nothing
        int heartBeatSendMs = 10000;    // cx: we can send a heart-beat this often (0 = never)
        int heartBeatReceiveMs = 10000; // cy: we want one this often (0 = do not watch)
        int silenceMarginMs = 2000;     // silent = nothing for 2 × agreed interval + this
        int connectTimeoutMs = 15000;   // socket + CONNECTED + subscription, else retry
        int initialBackoffMs = 1000;    // first retry delay, doubled per failure …
        int maxBackoffMs = 60000;       // … up to this
        double backoffJitter = 0.2;     // ± share of randomness on every delay
        int stableAfterMs = 30000;      // live this long = back-off starts again from initial
        int disconnectReceiptTimeoutMs = 2000; // stop(): wait this long for the RECEIPT
        StompDecoder::Limits limits;
    };

    using TokenProvider = std::function<QString()>;

    explicit StompClient(QObject *parent = nullptr);
    ~StompClient() override;
    Q_DISABLE_COPY_MOVE(StompClient)

    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }
    // Called for every connection attempt, so a refreshed token is used on reconnect.
    void setTokenProvider(TokenProvider provider);

    State state() const { return m_state; }
    // A user-visible sentence about the current state (why we reconnect, why we stopped…).
    QString stateDetail() const { return m_stateDetail; }
    // The heart-beat intervals agreed with the server on the current connection (0 = none).
    int outgoingHeartBeatMs() const { return m_outgoingMs; }
    int incomingHeartBeatMs() const { return m_incomingMs; }
    // The delay of the n-th retry (0-based) before jitter, for the record.
    int backoffDelayMs(int attempt) const;

public Q_SLOTS:
    // Connects with the current settings. A no-op while running with the same URL and
    // destination; otherwise (stopping, or settings changed) the old connection is left at once.
    void start();
    // Graceful: DISCONNECT with a receipt, a short wait for the RECEIPT, then close.
    void stop();

Q_SIGNALS:
    void stateChanged(StompClient::State state);
    void resynchronizeNeeded();
    void messageReceived(const StompFrame &frame);
    // Something the admin should read: an ERROR frame, a refused sign-in, a broken stream.
    void errorOccurred(const QString &message);
    void heartBeatReceived();
    // The connection was lost (`reason`, a sentence); the next attempt starts in `delayMs`.
    void reconnectScheduled(int delayMs, const QString &reason);
    // stop() is complete; `confirmed` when the broker acknowledged DISCONNECT with its RECEIPT.
    void stopped(bool confirmed);

private:
    enum class Phase
    {
        Idle,
        Opening,
        AwaitingConnected,
        AwaitingSubscription,
        Live,
        Closing
    };

    void openSocket();
    void onSocketConnected();
    void onSocketDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void socketFailed();
    void onBytes(const QByteArray &bytes);
    void handleFrame(const StompFrame &frame);
    void handleConnected(const StompFrame &frame);
    void handleReceipt(const StompFrame &frame);
    void handleError(const StompFrame &frame);
    void goLive();
    void sendFrame(const StompFrame &frame);
    void dropAndReconnect(const QString &reason);
    void refuseSignIn(const QString &message);
    void finishStop(bool confirmed = false);
    void teardownSocket(bool graceful);
    void setState(State state, const QString &detail);

    Settings m_settings;
    QUrl m_activeUrl;            // of the current connection
    QString m_activeDestination; // of the current connection
    TokenProvider m_tokenProvider;
    QPointer<QWebSocket> m_socket;
    StompDecoder m_decoder;
    State m_state = State::Offline;
    Phase m_phase = Phase::Idle;
    QString m_stateDetail;
    int m_attempt = 0;
    quint64 m_connectionSerial = 0;
    QByteArray m_subscriptionId;
    QByteArray m_subscribeReceipt;
    QByteArray m_disconnectReceipt;
    int m_outgoingMs = 0;
    int m_incomingMs = 0;
    QElapsedTimer m_liveSince;
    QTimer m_reconnectTimer;
    QTimer m_connectTimer;
    QTimer m_sendHeartBeatTimer;
    QTimer m_silenceTimer;
    QTimer m_disconnectTimer;
};

} // namespace events
