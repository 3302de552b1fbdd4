#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sandbox {

// The one organization the sandbox administers and the membership of its application user.
struct OrganizationProfile
{
    static QString defaultId() { return QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47"); }
    static QString defaultName() { return QStringLiteral("Practice Organization"); }

    QString id = defaultId();
    QString name = defaultName();
    QStringList roles{QStringLiteral("ORGANIZATION_ADMINISTRATOR")};
    QString senderName = QStringLiteral("Sandbox Application Credentials");

    // The "organization" object embedded in every invitation, shaped like Accessy's.
    QJsonObject toJson() const;
    // One element of GET /asset/user/organization-membership.
    QJsonObject membershipJson() const;
    static QString userId() { return QStringLiteral("0b6f3c52-7d1e-4a89-8c2b-5e9f1d7a3c60"); }
};

} // namespace sandbox
