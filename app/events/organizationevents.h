#pragma once

#include "invitationstatuschange.h"
#include "stompclient.h"

#include <QObject>
#include <QUrl>

namespace events {

// The live invitation status of one organization: a StompClient subscribed to
// /topic/organization/{orgId} plus AccessyEventParser. Emits what the rest of the app needs and
// nothing of STOMP. After resynchronizeNeeded() the owner re-reads the invitation list, since
// events published while disconnected are lost.
class OrganizationEvents final : public QObject
{
    Q_OBJECT

public:
    explicit OrganizationEvents(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OrganizationEvents)

    // wss://accessy.se/ws/app (another host than the REST API).
    static QUrl defaultEventsUrl();
    static QString destinationFor(const QString &organizationId);

    void setEventsUrl(const QUrl &url);
    void setOrganizationId(const QString &organizationId);
    // Called for every connection attempt, so a refreshed token is used on reconnect.
    void setTokenProvider(StompClient::TokenProvider provider);

    // For tuning heart-beats, back-off and limits (tests, diagnostics); URL and destination are
    // set from the two setters above on start().
    StompClient *client() const { return m_client; }
    StompClient::State state() const { return m_client->state(); }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void invitationStatusChanged(const InvitationStatusChange &change);
    void connectionStateChanged(StompClient::State state);
    void resynchronizeNeeded();
    // MEMBERSHIP_REMOVED: the user left the organization (usually an account reset).
    void membershipRemoved(const QString &userId);
    void errorMessage(const QString &message);

private:
    void onMessage(const StompFrame &frame);

    StompClient *m_client;
    QUrl m_url;
    QString m_organizationId;
};

} // namespace events
