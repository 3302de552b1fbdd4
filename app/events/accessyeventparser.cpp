#include "accessyeventparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace events {

namespace {

QString stringField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue v = object.value(key);
    return v.isString() ? v.toString().trimmed() : QString();
}

// metaData.created: ISO-8601 text or epoch milliseconds (seconds when small); invalid -> null.
QDateTime parseCreated(const QJsonValue &value)
{
    if (value.isString()) {
        QDateTime t = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
        return t.isValid() ? t.toUTC() : QDateTime();
    }
    if (value.isDouble()) {
        const double n = value.toDouble();
        if (n <= 0 || n > 1e15)
            return {};
        const qint64 ms = n < 1e11 ? qint64(n * 1000) : qint64(n);
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    return {};
}

AccessyEvent ignored(const QString &type, const QString &detail)
{
    AccessyEvent e;
    e.kind = AccessyEvent::Kind::Ignored;
    e.eventType = type;
    e.detail = detail;
    return e;
}

} // namespace

QStringList AccessyEventParser::knownEventTypes()
{
    return {QStringLiteral("MEMBERSHIP_CREATED"),
            QStringLiteral("ORGANIZATION_INVITATION_DELETED"),
            QStringLiteral("MEMBERSHIP_REMOVED"),
            QStringLiteral("MEMBERSHIP_REQUEST_CREATED"),
            QStringLiteral("MEMBERSHIP_REQUEST_APPROVED"),
            QStringLiteral("MEMBERSHIP_REQUEST_DENIED"),
            QStringLiteral("MEMBERSHIP_ROLE_ADDED"),
            QStringLiteral("MEMBERSHIP_ROLE_REMOVED"),
            QStringLiteral("ASSET_OPERATION_INVOKED"),
            QStringLiteral("GUEST_DOOR_ENTRY"),
            QStringLiteral("ACCESS_REQUEST"),
            QStringLiteral("APPLICATION_ADDED"),
            QStringLiteral("APPLICATION_REMOVED")};
}

AccessyEvent AccessyEventParser::parse(QByteArrayView body, const QDateTime &receivedAt)
{
    AccessyEvent event;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        event.detail = tr("The event is not valid JSON (%1 at offset %2).")
                           .arg(error.errorString())
                           .arg(error.offset);
        return event;
    }
    if (!doc.isObject()) {
        event.detail = tr("The event is JSON but not an object.");
        return event;
    }
    const QJsonObject root = doc.object();
    event.eventType = stringField(root, QLatin1StringView("eventType"));
    if (event.eventType.isEmpty()) {
        event.detail = tr("The event has no eventType.");
        return event;
    }

    const bool accepted = event.eventType == QLatin1StringView("MEMBERSHIP_CREATED");
    const bool deleted = event.eventType == QLatin1StringView("ORGANIZATION_INVITATION_DELETED");
    if (!accepted && !deleted) {
        AccessyEvent other = ignored(
            event.eventType, knownEventTypes().contains(event.eventType)
                                 ? tr("%1 does not change an invitation.").arg(event.eventType)
                                 : tr("%1 is not a known event type.").arg(event.eventType));
        other.userId = stringField(root, QLatin1StringView("userId")); // MEMBERSHIP_REMOVED
        return other;
    }

    QString invitationId = stringField(root, QLatin1StringView("invitationId"));
    if (invitationId.isEmpty() && deleted) // a nested invitation object, if that is the shape
        invitationId = stringField(root.value(QLatin1StringView("invitation")).toObject(),
                                   QLatin1StringView("id"));
    if (invitationId.isEmpty()) {
        return ignored(event.eventType, accepted
                                            ? tr("A membership was created without an invitation.")
                                            : tr("%1 names no invitationId.").arg(event.eventType));
    }

    InvitationStatusChange change;
    change.invitationId = invitationId;
    change.newStatus = accepted ? QStringLiteral("ACCEPTED") : QStringLiteral("DELETED");
    change.eventType = event.eventType;
    change.at = parseCreated(
        root.value(QLatin1StringView("metaData")).toObject().value(QLatin1StringView("created")));
    if (!change.at.isValid())
        change.at = receivedAt.toUTC();
    change.msisdn = stringField(root, QLatin1StringView("msisdn"));
    if (change.msisdn.isEmpty())
        change.msisdn = stringField(root, QLatin1StringView("recipientMsisdn"));

    event.kind = AccessyEvent::Kind::StatusChange;
    event.change = change;
    return event;
}

} // namespace events
