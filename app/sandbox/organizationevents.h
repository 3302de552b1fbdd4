#pragma once

#include "invitationstore.h"

#include <QObject>

namespace sandbox {

class EventBroker;

// Turns invitation status changes into the events Accessy publishes on the organization topic:
// ACCEPTED → MEMBERSHIP_CREATED, DELETED → ORGANIZATION_INVITATION_DELETED. Other statuses
// change the list only.
class OrganizationEvents final : public QObject
{
    Q_OBJECT
public:
    OrganizationEvents(InvitationStore &invitations, EventBroker &broker,
                       QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OrganizationEvents)

    static QByteArray membershipCreated(const Invitation &invitation, const QString &orgId);
    static QByteArray invitationDeleted(const Invitation &invitation, const QString &orgId);
    static QByteArray membershipRemoved(const QString &userId, const QString &orgId);

private:
    void onStatusChanged(const Invitation &invitation, const QString &previousStatus);

    InvitationStore &m_invitations;
    EventBroker &m_broker;
};

} // namespace sandbox
