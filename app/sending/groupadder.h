#pragma once

#include "sending/sendjournal.h"
#include "sending/sendtypes.h"

#include <QObject>

#include <functional>

namespace accessy {
struct ApiError;
class AccessySession;
class MemberApi;
struct MembershipRef;
} // namespace accessy

namespace sending {

// Adds members to the chosen access groups instead of inviting them: the membership id (from
// the user id the member list gave, else by number for an accepted invitation the member list
// has not caught up with), then one PUT per group. Up to kMaxInFlight members at once; each
// ends in one `settled` (AddedToGroups, Failed or Cancelled), then `finished`.
class GroupAdder final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxInFlight = 4;
    static constexpr int kMaxRateLimited = 8; // 429s per member before it is reported failed

    explicit GroupAdder(accessy::AccessySession *session, QObject *parent = nullptr);

    void start(const QList<NumberVerdict> &members, const QStringList &groupIds);
    // Members not started yet are settled as cancelled; those under way finish.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void settled(const sending::journal::Settled &outcome);
    void finished();

private:
    void pump();
    // One step for a member: its membership id (when still empty), then group groupIndex.
    void step(const NumberVerdict &member, const QString &membershipId, int groupIndex,
              int rateLimited);
    // A 429: `again` runs after Retry-After (or a back-off); false when not a 429 or too many.
    bool waitIfRateLimited(const accessy::ApiError &error, int rateLimited,
                           std::function<void()> again);
    void done(const NumberVerdict &member, OutcomeKind kind, const QString &reason);

    accessy::MemberApi *m_api;
    QList<NumberVerdict> m_queue;
    QStringList m_groupIds;
    int m_inFlight = 0;
    bool m_running = false;
};

} // namespace sending
