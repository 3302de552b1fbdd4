#include "accessy/accessysession.h"

#include "accessy/logging.h"
#include "accessy/logredaction.h"
#include "accessy/tokeninfo.h"

#include <QCoreApplication>
#include <QMetaMethod>

#include <limits>

namespace accessy {

namespace {
// A pasted token expires when its JWT says so; otherwise its lifetime is unknown until a 401.
SessionToken pastedSessionToken(const QString &text)
{
    SessionToken token;
    token.accessToken = text;
    token.tokenType = QStringLiteral("Bearer");
    token.obtainedAt = QDateTime::currentDateTimeUtc();
    const QDateTime expiry = jwtExpiry(text);
    if (expiry.isValid() && expiry < token.obtainedAt) {
        token.obtainedAt = expiry; // already expired: keep the true expiry for display
        token.expiresInMs = 0;
    } else if (expiry.isValid()) {
        token.expiresInMs = token.obtainedAt.msecsTo(expiry);
    }
    return token;
}
} // namespace

AccessySession::AccessySession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &AccessySession::onRenewalDue);
}

void AccessySession::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_credentials.pastedToken = credentials.pastedToken.trimmed();
    logging::registerSecret(m_credentials.clientSecret);
    logging::registerSecret(m_credentials.pastedToken);
    reset();
}

void AccessySession::reset()
{
    ++m_generation;
    m_renewTimer.stop();
    m_token = {};
    m_membership = {};
    m_organizationName.clear();
    m_fetching = false;
    m_askedForToken = false;
    if (!m_credentials.pastedToken.isEmpty())
        setToken(pastedSessionToken(m_credentials.pastedToken));
    finishWaiters(ApiError::configuration(tr("sign in"), tr("the sign-in was reset")));
}

void AccessySession::setToken(const SessionToken &token)
{
    m_token = token;
    m_askedForToken = false;
    logging::registerSecret(token.accessToken);
    scheduleRenewal();
}

void AccessySession::scheduleRenewal()
{
    m_renewTimer.stop();
    const QDateTime expiry = m_token.expiresAt();
    if (m_token.isEmpty() || !expiry.isValid())
        return;
    // Renew (or ask for a new pasted token) a little before the server's expiry, so no request
    // leaves with a token that dies on the way.
    const qint64 due = QDateTime::currentDateTimeUtc().msecsTo(expiry) - renewMargin();
    m_renewTimer.start(int(qBound(qint64(0), due, qint64(std::numeric_limits<int>::max()))));
}

void AccessySession::onRenewalDue()
{
    if (m_token.isEmpty())
        return;
    if (!m_credentials.usesClientCredentials())
        return askForPastedToken();
    if (m_fetching)
        return;
    qCDebug(lcApi) << "renewing the session token before it expires";
    m_fetching = true;
    fetchToken();
}

void AccessySession::askForPastedToken()
{
    if (m_askedForToken)
        return;
    m_askedForToken = true;
    qCInfo(lcApi) << "the pasted session token has expired; asking for a new one";
    Q_EMIT pastedTokenExpired();
}

void AccessySession::providePastedToken(const QString &token)
{
    m_credentials.pastedToken = token.trimmed();
    logging::registerSecret(m_credentials.pastedToken);
    setToken(pastedSessionToken(m_credentials.pastedToken));
    if (m_waiters.isEmpty() || m_fetching)
        return;
    if (!tokenUsable())
        return askForPastedToken();
    // Check the organization with the new token before the waiting requests go on.
    m_fetching = true;
    fetchMembership();
}

void AccessySession::cancelWaiting()
{
    finishWaiters(ApiError::configuration(tr("sign in"),
                                          tr("cancelled, because no new session token was given")));
}

qint64 AccessySession::renewMargin() const
{
    // 10 s before expiry, as the production client does; for very short-lived tokens (tests,
    // a strict proxy) a fifth of their life, so a token is not renewed the moment it arrives.
    return m_token.expiresInMs > 0 ? qMin(kRenewBeforeMs, m_token.expiresInMs / 5) : kRenewBeforeMs;
}

