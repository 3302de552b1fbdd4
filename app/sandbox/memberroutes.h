#pragma once

#include "httprouter.h"
#include "sandboxstate.h"

namespace sandbox {

// The member endpoints of the Accessy look-alike (the member list, one number's membership, a
// user's membership, access group memberships) and their control API (/_sandbox/members…,
// backdating an invitation).
class MemberRoutes final
{
public:
    explicit MemberRoutes(const SandboxState &state);
    Q_DISABLE_COPY_MOVE(MemberRoutes)

    void registerOn(HttpRouter &router);

private:
    HttpReply listMembers(const QHttpServerRequest &request, const QString &orgId);
    HttpReply findByMsisdn(const QHttpServerRequest &request, const QString &orgId) const;
    HttpReply userMembership(const QHttpServerRequest &request, const QString &userId,
                             const QString &orgId) const;
    HttpReply addToGroup(const QHttpServerRequest &request, const QString &groupId);
    HttpReply groupMembers(const QHttpServerRequest &request, const QString &groupId) const;

    HttpReply addMembers(const QHttpServerRequest &request);
    HttpReply listAll() const;
    HttpReply removeMember(const QHttpServerRequest &request, const QString &userId);
    HttpReply setWalkFaults(const QHttpServerRequest &request);
    HttpReply backdate(const QHttpServerRequest &request, const QString &invitationId);

    // An error reply when the bearer token or the organization is wrong, nullopt when fine.
    std::optional<HttpReply> refuseAccess(const QHttpServerRequest &request,
                                          const QString &orgId) const;

    SandboxState m_state;
};

} // namespace sandbox
