#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QNetworkRequest>
#include <QWebSocket>

// A deliberately plain STOMP client for the sandbox tests: frames are written and read as
// strings by hand, with none of the project's codecs, so the tests check the wire format itself.
class StompTestClient final : public QObject
{
    Q_OBJECT
public:
    struct Frame
    {
        QByteArray command;
        QMap<QByteArray, QByteArray> headers; // raw (still escaped) values; first one wins
        QByteArray body;
        QByteArray raw; // the frame as received, NUL and trailing EOLs included
    };

    StompTestClient();

    // Opens the WebSocket; token empty = no Authorization header. true once connected.
    bool open(const QUrl &url, const QByteArray &token);
    void sendText(const QByteArray &text) { m_socket.sendTextMessage(QString::fromUtf8(text)); }
    void sendFrame(const QByteArray &command, const QList<QByteArray> &headerLines,
                   const QByteArray &body = {});
    // CONNECT + wait for CONNECTED; the CONNECTED frame (command empty on failure).
    Frame connectStomp(const QByteArray &heartBeat = "0,0");
    // SUBSCRIBE with a receipt, waits for the RECEIPT; false when the broker refused.
    bool subscribe(const QByteArray &id, const QByteArray &destination);

    // The next frame (heart-beats skipped), waiting up to timeoutMs; command empty on timeout.
    Frame nextFrame(int timeoutMs = 5000);
    bool waitForDisconnected(int timeoutMs = 5000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // Text messages that were a bare heart-beat EOL.
    int heartBeatsReceived() const { return m_heartBeats; }
    QWebSocket &socket() { return m_socket; }
    // The socket errors seen (an abrupt close shows as RemoteHostClosedError).
    const QList<QAbstractSocket::SocketError> &errors() const { return m_errors; }

private:
    std::optional<Frame> takeFrame();

    QWebSocket m_socket;
    QByteArray m_buffer;
    int m_heartBeats = 0;
    QList<QAbstractSocket::SocketError> m_errors;
};
