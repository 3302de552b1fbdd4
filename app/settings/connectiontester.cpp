#include "settings/connectiontester.h"

namespace settings {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester() = default;

QString ConnectionTester::problemBeforeSignIn(const ConnectionProfile &profile,
                                              const accessy::Credentials &credentials)
{
    if (!credentials.isComplete()) {
        return profile.mode == SignInMode::ClientCredentials
                   ? tr("Enter the client ID and secret first.")
                   : tr("Paste a session token first.");
    }
    const accessy::Result<accessy::ApiClientSettings> clientSettings = clientSettingsFor(profile);
    return clientSettings.ok() ? QString() : clientSettings.error().userMessage();
}

void ConnectionTester::test(const ConnectionProfile &profile,
                            const accessy::Credentials &credentials)
{
    const QString problem = problemBeforeSignIn(profile, credentials);
    if (!problem.isEmpty()) {
        ++m_attempt;
        m_busy = false;
        ConnectionTestOutcome outcome;
        outcome.problem = problem;
        Q_EMIT finished(outcome);
        return;
    }
    // A new client and session for each test: an earlier test's token must not answer.
    m_ownSession.reset();
    m_ownClient = std::make_unique<accessy::ApiClient>();
    m_ownClient->setSettings(clientSettingsFor(profile).value());
    m_ownSession = std::make_unique<accessy::AccessySession>(m_ownClient.get());
    m_ownSession->setCredentials(credentials);
    run(m_ownSession.get());
}

void ConnectionTester::forget()
{
    ++m_attempt;
    m_busy = false;
    m_ownSession.reset();
    m_ownClient.reset();
}

void ConnectionTester::signIn(accessy::AccessySession *session)
{
    run(session);
}

void ConnectionTester::run(accessy::AccessySession *session)
{
    m_busy = true;
    const int attempt = ++m_attempt;
    const QPointer<accessy::AccessySession> guard(session);
    session->signIn(this, [this, attempt, guard](const accessy::Result<accessy::Membership> &r) {
        if (attempt != m_attempt)
            return;
        ConnectionTestOutcome outcome;
        outcome.ok = r.ok();
        if (r.ok()) {
            outcome.membership = r.value();
            if (guard)
                outcome.tokenExpiresAt = guard->tokenExpiresAt();
        } else {
            outcome.problem = r.error().userMessage();
        }
        if (!r.ok() || !guard || guard != m_ownSession.get()) {
            m_busy = false;
            return Q_EMIT finished(outcome);
        }
        // A test also reads the organization's name, which only its invitations carry (none
        // yet: no name); the answer does not depend on it.
        guard->listInvitations(this, [this, attempt, guard, outcome](const auto &) mutable {
            if (attempt != m_attempt)
                return;
            m_busy = false;
            if (guard)
                outcome.organizationName = guard->organizationName();
            Q_EMIT finished(outcome);
        });
    });
}

} // namespace settings
