#pragma once

#include "httprouter.h"

#include <QAbstractHttpServer>
#include <QLoggingCategory>

#include <functional>

namespace sandbox {

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

// The HTTP side of the sandbox. Built on QAbstractHttpServer rather than QHttpServer because
// faults need byte-level control of each answer (never answer, close without answering, send
// garbage) and delayed answers: the reply is written straight to the socket, guarded by a
// QPointer, after a timer — never by a QHttpServerResponder kept past its request.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // latencyMs() is asked for each answer so fault changes apply to the next request.
    explicit SandboxServer(std::function<int()> latencyMs, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SandboxServer)

    HttpRouter &router() { return m_router; }
    void setLogging(bool enabled) { m_logging = enabled; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void deliver(QTcpSocket *socket, const HttpReply &reply);

    HttpRouter m_router;
    std::function<int()> m_latencyMs;
    bool m_logging = true;
};

} // namespace sandbox
