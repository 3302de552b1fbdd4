// No leaks: a run with a unique client secret and unique session tokens against the sandbox —
// the connection dialog (Test connection, Save), a session sign-in with each kind of
// credentials, the access groups, a send through sending::SendController, sign out and the
// diagnostics text — then every file under the app's config, data and cache folders (a
// throw-away HOME) and every line logged are searched for them: zero hits.
#include "accessgroupspicker.h"
#include "connectiondialog.h"
#include "filescan.h"
#include "widgetlookup.h"

#include "accessy/accessysession.h"
#include "accessy/credentialstore.h"
#include "accessy/logredaction.h"
#include "httpcall.h"
#include "models/invitationtablemodel.h"
#include "models/sendresultsfollower.h"
#include "sandboxprocess.h"
#include "sending/sendcontroller.h"
#include "settings/diagnosticsreport.h"
#include "settings/profilestore.h"

#include "programtestsupport.h"
#include "rowpervalue.h"
#include "testtable.h"
#include "throwawayhome.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
QTemporaryDir *g_home = nullptr;
QMutex g_logMutex;
QStringList g_logged;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_logged << QString::fromLatin1(context.category ? context.category : "") +
                    QStringLiteral(": ") + message;
}

} // namespace

class TestLeak : public QObject
{
    Q_OBJECT

