#include "eventbroker.h"

#include "sandboxserver.h"
#include "stompsession.h"
#include "tokenstore.h"

#include <QWebSocket>

namespace sandbox {

namespace {
const QString path = QStringLiteral("/ws/app");
}

EventBroker::EventBroker(const TokenStore &tokens, const QString &organizationId, int heartBeatMs,
                         QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_destination("/topic/organization/" + organizationId.toUtf8())
    , m_heartBeatMs(heartBeatMs)
{
}

EventBroker::~EventBroker()
{
    // Sessions are children; stop them from calling back into a half-destroyed broker.
    for (StompSession *session : std::as_const(m_sessions))
        session->disconnect(this);
}

bool EventBroker::listen(const QHostAddress &host, quint16 port,
                         const std::optional<QSslConfiguration> &tls)
{
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("accessy-sandbox"),
                                                  tls ? QWebSocketServer::SecureMode
                                                      : QWebSocketServer::NonSecureMode);
    if (tls)
        m_server->setSslConfiguration(*tls);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &EventBroker::accept);
    return m_server->listen(host, port);
}

QUrl EventBroker::url() const
{
    QUrl url;
    if (!m_server)
        return url;
    url.setScheme(m_server->secureMode() == QWebSocketServer::SecureMode ? QStringLiteral("wss")
                                                                         : QStringLiteral("ws"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    url.setPath(path);
    return url;
}

void EventBroker::accept()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        // A client sends CONNECT, SUBSCRIBE and DISCONNECT, each well under 1 KiB; Qt's default
        // would buffer messages of up to 2 GiB. Larger ones close the socket (code 1009).
        socket->setMaxAllowedIncomingFrameSize(64 * 1024);
        socket->setMaxAllowedIncomingMessageSize(64 * 1024);
        auto *session = new StompSession(socket, m_destination, m_heartBeatMs, this);
        connect(session, &StompSession::finished, this, [this](StompSession *ended) {
            m_sessions.removeOne(ended);
            ended->deleteLater();
        });
        m_sessions.append(session);
        // QWebSocketServer 6.4 cannot refuse a handshake, so refuse in STOMP: ERROR, then close.
        const QByteArray token =
            TokenStore::bearerToken(socket->request().rawHeader("Authorization"));
        if (socket->requestUrl().path() != path) {
            ++m_refused;
            session->fail("not found", "the STOMP endpoint is " + path.toUtf8());
        } else if (!m_tokens.isValid(token)) {
            ++m_refused;
            session->fail("unauthorized",
                          "the WebSocket handshake needs Authorization: Bearer <valid token>");
        }
    }
}

int EventBroker::publish(const QByteArray &jsonBody)
{
    int sent = 0;
    for (StompSession *session : std::as_const(m_sessions))
        sent += session->publish(m_destination, jsonBody);
    m_messagesSent += sent;
    return sent;
}

void EventBroker::dropAll()
{
    const QList<StompSession *> sessions = m_sessions;
    for (StompSession *session : sessions)
        session->drop();
}

void EventBroker::silenceAll()
{
    for (StompSession *session : std::as_const(m_sessions))
        session->goSilent();
}

void EventBroker::failAll(const QByteArray &message)
{
    const QList<StompSession *> sessions = m_sessions;
    for (StompSession *session : sessions)
        session->fail(message);
}

int EventBroker::subscriptionCount() const
{
    int count = 0;
    for (const StompSession *session : m_sessions)
        count += session->subscriptionCount();
    return count;
}

} // namespace sandbox
