#pragma once

#include "accessy/accessgroup.h"
#include "accessy/apiclient.h"

#include <QObject>
#include <QTimer>

namespace accessy {

// How the admin signs in: client credentials (the app gets its own tokens), or a session token
// someone else obtained and the admin pasted (nothing secret beyond the token is held).
struct Credentials
{
    QString clientId;
    QString clientSecret;
    QString pastedToken;

    bool usesClientCredentials() const { return pastedToken.isEmpty(); }
    bool isComplete() const
    {
        return !pastedToken.isEmpty() || (!clientId.isEmpty() && !clientSecret.isEmpty());
    }
};

// A signed-in conversation with the API: keeps the session token and the organization, renews
// the token shortly before it runs out, and after a 401 gets one new token and retries once.
// Concurrent callers that need a token while one is being fetched all wait for the same one.
class AccessySession final : public QObject
{
    Q_OBJECT
public:
    explicit AccessySession(ApiClient *client, QObject *parent = nullptr);

    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }
    ApiClient *client() const { return m_client; }

    bool isSignedIn() const { return !m_token.isEmpty() && !m_membership.organizationId.isEmpty(); }
    const Membership &membership() const { return m_membership; }
    QString organizationId() const { return m_membership.organizationId; }
    QDateTime tokenExpiresAt() const { return m_token.expiresAt(); }
    // The token for other channels (the event stream); empty when none is usable right now.
    QString currentToken() const { return tokenUsable() ? m_token.accessToken : QString(); }
    // Forgets the token and organization (credentials changed). A pasted token stays.
    void reset();
    // Sign out: forgets the credentials too (secret, pasted token) and fails waiting requests.
    void signOut() { setCredentials({}); }

    template<typename T>
    using Callback = ApiClient::Callback<T>;

    // Gets a token (if needed) and the organization.
    void signIn(QObject *context, Callback<Membership> callback);
    void createInvitations(const CreateInvitationsRequest &request, QObject *context,
                           Callback<QList<Invitation>> callback);
    void listInvitations(QObject *context, Callback<QList<Invitation>> callback);
    // Runs `call` with a valid token and organization id; used by the calls above.
    void withSession(QObject *context, std::function<void(Result<QString> token)> call);

    // One page of the organization's access groups (see AccessGroupWalker for all of them).
    void fetchAccessGroupPage(int pageNumber, int pageSize, QObject *context,
                              Callback<AccessGroupPage> callback);

    // Pasted-token mode: a new token from the admin after pastedTokenExpired(). Requests that
    // were waiting for a token go on with it; the organization must stay the same.
    void providePastedToken(const QString &token);
    // The admin gave up: every request waiting for a token fails with "cancelled".
    void cancelWaiting();
    // Requests waiting for a token (for a "waiting for a new token" hint).
    int waitingCount() const { return int(m_waiters.size()); }

    // For callers that talk to the API without the session's calls (their own requests):
    // a 401 with `usedToken` — the session forgets that token, so the next withSession()
    // gets a new one (client credentials) or asks the admin and waits (pasted token).
    void reportUnauthorized(const QString &usedToken);
    // An invitation answer they received: the session learns the organization's name.
    void noteInvitations(const QList<Invitation> &invitations);

    // The organization's name, once an invitation brought it back (empty until then).
    QString organizationName() const { return m_organizationName; }

Q_SIGNALS:
    void signedIn(const accessy::Membership &membership);
    void signInFailed(const accessy::ApiError &error);
    // A pasted token ran out (or was refused with 401). Requests needing a token wait until
    // providePastedToken() or cancelWaiting(). Without a receiver they fail at once instead.
    void pastedTokenExpired();
    // A new token is in use (client credentials: renewed before expiry, or after a 401).
    void tokenChanged(const QDateTime &expiresAt);
    // An invitation answer named the organization.
    void organizationNameKnown(const QString &organizationId, const QString &name);

private:
    // Renew this long before the server's expiry, as the production client does.
    static constexpr qint64 kRenewBeforeMs = 10000;

    qint64 renewMargin() const;
    bool tokenUsable() const;
    void setToken(const SessionToken &token);
    void scheduleRenewal();
    void onRenewalDue();
    void askForPastedToken();
    // Wraps an invitation answer's callback so that the organization's name is noted first.
    Callback<QList<Invitation>> notingOrganizationName(Callback<QList<Invitation>> callback);
    void fetchToken();
    void fetchMembership();
    void finishWaiters(const Result<QString> &result);
    template<typename T>
    void callWithRetry(std::function<void(const QString &, Callback<T>)> call, QObject *context,
                       Callback<T> callback, bool mayRetry);

    ApiClient *m_client;
    Credentials m_credentials;
    SessionToken m_token;
    Membership m_membership;
    bool m_fetching = false;
    QList<std::pair<QPointer<QObject>, std::function<void(Result<QString>)>>> m_waiters;
    quint64 m_generation = 0; // bumps on reset so late answers of old sign-ins are ignored
    QTimer m_renewTimer;
    bool m_askedForToken = false; // pastedTokenExpired() sent for the current token
    QString m_organizationName;
};

} // namespace accessy
