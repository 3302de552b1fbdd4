#include "requestbody.h"

#include <QJsonDocument>

namespace sandbox {

std::optional<QJsonObject> jsonObjectBody(const QHttpServerRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace sandbox
