#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace accessy {

struct SessionToken
{
    QString accessToken;
    QString tokenType;
    qint64 expiresInMs = -1; // -1 when the server did not say
    QDateTime obtainedAt;

    bool isEmpty() const { return accessToken.isEmpty(); }
    QDateTime expiresAt() const
    {
        return expiresInMs < 0 ? QDateTime() : obtainedAt.addMSecs(expiresInMs);
    }
};

struct Membership
{
    QString id;
    QString userId;
    QString organizationId;
    QStringList roles;

    bool isAdministrator() const
    {
        return roles.contains(QStringLiteral("ORGANIZATION_ADMINISTRATOR"));
    }
};

struct Organization
{
    QString id;
    QString name;
    QString orgNumber;
    QString vatNumber;
};

// One invitation as the API returns it. `status` is kept verbatim: the API may grow new values.
struct Invitation
{
    QString id;
    Organization organization;
    QString recipientMsisdn;
    QString invitationMessage;
    QString status;
    QString senderName;
    QDateTime createdAt; // UTC; invalid when the server sent none or an unreadable one
    QString createdAtText;
    bool createdByApplication = false;
};

struct CreateInvitationsRequest
{
    QString message;
    QStringList msisdns;
    QStringList accessPermissionGroupIds;
};

} // namespace accessy

Q_DECLARE_METATYPE(accessy::Invitation)
