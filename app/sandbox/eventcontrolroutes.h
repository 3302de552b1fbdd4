#pragma once

#include "httprouter.h"

namespace sandbox {

class EventBroker;
class InviteeSimulator;

// The /_sandbox/events/... and /_sandbox/invitees control calls: break the event stream on
// purpose and steer the simulated invitees.
class EventControlRoutes final
{
public:
    EventControlRoutes(EventBroker &broker, InviteeSimulator &invitees);
    Q_DISABLE_COPY_MOVE(EventControlRoutes)

    void registerOn(HttpRouter &router);

private:
    HttpReply status() const;
    HttpReply fail(const QHttpServerRequest &request);
    HttpReply setInvitees(const QHttpServerRequest &request);

    EventBroker &m_broker;
    InviteeSimulator &m_invitees;
};

} // namespace sandbox
