#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace sandbox {

// One answer of the sandbox, built by a route and written by SandboxServer. Faults need more
// than "status + body": an answer may never come (Hang) or the connection may close (Drop).
struct HttpReply
{
    enum class Disposition
    {
        Answer, // write status line, headers and body
        Hang,   // write nothing, keep the connection open until the client gives up
        Drop,   // write nothing, close the connection
        Cut     // write the head and half the body, then close the connection
    };

    int status = 200;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Disposition disposition = Disposition::Answer;
    // Control endpoints answer at once; the Accessy API answers after the configured latency.
    bool delayed = true;
    // When set, the route's work is deferred: after laterMs the server calls it (whether or
    // not the client is still connected) and delivers the reply it makes to whoever listens.
    std::function<HttpReply()> later;
    int laterMs = 0;

    static HttpReply json(int status, const QJsonObject &object);
    static HttpReply json(int status, const QJsonArray &array);
    // Spring-style error body: {"timestamp","status","error","message","path"}.
    static HttpReply error(int status, const QString &message, const QString &path);
    static HttpReply hang();
    static HttpReply drop();
    static HttpReply deferred(int ms, std::function<HttpReply()> work);

    HttpReply &withHeader(const QByteArray &name, const QByteArray &value);
    HttpReply &immediate();

    // Status line, headers (with Content-Length) and body as sent on the wire.
    QByteArray serialize() const;
    static QByteArray reasonPhrase(int status);
};

} // namespace sandbox
