#pragma once

#include "invitationstatuschange.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace events {

// What one MESSAGE body of the Accessy event stream means for invitations.
struct AccessyEvent
{
    enum class Kind
    {
        StatusChange, // `change` is set
        Ignored,      // a well-formed event that changes no invitation (`detail` says why)
        Malformed,    // not a JSON object with a string eventType (`detail` says what is wrong)
    };
    Kind kind = Kind::Malformed;
    QString eventType;
    std::optional<InvitationStatusChange> change;
    QString detail;
    QString userId; // the event's userId when it names one (MEMBERSHIP_REMOVED names no number)
};

// Reads Accessy event bodies (JSON with an eventType). MEMBERSHIP_CREATED with an invitationId
// means that invitation was accepted; ORGANIZATION_INVITATION_DELETED means it was deleted.
// Every other type is ignored; nothing here ever throws or asserts on server input.
class AccessyEventParser final
{
    Q_DECLARE_TR_FUNCTIONS(AccessyEventParser)

public:
    static AccessyEvent parse(QByteArrayView body,
                              const QDateTime &receivedAt = QDateTime::currentDateTimeUtc());

    // The event types API.md lists (known, but only two of them concern invitations).
    static QStringList knownEventTypes();
};

} // namespace events
