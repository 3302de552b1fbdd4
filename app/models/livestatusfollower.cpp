#include "models/livestatusfollower.h"

#include "models/invitationtablemodel.h"

namespace models {

namespace {
constexpr int kSlice = 5000; // changes per event-loop turn
}

LiveStatusFollower::LiveStatusFollower(tracking::InvitationTracker *tracker,
                                       InvitationTableModel *table, QObject *parent)
    : QObject(parent)
    , m_table(table)
{
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &LiveStatusFollower::applySlice);
    connect(tracker, &tracking::InvitationTracker::statusChanged, this,
            &LiveStatusFollower::enqueue);
    connect(tracker, &tracking::InvitationTracker::invitationDiscovered, this,
            &LiveStatusFollower::addDiscovered);
}

void LiveStatusFollower::enqueue(const tracking::StatusChange &change)
{
    m_pending.append(change);
    if (!m_slices.isActive())
        m_slices.start();
}

void LiveStatusFollower::applySlice()
{
    const qsizetype n = qMin<qsizetype>(kSlice, pendingCount());
    for (qsizetype i = 0; i < n; ++i)
        apply(m_pending.at(m_applied + i));
    m_applied += n;
    if (m_applied >= m_pending.size()) {
        m_pending.clear();
        m_applied = 0;
        m_slices.stop();
    }
}

void LiveStatusFollower::apply(const tracking::StatusChange &change)
{
    if (!m_table || !m_table->updateStatusById(change.invitationId, change.newStatus))
        return;
    if (change.newStatus == invitations::ApiStatus::accepted)
        Q_EMIT accepted(change);
}

void LiveStatusFollower::addDiscovered(const accessy::Invitation &invitation)
{
    if (!m_table)
        return;
    if (m_table->rowForInvitationId(invitation.id) >= 0) {
        // Ours, already in the table: take the server's word on the status.
        m_table->updateStatusById(invitation.id, invitation.status);
        return;
    }
    InvitationRow row;
    row.input = invitation.recipientMsisdn;
    row.msisdn = invitation.recipientMsisdn;
    row.invitationId = invitation.id;
    row.status = invitation.status;
    row.createdAt = invitation.createdAt;
    m_table->appendRows({row});
}

} // namespace models
