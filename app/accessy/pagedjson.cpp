#include "accessy/pagedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace accessy::json {

namespace {
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

Result<Page<QJsonValue>> parsePageEnvelope(const QByteArray &body, const QString &operation,
                                           const PageTexts &texts)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ApiError::badAnswer(operation, texts.notAnObject, body);
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1String("items")).isArray())
        return ApiError::badAnswer(operation, texts.noItemsList, body);
    bool ok = false;
    Page<QJsonValue> page;
    page.totalItems = integer(o.value(QLatin1String("totalItems")), &ok);
    if (!ok || page.totalItems < 0)
        return ApiError::badAnswer(operation, texts.noValidTotal, body);
    page.pageSize = int(integer(o.value(QLatin1String("pageSize")), &ok));
    page.pageNumber = int(integer(o.value(QLatin1String("pageNumber")), &ok));
    page.totalPages = int(integer(o.value(QLatin1String("totalPages")), &ok));
    const QJsonArray items = o.value(QLatin1String("items")).toArray();
    page.items = QList<QJsonValue>(items.begin(), items.end());
    return page;
}

} // namespace accessy::json
