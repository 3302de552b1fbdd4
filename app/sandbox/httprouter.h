#pragma once

#include "httpreply.h"

#include <QHttpServerRequest>
#include <QList>
#include <QRegularExpression>

#include <functional>

namespace sandbox {

// Maps (method, path pattern) to a handler. Unlike QHttpServer 6.4, a known path asked with the
// wrong method answers 405 with an Allow header, and every miss answers a JSON error body.
class HttpRouter final
{
public:
    // captures: the pattern's capture groups, in order (e.g. the organization id).
    using Handler =
        std::function<HttpReply(const QHttpServerRequest &request, const QStringList &captures)>;

    HttpRouter() = default;
    Q_DISABLE_COPY_MOVE(HttpRouter)

    // pattern is anchored at both ends, e.g. "/org/admin/organization/([^/]+)/invitation".
    void add(QHttpServerRequest::Method method, const QString &pattern, Handler handler);
    // The same for a route whose pattern captures nothing, or that needs no request at all.
    void add(QHttpServerRequest::Method method, const QString &pattern,
             std::function<HttpReply(const QHttpServerRequest &request)> handler);
    void add(QHttpServerRequest::Method method, const QString &pattern,
             std::function<HttpReply()> handler);
    HttpReply dispatch(const QHttpServerRequest &request) const;

    static QByteArray methodName(QHttpServerRequest::Method method);

private:
    struct Route
    {
        QHttpServerRequest::Method method;
        QRegularExpression pattern;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace sandbox
