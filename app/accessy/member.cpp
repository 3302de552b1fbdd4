#include "accessy/member.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace accessy::json {

namespace {
// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(accessy::json)
};
} // namespace

Result<MemberPage> parseMemberPage(const QByteArray &body, const QString &operation)
{
    const PageTexts texts{Text::tr("the member page is not a JSON object"),
                          Text::tr("the member page has no \"items\" list"),
                          Text::tr("the member page has no valid \"totalItems\""),
                          Text::tr("a member has no \"id\"")};
    return parsePage<Member>(
        body, operation, texts, [](const QJsonObject &item) -> std::optional<Member> {
            Member member;
            member.userId = item.value(QLatin1String("id")).toString();
            member.firstName = item.value(QLatin1String("firstName")).toString();
            member.lastName = item.value(QLatin1String("lastName")).toString();
            member.msisdn = item.value(QLatin1String("msisdn")).toString();
            member.application = item.value(QLatin1String("application")).toBool();
            if (member.userId.isEmpty())
                return std::nullopt;
            return member;
        });
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
