// The live event stream against the real sandbox (bin/accessy-sandbox) over loopback WebSocket:
// connect + subscribe + receive, heart-beat negotiation and a silent server, a dropped socket,
// ERROR frames, refused and expired tokens, and a clean DISCONNECT.
#include "events/organizationevents.h"
#include "sandboxevents.h"
#include "sandboxprocess.h"
#include "testtable.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace events;
using State = StompClient::State;

class TestLiveEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void live_receivesAcceptedAndDeletedInvitations();
    void heartBeats_agreedAndKept_data();
    void heartBeats_agreedAndKept();
    void silentServer_isDroppedAndReconnected();
    void droppedSocket_reconnectsAndAsksForResync();
    void backoff_growsWhileFlapping_resetsAfterStableConnection();
    void errorFrame_surfacesItsMessage_thenReconnects();
    void invalidToken_isRefusedWithoutRetrying();
    void expiredToken_freshTokenIsUsedOnReconnect();
    void otherOrganization_isRefusedWithoutRetrying();
    void stop_disconnectsWithReceipt();
    void stopThenStartAtOnce_connectsAgain();

private:
    // An OrganizationEvents on the sandbox with short, test-sized timers, then whatever
    // `adjust` changes in its client's settings.
    using SettingsChange = std::function<void(StompClient::Settings &)>;
    std::unique_ptr<OrganizationEvents> makeEvents(const QString &organizationId,
                                                   const SettingsChange &adjust = {});
    static int brokerHeartBeatMs();
    bool startSandbox(const QStringList &extra = {});
    QJsonObject eventsStatus();
    static State stateAfterStart(OrganizationEvents &events);
    // The HTTP status of a POST of `body` to the sandbox's control `path` (/_sandbox/…).
    int postToSandbox(const QString &path, const QByteArray &body = "{}");
    QString newAcceptedInvitation(const QString &msisdn);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QUrl m_eventsUrl;
    QString m_token;
};

// Heart-beat tests use a short beat to stay quick; the others a longer one, so a busy machine
// stalling the event loop for a moment cannot look like a dead connection.
int TestLiveEvents::brokerHeartBeatMs()
{
    const QByteArray test = QTest::currentTestFunction();
    return test.contains("heartBeat") || test.contains("silent") ? 500 : 1000;
}

bool TestLiveEvents::startSandbox(const QStringList &extra)
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QStringList args{QStringLiteral("--org-id"), SandboxEvents::organizationId(),
                     QStringLiteral("--heartbeat-ms"), QString::number(brokerHeartBeatMs())};
    args += extra;
    if (!m_sandbox->start(args)) {
        qWarning("%s", qPrintable(m_sandbox->errorString()));
        return false;
    }
    QString error;
    m_eventsUrl = SandboxEvents::readEventsUrl(*m_sandbox, &error);
    if (m_eventsUrl.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_token = SandboxEvents::fetchToken(m_sandbox->baseUrl());
    return !m_token.isEmpty();
}

void TestLiveEvents::init()
{
    QVERIFY(startSandbox());
}

void TestLiveEvents::cleanup()
{
    if (QTest::currentTestFailed() && m_sandbox)
        qInfo("sandbox output:\n%s", m_sandbox->output().right(4000).constData());
    m_sandbox.reset();
}

std::unique_ptr<OrganizationEvents> TestLiveEvents::makeEvents(const QString &organizationId,
                                                               const SettingsChange &adjust)
{
    auto events = std::make_unique<OrganizationEvents>();
    events->setEventsUrl(m_eventsUrl);
    events->setOrganizationId(organizationId);
    events->setTokenProvider([this] { return m_token; });
    StompClient::Settings s = events->client()->settings();
    s.heartBeatSendMs = 200;
    s.heartBeatReceiveMs = 200;
    s.silenceMarginMs = 300;
    s.initialBackoffMs = 100;
    s.connectTimeoutMs = 5000;
    if (adjust)
        adjust(s);
    events->client()->setSettings(s);
    return events;
}

