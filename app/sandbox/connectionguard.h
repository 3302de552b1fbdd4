#pragma once

#include "connectionlimits.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace sandbox {

// Watches one accepted connection of the HTTP server before QAbstractHttpServer reads from it:
// it frames the requests itself (request line, headers, Content-Length) on a copy of the bytes
// QHttpServer is about to read, and refuses with the API's error shape — 413, 414, 431, 411,
// 400, 408 — as soon as a limit is crossed, so Qt never buffers more than the limits. Qt 6.4's
// QAbstractHttpServer has no limits and keeps a whole request (twice: socket transaction and
// parsed body) in memory. Also closes idle connections and requests that arrive too slowly.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    // Must be made before the HTTP server connects to `socket` (see GuardedTcpServer): Qt calls
    // readyRead slots in connection order, so this one sees each byte first. Owned by `socket`.
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, bool logging);
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

private:
    enum class Phase
    {
        RequestLine,
        Headers,
        Body,
        Refused
    };

    void onReadyRead();
    void onBytesWritten();
    // Follows the request framing over `data`; false once the connection is refused.
    bool scan(const QByteArray &data);
    bool takeHeadLine(const QByteArray &line);
    bool endOfHead();
    void requestComplete();
    void refuse(int status, const QString &message);

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    bool m_logging;
    Phase m_phase = Phase::RequestLine;
    QByteArray m_line; // the head line being read (bounded by the limits)
    QByteArray m_path; // of the current request, for the error body
    qint64 m_headerBytes = 0;
    qint64 m_contentLength = 0;
    bool m_chunked = false;
    qint64 m_bodyLeft = 0;
    bool m_requestStarted = false;
    bool m_awaitingAnswer = false;
    QTimer m_idleTimer;
    QTimer m_requestTimer;
};

} // namespace sandbox
