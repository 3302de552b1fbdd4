// `accessy-invite send`, the real program, against the real sandbox over loopback.
#include "programsandbox.h"
#include "programtestsupport.h"
#include "sendtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "testtable.h"
#include <csignal>

using programtest::program;
using programtest::Run;
using programtest::verifyUsageRefusal;

class TestSendCommand : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<sendtest::SandboxControl> m_control;
    std::unique_ptr<QTemporaryDir> m_dir;

    QProcessEnvironment environment(bool credentials = true) const
    {
        QProcessEnvironment env = programtest::sandboxEnvironment(m_sandbox, credentials);
        env.insert(QStringLiteral("ACCESSY_INVITE_DATA_DIR"),
                   m_dir->filePath(QStringLiteral("data")));
        return env;
    }
    QString writeList(const QStringList &lines, const QString &name = QStringLiteral("list.csv"))
    {
        return programtest::writeLines(m_dir->filePath(name), lines);
    }
    static Run run(const QStringList &arguments, const QProcessEnvironment &env,
                   const QByteArray &input = {}, int timeoutMs = 60000)
    {
        return programtest::run(QStringList{QStringLiteral("send")} + arguments, env, input,
                                timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = programtest::startProgramSandbox(m_sandbox, m_control);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }
    void init()
    {
        QVERIFY(m_control->clear());
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void badUsage_exit2WithCause_data()
    {
        addColumns<QStringList, QString>("arguments", "cause");
        // The required --numbers and --message, then `more`.
        const auto complete = [](const QStringList &more) {
            return QStringList{"--numbers", "x.csv", "--message", "m"} + more;
        };
        QTest::newRow("nothing") << QStringList{} << "--numbers FILE is required";
        QTest::newRow("no message") << QStringList{"--numbers", "x.csv"} << "--message TEXT";
        QTest::newRow("blank message")
            << QStringList{"--numbers", "x.csv", "--message", "  "} << "must not be blank";
        QTest::newRow("unknown option") << complete({"--fast"}) << "unknown option \"--fast\"";
        QTest::newRow("batch size 0") << complete({"--batch-size", "0"}) << "--batch-size";
        QTest::newRow("parallel missing value") << complete({"--parallel"}) << "--parallel";
        QTest::newRow("api url not http")
            << complete({"--api-url", "ftp://h"}) << "not an http(s) address";
    }
    void badUsage_exit2WithCause()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, cause);
        verifyUsageRefusal(run(arguments, environment()), QStringLiteral("send"), cause);
    }

    void help_usageOnStdoutExit0()
    {
        const Run r = run({QStringLiteral("--help")}, environment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--dry-run"));
        QVERIFY(r.out.contains("ACCESSY_SESSION_TOKEN"));
    }

    void noCredentials_exit2NamesTheVariables()
    {
        const QString list = writeList(sendtest::numbers(2));
        const Run r = run({"--numbers", list, "--message", "Hi", "--yes"}, environment(false));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("ACCESSY_CLIENT_ID"));
        QVERIFY(m_control->perMsisdn().isEmpty());
    }

    void wrongSecret_exit2SecretNeverShown()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("ACCESSY_CLIENT_SECRET"), QStringLiteral("Wr0ng-S3cret-xyz"));
        const Run r =
            run({"--numbers", writeList(sendtest::numbers(2)), "--message", "Hi", "--yes"}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("401"), r.err.constData());
        QVERIFY(!r.err.contains("Wr0ng-S3cret-xyz"));
        QVERIFY(!r.out.contains("Wr0ng-S3cret-xyz"));
        QVERIFY(m_control->perMsisdn().isEmpty());
    }

    void missingFile_exit2NamesIt()
    {
        const Run r = run({"--numbers", m_dir->filePath("nope.csv"), "--message", "Hi", "--yes"},
                          environment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("nope.csv"), r.err.constData());
    }

    void stdinNotATerminal_withoutYes_refusedNothingSent()
    {
        const Run r =
            run({"--numbers", writeList(sendtest::numbers(2)), "--message", "Hi"}, environment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        QVERIFY(m_control->perMsisdn().isEmpty());
        QCOMPARE(m_control->state().value(QStringLiteral("invitationRequests")).toInt(), 0);
    }

    void terminal_asksFirst_data()
    {
        addColumns<QByteArray, int, int>("answer", "exitCode", "invited");
        QTest::newRow("no") << QByteArray("n\n") << 2 << 0;
        QTest::newRow("empty answer") << QByteArray("\n") << 2 << 0;
        QTest::newRow("yes") << QByteArray("y\n") << 0 << 2;
        QTest::newRow("ja (Swedish)") << QByteArray("ja\n") << 0 << 2;
    }
    void terminal_asksFirst()
    {
        // script(1) gives the program a terminal on stdin/stdout/stderr.
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QFAIL("script(1) from util-linux is needed to give the program a terminal");
        QFETCH(QByteArray, answer);
        QFETCH(int, exitCode);
        QFETCH(int, invited);
        const QString list = writeList(sendtest::numbers(2));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(
            QStringLiteral("script"),
            {QStringLiteral("-qec"),
             QStringLiteral("'%1' send --numbers '%2' --message Hej").arg(program(), list),
             QStringLiteral("/dev/null")});
        QVERIFY(process.waitForStarted(10000));
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += process.readAllStandardOutput()).contains("[y/N]"),
                                 20000);
        QVERIFY2(seen.contains("Send 2 invitations to "), seen.constData());
        process.write(answer);
        QVERIFY(process.waitForFinished(30000));
        seen += process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), exitCode);
        QCOMPARE(m_control->perMsisdn().size(), invited);
        if (invited == 0)
            QVERIFY(seen.contains("Nothing was sent."));
    }

    void sendAll_csvPerNumber_exit0_noSecretInOutput()
    {
        const QStringList numbers = sendtest::numbers(7);
        const Run r = run({"--numbers", writeList(numbers), "--message", "Välkommen, hej!",
                           "--batch-size", "3", "--parallel", "2", "--yes"},
                          environment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("msisdn,invitation_id,status,error\n"));
        const QList<QStringList> rows = r.rows();
        QCOMPARE(rows.size(), 7);
        const QHash<QString, int> per = m_control->perMsisdn();
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(rows.at(i).size(), 4);
            QCOMPARE(rows.at(i).at(0), numbers.at(i));
            QVERIFY(!rows.at(i).at(1).isEmpty());
            QCOMPARE(rows.at(i).at(2), QStringLiteral("invited"));
            QCOMPARE(per.value(numbers.at(i)), 1);
        }
        for (const QByteArray &text : {r.out, r.err}) {
            QVERIFY(!text.contains("practice-secret"));
            QVERIFY(!text.contains("sbx."));
        }
        QVERIFY(QFile::exists(m_dir->filePath("data/history.sqlite")));
        // Not a terminal: no progress on stderr.
        QVERIFY2(!r.err.contains("remaining"), r.err.constData());
    }

    void mixedList_invalidReported_exit1()
    {
        const QString list = writeList({"name;phone", "Anna;070-123 45 67", "Bo;12345",
                                        "Cia;+46 (0)70-123 45 68", "Anna igen;0701234567"});
        const Run r = run({"--numbers", list, "--message", "Hi", "--yes"}, environment());
        QCOMPARE(r.exitCode, 1);
        const QList<QStringList> rows = r.rows();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).at(2), QStringLiteral("invited"));
        QCOMPARE(rows.at(1).at(0), QStringLiteral("12345"));
        QCOMPARE(rows.at(1).at(2), QStringLiteral("invalid"));
        QVERIFY(!rows.at(1).at(3).isEmpty());
        QCOMPARE(rows.at(2).at(0), QStringLiteral("+46701234568"));
        QCOMPARE(rows.at(2).at(2), QStringLiteral("invited"));
        QCOMPARE(rows.at(3).at(2), QStringLiteral("duplicate"));
        QCOMPARE(rows.at(3).at(1), rows.at(0).at(1)); // the first row's invitation
        QCOMPARE(m_control->perMsisdn().value(QStringLiteral("+46701234567")), 1);
    }

    void members_neverTexted_csvSaysMemberOrAddedToGroups()
    {
        const QString member = QStringLiteral("+46709990003");
        QVERIFY(!m_control->addMember(member).value(QStringLiteral("id")).toString().isEmpty());
        const QString newcomer = sendtest::numbers(1, 60).first();
        const Run dry =
            run({"--numbers", writeList({member, newcomer}), "--message", "Hi", "--dry-run"},
                environment());
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.rows().at(0).at(2), QStringLiteral("member"));
        QCOMPARE(dry.rows().at(1).at(2), QStringLiteral("would-send"));
        QVERIFY2(dry.err.contains("1 number already a member"), dry.err.constData());
        const Run plain =
            run({"--numbers", writeList({member, newcomer}), "--message", "Hi", "--yes"},
                environment());
        QCOMPARE(plain.exitCode, 0);
        QList<QStringList> rows = plain.rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).at(2), QStringLiteral("member"));
        QVERIFY(rows.at(0).at(1).isEmpty());
        QCOMPARE(rows.at(1).at(2), QStringLiteral("invited"));

        // With a group chosen the member gets the group instead of an SMS. The sandbox's group
        // ids are name-based UUIDs of the organization id.
        const QString group =
            QUuid::createUuidV5(
                QUuid::fromString(QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47")),
                QStringLiteral("access-group-0"))
                .toString(QUuid::WithoutBraces);
        const Run grouped =
            run({"--numbers", writeList({member}), "--message", "Hi", "--group", group, "--yes"},
                environment());
        QCOMPARE(grouped.exitCode, 0);
        rows = grouped.rows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).at(2), QStringLiteral("added-to-groups"));
        QCOMPARE(m_control->perMsisdn().value(member), 0);
        QCOMPARE(m_control->state().value(QStringLiteral("groupAdditions")).toInt(), 1);
    }

    void dryRun_sendsNothing_flagsAlreadyInvited()
    {
        const QStringList numbers = sendtest::numbers(4);
        QCOMPARE(m_control->postInvitations(numbers.mid(0, 1)).size(), 1);
        const Run r =
            run({"--numbers", writeList(numbers), "--message", "Hi", "--dry-run"}, environment());
        QCOMPARE(r.exitCode, 0);
        const QList<QStringList> rows = r.rows();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).at(2), QStringLiteral("pending"));
        QVERIFY(rows.at(0).at(3).contains(QLatin1String("Already invited on")));
        for (int i = 1; i < 4; ++i)
            QCOMPARE(rows.at(i).at(2), QStringLiteral("would-send"));
        QCOMPARE(m_control->state().value(QStringLiteral("invitationRequests")).toInt(), 1);
        QVERIFY(r.err.contains("nothing was sent"));
    }

    void numbersFromStdin_sessionToken()
    {
        // A session token obtained elsewhere, as an admin would paste it.
        QNetworkAccessManager nam;
        QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl("/auth/oauth/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(
            request, QByteArrayLiteral(
                         "{\"grant_type\":\"client_credentials\",\"client_id\":\"practice-client\","
                         "\"client_secret\":\"practice-secret\"}"));
        QTRY_VERIFY(reply->isFinished());
        const QString token = QJsonDocument::fromJson(reply->readAll())
                                  .object()
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        reply->deleteLater();
        QVERIFY(token.startsWith(QLatin1String("sbx.")));
        QProcessEnvironment env = environment(false);
        env.insert(QStringLiteral("ACCESSY_SESSION_TOKEN"), token);
        const QStringList numbers = sendtest::numbers(3, 50);
        const Run r = run({"--numbers", "-", "--message", "Hi", "--yes"}, env,
                          numbers.join(QLatin1Char('\n')).toUtf8());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.rows().size(), 3);
        QVERIFY(!r.out.contains(token.toUtf8()));
        QVERIFY(!r.err.contains(token.toUtf8()));
        QCOMPARE(m_control->perMsisdn().size(), 3);
    }

    void serverFaults_everyNumberOnce_exit0()
    {
        QVERIFY(m_control->setFaults({{QStringLiteral("seed"), 8},
                                      {QStringLiteral("errorShare"), 0.2},
                                      {QStringLiteral("dropAfterCreateShare"), 0.2},
                                      {QStringLiteral("rateLimitShare"), 0.2}}));
        const QStringList numbers = sendtest::numbers(60);
        const Run r = run({"--numbers", writeList(numbers), "--message", "Hi", "--batch-size", "5",
                           // a dropped answer is checked after the grace: keep it short here
                           "--timeout-ms", "1000", "--grace-seconds", "2", "--yes"},
                          environment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.rows().size(), 60);
        const QHash<QString, int> per = m_control->perMsisdn();
        for (const QString &n : numbers)
            QCOMPARE(per.value(n), 1);
    }

    void killedMidRun_rerunFinishesNoneTwiceNoneLost()
    {
        SandboxProcess slow;
        QVERIFY(slow.start(
            {QStringLiteral("--quiet"), QStringLiteral("--latency-ms"), QStringLiteral("300")}));
        sendtest::SandboxControl control(slow.baseUrl());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("ACCESSY_API_URL"), slow.baseUrl().toString());
        const QStringList numbers = sendtest::numbers(200, 1000);
        const QStringList arguments{"--numbers",
                                    writeList(numbers),
                                    "--message",
                                    "Hi",
                                    "--batch-size",
                                    "10",
                                    "--parallel",
                                    "2",
                                    "--timeout-ms",
                                    "1500",
                                    "--grace-seconds",
                                    "3",
                                    "--yes"};

        QProcess first;
        first.setProcessEnvironment(env);
        first.start(program(), QStringList{QStringLiteral("send")} + arguments);
        QVERIFY(first.waitForStarted(10000));
        // Kill while requests are at the server (answers take 300 ms).
        QTRY_VERIFY_WITH_TIMEOUT(
            control.state().value(QStringLiteral("invitationRequests")).toInt() >= 5, 20000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(5000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const int createdBeforeKill =
            control.state().value(QStringLiteral("invitationCount")).toInt();
        QVERIFY2(createdBeforeKill > 0 && createdBeforeKill < 200,
                 qPrintable(QString::number(createdBeforeKill)));

        const Run again = run(arguments, env, {}, 120000);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains("Finishing the interrupted send"), again.err.constData());
        QVERIFY2(again.err.contains("had been invited"), again.err.constData());
        const QList<QStringList> rows = again.rows();
        QCOMPARE(rows.size(), 200);
        for (const QStringList &row : rows)
            QCOMPARE(row.at(2), QStringLiteral("invited"));
        const QHash<QString, int> per = control.perMsisdn();
        for (const QString &n : numbers)
            QVERIFY2(per.value(n) == 1,
                     qPrintable(n + QLatin1String(": ") + QString::number(per.value(n))));
        QCOMPARE(control.state().value(QStringLiteral("invitationCount")).toInt(), 200);
    }

    void lateCommits_timeoutShorterThanHold_everyNumberOnce()
    {
        QVERIFY(m_control->setFaults({{QStringLiteral("seed"), 3},
                                      {QStringLiteral("lateCommitShare"), 0.5},
                                      {QStringLiteral("lateCommitMs"), 500}}));
        const QStringList numbers = sendtest::numbers(40, 3000);
        const Run r = run({"--numbers", writeList(numbers), "--message", "Hi", "--batch-size", "5",
                           "--timeout-ms", "300", "--grace-seconds", "0", "--yes"},
                          environment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("The grace period is 0.6 s"), r.err.constData());
        QVERIFY2(r.err.contains("to be sure the server did not already text"), r.err.constData());
        QCOMPARE(r.rows().size(), 40);
        for (const QStringList &row : r.rows())
            QCOMPARE(row.at(2), QStringLiteral("invited"));
        QVERIFY(m_control->state().value(QStringLiteral("lateCommits")).toInt() > 0);
        const QHash<QString, int> per = m_control->perMsisdn();
        for (const QString &n : numbers)
            QCOMPARE(per.value(n), 1);
    }

    void stoppedDuringGrace_rowsSayUnconfirmed()
    {
        QVERIFY(m_control->setFaults(
            {{QStringLiteral("lateCommitShare"), 1.0}, {QStringLiteral("lateCommitMs"), 1000}}));
        const QStringList numbers = sendtest::numbers(3, 4500);
        QProcess send;
        send.setProcessEnvironment(environment());
        send.start(program(),
                   QStringList{QStringLiteral("send"), "--numbers",
                               writeList(numbers, QStringLiteral("u.csv")), "--message", "Hi",
                               "--timeout-ms", "300", "--grace-seconds", "30", "--yes"});
        QVERIFY(send.waitForStarted(10000));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += send.readAllStandardError()).contains("to be sure"),
                                 20000);
        ::kill(pid_t(send.processId()), SIGTERM);
        QVERIFY(send.waitForFinished(10000));
        QCOMPARE(send.exitStatus(), QProcess::NormalExit);
        QCOMPARE(send.exitCode(), 1);
        Run r;
        r.out = send.readAllStandardOutput();
        QCOMPARE(r.rows().size(), 3);
        for (const QStringList &row : r.rows()) {
            QCOMPARE(row.at(2), QStringLiteral("unconfirmed"));
            QVERIFY2(row.at(3).contains(QLatin1String("check in Accessy")), qPrintable(row.at(3)));
        }
        // The held request lands anyway (before the next test resets the sandbox).
        QTRY_COMPARE_WITH_TIMEOUT(m_control->state().value(QStringLiteral("lateCommits")).toInt(),
                                  1, 10000);
    }

    void killedDuringGrace_restartWaitsForTheGraceAndNeverResends()
    {
        QVERIFY(m_control->setFaults(
            {{QStringLiteral("lateCommitShare"), 1.0}, {QStringLiteral("lateCommitMs"), 700}}));
        const QStringList numbers = sendtest::numbers(5, 4000);
        const QStringList arguments{"--numbers",
                                    writeList(numbers, QStringLiteral("g.csv")),
                                    "--message",
                                    "Hi",
                                    "--timeout-ms",
                                    "300",
                                    "--grace-seconds",
                                    "3",
                                    "--yes"};
        QProcess first;
        first.setProcessEnvironment(environment());
        first.start(program(), QStringList{QStringLiteral("send")} + arguments);
        QVERIFY(first.waitForStarted(10000));
        QByteArray firstErr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (firstErr += first.readAllStandardError()).contains("to be sure the server"), 20000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(5000));
        QCOMPARE(m_control->state().value(QStringLiteral("invitationRequests")).toInt(), 1);
        // The held request lands while nobody listens; the restart must find it, not resend.
        QVERIFY(m_control->setFaults({}));
        const Run again = run(arguments, environment());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains("waiting"), again.err.constData());
        QVERIFY2(again.err.contains("had been invited"), again.err.constData());
        for (const QStringList &row : again.rows())
            QCOMPARE(row.at(2), QStringLiteral("invited"));
        QCOMPARE(again.rows().size(), 5);
        QCOMPARE(m_control->state().value(QStringLiteral("invitationRequests")).toInt(), 1);
        const QHash<QString, int> per = m_control->perMsisdn();
        for (const QString &n : numbers)
            QCOMPARE(per.value(n), 1);
    }
};

QTEST_GUILESS_MAIN(TestSendCommand)
#include "tst_sendcommand.moc"
