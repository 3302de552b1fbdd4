#pragma once

#include "httprouter.h"

namespace sandbox {

class AccessGroupStore;
class FaultInjector;
class InvitationStore;
class MemberStore;
class TokenStore;
struct RequestCounters;

// The /_sandbox/... control API used by tests and by admins trying failure paths by hand.
// It needs no token (the sandbox listens on loopback) and answers without the injected latency.
class ControlRoutes final
{
public:
    ControlRoutes(TokenStore &tokens, InvitationStore &invitations, AccessGroupStore &groups,
                  FaultInjector &faults, RequestCounters &counters);
    Q_DISABLE_COPY_MOVE(ControlRoutes)

    void registerOn(HttpRouter &router);
    // The members /_sandbox/state reports and /_sandbox/reset clears.
    void setMembers(MemberStore *members) { m_members = members; }

private:
    HttpReply setFaults(const QHttpServerRequest &request);
    HttpReply state() const;
    QByteArray perMsisdnJson() const; // {"+4670…": n, …}, built in linear time
    HttpReply setStatus(const QHttpServerRequest &request, const QString &id);
    HttpReply setGroups(const QHttpServerRequest &request);

    TokenStore &m_tokens;
    InvitationStore &m_invitations;
    AccessGroupStore &m_groups;
    FaultInjector &m_faults;
    RequestCounters &m_counters;
    MemberStore *m_members = nullptr;
};

} // namespace sandbox
