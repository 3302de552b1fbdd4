#pragma once

#include "accessgroupstore.h"
#include "apiroutes.h"
#include "controlroutes.h"
#include "eventbroker.h"
#include "eventcontrolroutes.h"
#include "faultinjector.h"
#include "invitationstore.h"
#include "inviteesimulator.h"
#include "memberroutes.h"
#include "memberstore.h"
#include "organizationevents.h"
#include "requestcounters.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "sandboxstate.h"
#include "tokenstore.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

namespace sandbox {

// One running sandbox: the stores, the routes and the servers, assembled from the options.
class Sandbox final : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(const SandboxOptions &options, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Sandbox)

    // Starts listening; false with a message naming the cause (port taken, ...).
    bool start(QString *error);
    QUrl httpUrl() const { return m_httpUrl; }
    QUrl eventsUrl() const { return m_broker.url(); }

private:
    std::optional<QSslConfiguration> loadTls(QString *error) const;

    SandboxOptions m_options;
    TokenStore m_tokens;
    RequestCounters m_counters;
    InvitationStore m_invitations;
    AccessGroupStore m_groups;
    MemberStore m_members;
    FaultInjector m_faults;
    SandboxState m_state;
    ApiRoutes m_api;
    ControlRoutes m_control;
    MemberRoutes m_memberRoutes;
    EventBroker m_broker;
    OrganizationEvents m_events;
    InviteeSimulator m_invitees;
    EventControlRoutes m_eventControl;
    SandboxServer m_server;
    QUrl m_httpUrl;
};

} // namespace sandbox
