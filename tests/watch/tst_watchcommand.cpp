// `accessy-invite watch`, the real program, against the real sandbox: REST over loopback HTTP
// and the organization's events over STOMP on a loopback WebSocket.
#include "programsandbox.h"
#include "programtestsupport.h"
#include "sendtestsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "testtable.h"
#include <csignal>

using programtest::program;
using programtest::Run;
using programtest::verifyUsageRefusal;

namespace {

const QString kHeader = QStringLiteral("time,invitation_id,msisdn,old_status,new_status");

// One running `accessy-invite watch`, read line by line as it prints.
class WatchProcess final
{
public:
    ~WatchProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &arguments, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        m_process.start(program(), QStringList{QStringLiteral("watch")} + arguments);
        return m_process.waitForStarted(10000);
    }
    // Lines of stdout so far (complete ones only).
    QStringList lines()
    {
        collect();
        QStringList result;
        const QList<QByteArray> parts = m_out.split('\n');
        for (int i = 0; i + 1 < parts.size(); ++i)
            result << QString::fromUtf8(parts.at(i));
        return result;
    }
    // The CSV lines after the header.
    QStringList changes()
    {
        const QStringList all = lines();
        return all.mid(1);
    }
    bool waitForChanges(int count, int timeoutMs = 15000)
    {
        return waitFor([&] { return changes().size() >= count; }, timeoutMs);
    }
    bool waitForStderr(const QByteArray &text, int timeoutMs = 15000)
    {
        return waitFor([&] { return stderrText().contains(text); }, timeoutMs);
    }
    bool waitForStderrCount(const QByteArray &text, int count, int timeoutMs = 15000)
    {
        return waitFor([&] { return stderrCount(text) >= count; }, timeoutMs);
    }
    // How often `text` appears on stderr so far.
    int stderrCount(const QByteArray &text) { return int(stderrText().count(text)); }
    QByteArray stderrText()
    {
        collect();
        return m_err;
    }
    QByteArray stdoutText()
    {
        collect();
        return m_out;
    }
    // Sends `signal` and returns the exit code (-1: crashed or still running after 15 s).
    int stop(int signal)
    {
        ::kill(pid_t(m_process.processId()), signal);
        return waitForExit();
    }
    int waitForExit(int timeoutMs = 15000)
    {
        if (!m_process.waitForFinished(timeoutMs))
            return -1;
        collect();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    template<typename F>
    bool waitFor(F done, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done()) {
            if (clock.elapsed() > timeoutMs || m_process.state() == QProcess::NotRunning)
                return done();
            m_process.waitForReadyRead(50);
        }
        return true;
    }
    void collect()
    {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
    }

    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace

class TestWatchCommand : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<sendtest::SandboxControl> m_control;

