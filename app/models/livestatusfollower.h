#pragma once

#include "tracking/invitationtracker.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace models {

class InvitationTableModel;

// Shows what the tracker learns in the results table: status changes of the table's
// invitations, and invitations created elsewhere as new rows. A refresh of a large list can
// bring tens of thousands of changes at once: they are applied a slice per event-loop turn, so
// the window never stalls.
// A change can come before its row has the invitation id: the event stream may tell an
// invitation's fate before the send's answer names it. The follower keeps nothing for that:
// whenever a row gets an id, it asks the tracker, which holds the latest status of every id it
// has heard of, and shows that status if it differs.
class LiveStatusFollower final : public QObject
{
    Q_OBJECT
public:
    LiveStatusFollower(tracking::InvitationTracker *tracker, InvitationTableModel *table,
                       QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LiveStatusFollower)

    // Changes received but not shown yet (waiting for their slice).
    qsizetype pendingCount() const { return m_pending.size() - m_applied; }

Q_SIGNALS:
    // An invitation of the table was accepted (for a notification).
    void accepted(const tracking::StatusChange &change);

private:
    void enqueue(const tracking::StatusChange &change);
    void applySlice();
    void apply(const tracking::StatusChange &change);
    void addDiscovered(const accessy::Invitation &invitation);
    // Rows first..last may just have got their invitation ids.
    void catchUp(int first, int last);

    QPointer<tracking::InvitationTracker> m_tracker;
    QPointer<InvitationTableModel> m_table;
    QTimer m_slices;
    QList<tracking::StatusChange> m_pending;
    qsizetype m_applied = 0;
};

} // namespace models
