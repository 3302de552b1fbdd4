#include "accessy/apiclient.h"

#include "accessy/jsonmapping.h"
#include "accessy/logging.h"
#include "accessy/nonreplayablebody.h"
#include "accessy/tlspolicy.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QUrlQuery>

namespace accessy {

namespace {

// Per-reply bookkeeping that Qt's reply does not keep for us.
struct ReplyState
{
    bool sent = false;
    bool tooLarge = false;
    QString sslProblem; // which certificate was refused and why
};

int retryAfterSeconds(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    // An HTTP date is allowed too.
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return -1;
}

// Where a 3xx pointed, fit for a message: resolved against the request, without userinfo,
// query or fragment (where tokens travel), the token itself blanked out should the server echo
// it in the path, control characters removed and the length bounded.
QString redirectTarget(const QNetworkReply *reply, const QUrl &requestUrl, const QString &token)
{
    const QByteArray location = reply->rawHeader("Location").trimmed();
    if (location.isEmpty())
        return {};
    const QUrl target = requestUrl.resolved(QUrl::fromEncoded(location));
    QString text = target.isValid()
                       ? target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                                QUrl::RemoveFragment)
                       : QString::fromLatin1(location.split('?').constFirst());
    if (!token.isEmpty())
        text.replace(token, QStringLiteral("…"));
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    constexpr int maxChars = 200;
    if (text.size() > maxChars)
        text = text.left(maxChars) + QChar(0x2026);
    return text;
}
} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    // Redirects could carry the bearer token to another host; the API does not use them.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl ApiClient::urlFor(const QString &path) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // A path may carry a query ("…?page_number=0"); setPath() alone would encode the '?'.
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(base + path.left(question));
    url.setQuery(question < 0 ? QString() : path.mid(question + 1));
    return url;
}

QString ApiClient::transportProblem(const QUrl &url) const
{
    return tls::transportProblem(url, tls::Channel::Api);
}

void ApiClient::configureTls(QNetworkRequest &request) const
{
    if (m_settings.extraCaCertificates.isEmpty())
        return;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                                    m_settings.extraCaCertificates);
    request.setSslConfiguration(configuration);
}

void ApiClient::send(Method method, const QString &path, const QString &token,
                     const QByteArray &accept, const QByteArray &body, const QString &operation,
                     QObject *context, std::function<void(Reply)> handler)
{
    const QUrl url = urlFor(path);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        Reply reply;
        reply.error = ApiError::configuration(
            operation,
            tr("the API URL \"%1\" is not a web address").arg(m_settings.baseUrl.toString()));
        QMetaObject::invokeMethod(
            context, [handler, reply] { handler(reply); }, Qt::QueuedConnection);
        return;
    }
    if (const QString problem = transportProblem(url); !problem.isEmpty()) {
        // Never send a secret or token in clear text to another machine.
        Reply reply;
        reply.error = ApiError::configuration(operation, problem);
        QMetaObject::invokeMethod(
            context, [handler, reply] { handler(reply); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    configureTls(request);
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    request.setRawHeader("Accept", accept);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nullptr;
    if (method == Method::Post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        // Stream a body Qt cannot rewind, so it can never resend the POST on its own.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new NonReplayableBody(body);
        reply = m_network.post(request, upload);
        upload->setParent(reply);
    } else if (method == Method::Put) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        reply = m_network.put(request, body);
    } else {
        reply = m_network.get(request);
    }
    qCDebug(lcApi) << (method == Method::Post  ? "POST"
                       : method == Method::Put ? "PUT"
                                               : "GET")
                   << url.path();

    auto state = std::make_shared<ReplyState>();
    const qint64 limit = m_settings.maxReplyBytes;
    connect(reply, &QNetworkReply::requestSent, reply, [state] { state->sent = true; });
    // Not ignored: the handshake fails and the admin is told which certificate and why.
    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
        state->sslProblem = tls::describeSslErrors(errors);
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, state, limit](qint64 received, qint64 total) {
                if (received > limit || total > limit) {
                    state->tooLarge = true;
                    reply->abort();
                }
            });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, context, [=] {
        reply->deleteLater();
        if (!guard)
            return;
        Reply result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = state->tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll();
        ApiError &e = result.error;
        e.operation = operation;
        e.httpStatus = result.httpStatus;
        e.networkError = reply->error();
        e.requestWasSent = state->sent || result.httpStatus > 0;
        if (state->tooLarge) {
            e.kind = ApiError::Kind::TooLarge;
            e.detail = tr("limit %1 MiB").arg(limit / (1024 * 1024));
        } else if (reply->error() == QNetworkReply::OperationCanceledError ||
                   reply->error() == QNetworkReply::TimeoutError) {
            // setTransferTimeout() aborts with OperationCanceledError; we never abort otherwise.
            e.kind = ApiError::Kind::Timeout;
            e.detail = reply->errorString();
        } else if (result.httpStatus >= 300 && result.httpStatus < 400) {
            // Never followed (ManualRedirectPolicy): say where the server wanted us to go.
            e.kind = ApiError::Kind::Http;
            e.redirectLocation = redirectTarget(reply, url, token);
        } else if (result.httpStatus >= 400) {
            e.kind = ApiError::Kind::Http;
            e.serverText = summarizeBody(result.body);
            e.retryAfterSeconds = retryAfterSeconds(reply);
        } else if (reply->error() != QNetworkReply::NoError || result.httpStatus == 0) {
            e.kind = ApiError::Kind::Network;
            e.detail = state->sslProblem.isEmpty() ? reply->errorString() : state->sslProblem;
            if (!state->sslProblem.isEmpty())
                e.networkError = QNetworkReply::SslHandshakeFailedError;
        }
        if (e.isError())
            qCInfo(lcApi) << url.path() << "failed:" << int(e.kind) << e.httpStatus << e.detail;
        handler(result);
    });
}

