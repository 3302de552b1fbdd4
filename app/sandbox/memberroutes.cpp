#include "memberroutes.h"

#include "accessgroupstore.h"
#include "apiroutes.h"
#include "invitationstore.h"
#include "memberstore.h"
#include "paging.h"
#include "requestbody.h"
#include "tokenstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace sandbox {

namespace {

HttpReply controlAnswer(int status, const QJsonObject &object)
{
    return HttpReply::json(status, object).immediate();
}

HttpReply refused(int status, const QString &message, const QHttpServerRequest &request)
{
    return HttpReply::error(status, message, request.url().path()).immediate();
}

bool wholeOrAbsent(const QJsonValue &value, int max)
{
    return value.isUndefined() ||
           (value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= max &&
            value.toDouble() == double(int(value.toDouble())));
}

} // namespace

MemberRoutes::MemberRoutes(const SandboxState &state)
    : m_state(state)
{
}

void MemberRoutes::registerOn(HttpRouter &router)
{
    using Method = QHttpServerRequest::Method;
    const auto list = [this](const QHttpServerRequest &request, const QStringList &captures) {
        return listMembers(request, captures.value(0));
    };
    router.add(Method::Get, QStringLiteral("/org/organization/([^/]+)/user"), list);
    // The older path of the examples (the production client moved away from it).
    router.add(Method::Get, QStringLiteral("/asset/admin/organization/([^/]+)/user"), list);
    router.add(Method::Get,
               QStringLiteral("/asset/application/organization/([^/]+)/membership/find-by-msisdn"),
               [this](const QHttpServerRequest &request, const QStringList &captures) {
                   return findByMsisdn(request, captures.value(0));
               });
    router.add(Method::Get,
               QStringLiteral("/asset/admin/user/([^/]+)/organization/([^/]+)/membership"),
               [this](const QHttpServerRequest &request, const QStringList &captures) {
                   return userMembership(request, captures.value(0), captures.value(1));
               });
    const QString groupMembership =
        QStringLiteral("/asset/admin/access-permission-group/([^/]+)/membership");
    const auto add = [this](const QHttpServerRequest &request, const QStringList &captures) {
        return addToGroup(request, captures.value(0));
    };
    router.add(Method::Put, groupMembership, add);
    router.add(Method::Post, groupMembership, add); // as in the examples
    router.add(Method::Get, groupMembership,
               [this](const QHttpServerRequest &request, const QStringList &captures) {
                   return groupMembers(request, captures.value(0));
               });

    router.add(Method::Post, QStringLiteral("/_sandbox/members"),
               [this](const QHttpServerRequest &request) { return addMembers(request); });
    router.add(Method::Get, QStringLiteral("/_sandbox/members"), [this] { return listAll(); });
    router.add(Method::Post, QStringLiteral("/_sandbox/members/faults"),
               [this](const QHttpServerRequest &request) { return setWalkFaults(request); });
    router.add(Method::Delete, QStringLiteral("/_sandbox/members/([^/]+)"),
               [this](const QHttpServerRequest &request, const QStringList &captures) {
                   return removeMember(request, captures.value(0));
               });
    router.add(Method::Post, QStringLiteral("/_sandbox/invitations/([^/]+)/created-at"),
               [this](const QHttpServerRequest &request, const QStringList &captures) {
                   return backdate(request, captures.value(0));
               });
}

std::optional<HttpReply> MemberRoutes::refuseAccess(const QHttpServerRequest &request,
                                                    const QString &orgId) const
{
    const QByteArray header = request.value("Authorization");
    if (header.isEmpty())
        return HttpReply::error(401, QStringLiteral("Full authentication is required"),
                                request.url().path());
    if (!m_state.tokens.isValid(TokenStore::bearerToken(header)))
        return HttpReply::error(401, QStringLiteral("Invalid or expired access token"),
                                request.url().path());
    if (!orgId.isNull() && orgId != m_state.invitations.organization().id)
        return HttpReply::error(404, QStringLiteral("Organization not found: %1").arg(orgId),
                                request.url().path());
    return std::nullopt;
}

HttpReply MemberRoutes::listMembers(const QHttpServerRequest &request, const QString &orgId)
{
    const auto pages = paging(request, MemberStore::defaultPageSize);
    MemberStore::WalkFaults &faults = m_state.members.walkFaults();
    if (pages && faults.expireTokensAtPage == pages->first) {
        faults.expireTokensAtPage.reset();
        m_state.tokens.expireAll(); // the token ran out between two pages
    }
    if (auto refusal = refuseAccess(request, orgId))
        return *refusal;
    if (!pages)
        return badPaging(request);
    if (faults.rateLimitPageAt == pages->first) {
        faults.rateLimitPageAt.reset();
        HttpReply reply =
            HttpReply::error(429, QStringLiteral("Too many requests"), request.url().path());
        reply.withHeader("Retry-After", QByteArray::number(faults.retryAfterSeconds));
        return reply;
    }
    return HttpReply::json(200, m_state.members.page(pages->first, pages->second));
}

