#pragma once

#include <QByteArray>
#include <QHash>

namespace sandbox {

// Issues opaque bearer tokens and tells whether one is still valid. Tokens never leave this
// class except to the client that asked for them: nothing logs them.
class TokenStore final
{
public:
    TokenStore() = default;
    Q_DISABLE_COPY_MOVE(TokenStore)

    QByteArray issue(qint64 lifetimeMs);
    bool isValid(const QByteArray &token) const;
    // Every token issued so far stops working (the server "forgot" its sessions).
    void expireAll() { m_expiresAt.clear(); }
    int issuedCount() const { return m_issued; }

    // The token of an "Authorization: Bearer <token>" header value; empty when it is not one.
    static QByteArray bearerToken(const QByteArray &authorizationHeader);

private:
    QHash<QByteArray, qint64> m_expiresAt; // token → ms since epoch
    int m_issued = 0;
};

} // namespace sandbox
