// StompClient behaviour that needs no broker: configuration mistakes and an unreachable server
// (a real refused loopback connection). Broker behaviour is tested against the sandbox in
// tst_liveevents.
#include "events/organizationevents.h"
#include "events/stompclient.h"

#include "testtable.h"
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace events;

namespace {

// A loopback port nobody listens on (taken from the system, then released). Without one no
// test of an unreachable server can run, so the test program stops.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free loopback port: %s", qPrintable(probe.errorString()));
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

StompClient::Settings settingsFor(const QUrl &url)
{
    StompClient::Settings s;
    s.url = url;
    s.destination = QStringLiteral("/topic/organization/x");
    return s;
}

// Gives `client` its settings and a session token that stays the same on every attempt.
void configure(StompClient &client, const StompClient::Settings &settings, const QString &token)
{
    client.setSettings(settings);
    client.setTokenProvider([token] { return token; });
}

// The errors `client` reported while starting on `url` with `token` as its session token.
QStringList errorsOnStart(StompClient &client, const QUrl &url, const QString &token)
{
    configure(client, settingsFor(url), token);
    QSignalSpy errors(&client, &StompClient::errorOccurred);
    client.start();
    QStringList texts;
    for (const QList<QVariant> &error : errors)
        texts << error[0].toString();
    return texts;
}

// Settings for a broker at ws://127.0.0.1:<port>/ws/app.
StompClient::Settings loopbackSettings(quint16 port)
{
    return settingsFor(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/app").arg(port)));
}

// How a test wants failed attempts retried: the first delay, the cap, the share of jitter.
struct Backoff
{
    int initialMs = 0;
    int maxMs = 0;
    double jitter = 0;
};

StompClient::Settings withBackoff(StompClient::Settings s, const Backoff &backoff)
{
    s.initialBackoffMs = backoff.initialMs;
    s.maxBackoffMs = backoff.maxMs;
    s.backoffJitter = backoff.jitter;
    return s;
}

} // namespace

class TestStompClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void start_withoutToken_refusesSignInWithoutRetrying();
    void start_tokenWithLineBreak_isRefusedBeforeTheHandshake();
    void start_httpUrl_reportsTheAddress();
    void unreachableServer_backsOffExponentiallyUpToTheCap();
    void unreachableServer_jitterStaysWithinShare();
    void stop_whileReconnecting_goesOfflineAndStaysThere();
    void hungHandshake_timesOutAndRetries();
    void handshakeAnswered_data();
    void handshakeAnswered();
    void backoffDelay_doublesAndCaps();
    void organizationEvents_withoutOrganization_saysSignInFirst();
    void organizationEvents_defaultsToAccessyHost();
};

void TestStompClient::start_withoutToken_refusesSignInWithoutRetrying()
{
    StompClient client;
    QSignalSpy retries(&client, &StompClient::reconnectScheduled);
    const QStringList errors =
        errorsOnStart(client, QUrl(QStringLiteral("ws://127.0.0.1:1/ws/app")), QString());
    QCOMPARE(client.state(), StompClient::State::SignInRefused);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].contains(QStringLiteral("session token")), qPrintable(errors[0]));
    // A retry is announced when it is scheduled; let anything queued run, then look.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(retries.size(), 0);
    QCOMPARE(client.state(), StompClient::State::SignInRefused);
}

void TestStompClient::start_tokenWithLineBreak_isRefusedBeforeTheHandshake()
{
    StompClient client;
    const QStringList errors =
        errorsOnStart(client, QUrl(QStringLiteral("ws://127.0.0.1:1/ws/app")),
                      QStringLiteral("abc\r\nX-Injected: 1"));
    QCOMPARE(client.state(), StompClient::State::SignInRefused);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors[0].contains(QStringLiteral("abc"))); // never echo a token
}

void TestStompClient::start_httpUrl_reportsTheAddress()
{
    StompClient client;
    const QStringList errors = errorsOnStart(
        client, QUrl(QStringLiteral("https://accessy.se/ws/app")), QStringLiteral("t"));
    QCOMPARE(client.state(), StompClient::State::Offline);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].contains(QStringLiteral("https://accessy.se/ws/app")),
             qPrintable(errors[0]));
}