QJsonObject TestLiveEvents::eventsStatus()
{
    return SandboxEvents::get(
               m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/events"))))
        .json()
        .object();
}

// Starts `events`; its state once live, or after five seconds of waiting for that.
State TestLiveEvents::stateAfterStart(OrganizationEvents &events)
{
    events.start();
    // The caller compares the state, so a start that never went live names where it stuck.
    static_cast<void>(QTest::qWaitFor([&events] { return events.state() == State::Live; }, 5000));
    return events.state();
}

int TestLiveEvents::postToSandbox(const QString &path, const QByteArray &body)
{
    return SandboxEvents::post(m_sandbox->baseUrl().resolved(QUrl(path)), body).status;
}

QString TestLiveEvents::newAcceptedInvitation(const QString &msisdn)
{
    const QString id = SandboxEvents::createInvitation(m_sandbox->baseUrl(), m_token, msisdn);
    if (!id.isEmpty() &&
        !SandboxEvents::setInvitationStatus(m_sandbox->baseUrl(), id, QStringLiteral("ACCEPTED")))
        return {};
    return id;
}

void TestLiveEvents::live_receivesAcceptedAndDeletedInvitations()
{
    auto events = makeEvents(SandboxEvents::organizationId());
    QSignalSpy states(events.get(), &OrganizationEvents::connectionStateChanged);
    QSignalSpy resync(events.get(), &OrganizationEvents::resynchronizeNeeded);
    QSignalSpy changes(events.get(), &OrganizationEvents::invitationStatusChanged);
    events->start();
    QCOMPARE(events->state(), State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(events->state(), State::Live, 5000);
    QCOMPARE(resync.size(), 1);
    QCOMPARE(eventsStatus().value(QLatin1StringView("subscriptions")).toInt(), 1);

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString accepted = newAcceptedInvitation(QStringLiteral("+46701234567"));
    QVERIFY(!accepted.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 5000);
    auto change = changes[0][0].value<InvitationStatusChange>();
    QCOMPARE(change.invitationId, accepted);
    QCOMPARE(change.newStatus, QStringLiteral("ACCEPTED"));
    QCOMPARE(change.eventType, QStringLiteral("MEMBERSHIP_CREATED"));
    QVERIFY2(change.at >= before && change.at <= QDateTime::currentDateTimeUtc().addSecs(1),
             qPrintable(change.at.toString(Qt::ISODateWithMs)));

    const QString deleted = SandboxEvents::createInvitation(m_sandbox->baseUrl(), m_token,
                                                            QStringLiteral("+46709876543"));
    QVERIFY(SandboxEvents::setInvitationStatus(m_sandbox->baseUrl(), deleted,
                                               QStringLiteral("DELETED")));
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 2, 5000);
    change = changes[1][0].value<InvitationStatusChange>();
    QCOMPARE(change.invitationId, deleted);
    QCOMPARE(change.newStatus, QStringLiteral("DELETED"));
    QCOMPARE(change.msisdn, QStringLiteral("+46709876543"));

    // A status that is neither: the list changes, no event, nothing emitted.
    const QString other = SandboxEvents::createInvitation(m_sandbox->baseUrl(), m_token,
                                                          QStringLiteral("+46701112233"));
    QVERIFY(SandboxEvents::setInvitationStatus(m_sandbox->baseUrl(), other,
                                               QStringLiteral("REJECTED")));
    // An event caused after it comes down the same stream later: once that one is here,
    // the REJECTED change has had its chance and emitted nothing.
    const QString marker = newAcceptedInvitation(QStringLiteral("+46701112234"));
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 3, 5000);
    QCOMPARE(changes[2][0].value<InvitationStatusChange>().invitationId, marker);
    QCOMPARE(states.size(), 2); // Connecting, Live: no reconnect on the way
}

void TestLiveEvents::heartBeats_agreedAndKept_data()
{
    // What our client asks for in each direction, and the interval both sides then keep.
    addColumns<int, int>("askedMs", "agreedMs");
    // Ours 200,200 against the broker's 500,500: the larger wins in each direction.
    QTest::newRow("negotiated and kept both ways") << 200 << 500;
    QTest::newRow("none when the client asks none") << 0 << 0;
}

