#pragma once

#include "events/organizationevents.h"
#include "tracking/invitationtracker.h"

#include <QObject>
#include <QUrl>

namespace accessy {
class AccessySession;
}

namespace tracking {

// The live picture of an organization's invitations: the event stream feeding the tracker,
// and the tracker re-reading the whole list when events may have been missed or periodically.
// The window and `accessy-invite watch` both follow statuses through this one class.
class LiveStatus final : public QObject
{
    Q_OBJECT
public:
    explicit LiveStatus(accessy::AccessySession *session, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LiveStatus)
    ~LiveStatus() override;

    InvitationTracker *tracker() { return &m_tracker; }
    events::OrganizationEvents *events() { return &m_events; }

    // Follows the organization: events when `eventsUrl` is valid (signed in with the session's
    // token), and the periodic re-read of the list. The first read is the caller's to ask for
    // (tracker()->refresh()): the window wants it now, `watch` has done it already.
    void start(const QUrl &eventsUrl, const QString &organizationId);
    // Stops both at once (the events without waiting for the server's receipt).
    void stop();

private:
    InvitationTracker m_tracker;
    events::OrganizationEvents m_events;
};

} // namespace tracking
