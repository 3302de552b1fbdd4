#include "connectionguard.h"

#include "httpreply.h"
#include "sandboxserver.h"

#include <QTcpSocket>

namespace sandbox {

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, bool logging)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_logging(logging)
{
    m_idleTimer.setSingleShot(true);
    m_requestTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_logging)
            qCInfo(lcSandbox) << "closing a connection idle for" << m_limits.idleTimeoutMs << "ms";
        m_socket->disconnectFromHost();
    });
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        refuse(408, QStringLiteral("The request did not arrive completely within %1 ms")
                        .arg(m_limits.requestTimeoutMs));
    });
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    if (m_limits.idleTimeoutMs > 0)
        m_idleTimer.start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onReadyRead()
{
    if (m_phase == Phase::Refused) {
        m_socket->readAll(); // dropped: the answer is out, the connection closes soon
        return;
    }
    // The bytes QAbstractHttpServer will read right after this slot: it reads everything
    // available, so what is available now is exactly what it has not seen yet.
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    if (data.isEmpty())
        return;
    if (!m_awaitingAnswer && m_limits.idleTimeoutMs > 0)
        m_idleTimer.start(m_limits.idleTimeoutMs);
    scan(data);
}

void ConnectionGuard::onBytesWritten()
{
    // An answer went out completely: from now on the client is the one expected to talk.
    if (m_phase == Phase::Refused || !m_awaitingAnswer || m_socket->bytesToWrite() > 0)
        return;
    m_awaitingAnswer = false;
    if (m_limits.idleTimeoutMs > 0)
        m_idleTimer.start(m_limits.idleTimeoutMs);
}

bool ConnectionGuard::scan(const QByteArray &data)
{
    qsizetype at = 0;
    while (at < data.size()) {
        if (!m_requestStarted) {
            m_requestStarted = true;
            if (m_limits.requestTimeoutMs > 0)
                m_requestTimer.start(m_limits.requestTimeoutMs);
        }
        if (m_phase == Phase::Body) {
            const qint64 take = qMin<qint64>(m_bodyLeft, data.size() - at);
            m_bodyLeft -= take;
            at += take;
            if (m_bodyLeft == 0)
                requestComplete();
            continue;
        }
        const qsizetype newline = data.indexOf('\n', at);
        const qsizetype end = newline < 0 ? data.size() : newline;
        m_line.append(data.constData() + at, end - at);
        at = newline < 0 ? data.size() : newline + 1;
        const bool requestLine = m_phase == Phase::RequestLine;
        const qint64 bound =
            requestLine ? m_limits.maxRequestLineBytes : m_limits.maxHeaderBytes - m_headerBytes;
        if (m_line.size() > bound) {
            if (requestLine)
                refuse(414, QStringLiteral("The request line is longer than %1 bytes")
                                .arg(m_limits.maxRequestLineBytes));
            else
                refuse(431, QStringLiteral("The request headers are larger than %1 bytes")
                                .arg(m_limits.maxHeaderBytes));
            return false;
        }
        if (newline < 0)
            return true; // the rest of the line comes with the next bytes
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        const QByteArray line = std::exchange(m_line, QByteArray());
        if (!takeHeadLine(line))
            return false;
    }
    return true;
}

bool ConnectionGuard::takeHeadLine(const QByteArray &line)
{
    if (m_phase == Phase::RequestLine) {
        if (line.isEmpty()) // empty lines before a request are allowed (RFC 9112 2.2)
            return true;
        const QList<QByteArray> parts = line.split(' ');
        m_path = parts.value(1).split('?').constFirst().left(200);
        m_phase = Phase::Headers;
        m_headerBytes = 0;
        m_contentLength = 0;
        m_chunked = false;
        return true;
    }
    if (line.isEmpty())
        return endOfHead();
    m_headerBytes += line.size() + 2;
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return true; // QAbstractHttpServer's parser refuses it; nothing to bound here
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (name == "content-length") {
        bool ok = false;
        const qint64 length = value.toLongLong(&ok);
        if (!ok || length < 0) {
            refuse(400, QStringLiteral("Content-Length is not a number of bytes"));
            return false;
        }
        m_contentLength = length;
    } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
        m_chunked = true;
    }
    return true;
}

bool ConnectionGuard::endOfHead()
{
    if (m_chunked) {
        refuse(411, QStringLiteral("Send the body with a Content-Length: chunked bodies are not "
                                   "accepted"));
        return false;
    }
    if (m_contentLength > m_limits.maxBodyBytes) {
        refuse(413, QStringLiteral("The request body of %1 bytes is larger than the limit of %2 "
                                   "bytes")
                        .arg(m_contentLength)
                        .arg(m_limits.maxBodyBytes));
        return false;
    }
    m_phase = Phase::Body;
    m_bodyLeft = m_contentLength;
    if (m_bodyLeft == 0)
        requestComplete();
    return true;
}

void ConnectionGuard::requestComplete()
{
    m_phase = Phase::RequestLine;
    m_requestStarted = false;
    m_requestTimer.stop();
    // The sandbox works on an answer now (maybe a slow one, or a hang fault on purpose): the
    // idle clock starts again once that answer is written.
    m_awaitingAnswer = true;
    m_idleTimer.stop();
}

void ConnectionGuard::refuse(int status, const QString &message)
{
    if (m_phase == Phase::Refused)
        return;
    m_phase = Phase::Refused;
    m_idleTimer.stop();
    m_requestTimer.stop();
    if (m_logging)
        qCInfo(lcSandbox).noquote() << "refused a request:" << status << message;
    // QAbstractHttpServer never sees this request nor anything after it on this connection.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_socket->readAll();
    HttpReply reply = HttpReply::error(status, message, QString::fromLatin1(m_path));
    reply.withHeader("Connection", "close");
    m_socket->write(reply.serialize());
    // Read and drop what the client still sends for a moment, so it sees the answer rather
    // than a reset, then close.
    QTimer::singleShot(m_limits.lingerMs, this, [this] {
        m_socket->disconnectFromHost();
        // A client that reads nothing could keep a graceful close waiting: cut it then.
        QTimer::singleShot(m_limits.lingerMs, this, [this] { m_socket->abort(); });
    });
}

} // namespace sandbox