void TestLiveEvents::heartBeats_agreedAndKept()
{
    QFETCH(int, askedMs);
    QFETCH(int, agreedMs);
    auto events = makeEvents(SandboxEvents::organizationId(), [askedMs](StompClient::Settings &s) {
        s.heartBeatSendMs = askedMs;
        s.heartBeatReceiveMs = askedMs;
    });
    StompClient *client = events->client();
    QSignalSpy beats(client, &StompClient::heartBeatReceived);
    QSignalSpy retries(client, &StompClient::reconnectScheduled);
    QCOMPARE(stateAfterStart(*events), State::Live);
    QCOMPARE(client->outgoingHeartBeatMs(), agreedMs);
    QCOMPARE(client->incomingHeartBeatMs(), agreedMs);
    const qsizetype beatsAtStart = beats.size(); // without heart-beats: the EOLs after frames
    if (agreedMs > 0) {
        // The broker drops a client silent for 2 × 500 ms; ours drops a broker silent for
        // 1.3 s. Five heart-beats (at least 2 s) of nothing else must keep both sides happy.
        QTRY_VERIFY_WITH_TIMEOUT(beats.size() - beatsAtStart >= 5, 10000);
        QCOMPARE(eventsStatus().value(QLatin1StringView("sessions")).toInt(), 1);
    } else {
        // Fixed wait: the absence of a timed signal can only be seen by letting time pass; 1.1 s
        // would have brought two of the broker's 500 ms heart-beats.
        QTest::qWait(1100);
        QCOMPARE(beats.size(), beatsAtStart);
    }
    QCOMPARE(retries.size(), 0);
    QCOMPARE(events->state(), State::Live);
}

