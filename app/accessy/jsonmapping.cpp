#include "accessy/jsonmapping.h"
#include "accessy/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

namespace accessy::json {

namespace {

QString signInOperation()
{
    return Text::tr("sign in");
}

// The body as JSON, or a bad answer to `operation` saying why it is not.
Result<QJsonDocument> parseDocument(const QByteArray &body, const QString &operation)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    const QString problem = body.trimmed().isEmpty()
                                ? Text::tr("the answer was empty")
                                : Text::tr("the answer is not JSON: %1 at byte %2")
                                      .arg(error.errorString())
                                      .arg(error.offset);
    return ApiError::badAnswer(operation, problem, body);
}

// A bare JSON list, or the "items" list of the paginated form.
std::optional<QJsonArray> listOf(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    const QJsonValue items = doc.object().value(QStringLiteral("items"));
    if (items.isArray())
        return items.toArray();
    return std::nullopt;
}

QString stringOf(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}
} // namespace

QByteArray tokenRequestBody(const QString &clientId, const QString &clientSecret,
                            const QString &audience)
{
    const QJsonObject body{{QStringLiteral("audience"), audience},
                           {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("client_id"), clientId},
                           {QStringLiteral("client_secret"), clientSecret}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<SessionToken> parseToken(const QByteArray &body, const QDateTime &now)
{
    const Result<QJsonDocument> doc = parseDocument(body, signInOperation());
    if (!doc.ok())
        return doc.error();
    if (!doc.value().isObject())
        return ApiError::badAnswer(signInOperation(), Text::tr("expected a JSON object"), body);
    const QJsonObject o = doc.value().object();
    SessionToken token;
    token.accessToken = o.value(QStringLiteral("access_token")).toString();
    token.tokenType = o.value(QStringLiteral("token_type")).toString(QStringLiteral("Bearer"));
    token.obtainedAt = now;
    if (token.accessToken.isEmpty()) // never echo the body here: it may hold a token
        return ApiError::badAnswer(signInOperation(), Text::tr("the answer holds no access_token"));
    // expires_in is documented as a string of milliseconds; accept a number too.
    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    if (expires.isDouble()) {
        token.expiresInMs = qint64(expires.toDouble());
    } else if (expires.isString()) {
        bool ok = false;
        const qint64 ms = expires.toString().trimmed().toLongLong(&ok);
        token.expiresInMs = ok ? ms : -1;
    }
    if (token.expiresInMs < 0)
        token.expiresInMs = -1;
    return token;
}

Result<Membership> parseMembership(const QByteArray &body)
{
    const QString operation = Text::tr("read the organization");
    const Result<QJsonDocument> doc = parseDocument(body, operation);
    if (!doc.ok())
        return doc.error();
    QJsonObject o;
    if (doc.value().isArray()) {
        const QJsonArray a = doc.value().array();
        if (a.isEmpty()) {
            return ApiError::configuration(
                operation, Text::tr("these credentials belong to no organization. Ask the "
                                    "organization's administrator for credentials of your "
                                    "organization."));
        }
        if (!a.first().isObject())
            return ApiError::badAnswer(operation, Text::tr("expected membership objects"), body);
        o = a.first().toObject();
    } else if (doc.value().isObject()) {
        o = doc.value().object();
    } else {
        return ApiError::badAnswer(operation, Text::tr("expected a membership object or array"),
                                   body);
    }
    Membership m;
    m.id = stringOf(o, "id");
    m.userId = stringOf(o, "userId");
    m.organizationId = stringOf(o, "organizationId");
    for (const QJsonValue &role : o.value(QStringLiteral("roles")).toArray())
        m.roles << role.toString();
    if (m.organizationId.isEmpty())
        return ApiError::badAnswer(operation, Text::tr("the membership holds no organizationId"),
                                   body);
    return m;
}

QByteArray createInvitationsBody(const CreateInvitationsRequest &request)
{
    QJsonObject body{{QStringLiteral("message"), request.message},
                     {QStringLiteral("msisdns"), QJsonArray::fromStringList(request.msisdns)}};
    if (!request.accessPermissionGroupIds.isEmpty()) {
        body.insert(QStringLiteral("accessPermissionGroupIds"),
                    QJsonArray::fromStringList(request.accessPermissionGroupIds));
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

Invitation invitationFromJson(const QJsonObject &o)
{
    Invitation inv;
    inv.id = stringOf(o, "id");
    const QJsonObject org = o.value(QStringLiteral("organization")).toObject();
    inv.organization.id = stringOf(org, "id");
    inv.organization.name = stringOf(org, "name");
    inv.organization.orgNumber = stringOf(org, "orgNumber");
    inv.organization.vatNumber = stringOf(org, "vatNumber");
    inv.recipientMsisdn = stringOf(o, "recipientMsisdn");
    inv.invitationMessage = stringOf(o, "invitationMessage");
    inv.status = stringOf(o, "status");
    inv.senderName = stringOf(o, "senderName");
    inv.createdAtText = stringOf(o, "createdAt");
    inv.createdAt = parseTimestamp(inv.createdAtText);
    inv.createdByApplication = o.value(QStringLiteral("createdByApplication")).toBool();
    return inv;
}

Result<QList<Invitation>> parseInvitations(const QByteArray &body, const QString &operation)
{
    const Result<QJsonDocument> doc = parseDocument(body, operation);
    if (!doc.ok())
        return doc.error();
    const std::optional<QJsonArray> array = listOf(doc.value());
    if (!array)
        return ApiError::badAnswer(operation, Text::tr("expected a list of invitations"), body);
    QList<Invitation> result;
    result.reserve(array->size());
    for (const QJsonValue &v : *array) {
        if (!v.isObject())
            return ApiError::badAnswer(operation, Text::tr("an invitation is not an object"), body);
        Invitation inv = invitationFromJson(v.toObject());
        if (inv.id.isEmpty())
            return ApiError::badAnswer(operation, Text::tr("an invitation has no id"), body);
        result << inv;
    }
    return result;
}

} // namespace accessy::json
