#pragma once

#include "accessy/result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

// Transport rules: secrets only travel encrypted, except to this machine itself, and a TLS
// problem is never waved through — the admin is told which certificate and why.
namespace accessy::tls {

// True for localhost, 127.0.0.0/8 and ::1 (also ::ffff:127.x.y.z). Names under .localhost are
// not: a DNS server may answer anything for them.
bool isLoopbackHost(const QString &host);

// What an address is used for: it decides the secure scheme expected and the admin words.
enum class Channel
{
    Api,   // https:// (http:// only to loopback); carries the client secret and the token
    Events // wss:// (ws:// only to loopback); carries the session token
};

// The one transport rule for every address the program opens (command line, window, settings
// read from disk, the clients themselves): empty when `url` may carry credentials, otherwise a
// sentence for the admin saying why not and what to use instead. Checked before any connection.
QString transportProblem(const QUrl &url, Channel channel);

// The same rule for callers that name the setting themselves ("API address"); any of http(s)
// and ws(s) is accepted as scheme, the plain ones only to loopback.
QString transportProblem(const QUrl &url, const QString &what);

// Names each certificate (subject, issuer) and the reason it was refused.
QString describeSslErrors(const QList<QSslError> &errors);

// Reads one or more PEM certificates from `path`; a clear error when the file is missing,
// unreadable, or holds no usable certificate.
Result<QList<QSslCertificate>> loadCaCertificates(const QString &path);

} // namespace accessy::tls