void ApiClient::requestToken(const QString &clientId, const QString &clientSecret, QObject *context,
                             Callback<SessionToken> callback)
{
    const QByteArray body = json::tokenRequestBody(clientId, clientSecret, m_settings.audience);
    send(Method::Post, QStringLiteral("/auth/oauth/token"), {}, "application/json", body,
         tr("sign in"), context, [callback](const Reply &reply) {
             if (reply.error.isError())
                 return callback(reply.error);
             callback(json::parseToken(reply.body, QDateTime::currentDateTimeUtc()));
         });
}

void ApiClient::fetchMembership(const QString &token, QObject *context,
                                Callback<Membership> callback)
{
    send(Method::Get, QStringLiteral("/asset/user/organization-membership"), token, kAcceptV1, {},
         tr("read the organization"), context, [callback](const Reply &reply) {
             if (reply.error.isError())
                 return callback(reply.error);
             callback(json::parseMembership(reply.body));
         });
}

void ApiClient::createInvitations(const QString &token, const QString &organizationId,
                                  const CreateInvitationsRequest &request, QObject *context,
                                  Callback<QList<Invitation>> callback)
{
    const QString path = QStringLiteral("/org/admin/organization/%1/invitation")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(organizationId)));
    const QString operation = tr("send invitations");
    send(Method::Post, path, token, kAcceptV2, json::createInvitationsBody(request), operation,
         context, [callback, operation](const Reply &reply) {
             if (reply.error.isError())
                 return callback(reply.error);
             callback(json::parseInvitations(reply.body, operation));
         });
}

void ApiClient::listInvitations(const QString &token, const QString &organizationId,
                                QObject *context, Callback<QList<Invitation>> callback)
{
    const QString path = QStringLiteral("/org/admin/organization/%1/invitation")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(organizationId)));
    const QString operation = tr("read the invitation list");
    send(Method::Get, path, token, kAcceptV1, {}, operation, context,
         [callback, operation, context](const Reply &reply) {
             if (reply.error.isError())
                 return callback(reply.error);
             // 10,000 invitations (4 MB of JSON) take 100 ms and more to parse: done on a
             // worker thread, so the window never stalls. The answer comes back through a
             // watcher on this thread, and only while the context lives (Qt 6.4's
             // QFuture::then(context) asserts when the context is gone first).
             using Answer = Result<QList<Invitation>>;
             auto promise = std::make_shared<QPromise<Answer>>();
             auto *watcher = new QFutureWatcher<Answer>();
             connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback] { callback(watcher->result()); });
             connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
             watcher->setFuture(promise->future());
             promise->start();
             QThreadPool::globalInstance()->start([promise, body = reply.body, operation] {
                 promise->addResult(json::parseInvitations(body, operation));
                 promise->finish();
             });
         });
}

} // namespace accessy

namespace accessy {

void ApiClient::fetchAccessGroupPage(const QString &token, const QString &organizationId,
                                     int pageNumber, int pageSize, QObject *context,
                                     Callback<AccessGroupPage> callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_number"), QString::number(pageNumber));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    const QString path = QStringLiteral("/asset/admin/organization/%1/access-permission-group?%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(organizationId)),
                                  query.toString(QUrl::FullyEncoded));
    const QString operation = tr("read the access groups");
    send(Method::Get, path, token, kAcceptV1, {}, operation, context,
         [callback, operation](const Reply &reply) {
             if (reply.error.isError())
                 return callback(reply.error);
             callback(json::parseAccessGroupPage(reply.body, operation));
         });
}

} // namespace accessy
