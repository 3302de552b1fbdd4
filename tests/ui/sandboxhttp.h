#pragma once

// Control calls the SandboxProcess helper has no method for (DELETE, GET of a control list),
// made over real HTTP on loopback like the helper's own.
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// Returns the answer's JSON (null on failure); `status` gets the HTTP status.
inline QJsonDocument sandboxCall(const QUrl &base, const QByteArray &verb, const QString &path,
                                 const QByteArray &json = {}, int *status = nullptr)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, json);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return doc;
}
