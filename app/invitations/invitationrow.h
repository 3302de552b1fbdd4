#pragma once

#include <QDateTime>
#include <QString>

namespace invitations {

// One line of the results: a number the admin asked to invite and what became of it.
struct InvitationRow
{
    QString input;        // as the admin typed or imported it
    QString name;         // from the import, when known
    QString msisdn;       // E.164
    QString invitationId; // empty until the server created it
    QString status;       // a status key (invitationstatus.h): the API's verbatim, or our own
    QDateTime createdAt;
    QString error; // why the number was not invited, in admin words
};

} // namespace invitations
