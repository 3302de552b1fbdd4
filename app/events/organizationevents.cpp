#include "organizationevents.h"

#include "accessyeventparser.h"
#include "eventslogging.h"

namespace events {

OrganizationEvents::OrganizationEvents(QObject *parent)
    : QObject(parent)
    , m_client(new StompClient(this))
    , m_url(defaultEventsUrl())
{
    connect(m_client, &StompClient::stateChanged, this,
            &OrganizationEvents::connectionStateChanged);
    connect(m_client, &StompClient::resynchronizeNeeded, this,
            &OrganizationEvents::resynchronizeNeeded);
    connect(m_client, &StompClient::errorOccurred, this, &OrganizationEvents::errorMessage);
    connect(m_client, &StompClient::messageReceived, this, &OrganizationEvents::onMessage);
}

QUrl OrganizationEvents::defaultEventsUrl()
{
    return QUrl(QStringLiteral("wss://accessy.se/ws/app"));
}

QString OrganizationEvents::destinationFor(const QString &organizationId)
{
    return QStringLiteral("/topic/organization/") + organizationId;
}

void OrganizationEvents::setEventsUrl(const QUrl &url)
{
    m_url = url;
}

void OrganizationEvents::setOrganizationId(const QString &organizationId)
{
    m_organizationId = organizationId;
}

void OrganizationEvents::setTokenProvider(StompClient::TokenProvider provider)
{
    m_client->setTokenProvider(std::move(provider));
}

void OrganizationEvents::start()
{
    if (m_organizationId.trimmed().isEmpty()) {
        Q_EMIT errorMessage(tr("Live status needs the organization id; sign in first."));
        return;
    }
    StompClient::Settings settings = m_client->settings();
    settings.url = m_url;
    settings.destination = destinationFor(m_organizationId.trimmed());
    m_client->setSettings(settings);
    m_client->start();
}

void OrganizationEvents::stop()
{
    m_client->stop();
}

void OrganizationEvents::onMessage(const StompFrame &frame)
{
    const AccessyEvent event = AccessyEventParser::parse(frame.body());
    switch (event.kind) {
    case AccessyEvent::Kind::StatusChange:
        qCInfo(lcEvents).noquote() << event.eventType << "-> invitation"
                                   << event.change->invitationId << event.change->newStatus;
        Q_EMIT invitationStatusChanged(*event.change);
        break;
    case AccessyEvent::Kind::Ignored:
        qCInfo(lcEvents).noquote() << "event ignored:" << event.detail;
        if (event.eventType == QLatin1String("MEMBERSHIP_REMOVED") && !event.userId.isEmpty())
            Q_EMIT membershipRemoved(event.userId);
        break;
    case AccessyEvent::Kind::Malformed:
        qCWarning(lcEvents).noquote() << "malformed event ignored:" << event.detail;
        break;
    }
}

} // namespace events
