#pragma once

#include "connectionguard.h"
#include "connectionlimits.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace sandbox {

// A TCP (or TLS) server for QAbstractHttpServer::bind() that puts a ConnectionGuard on every
// connection it hands out. QAbstractHttpServer takes connections through the virtual
// nextPendingConnection() and connects its own readyRead slot afterwards, so the guard's slot
// runs first: the earliest point where the HTTP layer can be bounded in Qt 6.4.
template<typename Server>
class GuardedServer final : public Server
{
public:
    GuardedServer(const ConnectionLimits &limits, bool logging, QObject *parent = nullptr)
        : Server(parent)
        , m_limits(limits)
        , m_logging(logging)
    {
    }

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket)
            new ConnectionGuard(socket, m_limits, m_logging);
        return socket;
    }

private:
    ConnectionLimits m_limits;
    bool m_logging;
};

using GuardedTcpServer = GuardedServer<QTcpServer>;
using GuardedSslServer = GuardedServer<QSslServer>;

} // namespace sandbox
