#pragma once

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
struct AccessGroupPage
{
    QList<AccessGroup> items;
    qint64 totalItems = 0;
    int pageSize = 0;
    int pageNumber = 0;
    int totalPages = 0;
};

namespace json {
Result<AccessGroupPage> parseAccessGroupPage(const QByteArray &body, const QString &operation);
}

// The server caps pages at 250 (enforced since late 2025).
inline constexpr int kAccessGroupPageSize = 250;

} // namespace accessy
