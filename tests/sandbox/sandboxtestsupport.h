#pragma once

#include "httpcall.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

// What most sandbox tests do: get a token from a running sandbox and post invitations with
// the headers of Accessy's own curl example.
namespace SandboxTest {

inline QString defaultOrgId()
{
    return QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47");
}

inline QByteArray tokenBody(const QString &id = SandboxProcess::defaultClientId(),
                            const QString &secret = SandboxProcess::defaultClientSecret())
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("audience"), QStringLiteral("https://api.accessy.se")},
                           {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                           {QStringLiteral("client_id"), id},
                           {QStringLiteral("client_secret"), secret}})
        .toJson(QJsonDocument::Compact);
}

// A fresh bearer token; empty when the sandbox refused.
inline QByteArray fetchToken(HttpCaller &http, const QUrl &base)
{
    const HttpResult result =
        http.call("POST", base.resolved(QUrl(QStringLiteral("/auth/oauth/token"))),
                  {{"Content-Type", "application/json"}}, tokenBody());
    return result.json().object().value(QStringLiteral("access_token")).toString().toLatin1();
}

inline QUrl invitationUrl(const QUrl &base, const QString &orgId = defaultOrgId())
{
    return base.resolved(QUrl(QStringLiteral("/org/admin/organization/%1/invitation").arg(orgId)));
}

inline HeaderList invitationHeaders(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token},
            {"Content-Type", "application/json"},
            {"Accept", "application/vnd.axessions.v2+json"}};
}

inline QByteArray invitationBody(const QStringList &msisdns,
                                 const QString &message = QStringLiteral("Welcome"))
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("message"), message},
                           {QStringLiteral("msisdns"), QJsonArray::fromStringList(msisdns)}})
        .toJson(QJsonDocument::Compact);
}

inline HttpResult postInvitations(HttpCaller &http, const QUrl &base, const QByteArray &token,
                                  const QStringList &msisdns, int timeoutMs = 10000)
{
    return http.call("POST", invitationUrl(base), invitationHeaders(token), invitationBody(msisdns),
                     timeoutMs);
}

// The items of a paged answer ({"items": [...], "totalItems": ...}).
inline QJsonArray pageItems(const HttpResult &result)
{
    return result.json().object().value(QStringLiteral("items")).toArray();
}

// The id of the item at `index` of a paged answer.
inline QString pageItemId(const HttpResult &result, int index)
{
    return pageItems(result).at(index).toObject().value(QStringLiteral("id")).toString();
}

// The id of the first invitation a post created.
inline QString createdId(const HttpResult &posted)
{
    return posted.json().array().at(0).toObject().value(QStringLiteral("id")).toString();
}

// The sentence an error answer gives as its "message".
inline QString errorMessage(const HttpResult &result)
{
    return result.json().object().value(QStringLiteral("message")).toString();
}

inline QJsonObject state(HttpCaller &http, const QUrl &base)
{
    return http.call("GET", base.resolved(QUrl(QStringLiteral("/_sandbox/state")))).json().object();
}

inline HttpResult control(HttpCaller &http, const QUrl &base, const QString &path,
                          const QJsonObject &body = {})
{
    return http.call("POST", base.resolved(QUrl(path)), {{"Content-Type", "application/json"}},
                     QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// Stops the sandbox and returns its log when it reports a sanitizer error (asan preset: memory
// errors and leaks of the child process fail the test that caused them), else an empty array.
inline QByteArray stopAndCollectSanitizerReport(SandboxProcess &sandbox)
{
    sandbox.stop();
    const QByteArray log = sandbox.output();
    if (log.contains("Sanitizer") || log.contains("runtime error"))
        return log;
    return {};
}

// One sandbox per test function, as most sandbox tests use it: start() it in the test (or in
// init()) with --quiet plus the test's own arguments, a fresh HTTP caller and, unless told
// otherwise, a bearer token; stop() it in cleanup(), where a sanitizer report from the sandbox
// must fail the test that caused it.
struct SandboxRun final
{
    enum TokenChoice
    {
        WithToken,
        NoToken
    };

    std::unique_ptr<SandboxProcess> sandbox;
    std::unique_ptr<HttpCaller> http;
    QByteArray token;

    // False (errorString() says why) when the sandbox did not start or refused the token.
    bool start(const QStringList &extra = {}, TokenChoice choice = WithToken)
    {
        http = std::make_unique<HttpCaller>();
        sandbox = std::make_unique<SandboxProcess>();
        token.clear();
        if (!sandbox->start(QStringList{QStringLiteral("--quiet")} + extra))
            return false;
        if (choice == NoToken)
            return true;
        token = fetchToken(*http, sandbox->baseUrl());
        return !token.isEmpty();
    }
    QString errorString() const
    {
        if (!sandbox)
            return QStringLiteral("no sandbox was started");
        return sandbox->errorString().isEmpty() ? QStringLiteral("the sandbox gave no token")
                                                : sandbox->errorString();
    }
    // Stops and drops the sandbox (when one was started) and the caller; the sandbox's
    // sanitizer report, empty when it had none.
    QByteArray stop()
    {
        const QByteArray report = sandbox ? stopAndCollectSanitizerReport(*sandbox) : QByteArray();
        sandbox.reset();
        http.reset();
        return report;
    }
};

} // namespace SandboxTest