void TestStompClient::unreachableServer_backsOffExponentiallyUpToTheCap()
{
    StompClient client;
    client.setSettings(
        withBackoff(loopbackSettings(closedPort()), {.initialMs = 20, .maxMs = 100, .jitter = 0}));
    int tokenCalls = 0;
    client.setTokenProvider([&tokenCalls] { return QStringLiteral("t%1").arg(++tokenCalls); });
    QSignalSpy states(&client, &StompClient::stateChanged);
    QSignalSpy retries(&client, &StompClient::reconnectScheduled);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 6, 10000);
    client.stop();

    QList<int> delays;
    for (const QList<QVariant> &r : retries)
        delays.append(r[0].toInt());
    QCOMPARE(delays.mid(0, 6), (QList<int>{20, 40, 80, 100, 100, 100}));
    QVERIFY2(retries[0][1].toString().contains(QStringLiteral("refused")),
             qPrintable(retries[0][1].toString())); // the reason names the cause
    QVERIFY(tokenCalls >= 6);                       // the provider is asked again for every attempt
    QCOMPARE(states.first()[0].value<StompClient::State>(), StompClient::State::Connecting);
    QCOMPARE(states[1][0].value<StompClient::State>(), StompClient::State::Reconnecting);
    QCOMPARE(client.state(), StompClient::State::Offline);
}

void TestStompClient::unreachableServer_jitterStaysWithinShare()
{
    StompClient client;
    configure(
        client,
        withBackoff(loopbackSettings(closedPort()), {.initialMs = 50, .maxMs = 50, .jitter = 0.2}),
        QStringLiteral("t"));
    QSignalSpy retries(&client, &StompClient::reconnectScheduled);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 8, 10000);
    client.stop();
    QSet<int> distinct;
    for (const QList<QVariant> &r : retries) {
        const int d = r[0].toInt();
        QVERIFY2(d >= 40 && d <= 60, qPrintable(QString::number(d)));
        distinct.insert(d);
    }
    QVERIFY2(distinct.size() > 1, "jitter spreads the retries");
}

void TestStompClient::stop_whileReconnecting_goesOfflineAndStaysThere()
{
    StompClient::Settings s = loopbackSettings(closedPort());
    s.initialBackoffMs = 30;
    StompClient client;
    configure(client, s, QStringLiteral("t"));
    QSignalSpy retries(&client, &StompClient::reconnectScheduled);
    QSignalSpy stopped(&client, &StompClient::stopped);
    client.start();
    QTRY_COMPARE(client.state(), StompClient::State::Reconnecting);
    client.stop();
    QCOMPARE(client.state(), StompClient::State::Offline);
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(stopped[0][0].toBool(), false); // nothing to confirm without a connection
    const qsizetype retriesAtStop = retries.size();
    // Fixed wait: the cancelled retry was due 30-60 ms later (initialBackoffMs 30); only time
    // shows that it never comes.
    QTest::qWait(300);
    QCOMPARE(retries.size(), retriesAtStop);
    QCOMPARE(client.state(), StompClient::State::Offline);
}

void TestStompClient::hungHandshake_timesOutAndRetries()
{
    // A listener that accepts the TCP connection and never answers the WebSocket handshake
    // (a stuck proxy): the attempt must be abandoned, not wait forever.
    QTcpServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
    StompClient::Settings s = loopbackSettings(mute.serverPort());
    s.connectTimeoutMs = 300;
    StompClient client;
    configure(client, s, QStringLiteral("t"));
    QSignalSpy retries(&client, &StompClient::reconnectScheduled);
    QElapsedTimer t;
    t.start();
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(retries.size(), 1, 5000);
    QVERIFY2(t.elapsed() >= 250, qPrintable(QString::number(t.elapsed())));
    QVERIFY2(retries[0][1].toString().contains(QStringLiteral("0.3 s")),
             qPrintable(retries[0][1].toString()));
    QVERIFY(mute.hasPendingConnections()); // the attempt did reach the listener
    client.stop();
}

