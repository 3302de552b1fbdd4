#pragma once

#include "settings/connectionprofile.h"

#include <QString>
#include <QStringList>

namespace settings {

// The "Copy diagnostics" text for a support e-mail: versions, system, the connection settings
// (never a secret or token: the profile holds none, and the whole text is redacted again with
// every secret registered this run), the sign-in state and the last problems logged.
struct DiagnosticsInput
{
    ConnectionProfile profile;
    QString keychainState;  // e.g. "system keychain" / the CredentialStore's problem
    QStringList roles;      // of the signed-in credentials, when known
    QString tokenExpiry;    // human text, when known
    QStringList lastErrors; // admin messages shown recently (ApiError::userMessage())
    QStringList extraLines; // anything else a caller finds useful ("key: value")
};

QString buildDiagnostics(const DiagnosticsInput &input);

} // namespace settings
