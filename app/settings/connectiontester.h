#pragma once

#include "accessy/accessysession.h"
#include "accessy/apiclient.h"
#include "settings/connectionprofile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

namespace settings {

// What a sign-in showed about the connection.
struct ConnectionTestOutcome
{
    bool ok = false;
    QString problem; // in admin words, when not ok
    accessy::Membership membership;
    QDateTime tokenExpiresAt; // invalid when unknown
    QString organizationName; // a test's only, and only when the organization has invitations

    bool lacksAdministrator() const { return ok && !membership.isAdministrator(); }
};

// Signs in and reports what the connection gives: the organization, the roles, the token's
// expiry — or why not. The connection settings' "Test connection" and the window's sign-in
// both use it; it shows nothing itself.
class ConnectionTester final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConnectionTester)
    ~ConnectionTester() override;

    // Why signing in cannot even be tried (credentials missing, settings unusable); empty when
    // it can.
    static QString problemBeforeSignIn(const ConnectionProfile &profile,
                                       const accessy::Credentials &credentials);
    // Signs in with a client and session of its own, so testing never disturbs the session
    // in use. finished() comes later, or at once when problemBeforeSignIn() has an answer.
    void test(const ConnectionProfile &profile, const accessy::Credentials &credentials);
    // Signs in the session in use (the window's).
    void signIn(accessy::AccessySession *session);
    // Drops the test's own session and token (signing out); a pending answer is ignored.
    void forget();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const settings::ConnectionTestOutcome &outcome);

private:
    void run(accessy::AccessySession *session);

    std::unique_ptr<accessy::ApiClient> m_ownClient;
    std::unique_ptr<accessy::AccessySession> m_ownSession;
    bool m_busy = false;
    int m_attempt = 0; // answers of an earlier attempt are ignored
};

} // namespace settings
Q_DECLARE_METATYPE(settings::ConnectionTestOutcome)
