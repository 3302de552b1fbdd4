// accessy-sandbox as a program: its first line, its options, and how it stops.
#include "sandboxtestsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include "testtable.h"
#include <csignal>

using namespace SandboxTest;

class TstSandboxProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLine_portZero_namesAFreePortThatAnswers();
    void firstLine_givenPort_isUsed();
    void badOption_exitsWithCode2AndUsage_data();
    void badOption_exitsWithCode2AndUsage();
    void help_printsUsageAndExitsZero();
    void portTaken_exitsWithMessage();
    void signal_stopsCleanly_data();
    void signal_stopsCleanly();
    void exitWithStdin_exitsWhenStdinCloses();
    void withoutExitWithStdin_keepsRunningAfterStdinCloses();
    void log_neverContainsTokenOrSecret();
    void exitsCleanlyAfterEveryKindOfAnswer();

private:
    // Starts the program and reads its first line; the line, or empty on failure.
    static QByteArray startAndReadFirstLine(QProcess &process, const QStringList &arguments);
    // Finishes within 5 s by a normal exit with code 0.
    static bool exitsCleanly(QProcess &process)
    {
        return process.waitForFinished(5000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }
};

QByteArray TstSandboxProcess::startAndReadFirstLine(QProcess &process, const QStringList &arguments)
{
    process.start(SandboxProcess::programPath(), arguments);
    if (!process.waitForStarted(10000))
        return {};
    QElapsedTimer clock;
    clock.start();
    while (!process.canReadLine() && clock.elapsed() < 10000) {
        if (!process.waitForReadyRead(200) && process.state() != QProcess::Running)
            break;
    }
    return process.readLine();
}

