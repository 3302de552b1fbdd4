#pragma once

#include "httprouter.h"

class FaultInjector;
class InvitationStore;
class TokenStore;
struct RequestCounters;

// The /_sandbox/... control API used by tests and by admins trying failure paths by hand.
// It needs no token (the sandbox listens on loopback) and answers without the injected latency.
class ControlRoutes final
{
public:
    ControlRoutes(TokenStore &tokens, InvitationStore &invitations, FaultInjector &faults,
                  RequestCounters &counters);
    Q_DISABLE_COPY_MOVE(ControlRoutes)

    void registerOn(HttpRouter &router);

private:
    HttpReply setFaults(const QHttpServerRequest &request);
    HttpReply state() const;
    HttpReply setStatus(const QHttpServerRequest &request, const QString &id);

    TokenStore &m_tokens;
    InvitationStore &m_invitations;
    FaultInjector &m_faults;
    RequestCounters &m_counters;
};
