#include "accessy/member.h"

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

// The API sends numbers; accept numeric strings too, as for the group pages.
qint64 integer(const QJsonValue &value, bool *ok)
{
    if (value.isDouble()) {
        *ok = true;
        return qint64(value.toDouble());
    }
    return value.toString().toLongLong(ok);
}
} // namespace

Result<MemberPage> parseMemberPage(const QByteArray &body, const QString &operation)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ApiError::badAnswer(operation, Text::tr("the member page is not a JSON object"),
                                   body);
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1String("items")).isArray())
        return ApiError::badAnswer(operation, Text::tr("the member page has no \"items\" list"),
                                   body);
    bool ok = false;
    MemberPage page;
    page.totalItems = integer(o.value(QLatin1String("totalItems")), &ok);
    if (!ok || page.totalItems < 0)
        return ApiError::badAnswer(operation,
                                   Text::tr("the member page has no valid \"totalItems\""), body);
    page.pageSize = int(integer(o.value(QLatin1String("pageSize")), &ok));
    page.pageNumber = int(integer(o.value(QLatin1String("pageNumber")), &ok));
    const QJsonArray items = o.value(QLatin1String("items")).toArray();
    page.items.reserve(items.size());
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        Member member;
        member.userId = item.value(QLatin1String("id")).toString();
        member.firstName = item.value(QLatin1String("firstName")).toString();
        member.lastName = item.value(QLatin1String("lastName")).toString();
        member.msisdn = item.value(QLatin1String("msisdn")).toString();
        member.application = item.value(QLatin1String("application")).toBool();
        if (member.userId.isEmpty())
            return ApiError::badAnswer(operation, Text::tr("a member has no \"id\""), body);
        page.items << member;
    }
    return page;
}

Result<MembershipRef> parseMembershipRef(const QByteArray &body, const QString &operation)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    MembershipRef ref;
    ref.id = o.value(QLatin1String("id")).toString();
    ref.userId = o.value(QLatin1String("userId")).toString();
    ref.organizationId = o.value(QLatin1String("organizationId")).toString();
    if (!doc.isObject() || ref.id.isEmpty())
        return ApiError::badAnswer(operation, Text::tr("the membership has no \"id\""), body);
    return ref;
}

} // namespace accessy::json
