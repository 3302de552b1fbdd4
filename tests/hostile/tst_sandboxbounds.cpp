// The sandbox is shipped (practice mode) and listens on a port: a broken or hostile client must
// not make it hold unbounded memory, block it, or keep connections forever (issue 13). Each
// test starts the real accessy-sandbox, sends a hostile request generated here (nothing big is
// stored in git), checks the answer has the API's error shape, and reads the sandbox's peak
// resident memory (VmHWM) from /proc afterwards. Before the bounds, a 100 MB body peaked at
// about 205 MB, 1 M msisdns at 2.95 GB and a 40 MB URL at 690 MB.
#include "httpcall.h"
#include "rawhttp.h"
#include "sandboxprocess.h"
#include "sandboxtestsupport.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QWebSocket>

namespace {

// Far above what the bounded sandbox needs (under 20 MiB here), far below what the unbounded one
// took for any of these requests.
constexpr qint64 kPeakBoundKib = 100 * 1024;

QByteArray filler(qint64)
{
    return QByteArray(64 * 1024, 'x');
}

// What `socket` receives until it holds `count` "200 OK" answers (or 10 s went by).
QByteArray readUntilOkAnswers(QTcpSocket &socket, int count)
{
    QByteArray in;
    QElapsedTimer clock;
    clock.start();
    while (in.count("HTTP/1.1 200") < count && clock.elapsed() < 10000) {
        if (socket.waitForReadyRead(100))
            in += socket.readAll();
    }
    return in;
}

// `n` distinct Swedish mobile numbers in E.164.
QStringList swedishNumbers(int n)
{
    QStringList numbers;
    for (int i = 0; i < n; ++i)
        numbers << QStringLiteral("+4670%1").arg(1000000 + i);
    return numbers;
}
} // namespace

