// The event stream of accessy-sandbox (STOMP 1.2 over WebSocket), spoken by hand over loopback.
#include "sandboxtestsupport.h"
#include "stomptestclient.h"

#include "testtable.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace SandboxTest;

namespace {

const QByteArray topic = "/topic/organization/" + defaultOrgId().toLatin1();

QByteArray nulTerminated(const char *text)
{
    return QByteArray(text) + '\0';
}

// What is wrong with a refused handshake.
enum class Refusal
{
    NoToken,
    ForgedToken,
    ExpiredToken,
    WrongPath
};

} // namespace

Q_DECLARE_METATYPE(Refusal)

class TstSandboxEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void secondLine_namesEventsUrl();
    void connect_answersConnectedAndHonoursHeartBeats();
    void silentClient_isDropped_talkingClientIsKept();
    void statusAccepted_sendsMembershipCreated();
    void statusDeleted_sendsInvitationDeleted();
    void otherStatus_sendsNoEvent();
    void handshake_refused_data();
    void handshake_refused();
    void subscribe_otherOrganization_isRefused();
    void protocol_errors_data();
    void protocol_errors();
    void disconnect_withReceipt_answersReceiptAndCloses();
    void framing_splitJoinedCrlfAndEscapes_areDecoded();
    void control_drop_closesEveryConnection();
    void control_stopHeartbeats_leavesConnectionStale();
    void control_error_sendsEscapedMessageAndCloses();
    void invitees_accept_sendEventsAfterDelay();
    void invitees_delete_setAtRunTime();
    void invitees_default_nobodyActs();

private:
    QUrl eventsUrl();
    bool connectClient(StompTestClient &client);
    bool connectAndSubscribe(StompTestClient &client, const QByteArray &subscriptionId);
    QString createInvitation(const QString &msisdn);
    void setStatus(const QString &id, const QString &status);

    SandboxRun m_run;
};

void TstSandboxEvents::cleanup()
{
    const QByteArray report = m_run.stop();
    QVERIFY2(report.isEmpty(), report.constData());
}

