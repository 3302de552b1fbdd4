#include "accessy/accessgroup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace accessy::json {

namespace {
// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(accessy::json)
};

// The API sends numbers; accept numeric strings too, as for expires_in.
qint64 integer(const QJsonValue &value, bool *ok)
{
    if (value.isDouble()) {
        *ok = true;
        return qint64(value.toDouble());
    }
    return value.toString().toLongLong(ok);
}
} // namespace

Result<AccessGroupPage> parseAccessGroupPage(const QByteArray &body, const QString &operation)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ApiError::badAnswer(operation,
                                   Text::tr("the access group page is not a JSON object"), body);
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1String("items")).isArray())
        return ApiError::badAnswer(operation,
                                   Text::tr("the access group page has no \"items\" list"), body);
    bool ok = false;
    AccessGroupPage page;
    page.totalItems = integer(o.value(QLatin1String("totalItems")), &ok);
    if (!ok || page.totalItems < 0)
        return ApiError::badAnswer(
            operation, Text::tr("the access group page has no valid \"totalItems\""), body);
    page.pageSize = int(integer(o.value(QLatin1String("pageSize")), &ok));
    page.pageNumber = int(integer(o.value(QLatin1String("pageNumber")), &ok));
    page.totalPages = int(integer(o.value(QLatin1String("totalPages")), &ok));
    const QJsonArray items = o.value(QLatin1String("items")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        AccessGroup group;
        group.id = item.value(QLatin1String("id")).toString();
        group.name = item.value(QLatin1String("name")).toString();
        group.description = item.value(QLatin1String("description")).toString();
        if (group.id.isEmpty())
            return ApiError::badAnswer(operation, Text::tr("an access group has no \"id\""), body);
        page.items << group;
    }
    return page;
}

} // namespace accessy::json
