#include "httprouter.h"

#include "common/enumkeys.h"

#include <QUrl>

namespace sandbox {

void HttpRouter::add(QHttpServerRequest::Method method, const QString &pattern, Handler handler)
{
    m_routes.append(
        {method, QRegularExpression(QStringLiteral("\\A%1\\z").arg(pattern)), std::move(handler)});
}

void HttpRouter::add(QHttpServerRequest::Method method, const QString &pattern,
                     std::function<HttpReply(const QHttpServerRequest &request)> handler)
{
    add(method, pattern,
        [handler = std::move(handler)](const QHttpServerRequest &request, const QStringList &) {
            return handler(request);
        });
}

void HttpRouter::add(QHttpServerRequest::Method method, const QString &pattern,
                     std::function<HttpReply()> handler)
{
    add(method, pattern,
        [handler = std::move(handler)](const QHttpServerRequest &, const QStringList &) {
            return handler();
        });
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
    using Method = QHttpServerRequest::Method;
    static constexpr common::EnumKey<Method> Names[] = {
        {Method::Get, "GET"},    {Method::Put, "PUT"},   {Method::Delete, "DELETE"},
        {Method::Post, "POST"},  {Method::Head, "HEAD"}, {Method::Options, "OPTIONS"},
        {Method::Patch, "PATCH"}};
    const QString name = common::keyOf(Names, method);
    return name.isEmpty() ? QByteArrayLiteral("OTHER") : name.toLatin1();
}

} // namespace sandbox
