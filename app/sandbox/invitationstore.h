#pragma once

#include "organizationprofile.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QStringList>

namespace sandbox {

struct Invitation
{
    QString id;
    QString recipientMsisdn;
    QString message;
    QStringList accessPermissionGroupIds;
    QString status;
    QDateTime createdAt;
};

// Every invitation the sandbox created, in creation order: the ground truth the tests compare
// clients against. Also counts how many invitations each number received.
class InvitationStore final : public QObject
{
    Q_OBJECT
public:
    explicit InvitationStore(const OrganizationProfile &organization, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvitationStore)

    const OrganizationProfile &organization() const { return m_organization; }

    QList<Invitation> create(const QStringList &msisdns, const QString &message,
                             const QStringList &groupIds);
    const QList<Invitation> &invitations() const { return m_invitations; }
    const Invitation *find(const QString &id) const;
    // false when no invitation has that id.
    bool setStatus(const QString &id, const QString &status);
    // Backdates (or moves) an invitation, so reminders can be tested; false when unknown.
    bool setCreatedAt(const QString &id, const QDateTime &createdAt);
    void reset();

    QJsonObject toJson(const Invitation &invitation) const;
    QJsonArray toJson(const QList<Invitation> &invitations) const;
    QHash<QString, int> invitationsPerMsisdn() const;

Q_SIGNALS:
    void created(const Invitation &invitation);
    void statusChanged(const Invitation &invitation, const QString &previousStatus);

private:
    OrganizationProfile m_organization;
    QJsonObject m_organizationJson; // built once: it is embedded in every invitation
    QList<Invitation> m_invitations;
    QHash<QString, qsizetype> m_indexById;
};

} // namespace sandbox
