#pragma once

#include "accessy/pagedjson.h"
#include "accessy/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace accessy {

// One access permission group: invitees can be put into groups as they join.
struct AccessGroup
{
    QString id;
    QString name;
    QString description;
};

// One page of GET /asset/admin/organization/{orgId}/access-permission-group.
using AccessGroupPage = Page<AccessGroup>;

namespace json {
Result<AccessGroupPage> parseAccessGroupPage(const QByteArray &body, const QString &operation);
}

// The server caps pages at 250 (enforced since late 2025).
inline constexpr int kAccessGroupPageSize = 250;

} // namespace accessy
