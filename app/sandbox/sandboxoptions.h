#pragma once

#include "connectionlimits.h"
#include "faultsettings.h"
#include "inviteesimulator.h"
#include "organizationprofile.h"

#include <QHostAddress>
#include <QStringList>

namespace sandbox {

// Everything the command line of accessy-sandbox can set.
struct SandboxOptions
{
    QHostAddress host{QHostAddress::LocalHost};
    quint16 port = 0; // 0 = pick a free port
    QString clientId = QStringLiteral("practice-client");
    QString clientSecret = QStringLiteral("practice-secret");
    OrganizationProfile organization;
    FaultSettings faults;
    InviteeSimulator::Settings invitees;
    int heartBeatMs = 10000; // offered and expected both ways; 0 = no heart-beats
    int groupCount = 3;
    QString tlsCertificateFile; // both set = HTTPS and WSS
    QString tlsKeyFile;
    ConnectionLimits limits;
    bool exitWithStdin = false;
    bool quiet = false;
};

// Parses the command line; on Error the message says which option or value is wrong.
class SandboxOptionsParser final
{
public:
    enum class Result
    {
        Run,
        Help,
        Error
    };

    SandboxOptionsParser() = default;
    Q_DISABLE_COPY_MOVE(SandboxOptionsParser)

    Result parse(const QStringList &arguments);
    const SandboxOptions &options() const { return m_options; }
    QString errorMessage() const { return m_error; }
    QString usage() const;

private:
    SandboxOptions m_options;
    QString m_error;
};

} // namespace sandbox
