#include "eventcontrolroutes.h"

#include "eventbroker.h"
#include "inviteesimulator.h"
#include "requestbody.h"

#include <QJsonDocument>
#include <QUrl>

namespace sandbox {

namespace {

HttpReply ok(const QJsonObject &object = {{QStringLiteral("ok"), true}})
{
    return HttpReply::json(200, object).immediate();
}

} // namespace

EventControlRoutes::EventControlRoutes(EventBroker &broker, InviteeSimulator &invitees)
    : m_broker(broker)
    , m_invitees(invitees)
{
}

void EventControlRoutes::registerOn(HttpRouter &router)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Get, QStringLiteral("/_sandbox/events"), [this] { return status(); });
    router.add(Method::Post, QStringLiteral("/_sandbox/events/drop"), [this] {
        const int sessions = m_broker.sessionCount();
        m_broker.dropAll();
        return ok({{QStringLiteral("dropped"), sessions}});
    });
    router.add(Method::Post, QStringLiteral("/_sandbox/events/stop-heartbeats"), [this] {
        const int sessions = m_broker.sessionCount();
        m_broker.silenceAll();
        return ok({{QStringLiteral("silenced"), sessions}});
    });
    router.add(Method::Post, QStringLiteral("/_sandbox/events/error"),
               [this](const QHttpServerRequest &request) { return fail(request); });
    router.add(Method::Get, QStringLiteral("/_sandbox/invitees"),
               [this] { return ok(m_invitees.settings().toJson()); });
    router.add(Method::Post, QStringLiteral("/_sandbox/invitees"),
               [this](const QHttpServerRequest &request) { return setInvitees(request); });
}

HttpReply EventControlRoutes::status() const
{
    return ok({{QStringLiteral("url"), m_broker.url().toString()},
               {QStringLiteral("sessions"), m_broker.sessionCount()},
               {QStringLiteral("subscriptions"), m_broker.subscriptionCount()},
               {QStringLiteral("messagesSent"), m_broker.messagesSent()},
               {QStringLiteral("refusedHandshakes"), m_broker.refusedHandshakes()}});
}

HttpReply EventControlRoutes::fail(const QHttpServerRequest &request)
{
    const auto body = jsonObjectBody(request);
    const QString message = body ? body->value(QStringLiteral("message")).toString() : QString();
    if (message.isEmpty()) {
        return HttpReply::error(400, QStringLiteral("Send {\"message\": \"...\"}"),
                                request.url().path())
            .immediate();
    }
    const int sessions = m_broker.sessionCount();
    m_broker.failAll(message.toUtf8());
    return ok({{QStringLiteral("failed"), sessions}});
}

HttpReply EventControlRoutes::setInvitees(const QHttpServerRequest &request)
{
    const auto body = jsonObjectBody(request);
    QString error = QStringLiteral("The invitee settings must be a JSON object");
    const auto settings = body ? InviteeSimulator::Settings::fromJson(*body, &error) : std::nullopt;
    if (!settings)
        return HttpReply::error(400, error, request.url().path()).immediate();
    m_invitees.setSettings(*settings);
    return ok(settings->toJson());
}

} // namespace sandbox
