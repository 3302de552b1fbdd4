#include "accessy/memberapi.h"

#include "accessy/accessysession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

namespace accessy {

namespace {
QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
} // namespace

MemberApi::MemberApi(AccessySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void MemberApi::call(ApiClient::Method method, PathFor path, const QByteArray &body,
                     const QString &operation, QObject *context,
                     std::function<void(const ApiClient::Reply &)> handler, bool mayRetry)
{
    QPointer<MemberApi> self(this);
    m_session->withSession(context, [=, this](const Result<QString> &token) {
        if (!self)
            return;
        if (!token.ok()) {
            ApiClient::Reply reply;
            reply.error = token.error();
            return handler(reply);
        }
        const QString used = token.value();
        m_session->client()->send(method, path(m_session->organizationId()), used, kAcceptV1, body,
                                  operation, context, [=, this](const ApiClient::Reply &reply) {
                                      if (!self)
                                          return;
                                      if (reply.httpStatus == 401) {
                                          // The token ran out or was revoked: the session forgets
                                          // it; one new token and one retry (a pasted token waits
                                          // for the admin, or fails clearly).
                                          m_session->reportUnauthorized(used);
                                          if (mayRetry)
                                              return call(method, path, body, operation, context,
                                                          handler, false);
                                      }
                                      handler(reply);
                                  });
    });
}

void MemberApi::fetchMemberPage(int pageNumber, int pageSize, QObject *context,
                                Callback<MemberPage> callback)
{
    const QString operation = tr("read the member list");
    call(
        ApiClient::Method::Get,
        [pageNumber, pageSize](const QString &org) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("page_number"), QString::number(pageNumber));
            query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
            return QStringLiteral("/org/organization/%1/user?%2")
                .arg(encoded(org), query.toString(QUrl::FullyEncoded));
        },
        {}, operation, context,
        [callback, operation](const ApiClient::Reply &reply) {
            if (reply.error.isError())
                return callback(reply.error);
            callback(json::parseMemberPage(reply.body, operation));
        });
}

void MemberApi::findByMsisdn(const QString &msisdn, QObject *context,
                             Callback<std::optional<MembershipRef>> callback)
{
    const QString operation = tr("look up a member");
    call(
        ApiClient::Method::Get,
        [msisdn](const QString &org) {
            // The + must be %2B: a bare + in a query means a space.
            return QStringLiteral("/asset/application/organization/%1/membership/"
                                  "find-by-msisdn?msisdn=%2")
                .arg(encoded(org), encoded(msisdn));
        },
        {}, operation, context,
        [callback, operation](const ApiClient::Reply &reply) {
            if (reply.httpStatus == 404)
                return callback(std::optional<MembershipRef>());
            if (reply.error.isError())
                return callback(reply.error);
            const Result<MembershipRef> ref = json::parseMembershipRef(reply.body, operation);
            if (!ref.ok())
                return callback(ref.error());
            callback(std::optional<MembershipRef>(ref.value()));
        });
}

void MemberApi::membershipOfUser(const QString &userId, QObject *context,
                                 Callback<MembershipRef> callback)
{
    const QString operation = tr("read a membership");
    call(
        ApiClient::Method::Get,
        [userId](const QString &org) {
            return QStringLiteral("/asset/admin/user/%1/organization/%2/membership")
                .arg(encoded(userId), encoded(org));
        },
        {}, operation, context,
        [callback, operation](const ApiClient::Reply &reply) {
            if (reply.error.isError())
                return callback(reply.error);
            callback(json::parseMembershipRef(reply.body, operation));
        });
}

void MemberApi::addToGroup(const QString &groupId, const QString &membershipId, QObject *context,
                           Callback<bool> callback)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("membership"), membershipId}})
                                .toJson(QJsonDocument::Compact);
    call(
        ApiClient::Method::Put,
        [groupId](const QString &) {
            return QStringLiteral("/asset/admin/access-permission-group/%1/membership")
                .arg(encoded(groupId));
        },
        body, tr("add a member to an access group"), context,
        [callback](const ApiClient::Reply &reply) {
            if (reply.error.isError())
                return callback(reply.error);
            callback(true);
        });
}

} // namespace accessy