class TestSandboxBounds : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

    quint16 port() const { return quint16(m_sandbox.baseUrl().port()); }

    void startSandbox(const QStringList &arguments = {})
    {
        QVERIFY_STARTED(m_sandbox, QStringList{QStringLiteral("--quiet")} + arguments);
    }

    // The one error shape of the API, with the expected status.
    static void verifyErrorShape(const RawAnswer &answer, int status)
    {
        QVERIFY2(answer.status == status, answer.head.constData());
        const QJsonObject error = answer.json().object();
        QCOMPARE(error.value(QStringLiteral("status")).toInt(), status);
        QVERIFY(!error.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(error.contains(QStringLiteral("timestamp")));
        QVERIFY(error.contains(QStringLiteral("path")));
    }

    void verifyPeakBounded(const char *what)
    {
        const qint64 peak = peakResidentKib(m_sandbox.processId());
        QVERIFY2(peak > 0, "no VmHWM in /proc/PID/status");
        qInfo("%s: sandbox peak resident memory %lld MiB", what, peak / 1024);
        QVERIFY2(peak < kPeakBoundKib,
                 qPrintable(QStringLiteral("%1: peak %2 KiB").arg(QLatin1String(what)).arg(peak)));
    }

    // The control API still answers at once: nothing is blocked behind the hostile request.
    void verifyStillAnswering()
    {
        HttpCaller http;
        const HttpResult state =
            http.call("GET", m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/state"))),
                      {}, {}, 5000);
        QCOMPARE(state.status, 200);
    }

    QByteArray token()
    {
        HttpCaller http;
        return SandboxTest::fetchToken(http, m_sandbox.baseUrl());
    }
    // Invites the first `count` of swedishNumbers() in one request.
    HttpResult postNumbers(HttpCaller &http, const QByteArray &bearer, int count)
    {
        return SandboxTest::postInvitations(http, m_sandbox.baseUrl(), bearer,
                                            swedishNumbers(count));
    }

    QByteArray invitationHead(const QByteArray &token, qint64 contentLength)
    {
        QByteArray head = "POST /org/admin/organization/" + SandboxTest::defaultOrgId().toLatin1() +
                          "/invitation HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto &[name, value] : SandboxTest::invitationHeaders(token))
            head += name + ": " + value + "\r\n";
        return head + "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    }

private Q_SLOTS:
    void cleanup() { m_sandbox.stop(); }

    void hundredMegabyteBody_413BeforeReadingIt()
    {
        startSandbox();
        const qint64 size = 100LL * 1024 * 1024;
        RawRequest request;
        request.head = invitationHead(token(), size);
        request.bodyBytes = size;
        request.nextChunk = filler;
        request.waitForCloseMs = 5000;
        const RawAnswer answer = exchange(port(), request);
        verifyErrorShape(answer, 413);
        QVERIFY2(answer.json()
                     .object()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("1048576")),
                 answer.body.constData());
        QVERIFY(answer.closedByServer);
        QVERIFY2(answer.sentBytes < size / 2, QByteArray::number(answer.sentBytes).constData());
        verifyPeakBounded("100 MB body");
        verifyStillAnswering();
    }

    // 1 M numbers in one POST (about 16 MB of JSON): refused by the body limit before parsing.
    void millionMsisdns_refusedWithoutParsing()
    {
        startSandbox();
        QByteArray body = "{\"message\":\"Welcome\",\"msisdns\":[";
        for (int i = 0; i < 1000000; ++i)
            body += (i ? ",\"+4670" : "\"+4670") + QByteArray::number(1000000 + i) + '"';
        body += "]}";
        RawRequest request;
        request.head = invitationHead(token(), body.size());
        request.bodyBytes = body.size();
        request.nextChunk = [&body](qint64 offset) {
            return body.mid(offset, 256 * 1024);
        };
        const RawAnswer answer = exchange(port(), request);
        verifyErrorShape(answer, 413);
        verifyPeakBounded("1 M msisdns");
        verifyStillAnswering();
        QCOMPARE(m_sandbox.state().value(QStringLiteral("invitationCount")).toInt(), 0);
    }

    // Within the body limit, the count cap (1,000 by default, like a real server) answers 400.
    void msisdnCap_defaultThousand()
    {
        startSandbox();
        HttpCaller http;
        const QByteArray bearer = token();
        const HttpResult tooMany = postNumbers(http, bearer, 1001);
        QCOMPARE(tooMany.status, 400);
        QVERIFY2(tooMany.body.contains("at most 1000 per request"), tooMany.body.constData());
        const HttpResult thousand = postNumbers(http, bearer, 1000);
        QCOMPARE(thousand.status, 200);
        QCOMPARE(thousand.json().array().size(), 1000);
    }

    // --max-msisdns 0 keeps its old meaning: no count cap (the body limit still holds).
    void msisdnCap_zeroMeansNoCountCap()
    {
        startSandbox({QStringLiteral("--max-msisdns"), QStringLiteral("0")});
        HttpCaller http;
        const HttpResult answer = postNumbers(http, token(), 1500);
        QCOMPARE(answer.status, 200);
    }

    void bodyLimit_option()
    {
        // Room for the sign-in body (about 130 bytes), not for 30 numbers (about 500).
        startSandbox({QStringLiteral("--max-body-bytes"), QStringLiteral("300")});
        HttpCaller http;
        const HttpResult big = postNumbers(http, token(), 30);
        QCOMPARE(big.status, 413);
        QCOMPARE(big.json().object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("Payload Too Large"));
    }

    void fortyMegabyteUrl_414()
    {
        startSandbox();
        const qint64 size = 40LL * 1024 * 1024;
        RawRequest request;
        request.head = "GET /_sandbox/state?";
        request.bodyBytes = size; // the URL, streamed like a body would be
        request.nextChunk = [](qint64) {
            return QByteArray(64 * 1024, 'a');
        };
        request.waitForCloseMs = 5000;
        const RawAnswer answer = exchange(port(), request);
        verifyErrorShape(answer, 414);
        QVERIFY(answer.closedByServer);
        verifyPeakBounded("40 MB URL");
        verifyStillAnswering();
    }

    void hugeHeaders_431()
    {
        startSandbox();
        RawRequest request;
        request.head = "GET /_sandbox/state HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        request.bodyBytes = 20LL * 1024 * 1024; // header lines without end
        request.nextChunk = [](qint64 offset) {
            return "X-Filler-" + QByteArray::number(offset) + ": " + QByteArray(1000, 'h') + "\r\n";
        };
        const RawAnswer answer = exchange(port(), request);
        verifyErrorShape(answer, 431);
        verifyPeakBounded("endless headers");
        verifyStillAnswering();
    }

    void chunkedBody_411()
    {
        startSandbox();
        RawRequest request;
        request.head = "POST /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        request.bodyBytes = 50LL * 1024 * 1024;
        request.nextChunk = [](qint64) {
            return "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n";
        };
        const RawAnswer answer = exchange(port(), request);
        verifyErrorShape(answer, 411);
        verifyPeakBounded("chunked body");
    }

    // The framing the guard follows must not break ordinary use: two requests pipelined on one
    // keep-alive connection, the first with a body, both answered.
    void pipelinedRequests_bothAnswered()
    {
        startSandbox();
        const QByteArray faults = "{\"latencyMs\":0}";
        RawRequest request;
        request.head = "POST /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Content-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(faults.size()) + "\r\n\r\n" + faults +
                       "GET /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        request.timeoutMs = 5000; // reads until the server stops answering
        const RawAnswer answer = exchange(port(), request);
        QCOMPARE(answer.status, 200);
        // Both answers arrived on the connection (the second after the first's body).
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request.head);
        const QByteArray in = readUntilOkAnswers(socket, 2);
        QCOMPARE(in.count("HTTP/1.1 200"), 2);
    }

    // A body that arrives in many small pieces is counted across reads: the request right
    // behind it on the same connection is still found and answered.
    void bodyInPieces_thenNextRequest_bothAnswered()
    {
        startSandbox();
        const QByteArray faults = "{\"latencyMs\":0}" + QByteArray(300 * 1024, ' ');
        const QByteArray first = "POST /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 "Content-Type: application/json\r\nContent-Length: " +
                                 QByteArray::number(faults.size()) + "\r\n\r\n" + faults;
        const QByteArray second = "GET /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const QByteArray all = first + second;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(5000));
        for (qsizetype at = 0; at < all.size(); at += 3000) {
            socket.write(all.mid(at, 3000));
            socket.waitForBytesWritten(1000);
            QThread::msleep(1);
        }
        const QByteArray in = readUntilOkAnswers(socket, 2);
        QVERIFY2(in.count("HTTP/1.1 200") == 2, in.constData());
    }

    void idleConnection_closed()
    {
        startSandbox({QStringLiteral("--idle-timeout-ms"), QStringLiteral("500")});
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(5000));
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY2(clock.elapsed() >= 400, QByteArray::number(clock.elapsed()).constData());
    }

    void idleAfterAnswer_closed_keepAliveBeforeThat()
    {
        startSandbox({QStringLiteral("--idle-timeout-ms"), QStringLiteral("3000")});
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /_sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0, 5000);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    }

    // A slow client (one header byte every 100 ms, never finishing) gets 408 and the close.
    void slowRequest_408()
    {
        startSandbox({QStringLiteral("--request-timeout-ms"), QStringLiteral("1000")});
        RawRequest request;
        request.head = "GET /_sandbox/state HTTP/1.1\r\n";
        request.bodyBytes = 1000;
        request.nextChunk = [](qint64) {
            return QByteArray("X");
        };
        request.pauseBetweenChunksMs = 100;
        request.waitForCloseMs = 5000;
        const RawAnswer answer = exchange(port(), request);
        verifyErrorShape(answer, 408);
        QVERIFY(answer.closedByServer); // long before the client's 100 s of bytes were sent
    }

    // The event port: a 16 MB WebSocket message is refused by size (close code 1009), not kept.
    void hugeWebSocketMessage_closedUnbuffered()
    {
        startSandbox();
        QNetworkRequest request(m_sandbox.eventsUrl());
        request.setRawHeader("Authorization", "Bearer " + token());
        QWebSocket socket;
        socket.open(request);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 10000);
        socket.sendTextMessage(QString(16 * 1024 * 1024, QLatin1Char('x')));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 20000);
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        verifyPeakBounded("16 MB WebSocket message");
        verifyStillAnswering();
    }

    void badLimitOption_exit2()
    {
        SandboxProcess sandbox;
        QVERIFY(!sandbox.start({QStringLiteral("--max-body-bytes"), QStringLiteral("0")}));
        QVERIFY2(sandbox.errorString().contains(QLatin1String("--max-body-bytes")),
                 qPrintable(sandbox.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestSandboxBounds)
#include "tst_sandboxbounds.moc"
