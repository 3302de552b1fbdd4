#include "settings/connectionprofile.h"

#include "accessy/tlspolicy.h"

#include <QCoreApplication>

namespace settings {

namespace {
// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(settings::ConnectionProfile)
};
} // namespace

QString addressProblem(const ConnectionProfile &profile)
{
    using accessy::tls::Channel;
    QString problem = accessy::tls::transportProblem(profile.apiUrl, Channel::Api);
    if (problem.isEmpty() && !profile.eventsUrl.isEmpty())
        problem = accessy::tls::transportProblem(profile.eventsUrl, Channel::Events);
    return problem;
}

accessy::Result<accessy::ApiClientSettings>
clientSettingsFor(const ConnectionProfile &profile, const accessy::ApiClientSettings &base)
{
    if (const QString problem = addressProblem(profile); !problem.isEmpty())
        return accessy::ApiError::configuration(Text::tr("connect"), problem);
    accessy::ApiClientSettings settings = base;
    settings.baseUrl = profile.apiUrl;
    settings.extraCaCertificates.clear();
    if (!profile.caCertificateFile.isEmpty()) {
        auto certificates = accessy::tls::loadCaCertificates(profile.caCertificateFile);
        if (!certificates.ok())
            return certificates.error();
        settings.extraCaCertificates = certificates.value();
    }
    return settings;
}

QString modeKey(SignInMode mode)
{
    return mode == SignInMode::ClientCredentials ? QStringLiteral("client-credentials")
                                                 : QStringLiteral("pasted-token");
}

SignInMode modeFromKey(const QString &key)
{
    return key == QLatin1String("client-credentials") ? SignInMode::ClientCredentials
                                                      : SignInMode::PastedToken;
}

} // namespace settings
