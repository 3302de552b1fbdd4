#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <utility>

// One finished HTTP exchange with the sandbox, as the tests look at it.
struct HttpResult
{
    int status = 0; // 0 when no HTTP answer came (dropped, timed out, refused)
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const;
};

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// Sends one request through a real QNetworkAccessManager and waits (event loop) for its end.
// timeoutMs aborts the request, like a client giving up on a hanging server.
class HttpCaller final
{
public:
    HttpCaller() { m_clock.start(); }
    Q_DISABLE_COPY_MOVE(HttpCaller)

    QNetworkReply *start(const QByteArray &method, const QUrl &url, const HeaderList &headers = {},
                         const QByteArray &body = {}, int timeoutMs = 10000);
    HttpResult finish(QNetworkReply *reply);
    HttpResult call(const QByteArray &method, const QUrl &url, const HeaderList &headers = {},
                    const QByteArray &body = {}, int timeoutMs = 10000)
    {
        return finish(start(method, url, headers, body, timeoutMs));
    }
    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkAccessManager m_manager;
    QElapsedTimer m_clock;
};
