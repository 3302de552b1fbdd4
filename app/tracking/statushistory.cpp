#include "tracking/statushistory.h"

#include "accessy/accessysession.h"
#include "history/historystore.h"
#include "tracking/invitationtracker.h"

namespace tracking {

StatusHistory::StatusHistory(InvitationTracker *tracker, accessy::AccessySession *session,
                             std::function<history::HistoryStore *()> history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(std::move(history))
{
    // An event can name an invitation the history does not hold yet (its send's answer is
    // still on the way): that write changes nothing. The tracker reads the list for every id
    // it had not heard of, once the send is over (InvitationTracker::setHeld), and the list
    // read below writes the status then.
    connect(tracker, &InvitationTracker::statusChanged, this, [this](const StatusChange &change) {
        if (history::HistoryStore *s = store())
            m_written += qMax(0, s->learnStatuses({{change.invitationId, change.newStatus}}));
    });
    connect(tracker, &InvitationTracker::listRead, this,
            [this](const QList<accessy::Invitation> &list, const QDateTime &readStartedAt) {
                history::HistoryStore *s = store();
                if (!s || m_session->organizationId().isEmpty())
                    return;
                QList<history::SeenStatus> seen;
                seen.reserve(list.size());
                for (const accessy::Invitation &inv : list)
                    seen << history::SeenStatus{inv.id, inv.status};
                m_written +=
                    qMax(0, s->learnFromList(m_session->organizationId(), seen, readStartedAt));
            });
}

history::HistoryStore *StatusHistory::store() const
{
    history::HistoryStore *s = m_history ? m_history() : nullptr;
    return s && s->isOpen() ? s : nullptr;
}

} // namespace tracking
