// Fault injection and the ground truth of accessy-sandbox (part B), over real loopback HTTP.
#include "sandboxtestsupport.h"

#include "testtable.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace SandboxTest;

class TstSandboxFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void faults_getReturnsWhatWasPosted();
    void faults_refused_data();
    void faults_refused();
    void faults_fromCommandLine_areReported();

    void rateLimitShare_all_answers429WithRetryAfterAndCreatesNothing();
    void rateLimitShare_half_isReproducibleWithSeed();
    void rateLimitPerSecond_refusesBeyondLimitThenRecovers();
    void errorShare_drawsFromErrorCodesAndCreatesNothing();
    void hangShare_neverAnswersButServesOthers();
    void dropAfterCreate_createsThenClosesWithoutAnswer();
    void cutAnswerShare_createsThenClosesHalfwayThroughAnswer();
    void malformedShare_answersBrokenJsonAndCreatesNothing();
    void shortAnswerShare_createsAllButAnswersOneLess();
    void lateCommit_clientGone_createdAfterHoldAnyway();
    void lateCommit_clientWaiting_getsTheAnswer();
    void lateCommit_fromCommandLine();
    void maxMsisdns_refusesLargerBatches();
    void latencyMs_setAtRunTime_delaysApiOnly();

    void tokenLifetime_setAtRunTime_appliesToNewTokens();
    void expireTokens_invalidatesEveryIssuedToken();
    void reset_forgetsInvitationsKeepsTokensAndFaults();
    void status_changesListedStatus();
    void status_refused_data();
    void status_refused();
    void state_countsPerMsisdnAndOutcome();

private:
    void setFaults(const QJsonObject &faults);
    QJsonObject faults()
    {
        return m_run.http->call("GET", base().resolved(QUrl(QStringLiteral("/_sandbox/faults"))))
            .json()
            .object();
    }
    bool postRaw(QTcpSocket &socket, const QStringList &msisdns);
    QUrl base() const { return m_run.sandbox->baseUrl(); }
    HttpResult post(const QStringList &msisdns, int timeoutMs = 10000)
    {
        return postInvitations(*m_run.http, base(), m_run.token, msisdns, timeoutMs);
    }

    SandboxRun m_run;
};

void TstSandboxFaults::init()
{
    QVERIFY_STARTED(m_run);
}

void TstSandboxFaults::cleanup()
{
    const QByteArray report = m_run.stop();
    QVERIFY2(report.isEmpty(), report.constData());
}

void TstSandboxFaults::setFaults(const QJsonObject &faults)
{
    const HttpResult result =
        control(*m_run.http, base(), QStringLiteral("/_sandbox/faults"), faults);
    QVERIFY2(result.status == 200, result.body.constData());
}