    QProcessEnvironment environment(bool credentials = true) const
    {
        return programtest::sandboxEnvironment(m_sandbox, credentials);
    }
    // Runs `watch` to its end (for runs that end by themselves).
    static Run run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        return programtest::run(QStringList{QStringLiteral("watch")} + arguments, env, {}, 30000);
    }
    // Invitations created through the real API; returns {id, msisdn} pairs in order.
    QList<std::pair<QString, QString>> createInvitations(const QStringList &msisdns)
    {
        QList<std::pair<QString, QString>> created;
        for (const QJsonValue &v : m_control->postInvitations(msisdns)) {
            const QJsonObject o = v.toObject();
            created.append({o.value(QStringLiteral("id")).toString(),
                            o.value(QStringLiteral("recipientMsisdn")).toString()});
        }
        return created;
    }
    bool setStatus(const QString &id, const QString &status)
    {
        return m_sandbox.control(
            QStringLiteral("/_sandbox/invitations/%1/status").arg(id),
            QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson());
    }
    // A session token from the sandbox, as an admin would paste it.
    QString fetchToken()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl("/auth/oauth/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        const QByteArray body =
            QJsonDocument(QJsonObject{{"grant_type", "client_credentials"},
                                      {"client_id", SandboxProcess::defaultClientId()},
                                      {"client_secret", SandboxProcess::defaultClientSecret()}})
                .toJson(QJsonDocument::Compact);
        QNetworkReply *reply = network.post(request, body);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        const QString token =
            QJsonDocument::fromJson(reply->readAll()).object().value("access_token").toString();
        delete reply;
        return token;
    }
    // Starts watch and waits until it is live on the event stream (header printed first).
    bool startLive(WatchProcess &watch, const QStringList &arguments,
                   const QProcessEnvironment &env)
    {
        if (!watch.start(arguments, env))
            return false;
        return watch.waitForStderr("Events: live") && watch.lines().value(0) == kHeader;
    }
    static QStringList fields(const QString &line) { return line.split(QLatin1Char(',')); }
    static void checkLine(const QString &line, const QString &id, const QString &msisdn,
                          const QString &oldStatus, const QString &newStatus)
    {
        const QStringList f = fields(line);
        QCOMPARE(f.size(), 5);
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
        QVERIFY2(iso.match(f.at(0)).hasMatch(), qPrintable(f.at(0)));
        const QDateTime at = QDateTime::fromString(f.at(0), Qt::ISODateWithMs);
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(f.at(1), id);
        QCOMPARE(f.at(2), msisdn);
        QCOMPARE(f.at(3), oldStatus);
        QCOMPARE(f.at(4), newStatus);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = programtest::startProgramSandbox(
            m_sandbox, m_control, {QStringLiteral("--heartbeat-ms"), QStringLiteral("1000")});
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QVERIFY(m_sandbox.eventsUrl().isValid());
    }
    void init() { QVERIFY(m_control->clear()); }

    void statusChanges_printedOnceEach_unchangedNotPrinted()
    {
        const auto invitations =
            createInvitations({"+46701110001", "+46701110002", "+46701110003"});
        QCOMPARE(invitations.size(), 3);
        WatchProcess watch;
        // A long interval: what arrives quickly came through the event stream.
        QVERIFY2(startLive(watch, {"--interval", "3600"}, environment()), watch.stderrText());
        QVERIFY(watch.stderrText().contains("only changes are printed"));
        QCOMPARE(watch.changes(), QStringList()); // the current statuses are not printed

        QVERIFY(setStatus(invitations.at(0).first, QStringLiteral("ACCEPTED")));
        QVERIFY(watch.waitForChanges(1, 5000));
        QVERIFY(setStatus(invitations.at(1).first, QStringLiteral("DELETED")));
        QVERIFY(watch.waitForChanges(2, 5000));
        checkLine(watch.changes().at(0), invitations.at(0).first, invitations.at(0).second,
                  "PENDING", "ACCEPTED");
        checkLine(watch.changes().at(1), invitations.at(1).first, invitations.at(1).second,
                  "PENDING", "DELETED");

        // The same status again is no change; the third invitation never changed.
        // A real change made after it comes through the same stream later, so once that one
        // is printed, the repeated status has been seen and printed nothing.
        QVERIFY(setStatus(invitations.at(0).first, QStringLiteral("ACCEPTED")));
        QVERIFY(setStatus(invitations.at(1).first, QStringLiteral("ACCEPTED")));
        QVERIFY(watch.waitForChanges(3, 5000));
        QCOMPARE(watch.changes().size(), 3);
        checkLine(watch.changes().at(2), invitations.at(1).first, invitations.at(1).second,
                  "DELETED", "ACCEPTED");
        QVERIFY(!watch.stdoutText().contains(invitations.at(2).first.toUtf8()));
        QCOMPARE(watch.stop(SIGTERM), 0);
        QCOMPARE(watch.lines().size(), 4);
        QVERIFY(watch.stdoutText().endsWith('\n'));
    }

    void listOnlyStatus_foundByPeriodicRereadWithinInterval()
    {
        // A status the event stream does not announce (no event): only the list shows it.
        const auto invitations = createInvitations({"+46701110011", "+46701110012"});
        WatchProcess watch;
        QVERIFY2(startLive(watch, {"--interval", "1"}, environment()), watch.stderrText());
        QVERIFY(setStatus(invitations.at(1).first, QStringLiteral("EXPIRED")));
        QVERIFY2(watch.waitForChanges(1, 5000), watch.stderrText());
        checkLine(watch.changes().at(0), invitations.at(1).first, invitations.at(1).second,
                  "PENDING", "EXPIRED");
        // Two more re-reads reach the sandbox (so the first of them was answered and handled
        // before the second left): still one line.
        const int listed = m_control->state().value(QStringLiteral("listRequests")).toInt();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_control->state().value(QStringLiteral("listRequests")).toInt() >= listed + 2, 10000);
        QCOMPARE(watch.changes().size(), 1);
        QCOMPARE(watch.stop(SIGINT), 0);
    }

    void droppedSocket_changeWhileDisconnected_printedAfterReconnect()
    {
        const auto invitations = createInvitations({"+46701110021", "+46701110022"});
        WatchProcess watch;
        QVERIFY2(startLive(watch, {"--interval", "3600"}, environment()), watch.stderrText());
        const QJsonObject before = m_sandbox.state();
        QVERIFY(m_sandbox.control(QStringLiteral("/_sandbox/events/drop")));
        // No subscriber now: the event for this change is published to nobody.
        QVERIFY(setStatus(invitations.at(0).first, QStringLiteral("ACCEPTED")));
        QVERIFY2(watch.waitForStderr("Events: reconnecting"), watch.stderrText());
        QVERIFY2(watch.waitForChanges(1, 15000), watch.stderrText());
        checkLine(watch.changes().at(0), invitations.at(0).first, invitations.at(0).second,
                  "PENDING", "ACCEPTED");
        QCOMPARE(watch.stderrCount("Events: live"), 2);
        // It was the list re-read after the reconnect that found it.
        QVERIFY(m_sandbox.state().value("listRequests").toInt() >
                before.value("listRequests").toInt());
        // And events flow again on the new connection.
        QVERIFY(setStatus(invitations.at(1).first, QStringLiteral("ACCEPTED")));
        QVERIFY(watch.waitForChanges(2, 5000));
        checkLine(watch.changes().at(1), invitations.at(1).first, invitations.at(1).second,
                  "PENDING", "ACCEPTED");
        QCOMPARE(watch.stop(SIGTERM), 0);
        QCOMPARE(watch.changes().size(), 2);
    }

    void invitationCreatedWhileWatching_printedWithEmptyOldStatus()
    {
        createInvitations({"+46701110031"});
        WatchProcess watch;
        QVERIFY2(startLive(watch, {"--interval", "1"}, environment()), watch.stderrText());
        const auto created = createInvitations({"+46701110032"});
        QCOMPARE(created.size(), 1);
        QVERIFY(watch.waitForChanges(1, 5000));
        checkLine(watch.changes().at(0), created.at(0).first, created.at(0).second, QString(),
                  "PENDING");
        QVERIFY(setStatus(created.at(0).first, QStringLiteral("ACCEPTED")));
        QVERIFY(watch.waitForChanges(2, 5000));
        checkLine(watch.changes().at(1), created.at(0).first, created.at(0).second, "PENDING",
                  "ACCEPTED");
        QCOMPARE(watch.stop(SIGTERM), 0);
    }

    void eventsRefusedStaleToken_signsInAgainAndGoesOn()
    {
        const auto invitations = createInvitations({"+46701110041"});
        WatchProcess watch;
        QVERIFY2(startLive(watch, {"--interval", "3600"}, environment()), watch.stderrText());
        // Every token dies and the socket drops: the reconnect presents the dead token.
        QVERIFY(m_control->expireTokens());
        QVERIFY(m_sandbox.control(QStringLiteral("/_sandbox/events/drop")));
        QVERIFY2(watch.waitForStderr("refused the session token"), watch.stderrText());
        QVERIFY2(watch.waitForStderrCount("Events: live", 2), watch.stderrText());
        QVERIFY(setStatus(invitations.at(0).first, QStringLiteral("ACCEPTED")));
        QVERIFY2(watch.waitForChanges(1, 5000), watch.stderrText());
        checkLine(watch.changes().at(0), invitations.at(0).first, invitations.at(0).second,
                  "PENDING", "ACCEPTED");
        QCOMPARE(watch.stop(SIGTERM), 0);
    }

    void pastedToken_worksAndNeverAppearsInOutput()
    {
        const auto invitations = createInvitations({"+46701110051"});
        const QString token = fetchToken();
        QVERIFY(token.size() > 10);
        QProcessEnvironment env = environment(false);
        env.insert(QStringLiteral("ACCESSY_SESSION_TOKEN"), token);
        WatchProcess watch;
        QVERIFY2(startLive(watch, {"--interval", "1"}, env), watch.stderrText());
        QVERIFY(setStatus(invitations.at(0).first, QStringLiteral("ACCEPTED")));
        QVERIFY(watch.waitForChanges(1, 5000));
        // The pasted token runs out: nobody can paste a new one into a script.
        QVERIFY(m_control->expireTokens());
        QCOMPARE(watch.waitForExit(15000), 2);
        QVERIFY2(watch.stderrText().contains("ACCESSY_SESSION_TOKEN"), watch.stderrText());
        QVERIFY(!watch.stderrText().contains(token.toUtf8()));
        QVERIFY(!watch.stdoutText().contains(token.toUtf8()));
        QVERIFY(!watch.stderrText().contains("sbx."));
    }

    void clientSecret_neverAppearsInOutput()
    {
        WatchProcess watch;
        QVERIFY2(startLive(watch, {}, environment()), watch.stderrText());
        QCOMPARE(watch.stop(SIGTERM), 0);
        const QByteArray all = watch.stdoutText() + watch.stderrText();
        QVERIFY(!all.contains(SandboxProcess::defaultClientSecret().toUtf8()));
        QVERIFY(!all.contains("sbx.")); // the sandbox's tokens all start so
        QVERIFY(!all.contains("Bearer"));
    }

    void terminationSignal_exit0_data()
    {
        addColumns<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void terminationSignal_exit0()
    {
        QFETCH(int, signal);
        WatchProcess watch;
        QVERIFY2(startLive(watch, {}, environment()), watch.stderrText());
        QCOMPARE(watch.stop(signal), 0);
        QCOMPARE(watch.lines(), QStringList{kHeader});
    }

    void badCredentials_exit2WithMessage_data()
    {
        addColumns<QString, QString, QString>("variable", "value", "cause");
        QTest::newRow("wrong secret") << "ACCESSY_CLIENT_SECRET"
                                      << "Wr0ng-S3cret-xyz"
                                      << "401";
        QTest::newRow("unknown pasted token") << "ACCESSY_SESSION_TOKEN"
                                              << "sbx.notARealTokenAtAllxxxxxxxxxxxxxx"
                                              << "ACCESSY_SESSION_TOKEN";
    }
    void badCredentials_exit2WithMessage()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, cause);
        QProcessEnvironment env = environment();
        env.insert(variable, value);
        const Run r = run({}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(cause.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty()); // not even the header: nothing is being watched
        QVERIFY(!r.err.contains(value.toUtf8()));
    }

    void noCredentials_exit2NamesTheVariables()
    {
        const Run r = run({}, environment(false));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("ACCESSY_CLIENT_ID"), r.err.constData());
        QVERIFY(r.err.contains("ACCESSY_SESSION_TOKEN"));
        QVERIFY(r.out.isEmpty());
    }

    void unreachableApi_exit2NamesTheProblem()
    {
        // A port nobody listens on (the sandbox's own port + a stopped helper is racy; use 1).
        const Run r = run({"--api-url", "http://127.0.0.1:1"}, environment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("sign-in failed"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void badUsage_exit2WithCause_data()
    {
        addColumns<QStringList, QString>("arguments", "cause");
        QTest::newRow("unknown option") << QStringList{"--fast"} << "unknown option \"--fast\"";
        QTest::newRow("interval not a number")
            << QStringList{"--interval", "soon"} << "--interval needs a whole number";
        QTest::newRow("interval negative")
            << QStringList{"--interval", "-1"} << "--interval needs a whole number";
        QTest::newRow("interval missing")
            << QStringList{"--interval"} << "--interval needs a whole number";
        QTest::newRow("api url not http")
            << QStringList{"--api-url", "ftp://h"} << "not an http(s) address";
        QTest::newRow("events url not ws")
            << QStringList{"--events-url", "http://127.0.0.1/ws/app"} << "not a ws(s) address";
        QTest::newRow("events url missing") << QStringList{"--events-url"} << "--events-url";
    }
    void badUsage_exit2WithCause()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, cause);
        verifyUsageRefusal(run(arguments, environment()), QStringLiteral("watch"), cause);
    }

    void help_usageOnStdoutSaysOnlyChanges()
    {
        const Run r = run({QStringLiteral("--help")}, environment(false));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: accessy-invite watch"));
        QVERIFY(r.out.contains("only changes"));
        QVERIFY(r.out.contains(kHeader.toUtf8()));
        QVERIFY(r.out.contains("--interval"));
    }
};

QTEST_GUILESS_MAIN(TestWatchCommand)
#include "tst_watchcommand.moc"
