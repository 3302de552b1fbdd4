#pragma once

#include "httprouter.h"
#include "sandboxstate.h"

namespace sandbox {

// The /_sandbox/... control API used by tests and by admins trying failure paths by hand.
// It needs no token (the sandbox listens on loopback) and answers without the injected latency.
class ControlRoutes final
{
public:
    explicit ControlRoutes(const SandboxState &state);
    Q_DISABLE_COPY_MOVE(ControlRoutes)

    void registerOn(HttpRouter &router);

private:
    HttpReply setFaults(const QHttpServerRequest &request);
    HttpReply state() const;
    QByteArray perMsisdnJson() const; // {"+4670…": n, …}, built in linear time
    HttpReply setStatus(const QHttpServerRequest &request, const QString &id);
    HttpReply setGroups(const QHttpServerRequest &request);

    SandboxState m_state;
};

} // namespace sandbox
