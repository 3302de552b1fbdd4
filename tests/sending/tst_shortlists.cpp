// Short lists in smaller first batches: a send of 30 numbers with the default batch of 50 moves
// its progress several times instead of jumping from 0 to done, and each number still reaches
// the real sandbox (over loopback) exactly once.
#include "history/historystore.h"
#include "sending/sendjob.h"
#include "sending/sendpolicy.h"
#include "sendtestsupport.h"

#include "testtable.h"
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace sending;

class TestShortLists : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<sendtest::SandboxControl> m_control;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--quiet")}), qPrintable(m_sandbox.errorString()));
        m_control = std::make_unique<sendtest::SandboxControl>(m_sandbox.baseUrl());
    }

    void batchSize_data()
    {
        addColumns<int, int, int>("numbers", "maxBatch", "expected");
        // About six requests for a short list, never fewer than 5 numbers each (5 or fewer: one
        // request), and a long list as before...
        const std::pair<int, int> ofFifty[] = {{30, 5}, {31, 6}, {120, 20}, {12, 5},    {5, 5},
                                               {1, 5},  {0, 5},  {300, 50}, {10000, 50}};
        for (const auto &[numbers, expected] : ofFifty)
            QTest::addRow("%d of 50", numbers) << numbers << 50 << expected;
        // ...and never above the batch asked for (0 is clamped to 1).
        QTest::newRow("30 of 3") << 30 << 3 << 3;
        QTest::newRow("30 of 1") << 30 << 1 << 1;
        QTest::newRow("30 of 0 (clamped)") << 30 << 0 << 1;
        QTest::newRow("60 of 7") << 60 << 7 << 7;
    }
    void batchSize()
    {
        QFETCH(int, numbers);
        QFETCH(int, maxBatch);
        QFETCH(int, expected);
        QCOMPARE(policy::batchSizeFor(numbers, maxBatch), expected);
    }

    void thirtyNumbers_defaultBatch_progressMovesSeveralTimes_eachNumberOnce()
    {
        QVERIFY(m_control->reset());
        QVERIFY(m_control->setFaults({{QStringLiteral("latencyMs"), 300}}));
        QTemporaryDir dir;
        history::HistoryStore history;
        QVERIFY(history.open(dir.filePath(QStringLiteral("history.sqlite"))));
        sendtest::Engine engine(m_sandbox.baseUrl());
        SendOptions options = sendtest::quickOptions(50, 4); // the window's defaults
        SendJob job(&engine.session, &history, options);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> startedAt;
        QList<int> sentSeen;
        int startedAtFirstAnswer = -1;
        connect(&job, &SendJob::batchStarted, &job, [&] { startedAt << clock.elapsed(); });
        connect(&job, &SendJob::progress, &job, [&](int sent, int, int) {
            if (sent > 0 && (sentSeen.isEmpty() || sent > sentSeen.last())) {
                if (sentSeen.isEmpty())
                    startedAtFirstAnswer = int(startedAt.size());
                sentSeen << sent;
            }
        });
        const QStringList msisdns = sendtest::numbers(30, 500);
        const sendtest::JobRun run = sendtest::runJob(
            job, SendRequest{sendtest::items(msisdns), QStringLiteral("Hi"), {}, 0});
        QVERIFY(run.finished);
        QCOMPARE(run.count(OutcomeKind::Invited), 30);
        // Six requests of five, the bar moving at least three times on the way to 30.
        QCOMPARE(run.maxBatchSeen, 5);
        QCOMPARE(startedAt.size(), 6);
        QVERIFY2(sentSeen.size() >= 3 && sentSeen.last() == 30,
                 qPrintable(QStringLiteral("sent counts seen: %1").arg([&] {
                     QStringList s;
                     for (int v : sentSeen)
                         s << QString::number(v);
                     return s.join(QLatin1Char(','));
                 }())));
        // The first request went alone, so its answer moved the bar while the rest had yet
        // to leave.
        QCOMPARE(startedAtFirstAnswer, 1);
        QCOMPARE(sentSeen.first(), 5);
        QVERIFY2(startedAt.at(1) - startedAt.at(0) >= 300 - 50,
                 qPrintable(QString::number(startedAt.at(1) - startedAt.at(0))));
        // Exactly once each, and the journal closed every batch.
        QCOMPARE(m_control->state().value(QStringLiteral("invitationRequests")).toInt(), 6);
        const QHash<QString, int> per = m_control->perMsisdn();
        for (const QString &n : msisdns)
            QCOMPARE(per.value(n), 1);
        const QList<history::BatchRecord> batches = history.batches(job.jobId());
        QCOMPARE(batches.size(), 6);
        for (const history::BatchRecord &b : batches)
            QCOMPARE(b.state, history::BatchState::Done);
    }
};

QTEST_GUILESS_MAIN(TestShortLists)
#include "tst_shortlists.moc"