// Posts invitations on a raw socket, so no client library retries behind our back and the test
// sees every byte of the answer or its absence; false when connecting or writing failed.
bool TstSandboxFaults::postRaw(QTcpSocket &socket, const QStringList &msisdns)
{
    socket.connectToHost(base().host(), quint16(base().port()));
    if (!socket.waitForConnected(5000))
        return false;
    const QByteArray body = invitationBody(msisdns);
    socket.write("POST " + invitationUrl(base()).path().toLatin1() +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_run.token +
                 "\r\nContent-Type: application/json\r\n"
                 "Accept: application/vnd.axessions.v2+json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    return socket.waitForBytesWritten(5000);
}

void TstSandboxFaults::faults_getReturnsWhatWasPosted()
{
    const QJsonObject wanted{{QStringLiteral("rateLimitShare"), 0.25},
                             {QStringLiteral("retryAfterSeconds"), 1.5},
                             {QStringLiteral("errorShare"), 0.25},
                             {QStringLiteral("errorCodes"), QJsonArray{502}},
                             {QStringLiteral("seed"), 7}};
    setFaults(wanted);
    const QJsonObject got = faults();
    for (auto it = wanted.begin(); it != wanted.end(); ++it)
        QCOMPARE(got.value(it.key()), it.value());
    // Missing keys are off or default.
    QCOMPARE(got.value(QStringLiteral("hangShare")).toDouble(), 0.0);
    QCOMPARE(got.value(QStringLiteral("latencyMs")).toInt(), 0);
    QCOMPARE(got.value(QStringLiteral("tokenLifetimeMs")).toDouble(), 604800000.0);

    // A second POST replaces everything: retryAfterSeconds disappears.
    setFaults({{QStringLiteral("hangShare"), 0.1}});
    const QJsonObject replaced = faults();
    QVERIFY(!replaced.contains(QStringLiteral("retryAfterSeconds")));
    QCOMPARE(replaced.value(QStringLiteral("rateLimitShare")).toDouble(), 0.0);
    QCOMPARE(replaced.value(QStringLiteral("hangShare")).toDouble(), 0.1);
}

void TstSandboxFaults::faults_refused_data()
{
    addColumns<QByteArray, QString>("body", "cause");
    QTest::newRow("not json") << QByteArray("rate=1") << QStringLiteral("JSON object");
    QTest::newRow("unknown key") << QByteArray(R"({"rateLimitShares":0.5})")
                                 << QStringLiteral("rateLimitShares");
    QTest::newRow("share above 1")
        << QByteArray(R"({"hangShare":1.5})") << QStringLiteral("hangShare");
    QTest::newRow("negative share")
        << QByteArray(R"({"errorShare":-0.1})") << QStringLiteral("errorShare");
    QTest::newRow("shares sum above 1")
        << QByteArray(R"({"errorShare":0.7,"hangShare":0.7})") << QStringLiteral("add up");
    QTest::newRow("share is a string")
        << QByteArray(R"({"malformedShare":"half"})") << QStringLiteral("malformedShare");
    QTest::newRow("codes not array")
        << QByteArray(R"({"errorCodes":500})") << QStringLiteral("errorCodes");
    QTest::newRow("code not error")
        << QByteArray(R"({"errorCodes":[200]})") << QStringLiteral("errorCodes");
    QTest::newRow("latency fractional")
        << QByteArray(R"({"latencyMs":1.5})") << QStringLiteral("latencyMs");
    QTest::newRow("negative retry")
        << QByteArray(R"({"retryAfterSeconds":-1})") << QStringLiteral("retryAfterSeconds");
}

void TstSandboxFaults::faults_refused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, cause);
    setFaults({{QStringLiteral("errorShare"), 0.5}});
    const HttpResult result =
        m_run.http->call("POST", base().resolved(QUrl(QStringLiteral("/_sandbox/faults"))),
                         {{"Content-Type", "application/json"}}, body);
    QCOMPARE(result.status, 400);
    const QString message = errorMessage(result);
    QVERIFY2(message.contains(cause), qPrintable(message));
    // Refused settings change nothing.
    QCOMPARE(faults().value(QStringLiteral("errorShare")).toDouble(), 0.5);
}

void TstSandboxFaults::faults_fromCommandLine_areReported()
{
    // Each option with its value, and the key and value /_sandbox/faults reports it as.
    struct Setting
    {
        const char *option, *value, *key;
        QJsonValue reported;
    };
    const Setting settings[] = {
        {"--rate-limit-share", "0.2", "rateLimitShare", 0.2},
        {"--retry-after", "3", "retryAfterSeconds", 3.0},
        {"--rate-limit-per-second", "50", "rateLimitPerSecond", 50},
        {"--error-share", "0.1", "errorShare", 0.1},
        {"--error-codes", "503,504", "errorCodes", QJsonArray{503, 504}},
        {"--hang-share", "0.1", "hangShare", 0.1},
        {"--drop-after-create-share", "0.1", "dropAfterCreateShare", 0.1},
        {"--malformed-share", "0.1", "malformedShare", 0.1},
        {"--short-answer-share", "0.05", "shortAnswerShare", 0.05},
        {"--cut-answer-share", "0.05", "cutAnswerShare", 0.05},
        {"--token-lifetime-ms", "60000", "tokenLifetimeMs", 60000.0},
        {"--max-msisdns", "100", "maxMsisdnsPerRequest", 100},
        {"--latency-ms", "5", "latencyMs", 5},
        {"--seed", "99", "seed", 99},
    };
    QStringList arguments{QStringLiteral("--quiet")};
    for (const Setting &setting : settings)
        arguments << QString::fromLatin1(setting.option) << QString::fromLatin1(setting.value);
    m_run.sandbox->stop();
    QVERIFY(m_run.sandbox->start(arguments));
    const QJsonObject got = faults();
    for (const Setting &setting : settings) {
        const QJsonValue value = got.value(QLatin1String(setting.key));
        QVERIFY2(value == setting.reported,
                 qPrintable(QStringLiteral("%1: %2").arg(
                     QLatin1String(setting.key),
                     QString::fromUtf8(
                         QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)))));
    }
}

