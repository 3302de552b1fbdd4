#pragma once

#include "accessy/apiclient.h"
#include "accessy/result.h"

#include <QString>
#include <QUrl>

namespace settings {

// How the admin signs in. A pasted session token is the safer choice on a shared PC: no
// long-lived secret is ever on the machine.
enum class SignInMode
{
    PastedToken,
    ClientCredentials
};

// Everything remembered about one connection between runs. Deliberately has no field for a
// secret or a token: those live in the OS keychain (CredentialStore) or in memory only.
struct ConnectionProfile
{
    QString name = QStringLiteral("default");
    QUrl apiUrl{QStringLiteral("https://api.accessy.se")};
    QUrl eventsUrl{QStringLiteral("wss://accessy.se/ws/app")};
    SignInMode mode = SignInMode::PastedToken;
    QString clientId;
    QString caCertificateFile; // extra PEM CA (company TLS proxy); empty = system CAs only
    QString organizationId;    // once known
    QString organizationName;  // once an invitation named it

    // The key of the client secret in the OS keychain.
    QString keychainAccount() const { return name + QLatin1Char('/') + clientId; }

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// The ApiClient settings for this profile: the API URL checked (https:// except loopback) and
// the extra CA file read. A clear, admin-worded error otherwise.
accessy::Result<accessy::ApiClientSettings>
clientSettingsFor(const ConnectionProfile &profile,
                  const accessy::ApiClientSettings &base = accessy::ApiClientSettings());

// Empty when the profile's addresses are acceptable; otherwise why not (both URLs checked).
QString addressProblem(const ConnectionProfile &profile);

QString modeKey(SignInMode mode);
SignInMode modeFromKey(const QString &key);

} // namespace settings
