#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QUrl>

class SandboxProcess;

// Helpers for the live-event tests: the sandbox's second stdout line (its STOMP endpoint) and
// a few plain HTTP calls to its API and control endpoints over real loopback.
namespace SandboxEvents {

inline QString organizationId()
{
    return QStringLiteral("7c0f6a9e-2b1d-4c3e-8f5a-9d4b6e2a1c30");
}

// The broker's URL: the sandbox's second stdout line "events on ws://127.0.0.1:PORT/ws/app"
// when SandboxProcess left it unread, else GET /_sandbox/events (documented to give the same).
QUrl readEventsUrl(SandboxProcess &sandbox, QString *error);

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

Reply post(const QUrl &url, const QByteArray &json, const QByteArray &bearer = {});
Reply get(const QUrl &url, const QByteArray &bearer = {});

// A fresh session token for the default credentials; empty on failure.
QString fetchToken(const QUrl &baseUrl);
// Creates one invitation for `msisdn` and answers its id; empty on failure.
QString createInvitation(const QUrl &baseUrl, const QString &token, const QString &msisdn);
// POST /_sandbox/invitations/{id}/status; true on 200.
bool setInvitationStatus(const QUrl &baseUrl, const QString &id, const QString &status);

} // namespace SandboxEvents