QUrl TstSandboxEvents::eventsUrl()
{
    const HttpResult result = m_run.http->call(
        "GET", m_run.sandbox->baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/events"))));
    return QUrl(result.json().object().value(QStringLiteral("url")).toString());
}

// Opens the events socket with the run's token and sends CONNECT: true when the sandbox
// answered CONNECTED.
bool TstSandboxEvents::connectClient(StompTestClient &client)
{
    return client.open(eventsUrl(), m_run.token) &&
           client.connectStomp().command == QByteArray("CONNECTED");
}

// Connects and subscribes to the organization's topic as `subscriptionId`.
bool TstSandboxEvents::connectAndSubscribe(StompTestClient &client,
                                           const QByteArray &subscriptionId)
{
    return connectClient(client) && client.subscribe(subscriptionId, topic);
}

QString TstSandboxEvents::createInvitation(const QString &msisdn)
{
    const HttpResult result =
        postInvitations(*m_run.http, m_run.sandbox->baseUrl(), m_run.token, {msisdn});
    return createdId(result);
}

void TstSandboxEvents::setStatus(const QString &id, const QString &status)
{
    const HttpResult result = control(*m_run.http, m_run.sandbox->baseUrl(),
                                      QStringLiteral("/_sandbox/invitations/%1/status").arg(id),
                                      {{QStringLiteral("status"), status}});
    QCOMPARE(result.status, 200);
}

void TstSandboxEvents::secondLine_namesEventsUrl()
{
    QProcess process;
    process.start(SandboxProcess::programPath(), {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(process.waitForStarted(10000));
    QElapsedTimer clock;
    clock.start();
    QList<QByteArray> lines;
    while (lines.size() < 2 && clock.elapsed() < 10000) {
        process.waitForReadyRead(200);
        while (process.canReadLine())
            lines.append(process.readLine());
    }
    QCOMPARE(lines.size(), 2);
    QVERIFY(QRegularExpression(QStringLiteral("\\Alistening on http://127\\.0\\.0\\.1:\\d+\\n\\z"))
                .match(QString::fromLatin1(lines.at(0)))
                .hasMatch());
    const QRegularExpressionMatch events =
        QRegularExpression(QStringLiteral("\\Aevents on (ws://127\\.0\\.0\\.1:\\d+/ws/app)\\n\\z"))
            .match(QString::fromLatin1(lines.at(1)));
    QVERIFY2(events.hasMatch(), lines.at(1).constData());

    // The printed URL works, and the control API reports the same one.
    HttpCaller http;
    const QUrl base(QString::fromLatin1(lines.at(0).mid(13).trimmed()));
    const QByteArray token = fetchToken(http, base);
    StompTestClient client;
    QVERIFY(client.open(QUrl(events.captured(1)), token));
    QCOMPARE(client.connectStomp().headers.value("version"), QByteArray("1.2"));
    QCOMPARE(http.call("GET", base.resolved(QUrl(QStringLiteral("/_sandbox/events"))))
                 .json()
                 .object()
                 .value(QStringLiteral("url"))
                 .toString(),
             events.captured(1));
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TstSandboxEvents::connect_answersConnectedAndHonoursHeartBeats()
{
    QVERIFY_STARTED(m_run, {QStringLiteral("--heartbeat-ms"), QStringLiteral("100")});
    StompTestClient client;
    QVERIFY(client.open(eventsUrl(), m_run.token));
    // The client can't send heart-beats but wants one every 50 ms: the server sends every
    // max(100, 50) = 100 ms.
    const StompTestClient::Frame connected = client.connectStomp("0,50");
    QCOMPARE(connected.command, QByteArray("CONNECTED"));
    QCOMPARE(connected.headers.value("version"), QByteArray("1.2"));
    QCOMPARE(connected.headers.value("heart-beat"), QByteArray("100,100"));
    QVERIFY(connected.raw.endsWith(QByteArray("\0\n", 2))); // EOL after the NUL
    // Counted against the time they took (a busy machine only makes that longer): at every
    // 50 ms, ten beats would come in about 0.5 s, where one per 100 ms allows at most 7.
    const int before = client.heartBeatsReceived();
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.heartBeatsReceived() - before >= 10, 10000);
    const qint64 took = clock.elapsed();
    const int beats = client.heartBeatsReceived() - before;
    QVERIFY2(beats <= took / 95 + 2,
             qPrintable(QStringLiteral("%1 beats in %2 ms").arg(beats).arg(took)));
    // The client promised none: it is not dropped for its silence.
    QVERIFY(client.isConnected());
}

void TstSandboxEvents::silentClient_isDropped_talkingClientIsKept()
{
    QVERIFY_STARTED(m_run, {QStringLiteral("--heartbeat-ms"), QStringLiteral("150")});
    StompTestClient silent;
    StompTestClient talking;
    QVERIFY(silent.open(eventsUrl(), m_run.token));
    QVERIFY(talking.open(eventsUrl(), m_run.token));
    // Both promise a heart-beat every 150 ms and want none.
    QCOMPARE(silent.connectStomp("150,0").command, QByteArray("CONNECTED"));
    QCOMPARE(talking.connectStomp("150,0").command, QByteArray("CONNECTED"));
    QTimer beat;
    QObject::connect(&beat, &QTimer::timeout, &talking, [&talking] { talking.sendText("\n"); });
    beat.start(100);
    QVERIFY(silent.waitForDisconnected(5000));
    // A silent client that connects after the talking one is dropped later than the talking
    // one would have been, had its heart-beats not counted.
    StompTestClient later;
    QVERIFY(later.open(eventsUrl(), m_run.token));
    QCOMPARE(later.connectStomp("150,0").command, QByteArray("CONNECTED"));
    QVERIFY(later.waitForDisconnected(5000));
    QVERIFY(talking.isConnected());
    QCOMPARE(silent.heartBeatsReceived(), 0); // it asked for none
}

void TstSandboxEvents::statusAccepted_sendsMembershipCreated()
{
    QVERIFY_STARTED(m_run);
    StompTestClient client;
    QVERIFY(connectAndSubscribe(client, "sub-0"));
    const QString id = createInvitation(QStringLiteral("+46701234567"));
    QVERIFY(!id.isEmpty());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    setStatus(id, QStringLiteral("ACCEPTED"));

    const StompTestClient::Frame message = client.nextFrame();
    QCOMPARE(message.command, QByteArray("MESSAGE"));
    QCOMPARE(message.headers.value("subscription"), QByteArray("sub-0"));
    QVERIFY(!message.headers.value("message-id").isEmpty());
    QCOMPARE(message.headers.value("destination"), topic);
    QCOMPARE(message.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(message.headers.value("content-length").toInt(), message.body.size());
    QVERIFY(message.raw.endsWith(QByteArray("\0\n", 2)));

    const QJsonObject event = QJsonDocument::fromJson(message.body).object();
    QCOMPARE(event.value(QStringLiteral("eventType")).toString(),
             QStringLiteral("MEMBERSHIP_CREATED"));
    QCOMPARE(event.value(QStringLiteral("invitationId")).toString(), id);
    QCOMPARE(event.value(QStringLiteral("organizationId")).toString(), defaultOrgId());
    QCOMPARE(event.value(QStringLiteral("role")).toString(), QStringLiteral("USER"));
    QVERIFY(event.value(QStringLiteral("requestingUserSuperAdmin")).isBool());
    QVERIFY(!QUuid::fromString(event.value(QStringLiteral("userId")).toString()).isNull());
    const QJsonObject metaData = event.value(QStringLiteral("metaData")).toObject();
    QCOMPARE(metaData.value(QStringLiteral("organizationId")).toString(), defaultOrgId());
    const QDateTime created = QDateTime::fromString(
        metaData.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QVERIFY(qAbs(created.msecsTo(before)) < 5000);
    QCOMPARE(event.keys().size(), 7);
}

void TstSandboxEvents::statusDeleted_sendsInvitationDeleted()
{
    QVERIFY_STARTED(m_run);
    StompTestClient client;
    QVERIFY(connectAndSubscribe(client, "s1"));
    const QString id = createInvitation(QStringLiteral("+46701234567"));
    setStatus(id, QStringLiteral("DELETED"));
    const StompTestClient::Frame message = client.nextFrame();
    QCOMPARE(message.command, QByteArray("MESSAGE"));
    QCOMPARE(message.headers.value("subscription"), QByteArray("s1"));
    const QJsonObject event = QJsonDocument::fromJson(message.body).object();
    QCOMPARE(event,
             (QJsonObject{{QStringLiteral("invitationId"), id},
                          {QStringLiteral("organizationId"), defaultOrgId()},
                          {QStringLiteral("recipientMsisdn"), QStringLiteral("+46701234567")},
                          {QStringLiteral("eventType"),
                           QStringLiteral("ORGANIZATION_INVITATION_DELETED")}}));
}

void TstSandboxEvents::otherStatus_sendsNoEvent()
{
    QVERIFY_STARTED(m_run);
    StompTestClient client;
    QVERIFY(connectAndSubscribe(client, "s1"));
    const QString first = createInvitation(QStringLiteral("+46701111111"));
    const QString second = createInvitation(QStringLiteral("+46702222222"));
    setStatus(first, QStringLiteral("EXPIRED"));
    setStatus(second, QStringLiteral("ACCEPTED"));
    const StompTestClient::Frame message = client.nextFrame();
    QCOMPARE(QJsonDocument::fromJson(message.body)
                 .object()
                 .value(QStringLiteral("invitationId"))
                 .toString(),
             second);
    QCOMPARE(client.nextFrame(300).command, QByteArray());
}

void TstSandboxEvents::handshake_refused_data()
{
    addColumns<Refusal>("refusal");
    QTest::newRow("no token") << Refusal::NoToken;
    QTest::newRow("forged token") << Refusal::ForgedToken;
    QTest::newRow("expired token") << Refusal::ExpiredToken;
    QTest::newRow("wrong path") << Refusal::WrongPath;
}

void TstSandboxEvents::handshake_refused()
{
    QFETCH(Refusal, refusal);
    QVERIFY_STARTED(m_run);
    QByteArray token = m_run.token;
    QUrl url = eventsUrl();
    switch (refusal) {
    case Refusal::NoToken:
        token.clear();
        break;
    case Refusal::ForgedToken:
        token = "sbx.forged";
        break;
    case Refusal::ExpiredToken:
        QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(),
                         QStringLiteral("/_sandbox/expire-tokens"))
                     .status,
                 200);
        break;
    case Refusal::WrongPath:
        url.setPath(QStringLiteral("/ws/other"));
        break;
    }
    StompTestClient client;
    QVERIFY(client.open(url, token));
    const StompTestClient::Frame error = client.nextFrame();
    QCOMPARE(error.command, QByteArray("ERROR"));
    QVERIFY(!error.headers.value("message").isEmpty());
    QVERIFY(client.waitForDisconnected());
}

void TstSandboxEvents::subscribe_otherOrganization_isRefused()
{
    QVERIFY_STARTED(m_run);
    StompTestClient client;
    QVERIFY(connectClient(client));
    client.sendFrame("SUBSCRIBE", {"id:0", "destination:/topic/organization/someone-else"});
    const StompTestClient::Frame error = client.nextFrame();
    QCOMPARE(error.command, QByteArray("ERROR"));
    QCOMPARE(error.headers.value("message"), QByteArray("access denied"));
    QVERIFY(error.body.contains("someone-else"));
    QVERIFY(client.waitForDisconnected());
}

void TstSandboxEvents::protocol_errors_data()
{
    addColumns<QByteArray, QByteArray>("text", "message");
    QTest::newRow("frame before CONNECT")
        << nulTerminated("SUBSCRIBE\nid:0\ndestination:/x\n\n") << QByteArray("not connected");
    QTest::newRow("only STOMP 1.0") << nulTerminated("CONNECT\naccept-version:1.0\nhost:h\n\n")
                                    << QByteArray("supported protocol versions are 1.2");
    QTest::newRow("no host") << nulTerminated("CONNECT\naccept-version:1.2\n\n")
                             << QByteArray("missing host header");
    QTest::newRow("bad escape") << nulTerminated("SEND\ndestination:a\\tb\n\n")
                                << QByteArray("malformed frame");
    QTest::newRow("unknown command") << nulTerminated("HELLO\n\n") << QByteArray("not connected");
}

void TstSandboxEvents::protocol_errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, message);
    QVERIFY_STARTED(m_run);
    StompTestClient client;
    QVERIFY(client.open(eventsUrl(), m_run.token));
    client.sendText(text);
    const StompTestClient::Frame error = client.nextFrame();
    QCOMPARE(error.command, QByteArray("ERROR"));
    QCOMPARE(error.headers.value("message"), message);
    QVERIFY(client.waitForDisconnected());
}

void TstSandboxEvents::disconnect_withReceipt_answersReceiptAndCloses()
{
    QVERIFY_STARTED(m_run);
    StompTestClient client;
    QVERIFY(connectClient(client));
    client.sendFrame("DISCONNECT", {"receipt:77"});
    const StompTestClient::Frame receipt = client.nextFrame();
    QCOMPARE(receipt.command, QByteArray("RECEIPT"));
    QCOMPARE(receipt.headers.value("receipt-id"), QByteArray("77"));
    QVERIFY(client.waitForDisconnected());
    // A clean WebSocket close, unlike a drop.
    QCOMPARE(client.errors(), QList<QAbstractSocket::SocketError>());
    QCOMPARE(client.socket().closeCode(), QWebSocketProtocol::CloseCodeNormal);
}

void TstSandboxEvents::framing_splitJoinedCrlfAndEscapes_areDecoded()
{
    QVERIFY_STARTED(m_run);
    StompTestClient client;
    QVERIFY(client.open(eventsUrl(), m_run.token));
    // CONNECT and the first half of SUBSCRIBE in one message, CRLF line ends, a heart-beat EOL
    // between the frames, the rest of SUBSCRIBE (with an escaped receipt) in a second message.
    client.sendText(nulTerminated("CONNECT\r\naccept-version:1.1,1.2\r\nhost:h\r\n\r\n") + "\r\n" +
                    "SUBSCRIBE\r\nid:s\r\ndestina");
    const StompTestClient::Frame connected = client.nextFrame();
    QCOMPARE(connected.command, QByteArray("CONNECTED"));
    QCOMPARE(connected.headers.value("heart-beat"), QByteArray("10000,10000"));
    client.sendText("tion:" + topic + "\r\nreceipt:a\\cb\\\\c\r\n\r\n" + QByteArray(1, '\0'));
    const StompTestClient::Frame receipt = client.nextFrame();
    QCOMPARE(receipt.command, QByteArray("RECEIPT"));
    // Decoded to "a:b\c" by the broker, escaped again on the way back.
    QCOMPARE(receipt.headers.value("receipt-id"), QByteArray("a\\cb\\\\c"));
    // A frame with a content-length body: the body may hold a NUL-free payload of that size.
    client.sendText(nulTerminated("UNSUBSCRIBE\nid:s\nreceipt:u\ncontent-length:5\n\nhello"));
    QCOMPARE(client.nextFrame().headers.value("receipt-id"), QByteArray("u"));
    setStatus(createInvitation(QStringLiteral("+46701234567")), QStringLiteral("ACCEPTED"));
    QCOMPARE(client.nextFrame(300).command, QByteArray()); // unsubscribed: no MESSAGE
}

void TstSandboxEvents::control_drop_closesEveryConnection()
{
    QVERIFY_STARTED(m_run);
    StompTestClient first;
    StompTestClient second;
    for (StompTestClient *client : {&first, &second}) {
        QVERIFY(client->open(eventsUrl(), m_run.token));
        QCOMPARE(client->connectStomp().command, QByteArray("CONNECTED"));
        QVERIFY(client->subscribe("s", topic));
    }
    const HttpResult dropped =
        control(*m_run.http, m_run.sandbox->baseUrl(), QStringLiteral("/_sandbox/events/drop"));
    QCOMPARE(dropped.json().object().value(QStringLiteral("dropped")).toInt(), 2);
    QVERIFY(first.waitForDisconnected());
    QVERIFY(second.waitForDisconnected());
    // Abrupt: no ERROR frame, no close handshake.
    QCOMPARE(first.nextFrame(100).command, QByteArray());
    QCOMPARE(first.errors(), QList{QAbstractSocket::RemoteHostClosedError});
    // A reconnect works.
    StompTestClient again;
    QVERIFY(again.open(eventsUrl(), m_run.token));
    QCOMPARE(again.connectStomp().command, QByteArray("CONNECTED"));
}

void TstSandboxEvents::control_stopHeartbeats_leavesConnectionStale()
{
    QVERIFY_STARTED(m_run, {QStringLiteral("--heartbeat-ms"), QStringLiteral("100")});
    StompTestClient client;
    QVERIFY(client.open(eventsUrl(), m_run.token));
    QCOMPARE(client.connectStomp("100,100").command, QByteArray("CONNECTED"));
    QVERIFY(client.subscribe("s", topic));
    // The client keeps its promise of a beat every 100 ms until the control call: otherwise the
    // sandbox's watchdog may drop it (silent for 200 ms) before the two beats have arrived.
    QTimer clientBeats;
    clientBeats.callOnTimeout([&client] { client.sendText("\n"); });
    clientBeats.start(50);
    QTRY_VERIFY_WITH_TIMEOUT(client.heartBeatsReceived() >= 2, 2000);
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(),
                     QStringLiteral("/_sandbox/events/stop-heartbeats"))
                 .status,
             200);
    clientBeats.stop();
    const int beats = client.heartBeatsReceived();
    // Neither heart-beats nor answers nor events any more, yet the connection stays open even
    // though the client is silent too (the watchdog stopped with the rest).
    setStatus(createInvitation(QStringLiteral("+46701234567")), QStringLiteral("ACCEPTED"));
    client.sendFrame("UNSUBSCRIBE", {"id:s", "receipt:9"});
    QCOMPARE(client.nextFrame(700).command, QByteArray());
    // At most the one beat that was already on its way when the control call stopped them
    // (seven would have come in the 700 ms).
    QVERIFY2(client.heartBeatsReceived() - beats <= 1,
             qPrintable(QString::number(client.heartBeatsReceived() - beats)));
    QVERIFY(client.isConnected());
}

