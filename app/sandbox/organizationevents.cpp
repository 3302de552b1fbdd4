#include "organizationevents.h"

#include "eventbroker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace sandbox {

OrganizationEvents::OrganizationEvents(InvitationStore &invitations, EventBroker &broker,
                                       QObject *parent)
    : QObject(parent)
    , m_invitations(invitations)
    , m_broker(broker)
{
    connect(&invitations, &InvitationStore::statusChanged, this,
            &OrganizationEvents::onStatusChanged);
}

QByteArray OrganizationEvents::membershipCreated(const Invitation &invitation, const QString &orgId)
{
    const QJsonObject event{
        {QStringLiteral("userId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("organizationId"), orgId},
        {QStringLiteral("invitationId"), invitation.id},
        {QStringLiteral("role"), QStringLiteral("USER")},
        {QStringLiteral("requestingUserSuperAdmin"), false},
        {QStringLiteral("metaData"),
         QJsonObject{{QStringLiteral("created"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("organizationId"), orgId}}},
        {QStringLiteral("eventType"), QStringLiteral("MEMBERSHIP_CREATED")}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QByteArray OrganizationEvents::invitationDeleted(const Invitation &invitation, const QString &orgId)
{
    const QJsonObject event{
        {QStringLiteral("invitationId"), invitation.id},
        {QStringLiteral("organizationId"), orgId},
        {QStringLiteral("recipientMsisdn"), invitation.recipientMsisdn},
        {QStringLiteral("eventType"), QStringLiteral("ORGANIZATION_INVITATION_DELETED")}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QByteArray OrganizationEvents::membershipRemoved(const QString &userId, const QString &orgId)
{
    const QJsonObject event{{QStringLiteral("userId"), userId},
                            {QStringLiteral("organizationId"), orgId},
                            {QStringLiteral("role"), QStringLiteral("USER")},
                            {QStringLiteral("eventType"), QStringLiteral("MEMBERSHIP_REMOVED")}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

void OrganizationEvents::onStatusChanged(const Invitation &invitation,
                                         const QString &previousStatus)
{
    if (invitation.status == previousStatus)
        return;
    const QString orgId = m_invitations.organization().id;
    if (invitation.status == QLatin1String("ACCEPTED"))
        m_broker.publish(membershipCreated(invitation, orgId));
    else if (invitation.status == QLatin1String("DELETED"))
        m_broker.publish(invitationDeleted(invitation, orgId));
}

} // namespace sandbox
