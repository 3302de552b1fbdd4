#pragma once

#include "accessy/pagedjson.h"
#include "accessy/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace accessy {

// One user of the organization, as the member list shows it.
struct Member
{
    QString userId;
    QString firstName;
    QString lastName;
    QString msisdn;           // empty for an account that was reset
    bool application = false; // API credentials, not a person
};

// One page of GET /org/organization/{orgId}/user.
using MemberPage = Page<Member>;

// A membership (find-by-msisdn, a user's membership): its id is what a group is given.
struct MembershipRef
{
    QString id;
    QString userId;
    QString organizationId;
};

// The server caps pages at 250, as for the access groups.
inline constexpr int kMemberPageSize = 250;

namespace json {
Result<MemberPage> parseMemberPage(const QByteArray &body, const QString &operation);
Result<MembershipRef> parseMembershipRef(const QByteArray &body, const QString &operation);
} // namespace json

} // namespace accessy