    const QString m_secret =
        QStringLiteral("LeakSecret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_clientId = QStringLiteral("leak-client");
    SandboxProcess m_sandbox;
    QStringList m_tokens; // every token the sandbox gave out during the run

    QString tokenFromSandbox()
    {
        HttpCaller http;
        const QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                               {QStringLiteral("client_id"), m_clientId},
                               {QStringLiteral("client_secret"), m_secret}};
        const HttpResult r = http.call(
            "POST", m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/auth/oauth/token"))),
            {{"Content-Type", "application/json"}}, QJsonDocument(body).toJson());
        const QString token = r.json().object().value(QStringLiteral("access_token")).toString();
        m_tokens << token;
        return token;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Our capture receives what the app's logging lets through (after redaction), with
        // every category at debug level: the most talkative the app can be.
        qInstallMessageHandler(captureLog);
        accessy::logging::installRedactingMessageHandler();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                              QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation})
            QVERIFY2(QStandardPaths::writableLocation(location).startsWith(g_home->path()),
                     qPrintable(QStandardPaths::writableLocation(location)));
        QVERIFY_STARTED(m_sandbox, {QStringLiteral("--client-id"), m_clientId,
                                    QStringLiteral("--client-secret"), m_secret,
                                    QStringLiteral("--groups"), QStringLiteral("12")});
    }

    void fullRun_leavesNoSecretOrTokenAnywhere()
    {
        settings::ProfileStore profiles; // the application's real QSettings (temp HOME)
        accessy::CredentialStore keychain;

        // 1. The dialog: client credentials, Test connection, Save.
        ui::ConnectionDialog dialog(&profiles, &keychain);
        dialog.show();
        child<QLineEdit>(&dialog, "apiUrl")->setText(m_sandbox.baseUrl().toString());
        child<QRadioButton>(&dialog, "credentialsMode")->click();
        QTest::keyClicks(child<QLineEdit>(&dialog, "clientId"), m_clientId);
        QTest::keyClicks(child<QLineEdit>(&dialog, "clientSecret"), m_secret);
        QSignalSpy tested(&dialog, &ui::ConnectionDialog::connectionTested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 15000);
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(dialog.testResult()));
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);

        // 2. The window's session with those credentials, the access groups, and a send.
        accessy::ApiClient client;
        client.setSettings(dialog.clientSettings().value());
        accessy::AccessySession session(&client);
        session.setCredentials(dialog.credentials());
        ui::AccessGroupsPicker picker;
        QSignalSpy groupsChanged(&picker, &ui::AccessGroupsPicker::checkedIdsChanged);
        picker.load(&session);
        QTRY_VERIFY_WITH_TIMEOUT(!groupsChanged.isEmpty(), 15000);
        QCOMPARE(picker.groups().size(), 12);
        picker.setCheckedIds({picker.groups().at(1).id});
        profiles.setAccessGroupSelection(session.organizationId(), picker.checkedIds());
        connect(&session, &accessy::AccessySession::organizationNameKnown, this,
                [&](const QString &id, const QString &name) {
                    profiles.rememberOrganization(profiles.currentProfileName(), id, name);
                });

        models::InvitationTableModel table;
        sending::SendController sender(&session);
        models::SendResultsFollower follower(&sender, &table);
        QSignalSpy finished(&sender, &sending::SendController::finished);
        QList<sending::SendItem> items;
        for (int i = 0; i < 5; ++i)
            items << sending::SendItem{-1, QStringLiteral("+4670123450%1").arg(i), QString(),
                                       QStringLiteral("070-123 450 %1").arg(i)};
        QVERIFY(sender.start(items, QStringLiteral("Welcome!"), picker.checkedIds()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toInt(), 5);
        // The organization's name came back in the answer and is kept for the next start.
        QCOMPARE(profiles.current().organizationName, QStringLiteral("Practice Organization"));

        // 3. A pasted token: the dialog shows it, a session uses it, a 401 asks for another.
        const QString pasted = tokenFromSandbox();
        ui::ConnectionDialog tokenDialog(&profiles, &keychain);
        child<QRadioButton>(&tokenDialog, "tokenMode")->click();
        child<QLineEdit>(&tokenDialog, "apiUrl")->setText(m_sandbox.baseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(&tokenDialog, "token"), pasted);
        QSignalSpy tokenTested(&tokenDialog, &ui::ConnectionDialog::connectionTested);
        tokenDialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tokenTested.size(), 1, 15000);
        QVERIFY2(tokenTested.at(0).at(0).toBool(), qPrintable(tokenDialog.testResult()));
        accessy::AccessySession pastedSession(&client);
        pastedSession.setCredentials(tokenDialog.credentials());
        connect(&pastedSession, &accessy::AccessySession::pastedTokenExpired, this,
                [&] { pastedSession.providePastedToken(tokenFromSandbox()); });
        HttpCaller http;
        http.call("POST",
                  m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/expire-tokens"))),
                  {{"Content-Type", "application/json"}}, "{}");
        std::optional<accessy::Result<QList<accessy::Invitation>>> list;
        pastedSession.listInvitations(this, [&list](const auto &r) { list.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 15000);
        QVERIFY2(list->ok(), qPrintable(list->error().userMessage()));
        QCOMPARE(list->value().size(), 5);

        // A careless debug line of the kind that leaks in real code: the logging masks it.
        qDebug() << "request headers" << QByteArray("Authorization: Bearer " + pasted.toUtf8())
                 << "body" << QByteArray("{\"client_secret\":\"" + m_secret.toUtf8() + "\"}");

        // 4. Diagnostics, then sign out (the keychain entry and the tokens forgotten).
        settings::DiagnosticsInput in;
        in.profile = profiles.current();
        in.keychainState = keychain.lastProblem();
        in.roles = session.membership().roles;
        const QString diagnostics = settings::buildDiagnostics(in);
        QVERIFY(diagnostics.contains(m_sandbox.baseUrl().toString()));
        dialog.signOut();
        session.reset();
        pastedSession.reset();
        profiles.sync();

        // The search must have something to search: the settings file exists and holds the
        // profile, the log has the requests.
        QVERIFY(!filesContaining(g_home->path(), m_clientId).isEmpty());
        QVERIFY(m_tokens.size() >= 2);
        const QString log = [] {
            QMutexLocker lock(&g_logMutex);
            return g_logged.join(QLatin1Char('\n'));
        }();
        QVERIFY2(log.contains(QLatin1String("/auth/oauth/token")), qPrintable(log.left(2000)));
        QVERIFY2(log.contains(QLatin1String("request headers")), "the careless line was logged");

        QStringList needles = m_tokens;
        needles << m_secret;
        for (const QString &needle : std::as_const(needles)) {
            QVERIFY(!needle.isEmpty());
            const QStringList hits = filesContaining(g_home->path(), needle);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
            QVERIFY2(!log.contains(needle), "a secret or token reached the log");
            QVERIFY2(!diagnostics.contains(needle), "a secret or token is in the diagnostics");
            QVERIFY2(!dialog.testResult().contains(needle), "a secret in the dialog text");
        }
    }

    // The command line: `accessy-invite send` with the secret (then a pasted token) in its
    // environment, every category logging: nothing it prints or leaves on disk holds them.
    void commandLineSend_printsAndLeavesNoSecretOrToken_data()
    {
        addBothWays("pasted", "client credentials", "pasted session token");
    }
    void commandLineSend_printsAndLeavesNoSecretOrToken()
    {
        QFETCH(bool, pasted);
        QVERIFY2(QFile::exists(programtest::program()), qPrintable(programtest::program()));
        const QString list =
            programtest::writeLines(g_home->filePath(QStringLiteral("numbers-%1.txt").arg(pasted)),
                                    pasted ? QStringList{"070-123 46 01", "070-123 46 02"}
                                           : QStringList{"070-123 45 91", "070-123 45 92"});

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        QString token;
        if (pasted) {
            token = tokenFromSandbox();
            env.insert(QStringLiteral("ACCESSY_SESSION_TOKEN"), token);
        } else {
            env.insert(QStringLiteral("ACCESSY_CLIENT_ID"), m_clientId);
            env.insert(QStringLiteral("ACCESSY_CLIENT_SECRET"), m_secret);
        }
        // Finished within 60 s with exit status 0 (-1: it crashed or was killed).
        const programtest::Run cli = programtest::run(
            {QStringLiteral("send"), QStringLiteral("--numbers"), list, QStringLiteral("--message"),
             QStringLiteral("Welcome"), QStringLiteral("--api-url"), m_sandbox.baseUrl().toString(),
             QStringLiteral("--yes")},
            env);
        const QString printed = QString::fromUtf8(cli.out) + QString::fromUtf8(cli.err);
        QVERIFY2(cli.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: ").arg(cli.exitCode) + printed.right(1500)));
        QVERIFY2(printed.contains(QLatin1String("+46701234")), qPrintable(printed));

        QStringList needles = m_tokens;
        needles << m_secret;
        for (const QString &needle : std::as_const(needles)) {
            QVERIFY2(!printed.contains(needle), qPrintable(printed));
            const QStringList hits = filesContaining(g_home->path(), needle);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }
    }
};

int main(int argc, char **argv)
{
    // A throw-away HOME: the app's config, data and cache folders are all inside it. No D-Bus
    // session: the keychain is unavailable, the secret must stay in memory.
    QTemporaryDir home;
    g_home = &home;
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    useThrowAwayHome(home.path());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("accessy-invite"));
    QApplication::setOrganizationName(QStringLiteral("accessy-invite"));
    TestLeak test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_leak.moc"
