#include "models/livestatusfollower.h"

#include "models/invitationtablemodel.h"

namespace models {

namespace {
constexpr int kSlice = 5000; // changes per event-loop turn
}

LiveStatusFollower::LiveStatusFollower(tracking::InvitationTracker *tracker,
                                       InvitationTableModel *table, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_table(table)
{
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &LiveStatusFollower::applySlice);
    connect(tracker, &tracking::InvitationTracker::statusChanged, this,
            &LiveStatusFollower::enqueue);
    connect(tracker, &tracking::InvitationTracker::invitationDiscovered, this,
            &LiveStatusFollower::addDiscovered);
    // How rows get their ids: a send's answer rewrites its row (updateRow: every column), or a
    // row comes with its id. A status change alone touches the status column only.
    connect(table, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                constexpr int idColumn = InvitationTableModel::InvitationIdColumn;
                if (topLeft.column() <= idColumn && idColumn <= bottomRight.column())
                    catchUp(topLeft.row(), bottomRight.row());
            });
    connect(table, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { catchUp(first, last); });
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
    const int row = m_table ? m_table->rowForInvitationId(change.invitationId) : -1;
    // No row holds the id (yet: catchUp() shows the change when one does), or the row shows
    // the status already (caught up before this change's slice came): nothing to tell.
    if (row < 0 || m_table->row(row).status == change.newStatus)
        return;
    m_table->updateStatusById(change.invitationId, change.newStatus);
    if (change.newStatus == invitations::ApiStatus::accepted)
        Q_EMIT accepted(change);
}

void LiveStatusFollower::catchUp(int first, int last)
{
    if (!m_table || !m_tracker)
        return;
    for (int i = first; i <= last; ++i) {
        const InvitationRow &row = m_table->row(i);
        if (row.invitationId.isEmpty())
            continue;
        // The tracker's word is never older than the row's: it heard of this id from the event
        // stream or a list read, both after the invitation was made.
        const QString latest = m_tracker->statusOf(row.invitationId);
        if (!latest.isEmpty() && latest != row.status) {
            // Through the queue, not at once: we are inside the table's own signal.
            enqueue({row.invitationId, row.msisdn, row.status, latest,
                     QDateTime::currentDateTimeUtc()});
        }
    }
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