HttpReply MemberRoutes::findByMsisdn(const QHttpServerRequest &request, const QString &orgId) const
{
    if (auto refusal = refuseAccess(request, orgId))
        return *refusal;
    // A server decodes a bare '+' in a query as a space: so do we, so a client that forgets to
    // percent-encode it fails here rather than against the real API.
    QString msisdn = QUrlQuery(request.url().query(QUrl::FullyEncoded))
                         .queryItemValue(QStringLiteral("msisdn"), QUrl::FullyEncoded);
    msisdn.replace(QLatin1Char('+'), QLatin1Char(' '));
    msisdn = QUrl::fromPercentEncoding(msisdn.toLatin1());
    if (!ApiRoutes::isE164(msisdn))
        return HttpReply::error(400,
                                QStringLiteral("msisdn \"%1\" is not an E.164 number (is the + "
                                               "encoded as %2B?)")
                                    .arg(msisdn),
                                request.url().path());
    const MemberStore::Member *member = m_state.members.findByMsisdn(msisdn);
    if (!member)
        return HttpReply::error(404, QStringLiteral("No membership for %1").arg(msisdn),
                                request.url().path());
    return HttpReply::json(200, m_state.members.membershipJson(*member));
}

HttpReply MemberRoutes::userMembership(const QHttpServerRequest &request, const QString &userId,
                                       const QString &orgId) const
{
    if (auto refusal = refuseAccess(request, orgId))
        return *refusal;
    const MemberStore::Member *member = m_state.members.findByUserId(userId);
    if (!member)
        return HttpReply::error(404, QStringLiteral("User %1 is not a member").arg(userId),
                                request.url().path());
    return HttpReply::json(200, m_state.members.membershipJson(*member));
}

HttpReply MemberRoutes::addToGroup(const QHttpServerRequest &request, const QString &groupId)
{
    if (auto refusal = refuseAccess(request, QString()))
        return *refusal;
    const QString path = request.url().path();
    if (!request.value("Content-Type").toLower().contains("application/json"))
        return HttpReply::error(415, QStringLiteral("Send application/json"), path);
    if (!m_state.groups.contains(groupId))
        return HttpReply::error(
            404, QStringLiteral("Unknown access permission group: %1").arg(groupId), path);
    MemberStore::WalkFaults &faults = m_state.members.walkFaults();
    if (faults.rateLimitNextGroupAdd) {
        faults.rateLimitNextGroupAdd = false;
        HttpReply reply = HttpReply::error(429, QStringLiteral("Too many requests"), path);
        reply.withHeader("Retry-After", QByteArray::number(faults.retryAfterSeconds));
        return reply;
    }
    const auto body = jsonObjectBody(request);
    const QJsonValue membership = body ? body->value(QStringLiteral("membership")) : QJsonValue();
    if (!membership.isString())
        return HttpReply::error(400, QStringLiteral("Send {\"membership\": \"<membership id>\"}"),
                                path);
    if (!m_state.members.addToGroup(groupId, membership.toString()))
        return HttpReply::error(
            404, QStringLiteral("Unknown membership: %1").arg(membership.toString()), path);
    return HttpReply::json(200, m_state.members.membershipJson(
                                    *m_state.members.findByMembershipId(membership.toString())));
}

HttpReply MemberRoutes::groupMembers(const QHttpServerRequest &request,
                                     const QString &groupId) const
{
    if (auto refusal = refuseAccess(request, QString()))
        return *refusal;
    if (!m_state.groups.contains(groupId))
        return HttpReply::error(404,
                                QStringLiteral("Unknown access permission group: %1").arg(groupId),
                                request.url().path());
    const auto pages = paging(request, MemberStore::defaultPageSize);
    if (!pages)
        return badPaging(request);
    return HttpReply::json(200, m_state.members.groupPage(groupId, pages->first, pages->second));
}

HttpReply MemberRoutes::addMembers(const QHttpServerRequest &request)
{
    const auto body = jsonObjectBody(request);
    const QString usage =
        QStringLiteral("Send {\"msisdn\": \"+4670…\", \"firstName\": …, \"lastName\": …} "
                       "(\"msisdn\": null for a reset account, \"application\": true for API "
                       "credentials), {\"members\": [those]} or {\"count\": n}");
    if (!body)
        return refused(400, usage, request);
    const QJsonValue count = body->value(QStringLiteral("count"));
    if (!count.isUndefined()) {
        if (!wholeOrAbsent(count, 1000000))
            return refused(400, usage, request);
        const int added = int(m_state.members.addGenerated(count.toInt()).size());
        return controlAnswer(
            200, {{QStringLiteral("added"), added},
                  {QStringLiteral("memberCount"), int(m_state.members.members().size())}});
    }
    const bool many = body->contains(QStringLiteral("members"));
    const QJsonArray entries =
        many ? body->value(QStringLiteral("members")).toArray() : QJsonArray{*body};
    if (many && !body->value(QStringLiteral("members")).isArray())
        return refused(400, usage, request);
    // Checked as a whole first: a bad entry adds nobody.
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const QJsonValue msisdn = object.value(QStringLiteral("msisdn"));
        if (!entry.isObject() || !(msisdn.isNull() || ApiRoutes::isE164(msisdn.toString())))
            return refused(
                400,
                QStringLiteral("Invalid member %1: %2")
                    .arg(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)),
                         usage),
                request);
    }
    QJsonArray added;
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const MemberStore::Member member =
            m_state.members.add(object.value(QStringLiteral("msisdn")).toString(),
                                object.value(QStringLiteral("firstName")).toString(),
                                object.value(QStringLiteral("lastName")).toString(),
                                object.value(QStringLiteral("application")).toBool());
        QJsonObject json = m_state.members.toJson(member);
        json.insert(QStringLiteral("membershipId"), member.membershipId);
        added.append(json);
    }
    if (!many)
        return controlAnswer(201, added.first().toObject());
    return controlAnswer(201, {{QStringLiteral("members"), added}});
}

