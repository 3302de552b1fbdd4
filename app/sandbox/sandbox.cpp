#include "sandbox.h"

#include <QCoreApplication>

Sandbox::Sandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_invitations(options.organization)
    , m_faults(options.faults)
    , m_api({options.clientId, options.clientSecret}, m_tokens, m_invitations, m_faults, m_counters)
    , m_control(m_tokens, m_invitations, m_faults, m_counters)
    , m_broker(m_tokens, options.organization.id, options.heartBeatMs)
    , m_events(m_invitations, m_broker)
    , m_invitees(m_invitations, options.invitees, options.faults.seed)
    , m_eventControl(m_broker, m_invitees)
    , m_server([this] { return m_faults.settings().latencyMs; })
{
    m_api.registerOn(m_server.router());
    m_control.registerOn(m_server.router());
    m_eventControl.registerOn(m_server.router());
    m_server.setLogging(!options.quiet);
}

bool Sandbox::start(QString *error)
{
    const quint16 port = m_server.listen(m_options.host, m_options.port);
    if (port == 0) {
        *error = QCoreApplication::translate("Sandbox", "cannot listen on %1 port %2")
                     .arg(m_options.host.toString())
                     .arg(m_options.port);
        return false;
    }
    m_httpUrl.setScheme(QStringLiteral("http"));
    m_httpUrl.setHost(m_options.host.toString());
    m_httpUrl.setPort(port);
    if (!m_broker.listen(m_options.host, 0)) {
        *error = QCoreApplication::translate("Sandbox", "cannot listen for events on %1: %2")
                     .arg(m_options.host.toString(), m_broker.errorString());
        return false;
    }
    return true;
}