void TstSandboxFaults::rateLimitShare_all_answers429WithRetryAfterAndCreatesNothing()
{
    setFaults({{QStringLiteral("rateLimitShare"), 1}, {QStringLiteral("retryAfterSeconds"), 2}});
    const HttpResult result = post({QStringLiteral("+46701234567")});
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("Retry-After"), QByteArray("2"));
    QCOMPARE(result.json().object().value(QStringLiteral("status")).toInt(), 429);
    setFaults({{QStringLiteral("rateLimitShare"), 1}});
    const HttpResult bare = post({QStringLiteral("+46701234567")});
    QCOMPARE(bare.status, 429);
    QVERIFY(bare.header("Retry-After").isNull());
    const QJsonObject truth = state(*m_run.http, base());
    QCOMPARE(truth.value(QStringLiteral("answered429")).toInt(), 2);
    QCOMPARE(truth.value(QStringLiteral("invitationCount")).toInt(), 0);
}

void TstSandboxFaults::rateLimitShare_half_isReproducibleWithSeed()
{
    const auto run = [this] {
        setFaults({{QStringLiteral("rateLimitShare"), 0.5}, {QStringLiteral("seed"), 1234}});
        QList<int> statuses;
        for (int i = 0; i < 24; ++i)
            statuses.append(post({QStringLiteral("+4670%1").arg(1000000 + i)}).status);
        return statuses;
    };
    const QList<int> first = run();
    const int limited = int(first.count(429));
    QVERIFY2(limited >= 4 && limited <= 20, qPrintable(QString::number(limited)));
    QCOMPARE(first.count(200) + limited, 24);
    QCOMPARE(state(*m_run.http, base()).value(QStringLiteral("invitationCount")).toInt(),
             int(first.count(200)));
    QCOMPARE(run(), first); // same seed, same sequence
}

void TstSandboxFaults::rateLimitPerSecond_refusesBeyondLimitThenRecovers()
{
    setFaults({{QStringLiteral("rateLimitPerSecond"), 3}});
    QList<int> statuses;
    for (int i = 0; i < 5; ++i)
        statuses.append(post({QStringLiteral("+4670%1").arg(2000000 + i)}).status);
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 429, 429}));
    // Refused posts are not admitted, so asking again until one passes adds nothing; once one
    // has passed, no more are sent (QTRY evaluates its expression once more at the end).
    int recovered = 0;
    const auto askAgain = [&] {
        if (recovered != 200)
            recovered = post({QStringLiteral("+46703000000")}).status;
        return recovered;
    };
    QTRY_COMPARE_WITH_TIMEOUT(askAgain(), 200, 10000);
    QCOMPARE(state(*m_run.http, base()).value(QStringLiteral("invitationCount")).toInt(), 4);
}

void TstSandboxFaults::errorShare_drawsFromErrorCodesAndCreatesNothing()
{
    setFaults({{QStringLiteral("errorShare"), 1},
               {QStringLiteral("errorCodes"), QJsonArray{500, 502}},
               {QStringLiteral("seed"), 5}});
    QSet<int> seen;
    for (int i = 0; i < 20; ++i) {
        const HttpResult result = post({QStringLiteral("+46701234567")});
        QVERIFY2(result.status == 500 || result.status == 502, result.body.constData());
        QCOMPARE(result.json().object().value(QStringLiteral("status")).toInt(), result.status);
        seen.insert(result.status);
    }
    QCOMPARE(seen, (QSet<int>{500, 502}));
    const QJsonObject truth = state(*m_run.http, base());
    QCOMPARE(truth.value(QStringLiteral("injectedErrors")).toInt(), 20);
    QCOMPARE(truth.value(QStringLiteral("invitationCount")).toInt(), 0);
}

