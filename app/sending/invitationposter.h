#pragma once

#include "accessy/result.h"
#include "accessy/types.h"

#include <QObject>

#include <functional>

namespace accessy {
class AccessySession;
}

namespace sending {

// Posts one batch of invitations, like AccessySession::createInvitations (token, one new
// token and one retry after a 401, the client's transfer timeout and size limit), with one
// difference that matters here: Qt is never allowed to send the POST a second time.
//
// Qt's HTTP layer silently re-sends a request whose connection closed before any answer
// arrived (QHttpNetworkConnectionChannel, up to two "reconnect attempts"). For this POST that
// texts people twice: the server may have created the invitations before the connection
// dropped. The body is therefore handed to Qt as a device that cannot be rewound, so instead
// of re-sending Qt fails the reply (ContentReSendError), which is an unknown outcome that the
// send job reconciles against the invitation list.
class InvitationPoster final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const accessy::Result<QList<accessy::Invitation>> &)>;

    explicit InvitationPoster(accessy::AccessySession *session, QObject *parent = nullptr);

    // The callback runs only while `context` is alive.
    void post(const accessy::CreateInvitationsRequest &request, QObject *context,
              Callback callback);

private:
    void postWithToken(const QString &token, const accessy::CreateInvitationsRequest &request,
                       QObject *context, Callback callback, bool mayRetry);

    accessy::AccessySession *m_session;
};

} // namespace sending
