#pragma once

#include "httprouter.h"
#include "sandboxstate.h"

namespace sandbox {

// The Accessy look-alike endpoints (token, membership, invitations), checked in the order a
// real gateway would: credentials, organization, content negotiation, body, then faults.
class ApiRoutes final
{
public:
    struct Credentials
    {
        QString clientId;
        QString clientSecret;
    };

    ApiRoutes(const Credentials &credentials, const SandboxState &state);
    Q_DISABLE_COPY_MOVE(ApiRoutes)

    void registerOn(HttpRouter &router);

    static QByteArray invitationMediaType() { return "application/vnd.axessions.v2+json"; }
    static bool isE164(const QString &msisdn);

private:
    HttpReply issueToken(const QHttpServerRequest &request);
    HttpReply membership(const QHttpServerRequest &request);
    HttpReply createInvitations(const QHttpServerRequest &request, const QString &orgId);
    HttpReply listInvitations(const QHttpServerRequest &request, const QString &orgId);
    HttpReply listGroups(const QHttpServerRequest &request, const QString &orgId);
    // An error reply when the bearer token or the organization is wrong, nullopt when fine.
    std::optional<HttpReply> refuseAccess(const QHttpServerRequest &request,
                                          const QString &orgId) const;

    Credentials m_credentials;
    SandboxState m_state;
};

} // namespace sandbox
