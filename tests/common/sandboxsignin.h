#pragma once

// Signs an ApiClient/AccessySession in to the real sandbox the way most network tests do:
// the sandbox's address, the client's default settings otherwise, the sandbox's credentials.
#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "sandboxprocess.h"

// Points `client` at `base` (a sandbox); every other setting stays the client's default.
inline void pointAt(accessy::ApiClient &client, const QUrl &base)
{
    accessy::ApiClientSettings settings;
    settings.baseUrl = base;
    client.setSettings(settings);
}

// The credentials the sandbox accepts by default (client id and secret, no pasted token).
inline accessy::Credentials sandboxCredentials()
{
    return {SandboxProcess::defaultClientId(), SandboxProcess::defaultClientSecret(), QString()};
}

// Points `client` at `sandbox` and gives `session` (on that client) the sandbox's credentials.
inline void useSandbox(accessy::ApiClient &client, accessy::AccessySession &session,
                       const SandboxProcess &sandbox)
{
    pointAt(client, sandbox.baseUrl());
    session.setCredentials(sandboxCredentials());
}

// An ApiClient pointed at a sandbox, and a session on it with the sandbox's credentials.
struct SandboxSession
{
    explicit SandboxSession(const QUrl &base)
    {
        pointAt(client, base);
        session.setCredentials(sandboxCredentials());
    }
    accessy::ApiClient client;
    accessy::AccessySession session{&client};
};
