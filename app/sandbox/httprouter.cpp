#include "httprouter.h"

#include <QUrl>

namespace sandbox {

void HttpRouter::add(QHttpServerRequest::Method method, const QString &pattern, Handler handler)
{
    m_routes.append(
        {method, QRegularExpression(QStringLiteral("\\A%1\\z").arg(pattern)), std::move(handler)});
}

HttpReply HttpRouter::dispatch(const QHttpServerRequest &request) const
{
    const QString path = request.url().path();
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(path);
        if (!match.hasMatch())
            continue;
        if (route.method != request.method()) {
            allowed.append(methodName(route.method));
            continue;
        }
        QStringList captures = match.capturedTexts();
        captures.removeFirst();
        return route.handler(request, captures);
    }
    if (!allowed.isEmpty()) {
        return HttpReply::error(405,
                                QStringLiteral("Request method '%1' is not supported")
                                    .arg(QString::fromLatin1(methodName(request.method()))),
                                path)
            .withHeader("Allow", allowed.join(", "));
    }
    return HttpReply::error(404, QStringLiteral("No endpoint %1").arg(path), path);
}

QByteArray HttpRouter::methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace sandbox
