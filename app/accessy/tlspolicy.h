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

// True for localhost, 127.0.0.0/8 and ::1 (also ::ffff:127.x.y.z).
bool isLoopbackHost(const QString &host);

// Empty when `url` may carry credentials; otherwise a sentence for the admin saying why not.
// `what` names the setting in admin words ("API address", "events address").
QString transportProblem(const QUrl &url, const QString &what);

// Names each certificate (subject, issuer) and the reason it was refused.
QString describeSslErrors(const QList<QSslError> &errors);

// Reads one or more PEM certificates from `path`; a clear error when the file is missing,
// unreadable, or holds no usable certificate.
Result<QList<QSslCertificate>> loadCaCertificates(const QString &path);

} // namespace accessy::tls