void TstSandboxFaults::lateCommit_clientGone_createdAfterHoldAnyway()
{
    setFaults({{QStringLiteral("lateCommitShare"), 1}, {QStringLiteral("lateCommitMs"), 600}});
    // The client gives up after 200 ms; the server still processes the POST at 600 ms and
    // must not crash writing to the socket the client left.
    const HttpResult gaveUp =
        post({QStringLiteral("+46701234567"), QStringLiteral("+46701234568")}, 200);
    QCOMPARE(gaveUp.status, 0);
    QCOMPARE(gaveUp.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(state(*m_run.http, base()).value(QStringLiteral("invitationCount")).toInt(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        state(*m_run.http, base()).value(QStringLiteral("invitationCount")).toInt(), 2, 5000);
    const QJsonObject truth = state(*m_run.http, base());
    QCOMPARE(truth.value(QStringLiteral("lateCommits")).toInt(), 1);
    QCOMPARE(truth.value(QStringLiteral("invitationsCreated")).toInt(), 2);
    // Still serving.
    setFaults({});
    QCOMPARE(post({QStringLiteral("+46701234569")}).status, 200);
}

void TstSandboxFaults::lateCommit_clientWaiting_getsTheAnswer()
{
    setFaults({{QStringLiteral("lateCommitShare"), 1}, {QStringLiteral("lateCommitMs"), 300}});
    const HttpResult result = post({QStringLiteral("+46701234567")});
    QCOMPARE(result.status, 200);
    QVERIFY(result.elapsedMs >= 300);
    const QJsonArray created = result.json().array();
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().toObject().value(QStringLiteral("recipientMsisdn")).toString(),
             QStringLiteral("+46701234567"));
    QCOMPARE(state(*m_run.http, base()).value(QStringLiteral("lateCommits")).toInt(), 1);
}

void TstSandboxFaults::lateCommit_fromCommandLine()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--quiet"), QStringLiteral("--late-commit-share"),
                           QStringLiteral("0.25"), QStringLiteral("--late-commit-ms"),
                           QStringLiteral("1500")}));
    const HttpResult faults = m_run.http->call(
        "GET", sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/faults"))));
    QCOMPARE(faults.json().object().value(QStringLiteral("lateCommitShare")).toDouble(), 0.25);
    QCOMPARE(faults.json().object().value(QStringLiteral("lateCommitMs")).toInt(), 1500);
    // Refused like every other share.
    const HttpResult refused = control(
        *m_run.http, base(), QStringLiteral("/_sandbox/faults"),
        QJsonObject{{QStringLiteral("lateCommitShare"), 0.5}, {QStringLiteral("hangShare"), 0.6}});
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.body.contains("add up to more than 1"), refused.body.constData());
}

void TstSandboxFaults::hangShare_neverAnswersButServesOthers()
{
    setFaults({{QStringLiteral("hangShare"), 1}});
    QNetworkReply *hanging =
        m_run.http->start("POST", invitationUrl(base()), invitationHeaders(m_run.token),
                          invitationBody({QStringLiteral("+46701234567")}), 1500);
    // Meanwhile other requests are answered.
    const HttpResult other = m_run.http->call("GET", invitationUrl(base()),
                                              {{"Authorization", "Bearer " + m_run.token}});
    QCOMPARE(other.status, 200);
    const HttpResult result = m_run.http->finish(hanging);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, QNetworkReply::OperationCanceledError); // the transfer timeout
    QVERIFY(result.elapsedMs >= 1400);
    const QJsonObject truth = state(*m_run.http, base());
    QCOMPARE(truth.value(QStringLiteral("hung")).toInt(), 1);
    QCOMPARE(truth.value(QStringLiteral("invitationCount")).toInt(), 0);
}

void TstSandboxFaults::dropAfterCreate_createsThenClosesWithoutAnswer()
{
    setFaults({{QStringLiteral("dropAfterCreateShare"), 1}});
    QTcpSocket socket;
    QVERIFY(postRaw(socket, {QStringLiteral("+46701234567")}));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(socket.readAll(), QByteArray()); // not one byte of answer

    const QJsonObject truth = state(*m_run.http, base());
    QCOMPARE(truth.value(QStringLiteral("droppedAfterCreate")).toInt(), 1);
    QCOMPARE(truth.value(QStringLiteral("invitationsPerMsisdn"))
                 .toObject()
                 .value(QStringLiteral("+46701234567"))
                 .toInt(),
             1);
}

