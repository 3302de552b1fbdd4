#include "cli/environmentcredentials.h"

#include <QCoreApplication>

namespace cli {

accessy::Credentials credentialsFromEnvironment()
{
    accessy::Credentials credentials;
    credentials.pastedToken = qEnvironmentVariable("ACCESSY_SESSION_TOKEN");
    if (credentials.pastedToken.isEmpty()) {
        credentials.clientId = qEnvironmentVariable("ACCESSY_CLIENT_ID");
        credentials.clientSecret = qEnvironmentVariable("ACCESSY_CLIENT_SECRET");
    }
    return credentials;
}

QString missingCredentialsMessage(const QString &command)
{
    return QCoreApplication::translate("EnvironmentCredentials",
                                       "%1: no credentials. Set ACCESSY_CLIENT_ID and "
                                       "ACCESSY_CLIENT_SECRET, or ACCESSY_SESSION_TOKEN.")
        .arg(command);
}

} // namespace cli