void TstSandboxProcess::firstLine_portZero_namesAFreePortThatAnswers()
{
    QProcess process;
    const QByteArray line =
        startAndReadFirstLine(process, {QStringLiteral("--port"), QStringLiteral("0")});
    const QRegularExpression format(
        QStringLiteral("\\Alistening on http://127\\.0\\.0\\.1:([0-9]+)\\n\\z"));
    const QRegularExpressionMatch match = format.match(QString::fromLatin1(line));
    QVERIFY2(match.hasMatch(), line.constData());
    const int port = match.captured(1).toInt();
    QVERIFY(port > 0 && port < 65536);

    HttpCaller http;
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QVERIFY(!fetchToken(http, base).isEmpty());
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TstSandboxProcess::firstLine_givenPort_isUsed()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QProcess process;
    const QByteArray line =
        startAndReadFirstLine(process, {QStringLiteral("--port"), QString::number(port)});
    QCOMPARE(line, QByteArray("listening on http://127.0.0.1:" + QByteArray::number(port) + "\n"));
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TstSandboxProcess::badOption_exitsWithCode2AndUsage_data()
{
    addColumns<QStringList, QString>("arguments", "cause");
    // The arguments as typed, split at each space.
    const auto row = [](const char *name, const char *arguments, const char *cause) {
        QTest::newRow(name) << QString::fromLatin1(arguments).split(u' ')
                            << QString::fromLatin1(cause);
    };
    row("unknown option", "--frobnicate", "frobnicate");
    row("port not a number", "--port http", "--port");
    row("port too big", "--port 70000", "--port");
    row("port missing value", "--port", "port");
    row("host not an address", "--host localhost:80", "--host");
    row("org id not a uuid", "--org-id my-org", "--org-id");
    row("latency negative", "--latency-ms -5", "latencyMs");
    row("latency not a number", "--latency-ms slow", "--latency-ms");
    row("share above one", "--rate-limit-share 1.5", "rateLimitShare");
    row("shares sum above one", "--error-share 0.6 --hang-share 0.6", "add up");
    row("error code not a number", "--error-codes 500,oops", "--error-codes");
    row("error code not an error", "--error-codes 200", "errorCodes");
    row("empty secret", "--client-secret ", "--client-secret"); // an empty value
    row("positional", "extra", "extra");
    row("tls cert without key", "--tls-cert cert.pem", "--tls-key");
    row("groups negative", "--groups -1", "--groups");
    row("heartbeat not a number", "--heartbeat-ms often", "--heartbeat-ms");
    row("accept share above one", "--accept-share 2", "acceptShare");
    row("delays reversed", "--min-delay-ms 500 --max-delay-ms 100", "minDelayMs");
}

void TstSandboxProcess::badOption_exitsWithCode2AndUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, cause);
    QProcess process;
    process.start(SandboxProcess::programPath(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Usage: accessy-sandbox")), qPrintable(err));
    QVERIFY2(err.contains(cause), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TstSandboxProcess::help_printsUsageAndExitsZero()
{
    QProcess process;
    process.start(SandboxProcess::programPath(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY(out.contains("Usage: accessy-sandbox"));
    QVERIFY(out.contains("--exit-with-stdin"));
}

void TstSandboxProcess::portTaken_exitsWithMessage()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(SandboxProcess::programPath(),
                  {QStringLiteral("--port"), QString::number(occupant.serverPort())});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("cannot listen on 127.0.0.1 port " +
                                                    QByteArray::number(occupant.serverPort())));
}

void TstSandboxProcess::signal_stopsCleanly_data()
{
    addColumns<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TstSandboxProcess::signal_stopsCleanly()
{
    QFETCH(int, signalNumber);
    QProcess process;
    QVERIFY(startAndReadFirstLine(process, {QStringLiteral("--port"), QStringLiteral("0")})
                .startsWith("listening on "));
    QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    QVERIFY(exitsCleanly(process)); // handled, not death by the signal
}

void TstSandboxProcess::exitWithStdin_exitsWhenStdinCloses()
{
    QProcess process;
    const QByteArray line =
        startAndReadFirstLine(process, {QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--exit-with-stdin")});
    QVERIFY(line.startsWith("listening on "));
    process.write("anything the parent writes is ignored\n");
    QVERIFY(process.waitForBytesWritten(5000));
    // An answer to a request sent after the line was in its stdin: the sandbox's event loop
    // has turned with stdin readable (its notifier is level-triggered), so it read the line.
    HttpCaller http;
    QVERIFY(!fetchToken(http, QUrl(QString::fromLatin1(line.mid(13).trimmed()))).isEmpty());
    QCOMPARE(process.state(), QProcess::Running);
    process.closeWriteChannel();
    QVERIFY(exitsCleanly(process));
}

void TstSandboxProcess::withoutExitWithStdin_keepsRunningAfterStdinCloses()
{
    QProcess process;
    const QByteArray line =
        startAndReadFirstLine(process, {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(line.startsWith("listening on "));
    process.closeWriteChannel();
    QVERIFY(!process.waitForFinished(800));
    HttpCaller http;
    QVERIFY(!fetchToken(http, QUrl(QString::fromLatin1(line.mid(13).trimmed()))).isEmpty());
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TstSandboxProcess::log_neverContainsTokenOrSecret()
{
    SandboxProcess sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--client-secret"), QStringLiteral("s3cr3t-value")}));
    HttpCaller http;
    const HttpResult tokenResult =
        http.call("POST", sandbox.baseUrl().resolved(QUrl(QStringLiteral("/auth/oauth/token"))),
                  {{"Content-Type", "application/json"}},
                  tokenBody(SandboxProcess::defaultClientId(), QStringLiteral("s3cr3t-value")));
    const QByteArray token =
        tokenResult.json().object().value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(!token.isEmpty());
    QCOMPARE(
        postInvitations(http, sandbox.baseUrl(), token, {QStringLiteral("+46701234567")}).status,
        200);
    sandbox.stop();
    const QByteArray log = sandbox.output();
    QVERIFY2(log.contains("/auth/oauth/token"), log.constData()); // requests are logged...
    QVERIFY(!log.contains(token));                                // ...but never the token
    QVERIFY(!log.contains("s3cr3t-value"));
    QVERIFY(!log.contains("Bearer"));
}

// Every answer path, clients that give up early, WebSockets dropped both ways, then SIGTERM: the
// program must still exit with 0. In the asan preset a leak or a use-after-free fails it here.
void TstSandboxProcess::exitsCleanlyAfterEveryKindOfAnswer()
{
    QProcess process;
    const QByteArray line = startAndReadFirstLine(
        process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--accept-share"),
                  QStringLiteral("0.5"), QStringLiteral("--delete-share"), QStringLiteral("0.5"),
                  QStringLiteral("--min-delay-ms"), QStringLiteral("0"),
                  QStringLiteral("--max-delay-ms"), QStringLiteral("5000")});
    QVERIFY(line.startsWith("listening on "));
    const QByteArray eventsLine = [&process] {
        QElapsedTimer clock;
        clock.start();
        while (!process.canReadLine() && clock.elapsed() < 5000)
            process.waitForReadyRead(100);
        return process.readLine();
    }();
    QVERIFY(eventsLine.startsWith("events on "));
    const QUrl base(QString::fromLatin1(line.mid(13).trimmed()));
    HttpCaller http;
    const QByteArray token = fetchToken(http, base);
    QVERIFY(!token.isEmpty());

    QWebSocket subscriber;
    QNetworkRequest wsRequest(QUrl(QString::fromLatin1(eventsLine.mid(10).trimmed())));
    wsRequest.setRawHeader("Authorization", "Bearer " + token);
    subscriber.open(wsRequest);
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.state() == QAbstractSocket::ConnectedState, 5000);
    subscriber.sendTextMessage(
        QStringLiteral("CONNECT\naccept-version:1.2\nhost:h\nheart-beat:0,50\n\n%1SUBSCRIBE\nid:0\n"
                       "destination:/topic/organization/%2\n\n%1")
            .arg(QChar(0), defaultOrgId()));
    QWebSocket quitter;
    quitter.open(wsRequest);
    QTRY_VERIFY_WITH_TIMEOUT(quitter.state() == QAbstractSocket::ConnectedState, 5000);
    quitter.abort(); // the client vanishes mid-session

    const QStringList faults{QStringLiteral(R"({"hangShare":1})"),
                             QStringLiteral(R"({"dropAfterCreateShare":1})"),
                             QStringLiteral(R"({"malformedShare":1})"),
                             QStringLiteral(R"({"shortAnswerShare":1})"),
                             QStringLiteral(R"({"cutAnswerShare":1})"),
                             QStringLiteral(R"({"errorShare":1})"),
                             QStringLiteral(R"({"rateLimitShare":1})"),
                             QStringLiteral(R"({"latencyMs":600})"),
                             QStringLiteral("{}")};
    for (const QString &fault : faults) {
        QCOMPARE(http.call("POST", base.resolved(QUrl(QStringLiteral("/_sandbox/faults"))),
                           {{"Content-Type", "application/json"}}, fault.toUtf8())
                     .status,
                 200);
        // 300 ms: the client gives up on hanging and delayed answers before they come.
        postInvitations(http, base, token, {QStringLiteral("+46701234567")}, 300);
        if (fault.contains(QStringLiteral("latencyMs"))) {
            // Answered only after the abandoned request's timer (same delay, started earlier)
            // fired: the delayed answer has met its gone client by now.
            QCOMPARE(postInvitations(http, base, token, {QStringLiteral("+46701234567")}).status,
                     200);
        }
    }
    control(http, base, QStringLiteral("/_sandbox/events/drop"));
    control(http, base, QStringLiteral("/_sandbox/reset"));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(!err.contains("Sanitizer") && !err.contains("runtime error"), err.constData());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TstSandboxProcess)
#include "tst_sandboxprocess.moc"
