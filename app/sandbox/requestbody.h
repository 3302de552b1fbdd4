#pragma once

#include <QHttpServerRequest>
#include <QJsonObject>

#include <optional>

namespace sandbox {

// The request's body as a JSON object; nullopt when it is not valid JSON or not an object.
std::optional<QJsonObject> jsonObjectBody(const QHttpServerRequest &request);

} // namespace sandbox
