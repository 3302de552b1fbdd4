#include "organizationprofile.h"

#include <QJsonArray>

namespace sandbox {

QJsonObject OrganizationProfile::toJson() const
{
    const QJsonObject billingAddress{
        {QStringLiteral("id"), QStringLiteral("c3e1a7d2-4b5f-4c8e-9a1d-2f6b8e0c4a19")},
        {QStringLiteral("contact"), QStringLiteral("Sandbox Contact")},
        {QStringLiteral("apartmentOrSuite"), QStringLiteral("")},
        {QStringLiteral("street"), QStringLiteral("Testgatan 1")},
        {QStringLiteral("zip"), QStringLiteral("123 45")},
        {QStringLiteral("city"), QStringLiteral("Stockholm")},
        {QStringLiteral("province"), QStringLiteral("Stockholm")},
        {QStringLiteral("country"), QStringLiteral("SE")}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("orgNumber"), QStringLiteral("556677-8899")},
            {QStringLiteral("vatNumber"), QStringLiteral("SE556677889901")},
            {QStringLiteral("domainDataEndpoint"), QStringLiteral("http://rec/rec")},
            {QStringLiteral("phoneNumber"), QStringLiteral("+46812345678")},
            {QStringLiteral("billingAddress"), billingAddress},
            {QStringLiteral("membershipRequestsEnabled"), false}};
}

QJsonObject OrganizationProfile::membershipJson() const
{
    return {{QStringLiteral("id"), QStringLiteral("8e2d4f6a-1b3c-4d5e-9f70-a1b2c3d4e5f6")},
            {QStringLiteral("userId"), userId()},
            {QStringLiteral("organizationId"), id},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
}

} // namespace sandbox
