#include "sandbox.h"

#include "guardedtcpserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace sandbox {

namespace {
// The context of this file's texts in the catalogues (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(sandbox::Sandbox)
};
} // namespace

Sandbox::Sandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_invitations(options.organization)
    , m_groups(options.organization.id, options.groupCount)
    , m_members(options.organization.id)
    , m_faults(options.faults)
    , m_state{m_tokens, m_invitations, m_groups, m_members, m_faults, m_counters}
    , m_api({options.clientId, options.clientSecret}, m_state)
    , m_control(m_state)
    , m_memberRoutes(m_state)
    , m_broker(m_tokens, options.organization.id, options.heartBeatMs)
    , m_events(m_invitations, m_broker)
    , m_invitees(m_invitations, options.invitees, options.faults.seed)
    , m_eventControl(m_broker, m_invitees)
    , m_server([this] { return m_faults.settings().latencyMs; })
{
    m_api.registerOn(m_server.router());
    m_control.registerOn(m_server.router());
    m_memberRoutes.registerOn(m_server.router());
    // An accepted invitation makes its number a member; a removed member is announced.
    connect(&m_invitations, &InvitationStore::statusChanged, &m_members,
            [this](const Invitation &invitation) {
                if (invitation.status == QLatin1String("ACCEPTED"))
                    m_members.add(invitation.recipientMsisdn, {}, {});
            });
    connect(&m_members, &MemberStore::removed, this, [this](const MemberStore::Member &member) {
        m_broker.publish(
            OrganizationEvents::membershipRemoved(member.userId, m_options.organization.id));
    });
    m_eventControl.registerOn(m_server.router());
    m_server.setLogging(!options.quiet);
}

bool Sandbox::start(QString *error)
{
    std::optional<QSslConfiguration> tls;
    if (!m_options.tlsCertificateFile.isEmpty()) {
        tls = loadTls(error);
        if (!tls)
            return false;
    }
    // Our own listening server instead of QAbstractHttpServer::listen(): it guards each
    // connection (sizes, time-outs) before the HTTP layer buffers anything.
    QTcpServer *listener = nullptr;
    if (tls) {
        auto *sslServer = new GuardedSslServer(m_options.limits, !m_options.quiet);
        sslServer->setSslConfiguration(*tls);
        listener = sslServer;
    } else {
        listener = new GuardedTcpServer(m_options.limits, !m_options.quiet);
    }
    quint16 port = 0;
    if (listener->listen(m_options.host, m_options.port)) {
        m_server.bind(listener); // takes ownership
        port = listener->serverPort();
    } else {
        delete listener;
    }
    if (port == 0) {
        *error = QCoreApplication::translate("Sandbox", "cannot listen on %1 port %2")
                     .arg(m_options.host.toString())
                     .arg(m_options.port);
        return false;
    }
    m_httpUrl.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    m_httpUrl.setHost(m_options.host.toString());
    m_httpUrl.setPort(port);
    if (!m_broker.listen(m_options.host, 0, tls)) {
        *error = QCoreApplication::translate("Sandbox", "cannot listen for events on %1: %2")
                     .arg(m_options.host.toString(), m_broker.errorString());
        return false;
    }
    return true;
}

std::optional<QSslConfiguration> Sandbox::loadTls(QString *error) const
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_options.tlsCertificateFile);
    if (chain.isEmpty()) {
        *error = Text::tr("--tls-cert: no PEM certificate in %1").arg(m_options.tlsCertificateFile);
        return std::nullopt;
    }
    QFile keyFile(m_options.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = Text::tr("--tls-key: cannot read %1: %2")
                     .arg(m_options.tlsKeyFile, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec);
    if (key.isNull()) {
        *error =
            Text::tr("--tls-key: no unencrypted PEM RSA or EC key in %1").arg(m_options.tlsKeyFile);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace sandbox
