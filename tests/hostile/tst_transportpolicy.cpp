// Secrets in transit (issue 13): one transport policy for every address the program opens —
// plain http:// or ws:// only to this machine — applied before any connection by the command
// line, the saved profile and the events client itself; and a redirect from the API named
// with its target instead of "the answer was empty". Remote hosts are *.invalid names, so
// nothing can leave the machine even if a refusal were missing.
#include "accessy/apiclient.h"
#include "accessy/tlspolicy.h"
#include "events/organizationevents.h"
#include "sandboxprocess.h"
#include "settings/connectionprofile.h"

#include "testtable.h"
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using accessy::tls::Channel;
using events::OrganizationEvents;
using events::StompClient;
Q_DECLARE_METATYPE(accessy::tls::Channel)

namespace {

QString inviteProgram()
{
    return QStringLiteral(INVITE_BIN_DIR "/accessy-invite");
}

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

// Runs the real accessy-invite with client credentials in its environment.
Run runInvite(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACCESSY_CLIENT_ID"), SandboxProcess::defaultClientId());
    env.insert(QStringLiteral("ACCESSY_CLIENT_SECRET"), SandboxProcess::defaultClientSecret());
    env.remove(QStringLiteral("ACCESSY_SESSION_TOKEN"));
    env.remove(QStringLiteral("ACCESSY_API_URL"));
    env.remove(QStringLiteral("ACCESSY_EVENTS_URL"));
    env.insert(QStringLiteral("HOME"), QDir::tempPath()); // no history next to the real one
    process.setProcessEnvironment(env);
    process.start(inviteProgram(), arguments);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = process.readAllStandardError();
    return run;
}

// A fake server on loopback that answers every request with the same fixed bytes and counts
// the connections it got: a stand-in for a misconfigured or malicious API host.
class FixedAnswerServer final : public QObject
{
public:
    explicit FixedAnswerServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (m_request.contains("\r\n\r\n") && !m_answered) {
                        m_answered = true;
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_request;
    bool m_answered = false;
    int m_connections = 0;
};

} // namespace

class TestTransportPolicy : public QObject
{
    Q_OBJECT

    // Sends one sign-in to `server` and returns the error message the admin would read.
    QString signInMessage(const QUrl &url, accessy::ApiError *errorOut = nullptr)
    {
        accessy::ApiClient client;
        accessy::ApiClientSettings settings;
        settings.baseUrl = url;
        settings.transferTimeoutMs = 10000;
        client.setSettings(settings);
        std::optional<accessy::Result<accessy::SessionToken>> answer;
        client.requestToken(QStringLiteral("id"), QStringLiteral("the-client-secret"), this,
                            [&answer](const auto &r) { answer.emplace(r); });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        }();
        if (!answer || answer->ok())
            return {};
        if (errorOut)
            *errorOut = answer->error();
        return answer->error().userMessage();
    }

private Q_SLOTS:
    void policy_data()
    {
        addColumns<QString, Channel, bool>("url", "channel", "allowed");
        const Channel api = Channel::Api;
        const Channel events = Channel::Events;
        QTest::newRow("https remote") << "https://api.example.invalid" << api << true;
        QTest::newRow("wss remote") << "wss://events.example.invalid/ws/app" << events << true;
        QTest::newRow("HTTPS upper case") << "HTTPS://api.example.invalid" << api << true;
        QTest::newRow("WSS upper case") << "WSS://events.example.invalid/ws" << events << true;
        QTest::newRow("http remote") << "http://api.example.invalid" << api << false;
        QTest::newRow("ws remote") << "ws://events.example.invalid/ws/app" << events << false;
        QTest::newRow("HTTP upper case remote") << "HTTP://api.example.invalid" << api << false;
        QTest::newRow("WS upper case remote") << "WS://events.example.invalid" << events << false;
        QTest::newRow("http LAN") << "http://10.1.2.3/" << api << false;
        QTest::newRow("ws LAN") << "ws://10.1.2.3/ws/app" << events << false;
        QTest::newRow("userinfo trick") << "http://127.0.0.1@evil.invalid/" << api << false;
        QTest::newRow("userinfo trick ws") << "ws://localhost@evil.invalid/ws" << events << false;
        QTest::newRow("loopback-looking name") << "http://127.0.0.1.evil.invalid/" << api << false;
        QTest::newRow("localhost-looking name") << "http://localhost.evil.invalid/" << api << false;
        QTest::newRow("subdomain of localhost") << "ws://evil.localhost/ws" << events << false;
        QTest::newRow("http localhost") << "http://localhost:8080" << api << true;
        QTest::newRow("HTTP LOCALHOST") << "HTTP://LOCALHOST:8080/" << api << true;
        QTest::newRow("localhost with dot") << "http://localhost.:8080/" << api << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:9/api" << api << true;
        QTest::newRow("http 127.200.1.2") << "http://127.200.1.2/" << api << true;
        QTest::newRow("ws 127.0.0.1") << "ws://127.0.0.1:9/ws/app" << events << true;
        QTest::newRow("http ::1") << "http://[::1]:8080/" << api << true;
        QTest::newRow("ws ::1") << "ws://[::1]:8080/ws" << events << true;
        QTest::newRow("v4-mapped loopback") << "http://[::ffff:127.0.0.1]/" << api << true;
        QTest::newRow("ws as API address") << "wss://api.example.invalid" << api << false;
        QTest::newRow("https as events address")
            << "https://events.example.invalid" << events << false;
        QTest::newRow("ftp") << "ftp://api.example.invalid" << api << false;
        QTest::newRow("no host") << "https://" << api << false;
        QTest::newRow("not a URL") << "::::" << events << false;
    }
    void policy()
    {
        QFETCH(QString, url);
        QFETCH(Channel, channel);
        QFETCH(bool, allowed);
        const QString problem = accessy::tls::transportProblem(QUrl(url), channel);
        QVERIFY2(problem.isEmpty() == allowed, qPrintable(problem));
        if (!allowed) {
            const QString what = channel == Channel::Events ? QStringLiteral("events address")
                                                            : QStringLiteral("API address");
            QVERIFY2(problem.contains(what), qPrintable(problem));
        }
    }