bool AccessySession::tokenUsable() const
{
    if (m_token.isEmpty())
        return false;
    const QDateTime expiry = m_token.expiresAt();
    return !expiry.isValid() || QDateTime::currentDateTimeUtc().msecsTo(expiry) > renewMargin();
}

void AccessySession::signIn(QObject *context, Callback<Membership> callback)
{
    withSession(context, [this, callback](const Result<QString> &token) {
        if (!token.ok())
            return callback(token.error());
        callback(m_membership);
    });
}

void AccessySession::withSession(QObject *context, std::function<void(Result<QString>)> call)
{
    if (tokenUsable() && !m_membership.organizationId.isEmpty()) {
        const QString token = m_token.accessToken;
        QMetaObject::invokeMethod(
            context, [call, token] { call(token); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(call)});
    if (m_fetching)
        return;
    if (!m_credentials.isComplete()) {
        finishWaiters(ApiError::configuration(
            tr("sign in"), tr("enter a client ID and secret, or paste a session token")));
        return;
    }
    m_fetching = true;
    if (tokenUsable())
        fetchMembership();
    else if (m_credentials.usesClientCredentials())
        fetchToken();
    else {
        m_fetching = false;
        // Someone can ask the admin for a new token: the requests wait for it.
        if (isSignalConnected(QMetaMethod::fromSignal(&AccessySession::pastedTokenExpired)))
            return askForPastedToken();
        finishWaiters(ApiError::configuration(
            tr("sign in"), tr("the pasted session token has expired; paste a new one")));
    }
}

void AccessySession::fetchToken()
{
    const quint64 generation = m_generation;
    m_client->requestToken(m_credentials.clientId, m_credentials.clientSecret, this,
                           [this, generation](const Result<SessionToken> &token) {
                               if (generation != m_generation)
                                   return;
                               if (!token.ok()) {
                                   m_fetching = false;
                                   Q_EMIT signInFailed(token.error());
                                   return finishWaiters(token.error());
                               }
                               setToken(token.value());
                               Q_EMIT tokenChanged(m_token.expiresAt());
                               if (m_membership.organizationId.isEmpty())
                                   return fetchMembership();
                               m_fetching = false;
                               finishWaiters(m_token.accessToken);
                           });
}

void AccessySession::fetchMembership()
{
    const quint64 generation = m_generation;
    const QString used = m_token.accessToken;
    m_client->fetchMembership(
        used, this, [this, generation, used](const Result<Membership> &membership) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!membership.ok()) {
                const ApiError &e = membership.error();
                if (e.kind == ApiError::Kind::Http && e.httpStatus == 401 &&
                    !m_credentials.usesClientCredentials() &&
                    isSignalConnected(
                        QMetaMethod::fromSignal(&AccessySession::pastedTokenExpired))) {
                    // The pasted token is already dead: ask for another, the requests wait.
                    reportUnauthorized(used);
                    return askForPastedToken();
                }
                Q_EMIT signInFailed(membership.error());
                return finishWaiters(membership.error());
            }
            const QString previous = m_membership.organizationId;
            if (!previous.isEmpty() && membership.value().organizationId != previous) {
                // A replacement token of another organization must not
                // receive the requests meant for this one.
                m_token.expiresInMs = 0;
                m_renewTimer.stop();
                const ApiError error = ApiError::configuration(
                    tr("sign in"), tr("the new token belongs to organization %1, not %2; "
                                      "use a token of the same organization")
                                       .arg(membership.value().organizationId, previous));
                Q_EMIT signInFailed(error);
                return finishWaiters(error);
            }
            m_membership = membership.value();
            Q_EMIT signedIn(m_membership);
            finishWaiters(m_token.accessToken);
        });
}

void AccessySession::finishWaiters(const Result<QString> &result)
{
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &[context, call] : waiters) {
        if (context)
            call(result);
    }
}