HttpReply MemberRoutes::listAll() const
{
    const QHash<QString, QStringList> groups = m_state.members.groupsPerMsisdn();
    QJsonArray members;
    for (const MemberStore::Member &member : m_state.members.members()) {
        QJsonObject json = m_state.members.toJson(member);
        json.insert(QStringLiteral("membershipId"), member.membershipId);
        json.insert(QStringLiteral("groups"),
                    QJsonArray::fromStringList(
                        groups.value(member.msisdn.isEmpty() ? member.userId : member.msisdn)));
        members.append(json);
    }
    return controlAnswer(200,
                         {{QStringLiteral("members"), members},
                          {QStringLiteral("groupAdditions"), m_state.members.groupAdditions()}});
}

HttpReply MemberRoutes::removeMember(const QHttpServerRequest &request, const QString &userId)
{
    const auto removed = m_state.members.remove(userId);
    if (!removed)
        return refused(404, QStringLiteral("No member with user id %1").arg(userId), request);
    return controlAnswer(200, m_state.members.toJson(*removed));
}

HttpReply MemberRoutes::setWalkFaults(const QHttpServerRequest &request)
{
    const auto body = jsonObjectBody(request);
    const QString usage = QStringLiteral(
        "Send {\"changeTotalMidWalk\": true, \"emptyPageAt\": k, \"rateLimitPageAt\": k, "
        "\"retryAfterSeconds\": s, \"expireTokensAtPage\": k, \"rateLimitNextGroupAdd\": "
        "true} (each optional)");
    if (!body)
        return refused(400, usage, request);
    const QJsonValue change = body->value(QStringLiteral("changeTotalMidWalk"));
    const QJsonValue empty = body->value(QStringLiteral("emptyPageAt"));
    const QJsonValue limited = body->value(QStringLiteral("rateLimitPageAt"));
    const QJsonValue retryAfter = body->value(QStringLiteral("retryAfterSeconds"));
    const QJsonValue expire = body->value(QStringLiteral("expireTokensAtPage"));
    const QJsonValue groupAdd = body->value(QStringLiteral("rateLimitNextGroupAdd"));
    if (!(change.isUndefined() || change.isBool()) || !wholeOrAbsent(empty, 100000) ||
        !wholeOrAbsent(limited, 100000) || !wholeOrAbsent(retryAfter, 3600) ||
        !wholeOrAbsent(expire, 100000) || !(groupAdd.isUndefined() || groupAdd.isBool()))
        return refused(400, usage, request);
    MemberStore::WalkFaults &faults = m_state.members.walkFaults();
    if (change.toBool())
        faults.changeTotalOnLaterPage = true;
    if (!empty.isUndefined())
        faults.emptyPageAt = empty.toInt();
    if (!limited.isUndefined())
        faults.rateLimitPageAt = limited.toInt();
    if (!retryAfter.isUndefined())
        faults.retryAfterSeconds = retryAfter.toInt();
    if (!expire.isUndefined())
        faults.expireTokensAtPage = expire.toInt();
    if (groupAdd.toBool())
        faults.rateLimitNextGroupAdd = true;
    return controlAnswer(200, {{QStringLiteral("ok"), true}});
}

HttpReply MemberRoutes::backdate(const QHttpServerRequest &request, const QString &invitationId)
{
    const auto body = jsonObjectBody(request);
    const QJsonValue at = body ? body->value(QStringLiteral("createdAt")) : QJsonValue();
    const QJsonValue daysAgo = body ? body->value(QStringLiteral("daysAgo")) : QJsonValue();
    QDateTime when;
    if (at.isString())
        when = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    else if (daysAgo.isDouble() && daysAgo.toDouble() >= 0 && daysAgo.toDouble() <= 36500)
        when = QDateTime::currentDateTimeUtc().addMSecs(-qint64(daysAgo.toDouble() * 86400000.0));
    if (!when.isValid())
        return refused(400,
                       QStringLiteral("Send {\"createdAt\": \"2026-11-01T09:00:00.000Z\"} or "
                                      "{\"daysAgo\": 8}"),
                       request);
    if (!m_state.invitations.setCreatedAt(invitationId, when.toUTC()))
        return refused(404, QStringLiteral("No invitation with id %1").arg(invitationId), request);
    return controlAnswer(200, m_state.invitations.toJson(*m_state.invitations.find(invitationId)));
}

} // namespace sandbox
