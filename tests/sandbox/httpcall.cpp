#include "httpcall.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QNetworkReply *HttpCaller::start(const QByteArray &method, const QUrl &url,
                                 const HeaderList &headers, const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(timeoutMs);
    auto *reply = m_manager.sendCustomRequest(request, method, body);
    reply->setProperty("startedAt", m_clock.elapsed());
    return reply;
}

HttpResult HttpCaller::finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HttpResult result;
    result.elapsedMs = m_clock.elapsed() - reply->property("startedAt").toLongLong();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append({pair.first, pair.second});
    reply->deleteLater();
    return result;
}
