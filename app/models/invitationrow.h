#pragma once

#include <QDateTime>
#include <QString>

namespace models {

// One line of the results table: a number the admin asked to invite and what became of it.
struct InvitationRow
{
    QString input;        // as the admin typed or imported it
    QString name;         // from the import, when known
    QString msisdn;       // E.164
    QString invitationId; // empty until the server created it
    QString status;       // the API's status verbatim (PENDING, ACCEPTED, ...), or our own state
    QDateTime createdAt;
    QString error; // why the number was not invited, in admin words
};

// Our own states for rows the server has not (yet) answered for.
namespace LocalStatus {
inline QString queued()
{
    return QStringLiteral("QUEUED");
}
inline QString sending()
{
    return QStringLiteral("SENDING");
}
inline QString failed()
{
    return QStringLiteral("FAILED");
}
} // namespace LocalStatus

} // namespace models
