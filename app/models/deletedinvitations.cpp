#include "models/deletedinvitations.h"

#include "accessy/accessysession.h"
#include "events/organizationevents.h"
#include "invitations/invitationstatus.h"
#include "models/invitationtablemodel.h"
#include "sending/organization.h"
#include "sending/sendcontroller.h"
#include "tracking/invitationtracker.h"

namespace models {

DeletedInvitations::DeletedInvitations(accessy::AccessySession *session,
                                       tracking::InvitationTracker *tracker,
                                       events::OrganizationEvents *events,
                                       sending::SendController *sender, InvitationTableModel *table,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_table(table)
{
    connect(tracker, &tracking::InvitationTracker::statusChanged, this,
            &DeletedInvitations::onStatusChanged);
    connect(tracker, &tracking::InvitationTracker::listRead, this, &DeletedInvitations::onListRead);
    connect(sender, &sending::SendController::organizationRead, this,
            &DeletedInvitations::rememberMembers);
    // Invited again by any send (the bar, a typed list, the command line's history aside):
    // no longer a number to offer.
    connect(sender, &sending::SendController::itemOutcome, this,
            [this](const sending::SendOutcome &outcome) {
                if (outcome.invited && m_numbers.removeAll(outcome.msisdn) > 0)
                    Q_EMIT changed();
            });
    connect(events, &events::OrganizationEvents::membershipRemoved, this,
            [this](const QString &userId) {
                add(QStringLiteral("user:") + userId, m_numberOfUser.value(userId));
            });
}

void DeletedInvitations::clear()
{
    if (m_numbers.isEmpty())
        return;
    m_numbers.clear();
    Q_EMIT changed();
}

void DeletedInvitations::add(const QString &key, const QString &msisdn)
{
    // A membership whose number no list named cannot be invited again: nothing to offer.
    if (msisdn.isEmpty() || m_counted.contains(key))
        return;
    m_counted.insert(key);
    if (m_numbers.contains(msisdn))
        return;
    m_numbers << msisdn;
    Q_EMIT changed();
}

void DeletedInvitations::onStatusChanged(const tracking::StatusChange &change)
{
    if (change.newStatus != invitations::ApiStatus::deleted)
        return;
    QString msisdn = change.msisdn;
    if (msisdn.isEmpty() && m_table) {
        const int row = m_table->rowForInvitationId(change.invitationId);
        if (row >= 0)
            msisdn = m_table->row(row).msisdn;
    }
    add(change.invitationId, msisdn);
}

void DeletedInvitations::onListRead(const QList<accessy::Invitation> &list,
                                    const QDateTime &readStartedAt)
{
    Q_UNUSED(readStartedAt)
    QSet<QString> listed;
    listed.reserve(list.size());
    for (const accessy::Invitation &inv : list)
        listed.insert(inv.id);
    const QString organization = m_session->organizationId();
    const bool sameOrganization = organization == m_listedOrganization;
    QSet<QString> before = std::exchange(m_listed, listed);
    m_listedOrganization = organization;
    if (!m_table || !sameOrganization)
        return; // the first list of this organization: nothing to compare with
    for (const InvitationRow &row : m_table->rows()) {
        if (row.status == invitations::ApiStatus::pending && before.contains(row.invitationId) &&
            !listed.contains(row.invitationId))
            add(row.invitationId, row.msisdn); // gone from the server: deleted
    }
}

void DeletedInvitations::rememberMembers(const sending::OrganizationSnapshot &organization)
{
    for (const accessy::Member &m : organization.members) {
        if (!m.userId.isEmpty() && !m.msisdn.isEmpty())
            m_numberOfUser.insert(m.userId, m.msisdn);
    }
}

} // namespace models
