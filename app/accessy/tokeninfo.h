#pragma once

#include <QDateTime>
#include <QString>

namespace accessy {

// The expiry written inside a session token, when the token is a JWT with an "exp" claim
// (seconds since the epoch, RFC 7519); an invalid QDateTime when it is not (then unknown).
// Only reads the payload: the signature is the server's business.
QDateTime jwtExpiry(const QString &token);

} // namespace accessy
