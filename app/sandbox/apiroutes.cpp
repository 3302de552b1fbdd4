#include "apiroutes.h"

#include "accessgroupstore.h"
#include "faultinjector.h"
#include "invitationstore.h"
#include "paging.h"
#include "requestbody.h"
#include "requestcounters.h"
#include "tokenstore.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace sandbox {

namespace {

QString pathOf(const QHttpServerRequest &request)
{
    return request.url().path();
}

// Spring answers 415 to a JSON endpoint called without a JSON Content-Type; so do we, so a
// client that forgets the header fails here rather than against the real API.
bool hasJsonContentType(const QHttpServerRequest &request)
{
    return request.value("Content-Type").toLower().contains("application/json");
}

HttpReply unsupportedMediaType(const QHttpServerRequest &request)
{
    return HttpReply::error(415,
                            QStringLiteral("Content-Type '%1' is not supported: send "
                                           "application/json")
                                .arg(QString::fromLatin1(request.value("Content-Type"))),
                            request.url().path());
}

// A JSON array of strings at key; nullopt when it is something else.
std::optional<QStringList> stringArray(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList strings;
    for (const QJsonValue &element : value.toArray()) {
        if (!element.isString())
            return std::nullopt;
        strings.append(element.toString());
    }
    return strings;
}

} // namespace

ApiRoutes::ApiRoutes(const Credentials &credentials, const SandboxState &state)
    : m_credentials(credentials)
    , m_state(state)
{
}

void ApiRoutes::registerOn(HttpRouter &router)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Post, QStringLiteral("/auth/oauth/token"),
               [this](const QHttpServerRequest &request) { return issueToken(request); });
    router.add(Method::Get, QStringLiteral("/asset/user/organization-membership"),
               [this](const QHttpServerRequest &request) { return membership(request); });
    const QString invitations = QStringLiteral("/org/admin/organization/([^/]+)/invitation");
    router.add(Method::Post, invitations,
               [this](const QHttpServerRequest &request, const QStringList &captures) {
                   return createInvitations(request, captures.value(0));
               });
    router.add(Method::Get, invitations,
               [this](const QHttpServerRequest &request, const QStringList &captures) {
                   return listInvitations(request, captures.value(0));
               });
    router.add(Method::Get,
               QStringLiteral("/asset/admin/organization/([^/]+)/access-permission-group"),
               [this](const QHttpServerRequest &request, const QStringList &captures) {
                   return listGroups(request, captures.value(0));
               });
}

bool ApiRoutes::isE164(const QString &msisdn)
{
    static const QRegularExpression e164(QStringLiteral("\\A\\+[1-9][0-9]{6,14}\\z"));
    return e164.match(msisdn).hasMatch();
}

HttpReply ApiRoutes::issueToken(const QHttpServerRequest &request)
{
    ++m_state.counters.tokenRequests;
    if (!hasJsonContentType(request))
        return unsupportedMediaType(request);
    const auto body = jsonObjectBody(request);
    if (!body)
        return HttpReply::error(400, QStringLiteral("The request body must be a JSON object"),
                                pathOf(request));
    if (body->value(QStringLiteral("grant_type")).toString() != QLatin1String("client_credentials"))
        return HttpReply::error(400,
                                QStringLiteral("Unsupported grant_type: only "
                                               "client_credentials is supported"),
                                pathOf(request));
    if (body->value(QStringLiteral("client_id")).toString() != m_credentials.clientId ||
        body->value(QStringLiteral("client_secret")).toString() != m_credentials.clientSecret)
        return HttpReply::error(401, QStringLiteral("Bad client credentials"), pathOf(request));

    const qint64 lifetime = m_state.faults.settings().tokenLifetimeMs;
    const QByteArray token = m_state.tokens.issue(lifetime);
    ++m_state.counters.tokensIssued;
    // expires_in is a string of milliseconds, exactly as Accessy answers it.
    return HttpReply::json(200,
                           QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                       {QStringLiteral("expires_in"), QString::number(lifetime)}});
}

std::optional<HttpReply> ApiRoutes::refuseAccess(const QHttpServerRequest &request,
                                                 const QString &orgId) const
{
    const QByteArray header = request.value("Authorization");
    if (header.isEmpty())
        return HttpReply::error(401, QStringLiteral("Full authentication is required"),
                                pathOf(request));
    if (!m_state.tokens.isValid(TokenStore::bearerToken(header)))
        return HttpReply::error(401, QStringLiteral("Invalid or expired access token"),
                                pathOf(request));
    if (!orgId.isNull() && orgId != m_state.invitations.organization().id)
        return HttpReply::error(404, QStringLiteral("Organization not found: %1").arg(orgId),
                                pathOf(request));
    return std::nullopt;
}

HttpReply ApiRoutes::membership(const QHttpServerRequest &request)
{
    if (auto refusal = refuseAccess(request, QString()))
        return *refusal;
    return HttpReply::json(200, QJsonArray{m_state.invitations.organization().membershipJson()});
}

HttpReply ApiRoutes::listInvitations(const QHttpServerRequest &request, const QString &orgId)
{
    ++m_state.counters.listRequests;
    if (auto refusal = refuseAccess(request, orgId))
        return *refusal;
    return HttpReply::json(200, m_state.invitations.toJson(m_state.invitations.invitations()));
}

