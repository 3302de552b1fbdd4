#include "tracking/livestatus.h"

#include "accessy/accessysession.h"

namespace tracking {

LiveStatus::LiveStatus(accessy::AccessySession *session, QObject *parent)
    : QObject(parent)
    , m_tracker(session)
{
    m_events.setTokenProvider([session] { return session->currentToken(); });
    connect(&m_events, &events::OrganizationEvents::invitationStatusChanged, &m_tracker,
            [this](const events::InvitationStatusChange &change) {
                m_tracker.applyEvent(change.invitationId, change.newStatus, change.at,
                                     change.msisdn);
            });
    // Events published while we were away are gone: the list tells what happened meanwhile.
    connect(&m_events, &events::OrganizationEvents::resynchronizeNeeded, &m_tracker,
            &InvitationTracker::refresh);
}

LiveStatus::~LiveStatus()
{
    m_events.stop();
}

void LiveStatus::start(const QUrl &eventsUrl, const QString &organizationId)
{
    m_tracker.startPeriodicRefresh();
    if (!eventsUrl.isValid())
        return;
    m_events.setEventsUrl(eventsUrl);
    m_events.setOrganizationId(organizationId);
    m_events.start();
}

void LiveStatus::stop()
{
    m_tracker.stopPeriodicRefresh();
    m_events.stop();
}

} // namespace tracking
