#include "sending/invitationposter.h"

#include "accessy/accessgroup.h"
#include "accessy/accessysession.h"
#include "accessy/jsonmapping.h"

#include <QIODevice>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>

#include <cmath>
#include <cstring>

namespace sending {

namespace {

// A request body Qt can read once and never rewind (see the class comment).
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return (m_data.size() - m_pos) + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

int retryAfterSeconds(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    // Fractional seconds are not HTTP, but waiting that long is what the server meant.
    const double fractional = value.toDouble(&ok);
    if (ok)
        return qMax(0, int(std::ceil(fractional)));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return -1;
}

} // namespace

InvitationPoster::InvitationPoster(accessy::AccessySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void InvitationPoster::post(const accessy::CreateInvitationsRequest &request, QObject *context,
                            Callback callback)
{
    QPointer<QObject> guard(context);
    m_session->withSession(context, [=, this](const accessy::Result<QString> &token) {
        if (!guard)
            return;
        if (!token.ok())
            return callback(token.error());
        postWithToken(token.value(), request, context, callback, true);
    });
}

void InvitationPoster::postWithToken(const QString &token,
                                     const accessy::CreateInvitationsRequest &request,
                                     QObject *context, Callback callback, bool mayRetry)
{
    accessy::ApiClient *client = m_session->client();
    const accessy::ApiClientSettings &settings = client->settings();
    QUrl url = settings.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(
        base + QStringLiteral("/org/admin/organization/%1/invitation")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_session->organizationId()))));
    const QString operation = tr("send invitations");

    const QByteArray body = accessy::json::createInvitationsBody(request);
    QNetworkRequest http(url);
    http.setTransferTimeout(settings.transferTimeoutMs);
    http.setRawHeader("Accept", accessy::kAcceptV2);
    http.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // With a length, Qt streams the device instead of buffering it (a buffer could rewind).
    http.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    http.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(body, nullptr);
    QNetworkReply *reply = client->networkAccessManager()->post(http, device);
    device->setParent(reply);

    auto sent = std::make_shared<bool>(false);
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 limit = settings.maxReplyBytes;
    connect(reply, &QNetworkReply::requestSent, reply, [sent] { *sent = true; });
    // Bytes leaving count as "sent" too: the server may act on a body that arrived whole.
    connect(reply, &QNetworkReply::uploadProgress, reply,
            [sent](qint64 done, qint64 total) { *sent = *sent || (total > 0 && done >= total); });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge, limit](qint64 received, qint64 total) {
                if (received > limit || total > limit) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, context, [=, this] {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = *tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll();
        accessy::ApiError e;
        e.operation = operation;
        e.httpStatus = status;
        e.networkError = reply->error();
        e.requestWasSent =
            *sent || status > 0 || reply->error() == QNetworkReply::ContentReSendError;
        using Kind = accessy::ApiError::Kind;
        if (*tooLarge) {
            e.kind = Kind::TooLarge;
            e.detail = tr("limit %1 MiB").arg(limit / (1024 * 1024));
        } else if (reply->error() == QNetworkReply::OperationCanceledError ||
                   reply->error() == QNetworkReply::TimeoutError) {
            e.kind = Kind::Timeout;
            e.detail = reply->errorString();
        } else if (status >= 400) {
            e.kind = Kind::Http;
            e.serverText = accessy::summarizeBody(answer);
            e.retryAfterSeconds = retryAfterSeconds(reply);
        } else if (reply->error() != QNetworkReply::NoError || status == 0) {
            e.kind = Kind::Network;
            e.detail = reply->errorString();
        }
        if (!e.isError())
            return callback(accessy::json::parseInvitations(answer, operation));
        if (e.kind == Kind::Http && status == 401 && mayRetry &&
            m_session->credentials().usesClientCredentials()) {
            // The token is gone. A call through the session renews it (its own one-retry
            // rule); then this batch is posted once more with the new token. Nothing was
            // created: the server refused before looking at the body.
            m_session->fetchAccessGroupPage(
                0, 1, context, [=, this](const accessy::Result<accessy::AccessGroupPage> &) {
                    m_session->withSession(context, [=, this](const accessy::Result<QString> &t) {
                        if (!guard)
                            return;
                        if (!t.ok())
                            return callback(t.error());
                        postWithToken(t.value(), request, context, callback, false);
                    });
                });
            return;
        }
        callback(e);
    });
}

} // namespace sending