void TestStompClient::handshakeAnswered_data()
{
    addColumns<QByteArray, StompClient::State, QString>("statusLine", "state", "cause");
    QTest::newRow("401: token refused, no retry")
        << QByteArray("HTTP/1.1 401 Unauthorized") << StompClient::State::SignInRefused
        << QStringLiteral("HTTP 401");
    QTest::newRow("403: token refused, no retry")
        << QByteArray("HTTP/1.1 403 Forbidden") << StompClient::State::SignInRefused
        << QStringLiteral("HTTP 403");
    QTest::newRow("503: a passing problem, retried")
        << QByteArray("HTTP/1.1 503 Service Unavailable") << StompClient::State::Reconnecting
        << QStringLiteral("503");
}

void TestStompClient::handshakeAnswered()
{
    // A plain HTTP server that answers the WebSocket upgrade with an error status, as a proxy
    // or a broker that checks the Authorization header does. (The sandbox cannot: Qt 6.4's
    // QWebSocketServer always completes the handshake.)
    QFETCH(QByteArray, statusLine);
    QFETCH(StompClient::State, state);
    QFETCH(QString, cause);
    QTcpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost, 0));
    QByteArray request;
    connect(&http, &QTcpServer::newConnection, &http, [&] {
        QTcpSocket *socket = http.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, statusLine, &request] {
            request += socket->readAll();
            if (request.contains("\r\n\r\n"))
                socket->write(statusLine + "\r\nContent-Length: 0\r\n\r\n");
        });
    });
    StompClient::Settings s = loopbackSettings(http.serverPort());
    s.initialBackoffMs = 5000; // one attempt is enough to judge
    StompClient client;
    configure(client, s, QStringLiteral("sbx.secret-token-value"));
    QSignalSpy errors(&client, &StompClient::errorOccurred);
    QSignalSpy retries(&client, &StompClient::reconnectScheduled);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), state, 5000);
    QVERIFY(request.contains("Authorization: Bearer sbx.secret-token-value\r\n"));
    QVERIFY2(client.stateDetail().contains(cause), qPrintable(client.stateDetail()));
    QVERIFY(!client.stateDetail().contains(QStringLiteral("secret-token")));
    if (state == StompClient::State::SignInRefused) {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(retries.size(), 0);
    } else {
        QCOMPARE(retries.size(), 1);
    }
    client.stop();
}

void TestStompClient::backoffDelay_doublesAndCaps()
{
    StompClient client;
    StompClient::Settings s;
    s.initialBackoffMs = 1000;
    s.maxBackoffMs = 60000;
    client.setSettings(s);
    QCOMPARE(client.backoffDelayMs(0), 1000);
    QCOMPARE(client.backoffDelayMs(1), 2000);
    QCOMPARE(client.backoffDelayMs(5), 32000);
    QCOMPARE(client.backoffDelayMs(6), 60000);
    QCOMPARE(client.backoffDelayMs(1000), 60000);
}

void TestStompClient::organizationEvents_withoutOrganization_saysSignInFirst()
{
    OrganizationEvents events;
    events.setTokenProvider([] { return QStringLiteral("t"); });
    QSignalSpy errors(&events, &OrganizationEvents::errorMessage);
    events.start();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0][0].toString().contains(QStringLiteral("organization")),
             qPrintable(errors[0][0].toString()));
    QCOMPARE(events.state(), StompClient::State::Offline);
}

void TestStompClient::organizationEvents_defaultsToAccessyHost()
{
    QCOMPARE(OrganizationEvents::defaultEventsUrl(),
             QUrl(QStringLiteral("wss://accessy.se/ws/app")));
    QCOMPARE(OrganizationEvents::destinationFor(QStringLiteral("abc")),
             QStringLiteral("/topic/organization/abc"));
}

QTEST_GUILESS_MAIN(TestStompClient)
#include "tst_stompclient.moc"
