#include "stompsession.h"

#include "sandboxserver.h"

#include <QDateTime>
#include <QUuid>

namespace sandbox {

StompSession::StompSession(QWebSocket *socket, const QByteArray &allowedDestination,
                           int heartBeatMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_allowedDestination(allowedDestination)
    , m_heartBeatMs(heartBeatMs)
{
    socket->setParent(this);
    m_lastHeard = QDateTime::currentMSecsSinceEpoch();
    connect(socket, &QWebSocket::textMessageReceived, this, &StompSession::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &bytes) { onText(QString::fromUtf8(bytes)); });
    connect(socket, &QWebSocket::disconnected, this, [this] { Q_EMIT finished(this); });
    connect(&m_sendHeartBeat, &QTimer::timeout, this, [this] {
        if (m_socket && !m_silent)
            m_socket->sendTextMessage(QStringLiteral("\n"));
    });
    connect(&m_watchdog, &QTimer::timeout, this, &StompSession::checkClientAlive);
}

StompSession::~StompSession() = default;

void StompSession::onText(const QString &text)
{
    if (m_silent || m_closing)
        return;
    m_lastHeard = QDateTime::currentMSecsSinceEpoch();
    m_decoder.feed(text.toUtf8());
    while (auto frame = m_decoder.next()) {
        handle(*frame);
        if (m_closing)
            return;
    }
    if (!m_decoder.error().isEmpty())
        fail("malformed frame", m_decoder.error().toUtf8());
}

void StompSession::handle(const StompFrame &frame)
{
    if (frame.command == "CONNECT" || frame.command == "STOMP") {
        connectFrame(frame);
        return;
    }
    if (!m_connected) {
        fail("not connected", "send CONNECT first, got " + frame.command);
        return;
    }
    if (frame.command == "SUBSCRIBE") {
        const QByteArray id = frame.header("id");
        const QByteArray destination = frame.header("destination");
        if (id.isEmpty() || destination.isEmpty()) {
            fail("SUBSCRIBE needs id and destination");
            return;
        }
        if (destination != m_allowedDestination) {
            fail("access denied", "no access to destination " + destination);
            return;
        }
        m_subscriptions.insert(id, destination);
    } else if (frame.command == "UNSUBSCRIBE") {
        m_subscriptions.remove(frame.header("id"));
    } else if (frame.command == "DISCONNECT") {
        if (frame.hasHeader("receipt"))
            send(StompFrame{"RECEIPT", {{"receipt-id", frame.header("receipt")}}, {}});
        m_closing = true;
        m_socket->close();
        return;
    } else if (frame.command == "SEND" || frame.command == "ACK" || frame.command == "NACK" ||
               frame.command == "BEGIN" || frame.command == "COMMIT" || frame.command == "ABORT") {
        fail("not supported", frame.command + " is not supported by this broker");
        return;
    } else {
        fail("unknown command", "unknown command " + frame.command.left(40));
        return;
    }
    if (frame.hasHeader("receipt"))
        send(StompFrame{"RECEIPT", {{"receipt-id", frame.header("receipt")}}, {}});
}

void StompSession::connectFrame(const StompFrame &frame)
{
    if (m_connected) {
        fail("already connected");
        return;
    }
    const QList<QByteArray> versions = frame.header("accept-version").split(',');
    if (!versions.contains("1.2")) {
        send(StompFrame{"ERROR",
                        {{"version", "1.2"},
                         {"message", "supported protocol versions "
                                     "are 1.2"}},
                        {}});
        m_closing = true;
        m_socket->close();
        return;
    }
    if (!frame.hasHeader("host")) {
        fail("missing host header");
        return;
    }
    // heart-beat: cx,cy from the client; the server offers and wants m_heartBeatMs both ways.
    const QList<QByteArray> beats = frame.header("heart-beat").split(',');
    const int cx = beats.size() == 2 ? beats.at(0).trimmed().toInt() : 0;
    const int cy = beats.size() == 2 ? beats.at(1).trimmed().toInt() : 0;
    const int toClient = (m_heartBeatMs == 0 || cy <= 0) ? 0 : qMax(m_heartBeatMs, cy);
    m_clientIntervalMs = (m_heartBeatMs == 0 || cx <= 0) ? 0 : qMax(m_heartBeatMs, cx);
    m_connected = true;
    send(StompFrame{"CONNECTED",
                    {{"version", "1.2"},
                     {"heart-beat",
                      QByteArray::number(m_heartBeatMs) + ',' + QByteArray::number(m_heartBeatMs)},
                     {"server", "accessy-sandbox/1.0"},
                     {"session", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}},
                    {}});
    if (toClient > 0)
        m_sendHeartBeat.start(toClient);
    if (m_clientIntervalMs > 0)
        m_watchdog.start(m_clientIntervalMs);
}

void StompSession::checkClientAlive()
{
    // Some slack for timers and networks: two missed intervals, as common brokers allow.
    if (QDateTime::currentMSecsSinceEpoch() - m_lastHeard > 2 * qint64(m_clientIntervalMs)) {
        qCInfo(lcSandbox) << "events: dropping a client silent for more than"
                          << 2 * m_clientIntervalMs << "ms";
        drop();
    }
}

int StompSession::publish(const QByteArray &destination, const QByteArray &jsonBody)
{
    if (m_silent || m_closing || !m_connected)
        return 0;
    int sent = 0;
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        if (it.value() != destination)
            continue;
        send(StompFrame{"MESSAGE",
                        {{"subscription", it.key()},
                         {"message-id", QByteArray::number(++m_messageCounter)},
                         {"destination", destination},
                         {"content-type", "application/json"}},
                        jsonBody});
        ++sent;
    }
    return sent;
}

void StompSession::send(const StompFrame &frame)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(frame.encode()));
}

void StompSession::fail(const QByteArray &message, const QByteArray &details)
{
    if (m_closing || !m_socket)
        return;
    StompFrame error{"ERROR", {{"message", message}}, details};
    if (!details.isEmpty())
        error.with("content-type", "text/plain");
    send(error);
    m_closing = true;
    m_sendHeartBeat.stop();
    m_watchdog.stop();
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
}

void StompSession::drop()
{
    m_closing = true;
    m_sendHeartBeat.stop();
    m_watchdog.stop();
    if (m_socket)
        m_socket->abort();
}

void StompSession::goSilent()
{
    m_silent = true;
    m_sendHeartBeat.stop();
    m_watchdog.stop();
}

} // namespace sandbox
