#pragma once

#include "httprouter.h"

namespace sandbox {

class AccessGroupStore;
class InvitationStore;
class MemberStore;
class TokenStore;

// The member endpoints of the Accessy look-alike (the member list, one number's membership, a
// user's membership, access group memberships) and their control API (/_sandbox/members…,
// backdating an invitation).
class MemberRoutes final
{
public:
    MemberRoutes(TokenStore &tokens, InvitationStore &invitations, MemberStore &members,
                 AccessGroupStore &groups);
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

    TokenStore &m_tokens;
    InvitationStore &m_invitations;
    MemberStore &m_members;
    AccessGroupStore &m_groups;
};

} // namespace sandbox
