// The connection test without a dialog, against the real sandbox: a good secret gives the
// organization, roles and token expiry; a wrong one the server's refusal; missing credentials
// and unusable addresses are told before any request; an earlier test's answer is ignored.
#include "sandboxprocess.h"
#include "settings/connectiontester.h"

#include <QSignalSpy>
#include <QTest>

using settings::ConnectionProfile;
using settings::ConnectionTester;
using settings::ConnectionTestOutcome;

class TestConnectionTester : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

    ConnectionProfile sandboxProfile() const
    {
        ConnectionProfile profile;
        profile.name = QStringLiteral("test");
        profile.apiUrl = m_sandbox.baseUrl();
        profile.eventsUrl = m_sandbox.eventsUrl();
        profile.mode = settings::SignInMode::ClientCredentials;
        profile.clientId = SandboxProcess::defaultClientId();
        return profile;
    }

    static accessy::Credentials credentials(const QString &secret)
    {
        return {SandboxProcess::defaultClientId(), secret, {}};
    }

    static ConnectionTestOutcome outcomeOf(const QSignalSpy &spy, int i = 0)
    {
        return spy.at(i).at(0).value<ConnectionTestOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ConnectionTestOutcome>();
        QVERIFY_STARTED(m_sandbox, {QStringLiteral("--quiet")});
    }

    void goodSecret_givesOrganizationRolesAndExpiry()
    {
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(sandboxProfile(), credentials(SandboxProcess::defaultClientSecret()));
        QVERIFY(tester.isBusy());
        QVERIFY(finished.wait(15000));
        const ConnectionTestOutcome outcome = outcomeOf(finished);
        QVERIFY2(outcome.ok, qPrintable(outcome.problem));
        QVERIFY(outcome.problem.isEmpty());
        QCOMPARE(outcome.membership.organizationId,
                 QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47"));
        QVERIFY(outcome.membership.roles.contains(QStringLiteral("ORGANIZATION_ADMINISTRATOR")));
        QVERIFY(!outcome.lacksAdministrator());
        QVERIFY(outcome.tokenExpiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(!tester.isBusy());
    }

    void wrongSecret_givesTheRefusal()
    {
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(sandboxProfile(), credentials(QStringLiteral("not-the-secret")));
        QVERIFY(finished.wait(15000));
        const ConnectionTestOutcome outcome = outcomeOf(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.problem.contains(QLatin1String("401")), qPrintable(outcome.problem));
        QVERIFY(!outcome.problem.contains(QLatin1String("not-the-secret"))); // never the secret
    }

    void unreachableHost_failsWithAReason()
    {
        ConnectionProfile profile = sandboxProfile();
        profile.apiUrl = QUrl(QStringLiteral("https://api.accessy.invalid"));
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(profile, credentials(SandboxProcess::defaultClientSecret()));
        QVERIFY(finished.wait(30000));
        const ConnectionTestOutcome outcome = outcomeOf(finished);
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.problem.isEmpty());
    }

    void missingCredentials_toldBeforeAnyRequest()
    {
        ConnectionProfile profile = sandboxProfile();
        QCOMPARE(ConnectionTester::problemBeforeSignIn(profile, credentials(QString())),
                 QStringLiteral("Enter the client ID and secret first."));
        profile.mode = settings::SignInMode::PastedToken;
        QCOMPARE(ConnectionTester::problemBeforeSignIn(profile, accessy::Credentials()),
                 QStringLiteral("Paste a session token first."));
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(profile, accessy::Credentials());
        QCOMPARE(finished.size(), 1); // at once, no request
        QCOMPARE(outcomeOf(finished).problem, QStringLiteral("Paste a session token first."));
    }

    void plainHttpToRemoteHost_refusedBeforeAnyRequest()
    {
        ConnectionProfile profile = sandboxProfile();
        profile.apiUrl = QUrl(QStringLiteral("http://api.accessy.invalid"));
        const QString problem = ConnectionTester::problemBeforeSignIn(
            profile, credentials(SandboxProcess::defaultClientSecret()));
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.contains(QLatin1String("https"), Qt::CaseInsensitive),
                 qPrintable(problem));
    }

    void signIn_usesTheGivenSession()
    {
        accessy::ApiClient client;
        accessy::ApiClientSettings clientSettings;
        clientSettings.baseUrl = m_sandbox.baseUrl();
        client.setSettings(clientSettings);
        accessy::AccessySession session(&client);
        session.setCredentials(credentials(SandboxProcess::defaultClientSecret()));
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.signIn(&session);
        QVERIFY(finished.wait(15000));
        QVERIFY(outcomeOf(finished).ok);
        QVERIFY(session.isSignedIn()); // the session in use is the one signed in
    }

    void forget_ignoresThePendingAnswer()
    {
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(sandboxProfile(), credentials(SandboxProcess::defaultClientSecret()));
        tester.forget();
        QVERIFY(!tester.isBusy());
        // A second test proves the loop ran long enough for the first answer to come.
        tester.test(sandboxProfile(), credentials(QStringLiteral("not-the-secret")));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!outcomeOf(finished).ok);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
