#pragma once

#include "accessy/accessgroup.h"
#include "accessy/result.h"
#include "accessy/types.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

namespace accessy {

struct ApiClientSettings
{
    QUrl baseUrl{QStringLiteral("https://api.accessy.se")};
    QString audience{QStringLiteral("https://api.accessy.se")};
    int transferTimeoutMs = 30000;
    qint64 maxReplyBytes = 16 * 1024 * 1024;
    // Trusted in addition to the system's CAs (a company proxy that inspects TLS); see
    // tls::loadCaCertificates(). TLS errors are never ignored.
    QList<QSslCertificate> extraCaCertificates;
};

// One HTTP call per method, each with a transfer timeout and a size limit, each answering with
// a typed Result through a callback. The callback runs only while `context` is alive.
// It knows nothing of token lifetimes or retries: see AccessySession for that.
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);

    void setSettings(const ApiClientSettings &settings) { m_settings = settings; }
    const ApiClientSettings &settings() const { return m_settings; }
    QNetworkAccessManager *networkAccessManager() { return &m_network; }

    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    void requestToken(const QString &clientId, const QString &clientSecret, QObject *context,
                      Callback<SessionToken> callback);
    void fetchMembership(const QString &token, QObject *context, Callback<Membership> callback);
    void createInvitations(const QString &token, const QString &organizationId,
                           const CreateInvitationsRequest &request, QObject *context,
                           Callback<QList<Invitation>> callback);
    void listInvitations(const QString &token, const QString &organizationId, QObject *context,
                         Callback<QList<Invitation>> callback);
    // GET /asset/admin/organization/{orgId}/access-permission-group?page_number=N&page_size=S
    void fetchAccessGroupPage(const QString &token, const QString &organizationId, int pageNumber,
                              int pageSize, QObject *context, Callback<AccessGroupPage> callback);

    // Raw answer of one call, for the typed wrappers.
    struct Reply
    {
        int httpStatus = 0;
        QByteArray body;
        ApiError error; // set when the call failed at the transport or HTTP level
    };
    enum class Method
    {
        Get,
        Post,
        Put // idempotent (a group membership): Qt may resend it, which is harmless
    };
    void send(Method method, const QString &path, const QString &token, const QByteArray &accept,
              const QByteArray &body, const QString &operation, QObject *context,
              std::function<void(Reply)> handler);

    // For callers that build their own QNetworkRequest (e.g. a one-shot upload): the same
    // transport rules as send(). Empty when `url` may carry a token, else the admin message.
    QString transportProblem(const QUrl &url) const;
    // Applies the TLS settings (extra CA certificates) to a request built elsewhere. Connect
    // the reply's sslErrors to tls::describeSslErrors() to name the certificate; never ignore.
    void applyTlsSettings(QNetworkRequest &request) const { configureTls(request); }

private:
    QUrl urlFor(const QString &path) const;
    void configureTls(QNetworkRequest &request) const;

    QNetworkAccessManager m_network;
    ApiClientSettings m_settings;
};

inline constexpr char kAcceptV1[] = "application/vnd.axessions.v1+json";
inline constexpr char kAcceptV2[] = "application/vnd.axessions.v2+json";

} // namespace accessy
