// One send at a time per machine and organization (issue 11 item 4), with real processes: two
// `accessy-invite send` on one data folder, a window-side SendController plus a `send`, a
// holder killed with SIGKILL, and --no-wait. The sandbox's ground truth decides.
#include "commandprocess.h"
#include "programtestsupport.h"
#include "sendtestsupport.h"

#include "history/historystore.h"
#include "models/invitationtablemodel.h"
#include "sending/sendcontroller.h"
#include "sending/sendlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sending;

// The window's side of a send on a data folder: its history, a session (not yet signed in), the
// table and the SendController with `options`, and spies on its waiting and finished signals.
struct WindowSend
{
    WindowSend(const QUrl &base, const QString &dataDir, int transferTimeoutMs,
               const SendOptions &options)
        : engine(base, transferTimeoutMs)
    {
        opened = store.open(dataDir + QStringLiteral("/history.sqlite"));
        controller.setHistory(&store);
        controller.setOptions(options);
    }
    history::HistoryStore store;
    bool opened = false;
    sendtest::Engine engine;
    models::InvitationTableModel table;
    SendController controller{&engine.session, &table};
    QSignalSpy waiting{&controller, &SendController::waitingForOtherSend};
    QSignalSpy finished{&controller, &SendController::finished};
};

class TestTwoSenders : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<sendtest::SandboxControl> m_control;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_org;

    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString lockPath() const { return dataDir() + QLatin1Char('/') + SendLock::fileName(m_org); }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = programtest::sandboxEnvironment(m_sandbox);
        env.insert(QStringLiteral("ACCESSY_INVITE_DATA_DIR"), dataDir());
        return env;
    }
    // The list every send of a test function reads.
    QString listPath() const { return m_dir->filePath(QStringLiteral("list.csv")); }
    QString writeList(const QStringList &numbers)
    {
        return programtest::writeLines(listPath(), numbers);
    }
    QStringList sendArguments(const QString &list, const QStringList &extra = {})
    {
        return QStringList{QStringLiteral("send"),
                           QStringLiteral("--numbers"),
                           list,
                           QStringLiteral("--message"),
                           QStringLiteral("Welcome"),
                           QStringLiteral("--yes")} +
               extra;
    }
    // Starts `send` of `numbers` (written to the list file) with `options`, against a sandbox
    // whose every answer takes `latencyMs`: slow enough to be still sending, holding the lock,
    // while a second sender starts. Null when the sandbox refused the latency.
    std::unique_ptr<CommandProcess> startSlowSend(const QStringList &numbers, int latencyMs,
                                                  const QStringList &options)
    {
        const QString list = writeList(numbers);
        if (!m_control->setFaults({{QStringLiteral("latencyMs"), latencyMs}}))
            return {};
        return std::make_unique<CommandProcess>(sendArguments(list, options), environment());
    }
    // Every number of `numbers` has exactly one invitation on the server, and no other does.
    void verifyEachOnce(const QStringList &numbers)
    {
        const QHash<QString, int> per = m_control->perMsisdn();
        QCOMPARE(per.size(), numbers.size());
        int twice = 0;
        for (const QString &n : numbers)
            twice += per.value(n) == 1 ? 0 : 1;
        QCOMPARE(twice, 0);
    }
    // Another process holds the organization's lock (seen from here).
    bool heldElsewhere() { return SendLock(dataDir(), m_org).heldByAnotherProcess(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY_STARTED(m_sandbox, {QStringLiteral("--quiet")});
        m_control = std::make_unique<sendtest::SandboxControl>(m_sandbox.baseUrl());
        QVERIFY(QFile::exists(programtest::program()));
        sendtest::Engine engine(m_sandbox.baseUrl());
        QVERIFY(engine.signIn());
        m_org = engine.session.organizationId();
        QVERIFY(!m_org.isEmpty());
    }
    void init()
    {
        QVERIFY(m_control->clear());
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void twoSendProcesses_sameList_eachNumberOnce()
    {
        // The reported case: the same list sent twice, moments apart, on one machine.
        const QStringList numbers = sendtest::numbers(300);
        const QStringList options{QStringLiteral("--batch-size"), QStringLiteral("15"),
                                  QStringLiteral("--parallel"), QStringLiteral("2")};
        const auto first = startSlowSend(numbers, 400, options);
        QVERIFY(first && first->started());
        const qint64 firstPid = first->pid();
        QTRY_VERIFY_WITH_TIMEOUT(heldElsewhere(), 30000);
        CommandProcess second(sendArguments(listPath(), options), environment());
        QVERIFY(second.started());
        const QString waiting = QStringLiteral("is running in process %1 — waiting…").arg(firstPid);
        QTRY_VERIFY2_WITH_TIMEOUT(second.err().contains(waiting), qPrintable(second.err()), 30000);
        // The slow answers only had to keep the first sending until the second waits for it.
        QVERIFY(m_control->setFaults({}));
        QCOMPARE(first->wait(), 0);
        QCOMPARE(second.wait(), 0);
        QVERIFY2(!second.err().contains(QLatin1String("interrupted")), qPrintable(second.err()));
        verifyEachOnce(numbers);
        // The second found every number invited by the first: nothing sent, nothing failed.
        const QList<QStringList> rows = second.rows();
        QCOMPARE(rows.size(), numbers.size());
        for (const QStringList &row : rows)
            QCOMPARE(row.value(2), QStringLiteral("pending"));
        QVERIFY(!QFile::exists(lockPath()));
    }

    void noWait_whileAnotherHolds_exit2AndNothingSent()
    {
        const QStringList numbers = sendtest::numbers(3, 500);
        const QString list = writeList(numbers);
        SendLock holder(dataDir(), m_org); // a send of this test process
        QVERIFY(QDir().mkpath(dataDir()));
        QVERIFY(holder.tryLock());
        CommandProcess refused(sendArguments(list, {QStringLiteral("--no-wait")}), environment());
        QVERIFY(refused.started());
        QCOMPARE(refused.wait(), 2);
        QVERIFY2(refused.err().contains(QStringLiteral("another send to")) &&
                     refused.err().contains(QStringLiteral("is running in process %1")
                                                .arg(QCoreApplication::applicationPid())) &&
                     refused.err().contains(QLatin1String("--no-wait")),
                 qPrintable(refused.err()));
        QVERIFY(m_control->perMsisdn().isEmpty());

        // Without --no-wait it waits, says so, and sends once the holder lets go.
        CommandProcess waits(sendArguments(list), environment());
        QVERIFY(waits.started());
        QTRY_VERIFY_WITH_TIMEOUT(waits.err().contains(QStringLiteral("waiting…")), 30000);
        QVERIFY(waits.isRunning());
        QVERIFY(m_control->perMsisdn().isEmpty());
        holder.unlock();
        QCOMPARE(waits.wait(), 0);
        verifyEachOnce(numbers);
    }

    void windowSendWhileCommandSends_eachNumberOnce()
    {
        const QStringList numbers = sendtest::numbers(120, 1000);
        const auto command = startSlowSend(numbers, 400,
                                           {QStringLiteral("--batch-size"), QStringLiteral("10"),
                                            QStringLiteral("--parallel"), QStringLiteral("2")});
        QVERIFY(command && command->started());
        const qint64 commandPid = command->pid();
        QTRY_VERIFY_WITH_TIMEOUT(heldElsewhere(), 30000);

        // The window, on the same data folder: its send waits and says for whom.
        WindowSend window(m_sandbox.baseUrl(), dataDir(), 10000, sendtest::quickOptions(10, 2));
        auto &[store, opened, engine, table, controller, waiting, finished] = window;
        QVERIFY(opened);
        // A live job of another process is not offered as an interrupted one.
        QVERIFY(engine.signIn());
        QVERIFY(controller.interruptedJobs().isEmpty());
        QVERIFY(controller.start(sendtest::items(numbers), QStringLiteral("Welcome")));
        QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 1, 30000);
        QCOMPARE(waiting.first().at(1).toLongLong(), commandPid);
        // The slow answers only had to keep the command sending until the window waits for it.
        QVERIFY(m_control->setFaults({}));
        QCOMPARE(command->wait(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(0).toInt(), 0); // nothing left to send
        verifyEachOnce(numbers);
        for (int row = 0; row < table.rowCount(); ++row)
            QVERIFY2(table.row(row).error.contains(QLatin1String("Already invited")),
                     qPrintable(table.row(row).error));
    }

    void windowSendWaiting_cancelled_sendsNothing_thenSendsOnceFree()
    {
        QVERIFY(QDir().mkpath(dataDir()));
        SendLock holder(dataDir(), m_org); // another send (here: this process's own lock)
        QVERIFY(holder.tryLock());
        WindowSend window(m_sandbox.baseUrl(), dataDir(), 2000, sendtest::quickOptions(5, 2));
        auto &[store, opened, engine, table, controller, waiting, finished] = window;
        QVERIFY(opened);
        QVERIFY(engine.signIn());
        const QStringList numbers = sendtest::numbers(4, 3000);
        QVERIFY(controller.start(sendtest::items(numbers), QStringLiteral("Hi")));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().at(1).toLongLong(), QCoreApplication::applicationPid());
        QVERIFY(controller.isRunning());
        controller.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QVERIFY(m_control->perMsisdn().isEmpty());
        QVERIFY(store.jobs().isEmpty()); // nothing was started, so nothing is "interrupted"

        // Retry while the other send still runs: it waits, and goes on when that one ends.
        QVERIFY(controller.retryFailed());
        QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 2, 10000);
        holder.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.at(1).at(0).toInt(), 4);
        verifyEachOnce(numbers);
    }

    void holderKilled_nextRunTakesTheStaleLockAndRecovers()
    {
        const QStringList numbers = sendtest::numbers(40, 2000);
        // Slow answers: the first sender is killed with requests in flight.
        const auto victim = startSlowSend(
            numbers, 500,
            {QStringLiteral("--batch-size"), QStringLiteral("5"), QStringLiteral("--parallel"),
             QStringLiteral("2"), QStringLiteral("--timeout-ms"), QStringLiteral("10000")});
        QVERIFY(victim && victim->started());
        history::HistoryStore reader;
        // Opened once the sender has created it (an open racing its creation may fail).
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dataDir() + QStringLiteral("/history.sqlite")) &&
                                     reader.open(dataDir() + QStringLiteral("/history.sqlite")),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!reader.unfinishedBatches(m_org).isEmpty(), 30000);
        victim->killHard();
        QVERIFY(QFile::exists(lockPath())); // left behind, naming a process that is gone
        QVERIFY(!heldElsewhere());
        // The sandbox acts on a request when it arrives and only holds back the answer: what
        // the victim had in flight is created already, and the next run needs no slow answers.
        QVERIFY(m_control->setFaults({}));

        // The same command again: no waiting for the dead holder; the grace of its open
        // requests is respected, then its job is finished and nobody is texted twice.
        CommandProcess next(
            sendArguments(listPath(), {QStringLiteral("--grace-seconds"), QStringLiteral("2"),
                                       QStringLiteral("--timeout-ms"), QStringLiteral("1000")}),
            environment());
        QVERIFY(next.started());
        QCOMPARE(next.wait(), 0);
        QVERIFY2(!next.err().contains(QStringLiteral("waiting…")), qPrintable(next.err()));
        QVERIFY2(next.err().contains(QLatin1String("Finishing the interrupted send")),
                 qPrintable(next.err()));
        verifyEachOnce(numbers);
        QVERIFY(reader.unfinishedBatches(m_org).isEmpty());
        QVERIFY(reader.unfinishedJobs(m_org).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTwoSenders)
#include "tst_twosenders.moc"