    void plainRemote_sentenceSaysWhyAndWhatInstead()
    {
        const QString events = accessy::tls::transportProblem(
            QUrl(QStringLiteral("ws://events.example.invalid/ws/app")), Channel::Events);
        QCOMPARE(events,
                 QStringLiteral("The events address ws://events.example.invalid/ws/app is not "
                                "encrypted: the session token would travel in clear. Use wss://, "
                                "or a loopback address (localhost, 127.0.0.1 or ::1) for a local "
                                "test server."));
        const QString api = accessy::tls::transportProblem(
            QUrl(QStringLiteral("http://user:hunter2@api.example.invalid/")), Channel::Api);
        QVERIFY2(api.contains(QLatin1String("client secret")), qPrintable(api));
        QVERIFY2(api.contains(QLatin1String("https://")), qPrintable(api));
        QVERIFY2(!api.contains(QLatin1String("hunter2")), qPrintable(api)); // no password shown
    }

    // watch against the real sandbox for the API (loopback, allowed) and a plain remote events
    // address: refused before the sign-in, so the sandbox never even sees a token request.
    void watch_plainEventsAddress_exit2BeforeAnyConnection()
    {
        SandboxProcess sandbox;
        QVERIFY_STARTED(sandbox, {QStringLiteral("--quiet")});
        const Run r = runInvite({QStringLiteral("watch"), QStringLiteral("--api-url"),
                                 sandbox.baseUrl().toString(), QStringLiteral("--events-url"),
                                 QStringLiteral("ws://events.example.invalid/ws/app")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("The events address ws://events.example.invalid/ws/app is not "
                                "encrypted: the session token would travel in clear."),
                 r.err.constData());
        QVERIFY2(!r.err.contains("Usage:"), r.err.constData());
        QCOMPARE(sandbox.state().value(QStringLiteral("tokenRequests")).toInt(), 0);
    }

    void watch_plainApiAddress_exit2()
    {
        const Run r =
            runInvite({QStringLiteral("watch"), QStringLiteral("--api-url"),
                       QStringLiteral("http://api.example.invalid"), QStringLiteral("--events-url"),
                       QStringLiteral("wss://events.example.invalid/ws/app")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("The API address http://api.example.invalid is not encrypted"),
                 r.err.constData());
    }

    void send_plainApiAddress_exit2()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile numbers(dir.filePath(QStringLiteral("numbers.txt")));
        QVERIFY(numbers.open(QIODevice::WriteOnly));
        numbers.write("+46701234567\n");
        numbers.close();
        for (const QString &url : {QStringLiteral("http://api.example.invalid"),
                                   QStringLiteral("http://127.0.0.1@api.example.invalid/")}) {
            const Run r =
                runInvite({QStringLiteral("send"), QStringLiteral("--numbers"), numbers.fileName(),
                           QStringLiteral("--message"), QStringLiteral("Welcome"),
                           QStringLiteral("--api-url"), url, QStringLiteral("--yes")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("is not encrypted: the client secret and the session token "
                                    "would travel in clear"),
                     r.err.constData());
        }
    }

    // The events client refuses on its own, whoever set the address: no token asked for, so
    // nothing was about to be sent.
    void eventsClient_plainRemoteAddress_refusedWithoutAttempt()
    {
        OrganizationEvents events;
        int tokenAsked = 0;
        events.setTokenProvider([&tokenAsked] {
            ++tokenAsked;
            return QStringLiteral("sbx.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        });
        events.setEventsUrl(QUrl(QStringLiteral("ws://events.example.invalid/ws/app")));
        events.setOrganizationId(QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47"));
        QStringList messages;
        connect(&events, &OrganizationEvents::errorMessage, this,
                [&messages](const QString &m) { messages << m; });
        events.start();
        QTRY_COMPARE(messages.size(), 1);
        QVERIFY2(messages.constFirst().contains(QLatin1String("is not encrypted")),
                 qPrintable(messages.constFirst()));
        QCOMPARE(tokenAsked, 0);
        QCOMPARE(events.state(), StompClient::State::Offline);
    }

    // A profile saved with a plain remote events address (settings from disk) is refused
    // before the window connects anything.
    void savedProfile_plainEventsAddress_refused()
    {
        settings::ConnectionProfile profile;
        profile.apiUrl = QUrl(QStringLiteral("https://api.example.invalid"));
        profile.eventsUrl = QUrl(QStringLiteral("ws://events.example.invalid/ws/app"));
        const auto result = settings::clientSettingsFor(profile);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().userMessage().contains(QLatin1String("session token")),
                 qPrintable(result.error().userMessage()));
    }

    void redirect_namesTargetAndIsNotFollowed_data()
    {
        addColumns<QByteArray, QByteArray, QString>("status", "location", "shown");
        QTest::newRow("301") << QByteArray("301 Moved Permanently")
                             << QByteArray("https://elsewhere.example.invalid/auth/oauth/token")
                             << "https://elsewhere.example.invalid/auth/oauth/token";
        QTest::newRow("302 query dropped")
            << QByteArray("302 Found")
            << QByteArray("  https://u:pw@elsewhere.example.invalid/login?token=abc#x  ")
            << "https://elsewhere.example.invalid/login";
        QTest::newRow("303") << QByteArray("303 See Other") << QByteArray("/other") << "/other";
        QTest::newRow("307") << QByteArray("307 Temporary Redirect")
                             << QByteArray("http://plain.example.invalid/")
                             << "http://plain.example.invalid/";
        QTest::newRow("308") << QByteArray("308 Permanent Redirect")
                             << QByteArray("https://elsewhere.example.invalid/")
                             << "https://elsewhere.example.invalid/";
    }
    void redirect_namesTargetAndIsNotFollowed()
    {
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, location);
        QFETCH(QString, shown);
        FixedAnswerServer server("HTTP/1.1 " + status + "\r\nLocation: " + location +
                                 "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        QVERIFY(server.listen());
        accessy::ApiError error;
        const QString message = signInMessage(server.url(), &error);
        QVERIFY2(message.contains(QLatin1String("redirected to")), qPrintable(message));
        QVERIFY2(message.contains(shown), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Redirects are not followed")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("token=abc")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("pw@")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("the-client-secret")), qPrintable(message));
        QVERIFY(!error.outcomeUnknown());
        QCOMPARE(server.connections(), 1); // not followed, not retried
    }

    void redirectWithoutLocation_saysSo()
    {
        FixedAnswerServer server("HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(server.listen());
        const QString message = signInMessage(server.url());
        QVERIFY2(message.contains(QLatin1String("a redirect without a new address")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_transportpolicy.moc"