void TstSandboxFaults::cutAnswerShare_createsThenClosesHalfwayThroughAnswer()
{
    setFaults({{QStringLiteral("cutAnswerShare"), 1}});
    QTcpSocket socket;
    QVERIFY(postRaw(socket, {QStringLiteral("+46701234567")}));
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && clock.elapsed() < 5000) {
        socket.waitForReadyRead(100);
        received += socket.readAll();
    }
    received += socket.readAll();
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    const QByteArray head = received.left(headEnd);
    const qsizetype lengthAt = head.indexOf("Content-Length: ");
    QVERIFY(lengthAt > 0);
    const int announced = head.mid(lengthAt + 16).split('\r').first().toInt();
    const QByteArray partial = received.mid(headEnd + 4);
    // Cut halfway: a part of the body came, not all of it.
    QVERIFY2(partial.size() > 0 && partial.size() < announced,
             qPrintable(QStringLiteral("%1 of %2").arg(partial.size()).arg(announced)));
    QVERIFY(partial.startsWith("[{"));

    const QJsonObject truth = state(*m_run.http, base());
    QCOMPARE(truth.value(QStringLiteral("cutAnswers")).toInt(), 1);
    QCOMPARE(truth.value(QStringLiteral("invitationCount")).toInt(), 1);
}