void TstSandboxEvents::control_error_sendsEscapedMessageAndCloses()
{
    QVERIFY_STARTED(m_run);
    StompTestClient client;
    QVERIFY(connectClient(client));
    const HttpResult result =
        control(*m_run.http, m_run.sandbox->baseUrl(), QStringLiteral("/_sandbox/events/error"),
                {{QStringLiteral("message"), QStringLiteral("maintenance: back\\soon\n")}});
    QCOMPARE(result.status, 200);
    const StompTestClient::Frame error = client.nextFrame();
    QCOMPARE(error.command, QByteArray("ERROR"));
    // Header escaping on the wire: ':' → \c, '\' → \\, newline → \n.
    QCOMPARE(error.headers.value("message"), QByteArray("maintenance\\c back\\\\soon\\n"));
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(
        control(*m_run.http, m_run.sandbox->baseUrl(), QStringLiteral("/_sandbox/events/error"), {})
            .status,
        400);
}

void TstSandboxEvents::invitees_accept_sendEventsAfterDelay()
{
    QVERIFY_STARTED(m_run, {QStringLiteral("--accept-share"), QStringLiteral("1"),
                            QStringLiteral("--min-delay-ms"), QStringLiteral("200"),
                            QStringLiteral("--max-delay-ms"), QStringLiteral("400")});
    StompTestClient client;
    QVERIFY(connectAndSubscribe(client, "s"));
    QElapsedTimer clock;
    clock.start();
    const HttpResult created =
        postInvitations(*m_run.http, m_run.sandbox->baseUrl(), m_run.token,
                        {QStringLiteral("+46701111111"), QStringLiteral("+46702222222"),
                         QStringLiteral("+46703333333")});
    QSet<QString> expected;
    for (const QJsonValue &value : created.json().array())
        expected.insert(value.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(expected.size(), 3);
    QSet<QString> accepted;
    for (int i = 0; i < 3; ++i) {
        const StompTestClient::Frame message = client.nextFrame(3000);
        QCOMPARE(message.command, QByteArray("MESSAGE"));
        const QJsonObject event = QJsonDocument::fromJson(message.body).object();
        QCOMPARE(event.value(QStringLiteral("eventType")).toString(),
                 QStringLiteral("MEMBERSHIP_CREATED"));
        accepted.insert(event.value(QStringLiteral("invitationId")).toString());
    }
    QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(accepted, expected);
    const QJsonObject perStatus = state(*m_run.http, m_run.sandbox->baseUrl())
                                      .value(QStringLiteral("invitationsPerStatus"))
                                      .toObject();
    QCOMPARE(perStatus.value(QStringLiteral("ACCEPTED")).toInt(), 3);
}

void TstSandboxEvents::invitees_delete_setAtRunTime()
{
    QVERIFY_STARTED(m_run);
    const HttpResult set =
        control(*m_run.http, m_run.sandbox->baseUrl(), QStringLiteral("/_sandbox/invitees"),
                {{QStringLiteral("deleteShare"), 1},
                 {QStringLiteral("minDelayMs"), 0},
                 {QStringLiteral("maxDelayMs"), 50}});
    QCOMPARE(set.status, 200);
    QCOMPARE(control(*m_run.http, m_run.sandbox->baseUrl(), QStringLiteral("/_sandbox/invitees"),
                     {{QStringLiteral("acceptShare"), 0.8}, {QStringLiteral("deleteShare"), 0.8}})
                 .status,
             400);
    StompTestClient client;
    QVERIFY(connectAndSubscribe(client, "s"));
    const QString id = createInvitation(QStringLiteral("+46701234567"));
    const StompTestClient::Frame message = client.nextFrame();
    const QJsonObject event = QJsonDocument::fromJson(message.body).object();
    QCOMPARE(event.value(QStringLiteral("eventType")).toString(),
             QStringLiteral("ORGANIZATION_INVITATION_DELETED"));
    QCOMPARE(event.value(QStringLiteral("invitationId")).toString(), id);
    const QJsonArray list = m_run.http
                                ->call("GET", invitationUrl(m_run.sandbox->baseUrl()),
                                       {{"Authorization", "Bearer " + m_run.token}})
                                .json()
                                .array();
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("DELETED"));
}

void TstSandboxEvents::invitees_default_nobodyActs()
{
    QVERIFY_STARTED(m_run, {QStringLiteral("--min-delay-ms"), QStringLiteral("0"),
                            QStringLiteral("--max-delay-ms"), QStringLiteral("10")});
    StompTestClient client;
    QVERIFY(connectAndSubscribe(client, "s"));
    createInvitation(QStringLiteral("+46701234567"));
    QCOMPARE(client.nextFrame(500).command, QByteArray());
    QCOMPARE(state(*m_run.http, m_run.sandbox->baseUrl())
                 .value(QStringLiteral("invitationsPerStatus"))
                 .toObject()
                 .value(QStringLiteral("PENDING"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TstSandboxEvents)
#include "tst_sandboxevents.moc"
