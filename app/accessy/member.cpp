#include "accessy/member.h"
#include "accessy/jsontext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace accessy::json {

Result<MemberPage> parseMemberPage(const QByteArray &body, const QString &operation)
{
    const PageTexts texts{Text::tr("the member page is not a JSON object"),
                          Text::tr("the member page has no \"items\" list"),
                          Text::tr("the member page has no valid \"totalItems\""),
                          Text::tr("a member has no \"id\"")};
    return parsePage(body, operation, texts, &Member::userId, [](const QJsonObject &item) {
        return Member{stringAt(item, "id"), stringAt(item, "firstName"), stringAt(item, "lastName"),
                      stringAt(item, "msisdn"), item.value(QLatin1String("application")).toBool()};
    });
}

Result<MembershipRef> parseMembershipRef(const QByteArray &body, const QString &operation)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    MembershipRef ref;
    ref.id = stringAt(o, "id");
    ref.userId = stringAt(o, "userId");
    ref.organizationId = stringAt(o, "organizationId");
    if (!doc.isObject() || ref.id.isEmpty())
        return ApiError::badAnswer(operation, Text::tr("the membership has no \"id\""), body);
    return ref;
}

} // namespace accessy::json