void TstSandboxFaults::malformedShare_answersBrokenJsonAndCreatesNothing()
{
    setFaults({{QStringLiteral("malformedShare"), 1}});
    const HttpResult result = post({QStringLiteral("+46701234567")});
    QCOMPARE(result.status, 200);
    QVERIFY(!result.body.isEmpty());
    QJsonParseError parseError;
    QJsonDocument::fromJson(result.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
    const QJsonObject truth = state(*m_run.http, base());
    QCOMPARE(truth.value(QStringLiteral("malformed")).toInt(), 1);
    QCOMPARE(truth.value(QStringLiteral("invitationCount")).toInt(), 0);
}

void TstSandboxFaults::shortAnswerShare_createsAllButAnswersOneLess()
{
    setFaults({{QStringLiteral("shortAnswerShare"), 1}});
    const QStringList numbers{QStringLiteral("+46701111111"), QStringLiteral("+46702222222"),
                              QStringLiteral("+46703333333")};
    const HttpResult result = post(numbers);
    QCOMPARE(result.status, 200);
    const QJsonArray answer = result.json().array();
    QCOMPARE(answer.size(), 2);
    QCOMPARE(answer.at(0).toObject().value(QStringLiteral("recipientMsisdn")).toString(),
             numbers.at(0));
    QCOMPARE(answer.at(1).toObject().value(QStringLiteral("recipientMsisdn")).toString(),
             numbers.at(1));
    const HttpResult list = m_run.http->call("GET", invitationUrl(base()),
                                             {{"Authorization", "Bearer " + m_run.token}});
    QCOMPARE(list.json().array().size(), 3);
    QCOMPARE(
        list.json().array().at(2).toObject().value(QStringLiteral("recipientMsisdn")).toString(),
        numbers.at(2));
    QCOMPARE(state(*m_run.http, base()).value(QStringLiteral("shortAnswers")).toInt(), 1);
}

void TstSandboxFaults::maxMsisdns_refusesLargerBatches()
{
    setFaults({{QStringLiteral("maxMsisdnsPerRequest"), 2}});
    QCOMPARE(post({QStringLiteral("+46701111111"), QStringLiteral("+46702222222")}).status, 200);
    const HttpResult tooMany = post({QStringLiteral("+46701111111"), QStringLiteral("+46702222222"),
                                     QStringLiteral("+46703333333")});
    QCOMPARE(tooMany.status, 400);
    QVERIFY(errorMessage(tooMany).contains(QStringLiteral("Too many msisdns")));
    QCOMPARE(state(*m_run.http, base()).value(QStringLiteral("invitationCount")).toInt(), 2);
}

void TstSandboxFaults::latencyMs_setAtRunTime_delaysApiOnly()
{
    setFaults({{QStringLiteral("latencyMs"), 400}});
    const HttpResult api = m_run.http->call("GET", invitationUrl(base()),
                                            {{"Authorization", "Bearer " + m_run.token}});
    QCOMPARE(api.status, 200);
    QVERIFY2(api.elapsedMs >= 400, qPrintable(QString::number(api.elapsedMs)));
    // The control API answers while an API request that arrived before it is still held back
    // (order, not clock: a minute of latency leaves no doubt which answer is the late one).
    setFaults({{QStringLiteral("latencyMs"), 60000}});
    QNetworkReply *held = m_run.http->start(
        "GET", invitationUrl(base()), {{"Authorization", "Bearer " + m_run.token}}, {}, 120000);
    QTRY_COMPARE_WITH_TIMEOUT(
        state(*m_run.http, base()).value(QStringLiteral("listRequests")).toInt(), 2, 10000);
    const HttpResult controlCall =
        m_run.http->call("GET", base().resolved(QUrl(QStringLiteral("/_sandbox/faults"))));
    QCOMPARE(controlCall.status, 200);
    QVERIFY(!held->isFinished());
    held->abort();
    m_run.http->finish(held);
}

void TstSandboxFaults::tokenLifetime_setAtRunTime_appliesToNewTokens()
{
    setFaults({{QStringLiteral("tokenLifetimeMs"), 300}});
    const QByteArray shortLived = fetchToken(*m_run.http, base());
    QCOMPARE(
        postInvitations(*m_run.http, base(), shortLived, {QStringLiteral("+46701234567")}).status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_run.http->call("GET", invitationUrl(base()), {{"Authorization", "Bearer " + shortLived}})
            .status,
        401, 10000);
    QCOMPARE(
        postInvitations(*m_run.http, base(), shortLived, {QStringLiteral("+46701234567")}).status,
        401);
    // The token issued before the change keeps its 7 days.
    QCOMPARE(post({QStringLiteral("+46701234567")}).status, 200);
}

void TstSandboxFaults::expireTokens_invalidatesEveryIssuedToken()
{
    const QByteArray second = fetchToken(*m_run.http, base());
    QCOMPARE(control(*m_run.http, base(), QStringLiteral("/_sandbox/expire-tokens")).status, 200);
    for (const QByteArray &token : {m_run.token, second}) {
        const HttpResult result =
            postInvitations(*m_run.http, base(), token, {QStringLiteral("+46701234567")});
        QCOMPARE(result.status, 401);
        QVERIFY(errorMessage(result).contains(QStringLiteral("expired")));
    }
    const QByteArray fresh = fetchToken(*m_run.http, base());
    QCOMPARE(postInvitations(*m_run.http, base(), fresh, {QStringLiteral("+46701234567")}).status,
             200);
}

void TstSandboxFaults::reset_forgetsInvitationsKeepsTokensAndFaults()
{
    QCOMPARE(post({QStringLiteral("+46701234567")}).status, 200);
    setFaults({{QStringLiteral("rateLimitPerSecond"), 1000}});
    QCOMPARE(control(*m_run.http, base(), QStringLiteral("/_sandbox/reset")).status, 200);
    const QJsonObject truth = state(*m_run.http, base());
    QCOMPARE(truth.value(QStringLiteral("invitationCount")).toInt(), 0);
    QCOMPARE(truth.value(QStringLiteral("invitationRequests")).toInt(), 0);
    QVERIFY(truth.value(QStringLiteral("invitationsPerMsisdn")).toObject().isEmpty());
    const HttpResult list = m_run.http->call("GET", invitationUrl(base()),
                                             {{"Authorization", "Bearer " + m_run.token}});
    QCOMPARE(list.status, 200); // the token survived
    QCOMPARE(list.json().array().size(), 0);
    QCOMPARE(faults().value(QStringLiteral("rateLimitPerSecond")).toInt(), 1000);
}

void TstSandboxFaults::status_changesListedStatus()
{
    const HttpResult created =
        post({QStringLiteral("+46701111111"), QStringLiteral("+46702222222")});
    const QString first = createdId(created);
    const QString second =
        created.json().array().at(1).toObject().value(QStringLiteral("id")).toString();
    const HttpResult changed =
        control(*m_run.http, base(), QStringLiteral("/_sandbox/invitations/%1/status").arg(first),
                {{QStringLiteral("status"), QStringLiteral("ACCEPTED")}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().object().value(QStringLiteral("status")).toString(),
             QStringLiteral("ACCEPTED"));
    QCOMPARE(control(*m_run.http, base(),
                     QStringLiteral("/_sandbox/invitations/%1/status").arg(second),
                     {{QStringLiteral("status"), QStringLiteral("SOMETHING_NEW")}})
                 .status,
             200);
    const QJsonArray list =
        m_run.http->call("GET", invitationUrl(base()), {{"Authorization", "Bearer " + m_run.token}})
            .json()
            .array();
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("ACCEPTED"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("SOMETHING_NEW"));
    const QJsonObject perStatus =
        state(*m_run.http, base()).value(QStringLiteral("invitationsPerStatus")).toObject();
    QCOMPARE(perStatus.value(QStringLiteral("ACCEPTED")).toInt(), 1);
    QCOMPARE(perStatus.value(QStringLiteral("SOMETHING_NEW")).toInt(), 1);
}

void TstSandboxFaults::status_refused_data()
{
    addColumns<bool, QByteArray, int>("knownId", "body", "status");
    QTest::newRow("unknown id") << false << QByteArray(R"({"status":"ACCEPTED"})") << 404;
    QTest::newRow("no status") << true << QByteArray(R"({"state":"ACCEPTED"})") << 400;
    QTest::newRow("empty status") << true << QByteArray(R"({"status":""})") << 400;
    QTest::newRow("status not string") << true << QByteArray(R"({"status":1})") << 400;
    QTest::newRow("not json") << true << QByteArray("ACCEPTED") << 400;
}

void TstSandboxFaults::status_refused()
{
    QFETCH(bool, knownId);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QString id = knownId ? post({QStringLiteral("+46701111111")})
                                     .json()
                                     .array()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString()
                               : QStringLiteral("00000000-0000-4000-8000-000000000000");
    const HttpResult result = m_run.http->call(
        "POST", base().resolved(QUrl(QStringLiteral("/_sandbox/invitations/%1/status").arg(id))),
        {{"Content-Type", "application/json"}}, body);
    QCOMPARE(result.status, status);
    QCOMPARE(result.json().object().value(QStringLiteral("status")).toInt(), status);
    if (knownId) {
        QCOMPARE(state(*m_run.http, base())
                     .value(QStringLiteral("invitationsPerStatus"))
                     .toObject()
                     .value(QStringLiteral("PENDING"))
                     .toInt(),
                 1);
    }
}

void TstSandboxFaults::state_countsPerMsisdnAndOutcome()
{
    QCOMPARE(post({QStringLiteral("+46701111111"), QStringLiteral("+46702222222")}).status, 200);
    QCOMPARE(post({QStringLiteral("+46701111111")}).status, 200);
    QCOMPARE(post({QStringLiteral("bad")}).status, 400);
    setFaults({{QStringLiteral("rateLimitShare"), 1}});
    QCOMPARE(post({QStringLiteral("+46703333333")}).status, 429);
    const QJsonObject truth = state(*m_run.http, base());
    const QJsonObject perMsisdn = truth.value(QStringLiteral("invitationsPerMsisdn")).toObject();
    QCOMPARE(perMsisdn.size(), 2);
    QCOMPARE(perMsisdn.value(QStringLiteral("+46701111111")).toInt(), 2);
    QCOMPARE(perMsisdn.value(QStringLiteral("+46702222222")).toInt(), 1);
    QCOMPARE(truth.value(QStringLiteral("invitationRequests")).toInt(), 4);
    QCOMPARE(truth.value(QStringLiteral("invitationsCreated")).toInt(), 3);
    QCOMPARE(truth.value(QStringLiteral("answered200")).toInt(), 2);
    QCOMPARE(truth.value(QStringLiteral("answered400")).toInt(), 1);
    QCOMPARE(truth.value(QStringLiteral("answered429")).toInt(), 1);
    QCOMPARE(truth.value(QStringLiteral("tokensIssued")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TstSandboxFaults)
#include "tst_sandboxfaults.moc"
