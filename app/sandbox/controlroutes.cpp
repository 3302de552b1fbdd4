#include "controlroutes.h"

#include "accessgroupstore.h"
#include "faultinjector.h"
#include "invitationstore.h"
#include "requestbody.h"
#include "requestcounters.h"
#include "tokenstore.h"

#include <QJsonDocument>
#include <QUrl>

namespace sandbox {

namespace {

HttpReply ok(const QJsonObject &object = {{QStringLiteral("ok"), true}})
{
    return HttpReply::json(200, object).immediate();
}

HttpReply refused(int status, const QString &message, const QHttpServerRequest &request)
{
    return HttpReply::error(status, message, request.url().path()).immediate();
}

} // namespace

ControlRoutes::ControlRoutes(TokenStore &tokens, InvitationStore &invitations,
                             AccessGroupStore &groups, FaultInjector &faults,
                             RequestCounters &counters)
    : m_tokens(tokens)
    , m_invitations(invitations)
    , m_groups(groups)
    , m_faults(faults)
    , m_counters(counters)
{
}

void ControlRoutes::registerOn(HttpRouter &router)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Get, QStringLiteral("/_sandbox/faults"),
               [this](const QHttpServerRequest &, const QStringList &) {
                   return ok(m_faults.settings().toJson());
               });
    router.add(Method::Post, QStringLiteral("/_sandbox/faults"),
               [this](const QHttpServerRequest &request, const QStringList &) {
                   return setFaults(request);
               });
    router.add(Method::Post, QStringLiteral("/_sandbox/expire-tokens"),
               [this](const QHttpServerRequest &, const QStringList &) {
                   m_tokens.expireAll();
                   return ok();
               });
    router.add(Method::Get, QStringLiteral("/_sandbox/state"),
               [this](const QHttpServerRequest &, const QStringList &) { return state(); });
    router.add(Method::Post, QStringLiteral("/_sandbox/reset"),
               [this](const QHttpServerRequest &, const QStringList &) {
                   m_invitations.reset();
                   m_counters = RequestCounters();
                   return ok();
               });
    router.add(Method::Post, QStringLiteral("/_sandbox/invitations/([^/]+)/status"),
               [this](const QHttpServerRequest &request, const QStringList &captures) {
                   return setStatus(request, captures.value(0));
               });
    router.add(Method::Post, QStringLiteral("/_sandbox/groups"),
               [this](const QHttpServerRequest &request, const QStringList &) {
                   return setGroups(request);
               });
}

HttpReply ControlRoutes::setFaults(const QHttpServerRequest &request)
{
    const auto body = jsonObjectBody(request);
    if (!body)
        return refused(400, QStringLiteral("The fault settings must be a JSON object"), request);
    QString error;
    const auto settings = FaultSettings::fromJson(*body, &error);
    if (!settings)
        return refused(400, error, request);
    m_faults.setSettings(*settings);
    return ok(m_faults.settings().toJson());
}

HttpReply ControlRoutes::state() const
{
    QJsonObject perMsisdn;
    const QHash<QString, int> counts = m_invitations.invitationsPerMsisdn();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        perMsisdn.insert(it.key(), it.value());
    QJsonObject perStatus;
    for (const Invitation &invitation : m_invitations.invitations())
        perStatus.insert(invitation.status, perStatus.value(invitation.status).toInt() + 1);

    QJsonObject object = m_counters.toJson();
    object.insert(QStringLiteral("invitationsPerMsisdn"), perMsisdn);
    object.insert(QStringLiteral("invitationsPerStatus"), perStatus);
    object.insert(QStringLiteral("invitationCount"), int(m_invitations.invitations().size()));
    return ok(object);
}

HttpReply ControlRoutes::setStatus(const QHttpServerRequest &request, const QString &id)
{
    const auto body = jsonObjectBody(request);
    const QJsonValue status = body ? body->value(QStringLiteral("status")) : QJsonValue();
    if (!status.isString() || status.toString().isEmpty())
        return refused(400, QStringLiteral("Send {\"status\": \"ACCEPTED\"} or another status"),
                       request);
    if (!m_invitations.setStatus(id, status.toString()))
        return refused(404, QStringLiteral("No invitation with id %1").arg(id), request);
    return ok(m_invitations.toJson(*m_invitations.find(id)));
}

HttpReply ControlRoutes::setGroups(const QHttpServerRequest &request)
{
    const auto body = jsonObjectBody(request);
    if (!body)
        return refused(400, QStringLiteral("Send a JSON object"), request);
    const QJsonValue count = body->value(QStringLiteral("count"));
    const QJsonValue changeTotal = body->value(QStringLiteral("changeTotalMidWalk"));
    const QJsonValue emptyPage = body->value(QStringLiteral("emptyPageAt"));
    const auto wholeOrAbsent = [](const QJsonValue &value, int max) {
        return value.isUndefined() ||
               (value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= max &&
                value.toDouble() == double(int(value.toDouble())));
    };
    if (!wholeOrAbsent(count, 100000) || !wholeOrAbsent(emptyPage, 100000) ||
        !(changeTotal.isUndefined() || changeTotal.isBool())) {
        return refused(400,
                       QStringLiteral("Send {\"count\": n, \"changeTotalMidWalk\": true, "
                                      "\"emptyPageAt\": k} (each optional)"),
                       request);
    }
    if (!count.isUndefined())
        m_groups.generate(count.toInt());
    if (changeTotal.toBool())
        m_groups.changeTotalOnNextLaterPage();
    if (!emptyPage.isUndefined())
        m_groups.emptyPageOnce(emptyPage.toInt());
    return ok({{QStringLiteral("count"), int(m_groups.groups().size())}});
}

} // namespace sandbox
