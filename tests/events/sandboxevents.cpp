#include "sandboxevents.h"

#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace SandboxEvents {

QUrl readEventsUrl(SandboxProcess &sandbox, QString *error)
{
    // The second stdout line, when SandboxProcess (which reads the first) left it to us; the
    // sandbox prints it right after the first one, so a short wait is enough.
    QByteArray seen;
    const QByteArray prefix = "events on ";
    QByteArray eventsLine;
    (void)QTest::qWaitFor(
        [&] {
            seen += sandbox.output();
            for (const QByteArray &line : seen.split('\n')) {
                const QByteArray trimmed = line.trimmed();
                if (trimmed.startsWith(prefix) && seen.contains(trimmed + '\n')) {
                    eventsLine = trimmed;
                    return true;
                }
            }
            return false;
        },
        300);
    if (!eventsLine.isEmpty()) {
        const QUrl url(QString::fromUtf8(eventsLine.mid(prefix.size())));
        if (url.isValid() && url.scheme() == QLatin1StringView("ws") && url.port() > 0)
            return url;
        *error = QStringLiteral("bad events line: ") + QString::fromUtf8(eventsLine);
        return {};
    }
    // Otherwise the same URL from the control API (GET /_sandbox/events).
    const Reply r = get(sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/events"))));
    const QUrl url(r.json().object().value(QLatin1StringView("url")).toString());
    if (r.status == 200 && url.isValid() && url.scheme() == QLatin1StringView("ws"))
        return url;
    *error = QStringLiteral("no events URL: no 'events on' line (printed: %1), and "
                            "GET /_sandbox/events answered %2 %3")
                 .arg(QString::fromUtf8(seen.left(1000)))
                 .arg(r.status)
                 .arg(QString::fromUtf8(r.body.left(300)));
    return {};
}

namespace {

Reply finish(QNetworkReply *reply)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(15000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

QNetworkRequest request(const QUrl &url, const QByteArray &bearer)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer);
    return req;
}

QNetworkAccessManager &manager()
{
    static QNetworkAccessManager nam;
    return nam;
}

} // namespace

Reply post(const QUrl &url, const QByteArray &json, const QByteArray &bearer)
{
    return finish(manager().post(request(url, bearer), json));
}

Reply get(const QUrl &url, const QByteArray &bearer)
{
    return finish(manager().get(request(url, bearer)));
}

QString fetchToken(const QUrl &baseUrl)
{
    const QJsonObject body{
        {QStringLiteral("audience"), QStringLiteral("https://api.accessy.se")},
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
        {QStringLiteral("client_id"), SandboxProcess::defaultClientId()},
        {QStringLiteral("client_secret"), SandboxProcess::defaultClientSecret()}};
    const Reply r = post(baseUrl.resolved(QUrl(QStringLiteral("/auth/oauth/token"))),
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
    return r.status == 200 ? r.json().object().value(QLatin1StringView("access_token")).toString()
                           : QString();
}

QString createInvitation(const QUrl &baseUrl, const QString &token, const QString &msisdn)
{
    const QUrl url = baseUrl.resolved(
        QUrl(QStringLiteral("/org/admin/organization/%1/invitation").arg(organizationId())));
    QNetworkRequest req = request(url, token.toLatin1());
    req.setRawHeader("Accept", "application/vnd.axessions.v2+json");
    const QJsonObject body{{QStringLiteral("message"), QStringLiteral("join us")},
                           {QStringLiteral("msisdns"), QJsonArray{msisdn}}};
    const Reply r = finish(manager().post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    if (r.status != 200)
        return {};
    return r.json().array().first().toObject().value(QLatin1StringView("id")).toString();
}

bool setInvitationStatus(const QUrl &baseUrl, const QString &id, const QString &status)
{
    const QUrl url =
        baseUrl.resolved(QUrl(QStringLiteral("/_sandbox/invitations/%1/status").arg(id)));
    const QJsonObject body{{QStringLiteral("status"), status}};
    return post(url, QJsonDocument(body).toJson(QJsonDocument::Compact)).status == 200;
}

} // namespace SandboxEvents