void TestLiveEvents::silentServer_isDroppedAndReconnected()
{
    auto events = makeEvents(SandboxEvents::organizationId());
    QSignalSpy resync(events.get(), &OrganizationEvents::resynchronizeNeeded);
    QSignalSpy changes(events.get(), &OrganizationEvents::invitationStatusChanged);
    QSignalSpy retries(events->client(), &StompClient::reconnectScheduled);
    QCOMPARE(stateAfterStart(*events), State::Live);

    QElapsedTimer silentFor;
    silentFor.start();
    QCOMPARE(postToSandbox(QStringLiteral("/_sandbox/events/stop-heartbeats")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(retries.size(), 1, 10000);
    const qint64 detectedAfter = silentFor.elapsed();
    qInfo("silent broker detected after %lld ms (limit 2 x 500 + 300 ms)", detectedAfter);
    QVERIFY2(retries[0][1].toString().contains(QStringLiteral("silent")),
             qPrintable(retries[0][1].toString()));
    // 1.3 s of silence counted from the last byte, which came at most 500 ms before the stop.
    QVERIFY2(detectedAfter >= 750, qPrintable(QString::number(detectedAfter)));

    QTRY_COMPARE_WITH_TIMEOUT(events->state(), State::Live, 5000);
    QCOMPARE(resync.size(), 2);
    // The new connection carries events again.
    const QString id = newAcceptedInvitation(QStringLiteral("+46701234568"));
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 5000);
    QCOMPARE(changes[0][0].value<InvitationStatusChange>().invitationId, id);
}

void TestLiveEvents::droppedSocket_reconnectsAndAsksForResync()
{
    auto events = makeEvents(SandboxEvents::organizationId());
    QSignalSpy states(events.get(), &OrganizationEvents::connectionStateChanged);
    QSignalSpy resync(events.get(), &OrganizationEvents::resynchronizeNeeded);
    QCOMPARE(stateAfterStart(*events), State::Live);
    QCOMPARE(resync.size(), 1);

    QElapsedTimer down;
    down.start();
    QCOMPARE(postToSandbox(QStringLiteral("/_sandbox/events/drop")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(events->state(), State::Reconnecting, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(events->state(), State::Live, 5000);
    qInfo("live again %lld ms after the drop", down.elapsed());
    QCOMPARE(resync.size(), 2);
    QCOMPARE(states.size(), 4); // Connecting, Live, Reconnecting, Live
    QCOMPARE(eventsStatus().value(QLatin1StringView("subscriptions")).toInt(), 1);
}

void TestLiveEvents::backoff_growsWhileFlapping_resetsAfterStableConnection()
{
    auto events = makeEvents(SandboxEvents::organizationId(), [](StompClient::Settings &s) {
        s.initialBackoffMs = 100;
        s.backoffJitter = 0;
        s.stableAfterMs = 1500;
    });
    StompClient *client = events->client();
    QSignalSpy retries(client, &StompClient::reconnectScheduled);
    const QString drop = QStringLiteral("/_sandbox/events/drop");
    QCOMPARE(stateAfterStart(*events), State::Live);

    // Dropped again and again right after connecting: each wait doubles.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(postToSandbox(drop), 200);
        QTRY_COMPARE_WITH_TIMEOUT(retries.size(), i + 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(events->state(), State::Live, 5000);
    }
    // Live for longer than stableAfterMs: the next loss starts again from the first delay.
    // Fixed wait: "stable" is the client's own clock, with no signal to wait for.
    QTest::qWait(1700);
    QCOMPARE(postToSandbox(drop), 200);
    QTRY_COMPARE_WITH_TIMEOUT(retries.size(), 4, 3000);
    QList<int> delays;
    for (const QList<QVariant> &r : retries)
        delays.append(r[0].toInt());
    QCOMPARE(delays, (QList<int>{100, 200, 400, 100}));
}

void TestLiveEvents::errorFrame_surfacesItsMessage_thenReconnects()
{
    auto events = makeEvents(SandboxEvents::organizationId());
    QSignalSpy errors(events.get(), &OrganizationEvents::errorMessage);
    QSignalSpy resync(events.get(), &OrganizationEvents::resynchronizeNeeded);
    QCOMPARE(stateAfterStart(*events), State::Live);

    QCOMPARE(postToSandbox(QStringLiteral("/_sandbox/events/error"),
                           R"({"message":"Broker restarting for maintenance"})"),
             200);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 3000);
    const QString message = errors[0][0].toString();
    QVERIFY2(message.contains(QStringLiteral("Broker restarting for maintenance")),
             qPrintable(message));
    // Not about credentials: the client comes back by itself.
    QTRY_COMPARE_WITH_TIMEOUT(resync.size(), 2, 5000);
    QCOMPARE(events->state(), State::Live);
}

void TestLiveEvents::invalidToken_isRefusedWithoutRetrying()
{
    auto events = makeEvents(SandboxEvents::organizationId());
    events->setTokenProvider([] { return QStringLiteral("sbx.not-a-token-this-sandbox-issued"); });
    QSignalSpy errors(events.get(), &OrganizationEvents::errorMessage);
    QSignalSpy resync(events.get(), &OrganizationEvents::resynchronizeNeeded);
    QSignalSpy retries(events->client(), &StompClient::reconnectScheduled);
    events->start();
    QTRY_COMPARE_WITH_TIMEOUT(events->state(), State::SignInRefused, 5000);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0][0].toString().contains(QStringLiteral("sign-in")),
             qPrintable(errors[0][0].toString()));
    QVERIFY(!errors[0][0].toString().contains(QStringLiteral("not-a-token"))); // never echoed
    // A retry is scheduled (and announced) the moment a connection is lost; the round trip
    // below gives the refused socket's last signals time to arrive.
    QCOMPARE(eventsStatus().value(QLatin1StringView("refusedHandshakes")).toInt(), 1);
    QCOMPARE(retries.size(), 0);
    QCOMPARE(resync.size(), 0);
    QCOMPARE(events->state(), State::SignInRefused);
    QCOMPARE(eventsStatus().value(QLatin1StringView("refusedHandshakes")).toInt(), 1);
}

void TestLiveEvents::expiredToken_freshTokenIsUsedOnReconnect()
{
    auto events = makeEvents(SandboxEvents::organizationId());
    QSignalSpy resync(events.get(), &OrganizationEvents::resynchronizeNeeded);
    QCOMPARE(stateAfterStart(*events), State::Live);

    // Every token so far dies; the owner has obtained a new one before the socket drops.
    const QUrl base = m_sandbox->baseUrl();
    QCOMPARE(postToSandbox(QStringLiteral("/_sandbox/expire-tokens")), 200);
    m_token = SandboxEvents::fetchToken(base);
    QVERIFY(!m_token.isEmpty());
    QCOMPARE(postToSandbox(QStringLiteral("/_sandbox/events/drop")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(resync.size(), 2, 5000);
    QCOMPARE(events->state(), State::Live);

    // And without a fresh one: refused, not a reconnect loop.
    QCOMPARE(postToSandbox(QStringLiteral("/_sandbox/expire-tokens")), 200);
    QSignalSpy retries(events->client(), &StompClient::reconnectScheduled);
    QCOMPARE(postToSandbox(QStringLiteral("/_sandbox/events/drop")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(events->state(), State::SignInRefused, 5000);
    // A round trip to the broker after the refusal; a retry would have been announced by now.
    QVERIFY(eventsStatus().value(QLatin1StringView("refusedHandshakes")).toInt() >= 1);
    QCOMPARE(retries.size(), 1); // the one after the drop, none after the refusal
    QCOMPARE(events->state(), State::SignInRefused);

    // Signing in again (a new token) and start() bring it back.
    m_token = SandboxEvents::fetchToken(base);
    QCOMPARE(stateAfterStart(*events), State::Live);
    QCOMPARE(resync.size(), 3);
}

void TestLiveEvents::otherOrganization_isRefusedWithoutRetrying()
{
    auto events = makeEvents(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    QSignalSpy errors(events.get(), &OrganizationEvents::errorMessage);
    QSignalSpy retries(events->client(), &StompClient::reconnectScheduled);
    events->start();
    QTRY_COMPARE_WITH_TIMEOUT(events->state(), State::SignInRefused, 5000);
    QVERIFY2(errors.size() == 1 && errors[0][0].toString().contains(QStringLiteral("denied")),
             qPrintable(errors.value(0).value(0).toString()));
    // A round trip to the broker after the refusal; a retry would have been announced by now.
    QTRY_COMPARE_WITH_TIMEOUT(eventsStatus().value(QLatin1StringView("sessions")).toInt(), 0, 5000);
    QCOMPARE(retries.size(), 0);
}

void TestLiveEvents::stop_disconnectsWithReceipt()
{
    auto events = makeEvents(SandboxEvents::organizationId(),
                             [](StompClient::Settings &s) { s.disconnectReceiptTimeoutMs = 4000; });
    QSignalSpy stopped(events->client(), &StompClient::stopped);
    QCOMPARE(stateAfterStart(*events), State::Live);
    QCOMPARE(eventsStatus().value(QLatin1StringView("sessions")).toInt(), 1);

    events->stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
    // Confirmed by the broker's RECEIPT, not given up on after the 4 s receipt timeout.
    QCOMPARE(stopped[0][0].toBool(), true);
    QCOMPARE(events->state(), State::Offline);
    QTRY_COMPARE_WITH_TIMEOUT(eventsStatus().value(QLatin1StringView("sessions")).toInt(), 0, 3000);
}

void TestLiveEvents::stopThenStartAtOnce_connectsAgain()
{
    // The window's "credentials changed, sign in again" path: stop() has not had its RECEIPT
    // yet when start() comes.
    auto events = makeEvents(SandboxEvents::organizationId());
    QSignalSpy resync(events.get(), &OrganizationEvents::resynchronizeNeeded);
    QSignalSpy stopped(events->client(), &StompClient::stopped);
    QSignalSpy changes(events.get(), &OrganizationEvents::invitationStatusChanged);
    QCOMPARE(stateAfterStart(*events), State::Live);
    events->stop();
    events->start();
    QTRY_COMPARE_WITH_TIMEOUT(resync.size(), 2, 5000);
    QCOMPARE(events->state(), State::Live);
    QTRY_COMPARE_WITH_TIMEOUT(eventsStatus().value(QLatin1StringView("sessions")).toInt(), 1, 3000);
    // The old session is gone at the broker; an event sent after that arrives after whatever
    // the old connection still had to say.
    const QString id = newAcceptedInvitation(QStringLiteral("+46701234569"));
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 5000);
    QCOMPARE(changes[0][0].value<InvitationStatusChange>().invitationId, id);
    QCOMPARE(events->state(), State::Live); // no late RECEIPT or close undoes the new connection
    QCOMPARE(stopped.size(), 0);
}

QTEST_GUILESS_MAIN(TestLiveEvents)
#include "tst_liveevents.moc"
