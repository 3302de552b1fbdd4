#pragma once

namespace sandbox {

class AccessGroupStore;
class FaultInjector;
class InvitationStore;
class MemberStore;
class TokenStore;
struct RequestCounters;

// The state a sandbox's HTTP routes read and change. The Sandbox owns every part; each route
// class gets this one set of references instead of its own list of stores.
struct SandboxState
{
    TokenStore &tokens;
    InvitationStore &invitations;
    AccessGroupStore &groups;
    MemberStore &members;
    FaultInjector &faults;
    RequestCounters &counters;
};

} // namespace sandbox