HttpReply ApiRoutes::createInvitations(const QHttpServerRequest &request, const QString &orgId)
{
    ++m_state.counters.invitationRequests;
    const QString path = pathOf(request);
    if (auto refusal = refuseAccess(request, orgId)) {
        if (refusal->status == 401)
            ++m_state.counters.answered401;
        return *refusal;
    }
    if (!request.value("Accept").contains(invitationMediaType())) {
        ++m_state.counters.answered406;
        return HttpReply::error(406,
                                QStringLiteral("Creating invitations requires API version 2: "
                                               "send Accept: %1")
                                    .arg(QString::fromLatin1(invitationMediaType())),
                                path);
    }

    if (!hasJsonContentType(request)) {
        ++m_state.counters.answered415;
        return unsupportedMediaType(request);
    }
    const auto badRequest = [this, &path](const QString &message) {
        ++m_state.counters.answered400;
        return HttpReply::error(400, message, path);
    };
    const auto body = jsonObjectBody(request);
    if (!body)
        return badRequest(QStringLiteral("The request body must be a JSON object"));
    const QJsonValue message = body->value(QStringLiteral("message"));
    if (!message.isString())
        return badRequest(QStringLiteral("message must be a string"));
    const QJsonValue msisdnsValue = body->value(QStringLiteral("msisdns"));
    // The cap is checked on the array's length, before any element is converted.
    const int max = m_state.faults.settings().maxMsisdnsPerRequest;
    const qsizetype count = msisdnsValue.isArray() ? msisdnsValue.toArray().size() : 0;
    if (max > 0 && count > max)
        return badRequest(
            QStringLiteral("Too many msisdns: %1 (at most %2 per request)").arg(count).arg(max));
    const auto msisdns = stringArray(msisdnsValue);
    if (!msisdns)
        return badRequest(QStringLiteral("msisdns must be an array of strings"));
    if (msisdns->isEmpty())
        return badRequest(QStringLiteral("msisdns must not be empty"));
    for (const QString &msisdn : *msisdns) {
        if (!isE164(msisdn))
            return badRequest(QStringLiteral("Invalid msisdn: %1").arg(msisdn));
    }
    QStringList groupIds;
    const QJsonValue groups = body->value(QStringLiteral("accessPermissionGroupIds"));
    if (!groups.isUndefined() && !groups.isNull()) {
        const auto ids = stringArray(groups);
        if (!ids)
            return badRequest(QStringLiteral("accessPermissionGroupIds must be an array of "
                                             "strings"));
        groupIds = *ids;
        for (const QString &id : std::as_const(groupIds)) {
            if (!m_state.groups.contains(id))
                return badRequest(QStringLiteral("Unknown access permission group: %1").arg(id));
        }
    }

    const FaultInjector::Decision decision = m_state.faults.decideInvitationPost();
    using Outcome = FaultInjector::Outcome;
    switch (decision.outcome) {
    case Outcome::RateLimited: {
        ++m_state.counters.answered429;
        HttpReply reply = HttpReply::error(429, QStringLiteral("Too many requests"), path);
        if (const auto retryAfter = m_state.faults.settings().retryAfterSeconds)
            reply.withHeader("Retry-After", QByteArray::number(*retryAfter));
        return reply;
    }
    case Outcome::ServerError:
        ++m_state.counters.injectedErrors;
        return HttpReply::error(decision.statusCode,
                                QStringLiteral("Injected failure: nothing was created"), path);
    case Outcome::Hang:
        ++m_state.counters.hung;
        return HttpReply::hang();
    case Outcome::Malformed: {
        ++m_state.counters.malformed;
        HttpReply reply;
        reply.body = R"([{"id":"0b1c2d3e-unterminated","organization":{"id":)";
        return reply;
    }
    case Outcome::LateCommit:
        return HttpReply::deferred(
            decision.holdMs, [this, msisdns = *msisdns, message = message.toString(), groupIds] {
                const QList<Invitation> created =
                    m_state.invitations.create(msisdns, message, groupIds);
                m_state.counters.invitationsCreated += int(created.size());
                ++m_state.counters.lateCommits;
                return HttpReply::json(200, m_state.invitations.toJson(created));
            });
    case Outcome::DropAfterCreate:
    case Outcome::ShortAnswer:
    case Outcome::CutAnswer:
    case Outcome::Normal:
        break;
    }

    const QList<Invitation> created =
        m_state.invitations.create(*msisdns, message.toString(), groupIds);
    m_state.counters.invitationsCreated += int(created.size());
    if (decision.outcome == Outcome::DropAfterCreate) {
        ++m_state.counters.droppedAfterCreate;
        return HttpReply::drop();
    }
    QJsonArray answer = m_state.invitations.toJson(created);
    if (decision.outcome == Outcome::CutAnswer) {
        ++m_state.counters.cutAnswers;
        HttpReply reply = HttpReply::json(200, answer);
        reply.disposition = HttpReply::Disposition::Cut;
        return reply;
    }
    if (decision.outcome == Outcome::ShortAnswer) {
        ++m_state.counters.shortAnswers;
        answer.removeLast();
    } else {
        ++m_state.counters.answered200;
    }
    return HttpReply::json(200, answer);
}

HttpReply ApiRoutes::listGroups(const QHttpServerRequest &request, const QString &orgId)
{
    if (auto refusal = refuseAccess(request, orgId))
        return *refusal;
    const auto pages = paging(request, AccessGroupStore::defaultPageSize);
    if (!pages)
        return badPaging(request);
    return HttpReply::json(200, m_state.groups.page(pages->first, pages->second));
}

} // namespace sandbox
