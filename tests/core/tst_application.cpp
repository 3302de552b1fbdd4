// The application object the window is handed, against the real sandbox: practice mode signs
// in, follows the organization live, sends into the results table through the controller's
// signals, and signs out; bad settings and missing credentials are told, never sent.
#include "core/application.h"
#include "core/recentfiles.h"
#include "practice/practicesandbox.h"
#include "sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using core::Application;

class TestApplication : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

    void enterSandbox(Application &app)
    {
        app.enterPractice(m_sandbox.baseUrl(), m_sandbox.eventsUrl(),
                          SandboxProcess::defaultClientId(), SandboxProcess::defaultClientSecret());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never touch the real history or settings
        qRegisterMetaType<accessy::Membership>();
        QVERIFY_STARTED(m_sandbox, {QStringLiteral("--quiet")});
    }

    void practice_namesTheOrganizationBeforeItsFirstInvitation()
    {
        // The first practice send's confirmation names the organization, not "your
        // organization": the practice server is ours, so its name is known from the start.
        Application app;
        enterSandbox(app);
        QCOMPARE(app.organizationName(), practice::PracticeSandbox::organizationName());
    }

    void practice_signsIn_followsLive_sendsIntoTheTable()
    {
        Application app;
        QAbstractItemModelTester tester(app.results(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        app.tracker()->setRefreshInterval(0); // only events may change the statuses
        enterSandbox(app);
        QVERIFY(app.isPractice());
        QVERIFY(app.signInProblem().isEmpty());
        QSignalSpy signedIn(&app, &Application::signedIn);
        QSignalSpy finished(&app, &Application::signInFinished);
        app.signIn();
        QVERIFY(app.isSigningIn());
        QVERIFY(signedIn.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(!app.isSigningIn());
        QCOMPARE(signedIn.first().at(0).value<accessy::Membership>().organizationId,
                 app.session()->organizationId());
        QTRY_COMPARE_WITH_TIMEOUT(app.events()->state(), events::StompClient::State::Live, 10000);

        sending::SendController *sender = app.sender();
        QSignalSpy sent(sender, &sending::SendController::finished);
        QVERIFY(sender->start({sending::SendItem{-1, QStringLiteral("+46701238001"), {}, {}},
                               sending::SendItem{-1, QStringLiteral("+46701238002"), {}, {}}},
                              QStringLiteral("Hej")));
        QCOMPARE(app.results()->rowCount(), 2); // the rows come before the first batch
        QVERIFY(sent.wait(20000));
        QCOMPARE(sent.first().at(0).toInt(), 2);
        QCOMPARE(app.results()->allInvitationIds().size(), 2);
        const QString id = app.results()->row(0).invitationId;
        QCOMPARE(app.results()->row(0).status, QStringLiteral("PENDING"));

        // A status pushed by the server reaches the table through the live status.
        QVERIFY(m_sandbox.control(
            QStringLiteral("/_sandbox/invitations/%1/status").arg(id),
            QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("ACCEPTED")}})
                .toJson()));
        QTRY_COMPARE_WITH_TIMEOUT(app.results()->row(0).status, QStringLiteral("ACCEPTED"), 10000);

        app.signOut();
        QVERIFY(!app.session()->isSignedIn());
        QVERIFY(app.credentials().clientSecret.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(app.events()->state(), events::StompClient::State::Offline,
                                  10000);
        QVERIFY(!app.signInProblem().isEmpty());
    }

    void diagnostics_holdNoSecret()
    {
        Application app;
        enterSandbox(app);
        const QString text = app.diagnostics();
        QVERIFY(text.contains(QLatin1String("practice: yes")));
        QVERIFY(!text.contains(SandboxProcess::defaultClientSecret()));
    }

    void unusableAddress_isTold_andNothingSignsIn()
    {
        Application app;
        QSignalSpy problem(&app, &Application::problem);
        QSignalSpy changed(&app, &Application::connectionChanged);
        settings::ConnectionProfile profile;
        profile.name = QStringLiteral("bad");
        profile.apiUrl = QUrl(QStringLiteral("http://api.accessy.invalid"));
        profile.mode = settings::SignInMode::ClientCredentials;
        profile.clientId = QStringLiteral("id");
        app.useConnection(profile, {QStringLiteral("id"), QStringLiteral("secret"), {}});
        QVERIFY(!app.isPractice());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(problem.size(), 1);
        QVERIFY(!problem.first().at(0).toString().isEmpty());
        QCOMPARE(app.signInProblem(), problem.first().at(0).toString());
        // The session holds no credentials for an address that was refused.
        QVERIFY(!app.session()->credentials().isComplete());
    }

    void missingCredentials_areTold()
    {
        Application app;
        settings::ConnectionProfile profile;
        profile.apiUrl = m_sandbox.baseUrl();
        profile.mode = settings::SignInMode::PastedToken;
        app.useConnection(profile, {});
        QCOMPARE(app.signInProblem(), QStringLiteral("Paste a session token first."));
    }

    void recentFiles_newestFirst_eachOnce_atMostEight()
    {
        for (int i = 0; i < 10; ++i)
            core::RecentFiles::rememberImport(QStringLiteral("/tmp/lists/list-%1.csv").arg(i));
        core::RecentFiles::rememberImport(QStringLiteral("/tmp/lists/list-5.csv"));
        const QStringList recent = core::RecentFiles::importedFiles();
        QCOMPARE(recent.size(), core::RecentFiles::kMaxRecent);
        QCOMPARE(recent.first(), QStringLiteral("/tmp/lists/list-5.csv"));
        QCOMPARE(recent.count(QStringLiteral("/tmp/lists/list-5.csv")), 1);
        QCOMPARE(recent.at(1), QStringLiteral("/tmp/lists/list-9.csv"));
        QCOMPARE(core::RecentFiles::importFolder(), QStringLiteral("/tmp/lists"));
    }
};

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
