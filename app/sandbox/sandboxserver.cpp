#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "accessy.sandbox")

namespace {

QByteArray describe(const HttpReply &reply)
{
    switch (reply.disposition) {
    case HttpReply::Disposition::Hang:
        return "hang (no answer)";
    case HttpReply::Disposition::Drop:
        return "drop (connection closed)";
    case HttpReply::Disposition::Cut:
        return "cut (answer cut halfway)";
    case HttpReply::Disposition::Answer:
        break;
    }
    return "answer " + QByteArray::number(reply.status);
}

} // namespace

SandboxServer::SandboxServer(std::function<int()> latencyMs, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_latencyMs(std::move(latencyMs))
{
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpReply reply = m_router.dispatch(request);
    QPointer<QTcpSocket> guarded(socket);
    if (reply.later) {
        if (m_logging)
            qCInfo(lcSandbox).noquote()
                << HttpRouter::methodName(request.method()) << request.url().path() << "held"
                << reply.laterMs << "ms (late commit)";
        // The server, not the socket, owns the timer: the work is done even when the client
        // has given up; writing to a socket it left would crash Qt 6.4, hence the guard.
        QTimer::singleShot(reply.laterMs, this, [this, guarded, work = reply.later] {
            const HttpReply answer = work();
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                deliver(guarded, answer);
        });
        return true;
    }
    const int delay = reply.delayed ? m_latencyMs() : 0;
    if (m_logging) {
        // Path only: no headers, no body, so no token or secret reaches the log.
        const QByteArray what = describe(reply);
        qCInfo(lcSandbox).noquote() << HttpRouter::methodName(request.method())
                                    << request.url().path() << what << "after" << delay << "ms";
    }
    // Answer from the event loop even without latency: the server is still inside its
    // readyRead handling here, so closing the socket now would pull it from under it.
    QTimer::singleShot(delay, socket, [this, guarded, reply] {
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
            deliver(guarded, reply);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest answers every request, misses included.
    deliver(socket, HttpReply::error(404, QStringLiteral("No endpoint"), request.url().path()));
}

void SandboxServer::deliver(QTcpSocket *socket, const HttpReply &reply)
{
    switch (reply.disposition) {
    case HttpReply::Disposition::Answer:
        socket->write(reply.serialize());
        break;
    case HttpReply::Disposition::Hang:
        break; // the client gives up by itself; the socket closes when it does
    case HttpReply::Disposition::Drop:
        socket->abort();
        break;
    case HttpReply::Disposition::Cut: {
        const QByteArray whole = reply.serialize();
        socket->write(whole.left(whole.size() - reply.body.size() / 2 - 1));
        socket->disconnectFromHost(); // after the bytes above are written
        break;
    }
    }
}

} // namespace sandbox
