#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace events {

// An invitation changed status on the server, as told by the event stream.
struct InvitationStatusChange
{
    QString invitationId;
    QString newStatus; // "ACCEPTED" (MEMBERSHIP_CREATED) or "DELETED" (…_INVITATION_DELETED)
    QDateTime at;      // UTC: the event's metaData.created, else when it was received
    QString msisdn;    // the recipient when the event names it, else empty
    QString eventType; // the Accessy eventType it came from

    friend bool operator==(const InvitationStatusChange &,
                           const InvitationStatusChange &) = default;
};

} // namespace events

Q_DECLARE_METATYPE(events::InvitationStatusChange)
