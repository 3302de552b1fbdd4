#include "accessy/accessysession.h"

#include <QCoreApplication>

namespace accessy {

AccessySession::AccessySession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void AccessySession::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    reset();
    if (!credentials.pastedToken.isEmpty()) {
        m_token.accessToken = credentials.pastedToken;
        m_token.obtainedAt = QDateTime::currentDateTimeUtc();
    }
}

void AccessySession::reset()
{
    ++m_generation;
    m_token = {};
    m_membership = {};
    m_fetching = false;
    if (!m_credentials.pastedToken.isEmpty()) {
        m_token.accessToken = m_credentials.pastedToken;
        m_token.obtainedAt = QDateTime::currentDateTimeUtc();
    }
    finishWaiters(ApiError::configuration(tr("sign in"), tr("the sign-in was reset")));
}

bool AccessySession::tokenUsable() const
{
    if (m_token.isEmpty())
        return false;
    const QDateTime expiry = m_token.expiresAt();
    return !expiry.isValid() || QDateTime::currentDateTimeUtc().msecsTo(expiry) > kRenewBeforeMs;
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
                               m_token = token.value();
                               if (m_membership.organizationId.isEmpty())
                                   return fetchMembership();
                               m_fetching = false;
                               finishWaiters(m_token.accessToken);
                           });
}

void AccessySession::fetchMembership()
{
    const quint64 generation = m_generation;
    m_client->fetchMembership(m_token.accessToken, this,
                              [this, generation](const Result<Membership> &membership) {
                                  if (generation != m_generation)
                                      return;
                                  m_fetching = false;
                                  if (!membership.ok()) {
                                      Q_EMIT signInFailed(membership.error());
                                      return finishWaiters(membership.error());
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
            if (unauthorized && mayRetry && m_credentials.usesClientCredentials()) {
                // The token is gone (revoked or expired early): one new token, one retry.
                if (m_token.accessToken == used)
                    m_token = {};
                return callWithRetry<T>(call, context, callback, false);
            }
            if (unauthorized && m_token.accessToken == used &&
                !m_credentials.usesClientCredentials())
                m_token.expiresInMs = 0; // a pasted token that is refused is expired
            callback(result);
        });
    });
}

void AccessySession::createInvitations(const CreateInvitationsRequest &request, QObject *context,
                                       Callback<QList<Invitation>> callback)
{
    callWithRetry<QList<Invitation>>(
        [this, request, context](const QString &token, Callback<QList<Invitation>> done) {
            m_client->createInvitations(token, m_membership.organizationId, request, context,
                                        std::move(done));
        },
        context, std::move(callback), true);
}

void AccessySession::listInvitations(QObject *context, Callback<QList<Invitation>> callback)
{
    callWithRetry<QList<Invitation>>(
        [this, context](const QString &token, Callback<QList<Invitation>> done) {
            m_client->listInvitations(token, m_membership.organizationId, context, std::move(done));
        },
        context, std::move(callback), true);
}

} // namespace accessy
