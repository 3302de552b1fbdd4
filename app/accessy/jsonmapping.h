#pragma once

#include "accessy/result.h"
#include "accessy/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

// Pure functions between the API's JSON and our value types: easy to test without a network.
namespace accessy::json {

QByteArray tokenRequestBody(const QString &clientId, const QString &clientSecret,
                            const QString &audience);
Result<SessionToken> parseToken(const QByteArray &body, const QDateTime &now);

// The membership answer is documented as one object, but the production client reads an array.
Result<Membership> parseMembership(const QByteArray &body);

QByteArray createInvitationsBody(const CreateInvitationsRequest &request);
Invitation invitationFromJson(const QJsonObject &object);
Result<QList<Invitation>> parseInvitations(const QByteArray &body, const QString &operation);

QDateTime parseTimestamp(const QString &text);

} // namespace accessy::json
