#pragma once

#include <QObject>

#include <functional>

namespace accessy {
class AccessySession;
}
namespace history {
class HistoryStore;
}

namespace tracking {

class InvitationTracker;

// Writes every status the tracker learns (events, F5, the periodic refresh) to the history,
// and marks pending invitations a list read no longer shows as gone, so that the history
// remembers across runs what the server said — never more than the server said.
class StatusHistory final : public QObject
{
    Q_OBJECT
public:
    // `history` is asked each time (the window switches to a practice history); it may
    // answer null or a closed store: nothing is written then.
    StatusHistory(InvitationTracker *tracker, accessy::AccessySession *session,
                  std::function<history::HistoryStore *()> history, QObject *parent = nullptr);

    int written() const { return m_written; } // statuses changed in the history so far

private:
    history::HistoryStore *store() const;

    accessy::AccessySession *m_session;
    std::function<history::HistoryStore *()> m_history;
    int m_written = 0;
};

} // namespace tracking
