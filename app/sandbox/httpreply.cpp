#include "httpreply.h"

#include <QDateTime>
#include <QJsonDocument>

namespace sandbox {

HttpReply HttpReply::json(int status, const QJsonObject &object)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::json(int status, const QJsonArray &array)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::error(int status, const QString &message, const QString &path)
{
    return json(status,
                QJsonObject{{QStringLiteral("timestamp"),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("path"), path}});
}

HttpReply HttpReply::hang()
{
    HttpReply reply;
    reply.disposition = Disposition::Hang;
    return reply;
}

HttpReply HttpReply::drop()
{
    HttpReply reply;
    reply.disposition = Disposition::Drop;
    return reply;
}

HttpReply HttpReply::deferred(int ms, std::function<HttpReply()> work)
{
    HttpReply reply;
    reply.later = std::move(work);
    reply.laterMs = ms;
    return reply;
}

HttpReply &HttpReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

HttpReply &HttpReply::immediate()
{
    delayed = false;
    return *this;
}

QByteArray HttpReply::serialize() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    out += body;
    return out;
}

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 500 ? "Client Error" : "Server Error";
    }
}

} // namespace sandbox