template<typename T>
void AccessySession::callWithRetry(std::function<void(const QString &, Callback<T>)> call,
                                   QObject *context, Callback<T> callback, bool mayRetry)
{
    QPointer<QObject> guard(context);
    withSession(context, [=, this](const Result<QString> &token) {
        if (!token.ok())
            return callback(token.error());
        const QString used = token.value();
        call(used, [=, this](const Result<T> &result) {
            if (!guard)
                return;
            const bool unauthorized = !result.ok() && result.error().kind == ApiError::Kind::Http &&
                                      result.error().httpStatus == 401;
            if (unauthorized)
                reportUnauthorized(used);
            if (unauthorized && mayRetry && m_credentials.usesClientCredentials()) {
                // The token is gone (revoked or expired early): one new token, one retry.
                return callWithRetry<T>(call, context, callback, false);
            }
            // A 401 means the server did nothing: once the admin pastes a new token (the retry
            // waits for it in withSession), the request goes again and nothing is lost.
            if (unauthorized && mayRetry && !m_credentials.usesClientCredentials() &&
                isSignalConnected(QMetaMethod::fromSignal(&AccessySession::pastedTokenExpired)))
                return callWithRetry<T>(call, context, callback, false);
            callback(result);
        });
    });
}

void AccessySession::reportUnauthorized(const QString &usedToken)
{
    if (usedToken.isEmpty() || m_token.accessToken != usedToken)
        return; // already replaced
    m_renewTimer.stop();
    if (m_credentials.usesClientCredentials()) {
        m_token = {};
    } else {
        m_token.expiresInMs = 0; // a pasted token that is refused is expired
        m_token.obtainedAt = QDateTime::currentDateTimeUtc().addMSecs(-1);
    }
}

AccessySession::Callback<QList<Invitation>>
AccessySession::notingOrganizationName(Callback<QList<Invitation>> callback)
{
    QPointer<AccessySession> self(this);
    return [self, callback = std::move(callback)](const Result<QList<Invitation>> &result) {
        if (self && result.ok())
            self->noteInvitations(result.value());
        callback(result);
    };
}

void AccessySession::noteInvitations(const QList<Invitation> &invitations)
{
    for (const Invitation &invitation : invitations) {
        const Organization &org = invitation.organization;
        if (org.name.isEmpty() || (!org.id.isEmpty() && org.id != m_membership.organizationId))
            continue;
        if (org.name != m_organizationName) {
            m_organizationName = org.name;
            Q_EMIT organizationNameKnown(m_membership.organizationId, org.name);
        }
        return;
    }
}

void AccessySession::createInvitations(const CreateInvitationsRequest &request, QObject *context,
                                       Callback<QList<Invitation>> callback)
{
    callWithRetry<QList<Invitation>>(
        [this, request, context](const QString &token, Callback<QList<Invitation>> done) {
            m_client->createInvitations(token, m_membership.organizationId, request, context,
                                        std::move(done));
        },
        context, notingOrganizationName(std::move(callback)), true);
}

void AccessySession::listInvitations(QObject *context, Callback<QList<Invitation>> callback)
{
    callWithRetry<QList<Invitation>>(
        [this, context](const QString &token, Callback<QList<Invitation>> done) {
            m_client->listInvitations(token, m_membership.organizationId, context, std::move(done));
        },
        context, notingOrganizationName(std::move(callback)), true);
}

void AccessySession::fetchAccessGroupPage(int pageNumber, int pageSize, QObject *context,
                                          Callback<AccessGroupPage> callback)
{
    callWithRetry<AccessGroupPage>(
        [this, pageNumber, pageSize, context](const QString &token,
                                              Callback<AccessGroupPage> done) {
            m_client->fetchAccessGroupPage(token, m_membership.organizationId, pageNumber, pageSize,
                                           context, std::move(done));
        },
        context, std::move(callback), true);
}

} // namespace accessy
