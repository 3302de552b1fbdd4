#include "controlroutes.h"

#include "accessgroupstore.h"
#include "faultinjector.h"
#include "invitationstore.h"
#include "memberstore.h"
#include "requestbody.h"
#include "requestcounters.h"
#include "tokenstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

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

// `text` as a JSON string literal. Numbers (+ and digits, the only keys a valid POST can
// create) are written as they are; anything else goes through QJsonDocument's escaping.
QByteArray jsonString(const QString &text)
{
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain)
        return '"' + text.toLatin1() + '"';
    const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return quoted.mid(1, quoted.size() - 2);
}

} // namespace

ControlRoutes::ControlRoutes(const SandboxState &state)
    : m_state(state)
{
}

void ControlRoutes::registerOn(HttpRouter &router)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Get, QStringLiteral("/_sandbox/faults"),
               [this] { return ok(m_state.faults.settings().toJson()); });
    router.add(Method::Post, QStringLiteral("/_sandbox/faults"),
               [this](const QHttpServerRequest &request) { return setFaults(request); });
    router.add(Method::Post, QStringLiteral("/_sandbox/expire-tokens"), [this] {
        m_state.tokens.expireAll();
        return ok();
    });
    router.add(Method::Get, QStringLiteral("/_sandbox/state"), [this] { return state(); });
    router.add(Method::Post, QStringLiteral("/_sandbox/reset"), [this] {
        m_state.invitations.reset();
        m_state.members.reset();
        m_state.counters = RequestCounters();
        return ok();
    });
    router.add(Method::Post, QStringLiteral("/_sandbox/invitations/([^/]+)/status"),
               [this](const QHttpServerRequest &request, const QStringList &captures) {
                   return setStatus(request, captures.value(0));
               });
    router.add(Method::Post, QStringLiteral("/_sandbox/groups"),
               [this](const QHttpServerRequest &request) { return setGroups(request); });
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
    m_state.faults.setSettings(*settings);
    return ok(m_state.faults.settings().toJson());
}

HttpReply ControlRoutes::state() const
{
    QHash<QString, int> statusCounts;
    for (const Invitation &invitation : m_state.invitations.invitations())
        ++statusCounts[invitation.status];
    QJsonObject perStatus;
    for (auto it = statusCounts.cbegin(); it != statusCounts.cend(); ++it)
        perStatus.insert(it.key(), it.value());

    QJsonObject object = m_state.counters.toJson();
    object.insert(QStringLiteral("invitationsPerStatus"), perStatus);
    object.insert(QStringLiteral("invitationCount"), int(m_state.invitations.invitations().size()));
    // The numbers of the members (a JSON array: linear, unlike an object's keys).
    QStringList numbers;
    for (const MemberStore::Member &member : m_state.members.members())
        numbers << member.msisdn;
    object.insert(QStringLiteral("memberCount"), int(numbers.size()));
    object.insert(QStringLiteral("members"), QJsonArray::fromStringList(numbers));
    object.insert(QStringLiteral("groupAdditions"), m_state.members.groupAdditions());
    // One key per number: QJsonObject keeps its keys in one sorted array, so inserting them one
    // by one costs O(n²) (100k invitations took 3 s, 1 M ten minutes). Written as text instead.
    QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    body.chop(1); // the closing brace
    body += ",\"invitationsPerMsisdn\":" + perMsisdnJson() + '}';
    HttpReply reply = ok();
    reply.body = body;
    return reply;
}

QByteArray ControlRoutes::perMsisdnJson() const
{
    const QHash<QString, int> counts = m_state.invitations.invitationsPerMsisdn();
    QStringList numbers = counts.keys();
    numbers.sort(); // the order QJsonObject would give
    QByteArray text = "{";
    text.reserve(numbers.size() * 24 + 2);
    for (const QString &number : std::as_const(numbers)) {
        if (text.size() > 1)
            text += ',';
        text += jsonString(number);
        text += ':' + QByteArray::number(counts.value(number));
    }
    return text + '}';
}

HttpReply ControlRoutes::setStatus(const QHttpServerRequest &request, const QString &id)
{
    const auto body = jsonObjectBody(request);
    const QJsonValue status = body ? body->value(QStringLiteral("status")) : QJsonValue();
    if (!status.isString() || status.toString().isEmpty())
        return refused(400, QStringLiteral("Send {\"status\": \"ACCEPTED\"} or another status"),
                       request);
    if (!m_state.invitations.setStatus(id, status.toString()))
        return refused(404, QStringLiteral("No invitation with id %1").arg(id), request);
    return ok(m_state.invitations.toJson(*m_state.invitations.find(id)));
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
        m_state.groups.generate(count.toInt());
    if (changeTotal.toBool())
        m_state.groups.changeTotalOnNextLaterPage();
    if (!emptyPage.isUndefined())
        m_state.groups.emptyPageOnce(emptyPage.toInt());
    return ok({{QStringLiteral("count"), int(m_state.groups.groups().size())}});
}

} // namespace sandbox
