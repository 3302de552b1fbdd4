// The send engine against the real sandbox over loopback, one fault at a time.
#include "history/historystore.h"
#include "sandboxsignin.h"
#include "sending/sendjob.h"
#include "sendtestsupport.h"

#include "testtable.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sending;
using sendtest::SandboxControl;

class TestSendJob : public QObject, sendtest::EngineTestFrame
{
    Q_OBJECT

    // Every number of `msisdns` has exactly `times` invitations on the sandbox.
    void verifyGroundTruth(const QStringList &msisdns, int times = 1)
    {
        QJsonObject state = m_control->state();
        const QJsonObject per = state.take(QStringLiteral("invitationsPerMsisdn")).toObject();
        for (const QString &n : msisdns)
            QVERIFY2(per.value(n).toInt() == times,
                     qPrintable(QStringLiteral("%1 has %2 invitations, expected %3; sandbox: %4")
                                    .arg(n)
                                    .arg(per.value(n).toInt())
                                    .arg(times)
                                    .arg(QString::fromUtf8(
                                        QJsonDocument(state).toJson(QJsonDocument::Compact)))));
    }
    void verifyAllInvited(const sendtest::JobRun &run, const QStringList &msisdns)
    {
        QVERIFY(run.finished);
        QCOMPARE(run.outcomes.size(), msisdns.size());
        QSet<QString> ids;
        for (const QString &n : msisdns) {
            const SendOutcome o = run.byMsisdn.value(n);
            QVERIFY2(o.kind == OutcomeKind::Invited, qPrintable(n + QLatin1String(": ") + o.error));
            QVERIFY(!o.invitation.id.isEmpty());
            ids.insert(o.invitation.id);
        }
        QCOMPARE(ids.size(), msisdns.size());
        QCOMPARE(run.lastRemaining, 0);
    }
    // The journal agrees: every number invited with the id reported, no batch left open.
    void verifyJournal(qint64 jobId, const sendtest::JobRun &run)
    {
        const QList<history::JobNumber> numbers = m_history->jobNumbers(jobId);
        QVERIFY(!numbers.isEmpty());
        for (const history::JobNumber &n : numbers) {
            if (run.byMsisdn.value(n.msisdn).kind == OutcomeKind::Invited) {
                QCOMPARE(n.state, history::NumberState::Invited);
                QCOMPARE(n.invitationId, run.byMsisdn.value(n.msisdn).invitation.id);
            }
        }
        for (const history::BatchRecord &b : m_history->batches(jobId))
            QVERIFY2(b.state != history::BatchState::InFlight &&
                         b.state != history::BatchState::Unknown,
                     qPrintable(history::batchStateKey(b.state)));
        QCOMPARE(m_history->job(jobId)->state, QStringLiteral("finished"));
    }

    // Runs `job` on `msisdns` with the message "Hi": a new job, or the rest of `continueJobId`.
    static sendtest::JobRun send(SendJob &job, const QStringList &msisdns, qint64 continueJobId = 0)
    {
        return sendtest::runJob(
            job, SendRequest{sendtest::items(msisdns), QStringLiteral("Hi"), {}, continueJobId});
    }

    // Sends `count` numbers with `options`: each ends invited, exactly once.
    void sendEachInvitedOnce(int count, const SendOptions &options)
    {
        sendtest::Engine engine(m_sandbox.baseUrl());
        SendJob job(&engine.session, m_history.get(), options);
        const QStringList msisdns = sendtest::numbers(count);
        const sendtest::JobRun run = send(job, msisdns);
        verifyAllInvited(run, msisdns);
        verifyGroundTruth(msisdns);
    }
    // Quick options with batches of 3, `maxInFlight` at once, and a grace of `graceMs`.
    static SendOptions withGrace(qint64 graceMs, int maxInFlight)
    {
        SendOptions options = sendtest::quickOptions(3, maxInFlight);
        options.graceMs = graceMs;
        return options;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(startSandbox(), qPrintable(m_sandbox.errorString())); }
    void init() { QVERIFY(beginTest()); }
    void cleanup() { endTest(); }

    void fault_everyNumberInvitedOnce_data()
    {
        addColumns<QJsonObject, QString, int, int>("faults", "counter", "timeoutMs",
                                                   "minElapsedMs");
        // Unknown outcomes wait twice the time-out before the list is read: keep it short (an
        // answer of the quiet sandbox takes milliseconds).
        auto row = [](const char *name, QJsonObject faults, const char *counter, int timeout = 500,
                      int minElapsed = 0) {
            faults.insert(QStringLiteral("seed"), 17);
            QTest::newRow(name) << faults << QString::fromLatin1(counter) << timeout << minElapsed;
        };
        using O = QJsonObject;
        row("none", O{}, "answered200");
        row("429 back-off", O{{"rateLimitShare", 0.5}}, "answered429");
        // Retry-After: 1 → every retry waits a whole second.
        row("429 Retry-After", O{{"rateLimitShare", 0.5}, {"retryAfterSeconds", 1}}, "answered429",
            5000, 1000);
        row("500", O{{"errorShare", 0.5}, {"errorCodes", QJsonArray{500}}}, "injectedErrors");
        row("502", O{{"errorShare", 0.5}, {"errorCodes", QJsonArray{502}}}, "injectedErrors");
        row("503", O{{"errorShare", 0.5}, {"errorCodes", QJsonArray{503}}}, "injectedErrors");
        row("hang (timeout)", O{{"hangShare", 0.4}}, "hung", 400);
        row("drop after create", O{{"dropAfterCreateShare", 0.5}}, "droppedAfterCreate");
        row("malformed JSON", O{{"malformedShare", 0.5}}, "malformed");
        row("short answer", O{{"shortAnswerShare", 0.5}}, "shortAnswers");
        row("answer cut halfway", O{{"cutAnswerShare", 0.5}}, "cutAnswers");
    }
    void fault_everyNumberInvitedOnce()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(QString, counter);
        QFETCH(int, timeoutMs);
        QFETCH(int, minElapsedMs);
        QVERIFY(m_control->setFaults(faults));
        sendtest::Engine engine(m_sandbox.baseUrl(), timeoutMs);
        SendJob job(&engine.session, m_history.get(), sendtest::quickOptions(3, 2));
        const QStringList msisdns = sendtest::numbers(15);
        const sendtest::JobRun run = send(job, msisdns);
        verifyAllInvited(run, msisdns);
        verifyGroundTruth(msisdns);
        QVERIFY2(m_control->state().value(counter).toInt() > 0,
                 qPrintable(counter + QLatin1String(" stayed 0: the fault never happened")));
        QVERIFY(run.elapsedMs >= minElapsedMs);
        QVERIFY(run.maxBatchSeen <= 3);
        verifyJournal(job.jobId(), run);
    }

    void droppedAfterCreate_postNeverResentByQt_reconciledAsInvited()
    {
        // Every POST creates, then the connection is cut. Qt's HTTP layer would re-send such
        // a request on its own; the engine must see exactly one request per send.
        QVERIFY(m_control->setFaults({{QStringLiteral("dropAfterCreateShare"), 1.0}}));
        // A short time-out: the list is read twice the time-out after the drop.
        sendtest::Engine engine(m_sandbox.baseUrl(), 500);
        SendOptions options = sendtest::quickOptions(3, 1);
        options.maxSendAttempts = 1;
        SendJob job(&engine.session, m_history.get(), options);
        const QStringList msisdns = sendtest::numbers(3);
        const sendtest::JobRun run = send(job, msisdns);
        QCOMPARE(m_control->state().value(QStringLiteral("invitationRequests")).toInt(), 1);
        QCOMPARE(m_control->state().value(QStringLiteral("droppedAfterCreate")).toInt(), 1);
        verifyAllInvited(run, msisdns); // found on the list, with the server's ids
        verifyGroundTruth(msisdns);
    }

    void tokenExpiredMidSend_newTokenAndEveryNumberOnce()
    {
        QVERIFY(m_control->setFaults({{QStringLiteral("latencyMs"), 150}}));
        sendtest::Engine engine(m_sandbox.baseUrl());
        SendJob job(&engine.session, m_history.get(), sendtest::quickOptions(2, 2));
        connect(&job, &SendJob::batchStarted, this, [this, first = true]() mutable {
            if (std::exchange(first, false))
                QTimer::singleShot(200, this, [this] { m_control->expireTokensAsync(); });
        });
        const QStringList msisdns = sendtest::numbers(12);
        const sendtest::JobRun run = send(job, msisdns);
        verifyAllInvited(run, msisdns);
        verifyGroundTruth(msisdns);
        const QJsonObject state = m_control->state();
        QVERIFY2(state.value(QStringLiteral("answered401")).toInt() > 0, "no request hit 401");
        QVERIFY(state.value(QStringLiteral("tokenRequests")).toInt() >= 2);
    }

    void shortTokenLifetime_everyNumberOnce()
    {
        QVERIFY(m_control->setFaults(
            {{QStringLiteral("tokenLifetimeMs"), 300}, {QStringLiteral("latencyMs"), 100}}));
        sendEachInvitedOnce(10, sendtest::quickOptions(2, 2));
    }

    void badRequest_splitsUntilBadNumbersAreAlone()
    {
        QStringList msisdns = sendtest::numbers(8);
        msisdns.insert(3, QStringLiteral("+12"));
        msisdns.insert(7, QStringLiteral("0701234567"));
        sendtest::Engine engine(m_sandbox.baseUrl());
        SendJob job(&engine.session, m_history.get(), sendtest::quickOptions(10, 2));
        const sendtest::JobRun run = send(job, msisdns);
        QVERIFY(run.finished);
        QCOMPARE(run.outcomes.size(), 10);
        QCOMPARE(run.count(OutcomeKind::Invited), 8);
        for (const QString &bad : {QStringLiteral("+12"), QStringLiteral("0701234567")}) {
            const SendOutcome o = run.byMsisdn.value(bad);
            QCOMPARE(o.kind, OutcomeKind::Failed);
            QVERIFY2(o.error.contains(QLatin1String("Invalid msisdn: ") + bad),
                     qPrintable(o.error));
            QVERIFY(o.error.contains(QLatin1String("400")));
        }
        QStringList good = msisdns;
        good.removeAll(QStringLiteral("+12"));
        good.removeAll(QStringLiteral("0701234567"));
        verifyGroundTruth(good);
        QCOMPARE(m_control->perMsisdn().size(), 8);
        QCOMPARE(m_control->state().value(QStringLiteral("answered400")).toInt() >= 3, true);
    }

    void batchTooLargeForServer_splitUntilAccepted()
    {
        // The API's largest accepted list is unknown; a server that refuses more than 4
        // numbers per request gets halves until they fit, and nobody fails. (40 numbers go
        // in batches of 7: a short list is cut into about six requests.)
        QVERIFY(m_control->setFaults({{QStringLiteral("maxMsisdnsPerRequest"), 4}}));
        sendEachInvitedOnce(40, sendtest::quickOptions(20, 2));
        QVERIFY(m_control->state().value(QStringLiteral("answered400")).toInt() >= 2);
    }

    void serverAlwaysFailing_givesUpWithReasonAfterReconciling()
    {
        QVERIFY(m_control->setFaults({{QStringLiteral("errorShare"), 1.0},
                                      {QStringLiteral("errorCodes"), QJsonArray{503}}}));
        sendtest::Engine engine(m_sandbox.baseUrl());
        SendOptions options = sendtest::quickOptions(2, 2);
        options.maxSendAttempts = 2;
        SendJob job(&engine.session, m_history.get(), options);
        const QStringList msisdns = sendtest::numbers(4);
        const sendtest::JobRun run = send(job, msisdns);
        QVERIFY(run.finished);
        QCOMPARE(run.count(OutcomeKind::Failed), 4);
        for (const SendOutcome &o : run.outcomes) {
            QVERIFY2(o.error.contains(QLatin1String("503")), qPrintable(o.error));
            QVERIFY2(o.error.contains(QLatin1String("2 attempts")), qPrintable(o.error));
        }
        // Two sends per batch, each followed by a look at the list before anything else.
        QCOMPARE(m_control->state().value(QStringLiteral("invitationRequests")).toInt(), 4);
        QVERIFY(m_control->state().value(QStringLiteral("listRequests")).toInt() >= 3);
        QVERIFY(m_control->perMsisdn().isEmpty());
    }

    void alreadyInvited_leftOutWithDate_unlessInviteAgain()
    {
        const QStringList first = sendtest::numbers(3);
        QCOMPARE(m_control->postInvitations(first).size(), 3);
        const QStringList all = sendtest::numbers(6);
        {
            sendtest::Engine engine(m_sandbox.baseUrl());
            SendJob job(&engine.session, m_history.get(), sendtest::quickOptions(3, 2));
            const sendtest::JobRun run = send(job, all);
            QVERIFY(run.finished);
            QCOMPARE(run.count(OutcomeKind::AlreadyInvited), 3);
            QCOMPARE(run.count(OutcomeKind::Invited), 3);
            const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
            for (const QString &n : first) {
                const SendOutcome o = run.byMsisdn.value(n);
                QCOMPARE(o.kind, OutcomeKind::AlreadyInvited);
                QVERIFY2(o.error.contains(QLatin1String("Already invited on ") + today),
                         qPrintable(o.error));
                QVERIFY(!o.invitation.id.isEmpty());
            }
            QCOMPARE(run.plans.size(), 1);
            QCOMPARE(run.plans.first().alreadyInvited.size(), 3);
            verifyGroundTruth(all, 1);
        }
        {
            // The history alone also knows: reset the server's memory of the first three?
            // No — inviteAgain sends them all once more.
            sendtest::Engine engine(m_sandbox.baseUrl());
            SendOptions options = sendtest::quickOptions(3, 2);
            options.inviteAgain = true;
            SendJob job(&engine.session, m_history.get(), options);
            const sendtest::JobRun run = send(job, all);
            QCOMPARE(run.count(OutcomeKind::Invited), 6);
            verifyGroundTruth(all, 2);
        }
    }

    void historyPending_goneFromServer_isInvitedAgainOnce()
    {
        const QStringList msisdns = sendtest::numbers(4);
        sendtest::Engine engine(m_sandbox.baseUrl());
        {
            SendJob job(&engine.session, m_history.get(), sendtest::quickOptions(4, 1));
            QCOMPARE(send(job, msisdns).count(OutcomeKind::Invited), 4);
        }
        // The server no longer has them (deleted, an account reset); the journal still says
        // pending. The history never outvotes the server: they are invited again, once.
        QVERIFY(m_control->reset());
        SendJob job(&engine.session, m_history.get(), sendtest::quickOptions(4, 1));
        const sendtest::JobRun run = send(job, msisdns);
        QCOMPARE(run.count(OutcomeKind::Invited), 4);
        QCOMPARE(run.plans.first().count(Verdict::Deleted), 4);
        verifyGroundTruth(msisdns, 1);
    }

    void cancel_inFlightFinishAndAreRecorded_restNotSent()
    {
        QVERIFY(m_control->setFaults({{QStringLiteral("latencyMs"), 300}}));
        sendtest::Engine engine(m_sandbox.baseUrl());
        SendJob job(&engine.session, m_history.get(), sendtest::quickOptions(5, 2));
        // The first batch goes alone; once it is answered the next two leave together.
        connect(&job, &SendJob::batchStarted, &job, [&job, started = 0]() mutable {
            if (++started == 3)
                QTimer::singleShot(50, &job, [&job] { job.cancel(); });
        });
        const QStringList msisdns = sendtest::numbers(30);
        const sendtest::JobRun run = send(job, msisdns);
        QVERIFY(run.finished);
        QCOMPARE(run.outcomes.size(), 30);
        QCOMPARE(run.count(OutcomeKind::Invited), 15); // the first, and the two in flight
        QCOMPARE(run.count(OutcomeKind::Cancelled), 15);
        const QHash<QString, int> per = m_control->perMsisdn();
        for (const SendOutcome &o : run.outcomes)
            QCOMPARE(per.value(o.msisdn), o.kind == OutcomeKind::Invited ? 1 : 0);
        QCOMPARE(m_history->job(job.jobId())->state, QStringLiteral("cancelled"));
    }

    void crashLeftBatchInFlight_reconciledBeforeAnythingIsSent()
    {
        // A previous run journaled a batch and died; the server had created two of its
        // three numbers (the third request part never arrived).
        const QStringList lost = sendtest::numbers(3, 500);
        history::JobRecord old;
        old.organizationId = QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47");
        old.message = QStringLiteral("Hi");
        QList<history::JobNumber> oldNumbers;
        for (const QString &n : lost)
            oldNumbers << history::JobNumber{n, {}, n, history::NumberState::Pending, {}, {}};
        const qint64 oldJob = m_history->createJob(old, oldNumbers);
        // A minute ago: its grace has passed, so it is checked at once.
        const QDateTime sentAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        const qint64 batch = m_history->journalBatch(oldJob, lost, 1, sentAt, sentAt.addSecs(-60));
        QVERIFY(batch > 0);
        QCOMPARE(m_control->postInvitations(lost.mid(0, 2)).size(), 2);

        sendtest::Engine engine(m_sandbox.baseUrl());
        SendJob job(&engine.session, m_history.get(), sendtest::quickOptions(3, 2));
        const QStringList fresh = sendtest::numbers(3, 600);
        const sendtest::JobRun run = send(job, fresh);
        QCOMPARE(run.recoveries.size(), 1);
        const RecoverySummary s = run.recoveries.first();
        QCOMPARE(s.batchesChecked, 1);
        QCOMPARE(s.numbersFoundInvited, 2);
        QCOMPARE(s.numbersNotCreated, 1);
        QVERIFY(s.interruptedJobIds.contains(oldJob));
        QVERIFY(s.lines()
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("2 number(s) had been invited")));
        QCOMPARE(m_history->batch(batch)->state, history::BatchState::Done);
        const QList<history::JobNumber> numbers = m_history->jobNumbers(oldJob);
        QCOMPARE(numbers.at(0).state, history::NumberState::Invited);
        QVERIFY(!numbers.at(0).invitationId.isEmpty());
        QCOMPARE(numbers.at(2).state, history::NumberState::Pending);

        // Continuing the old job sends only the number that was not created.
        SendJob again(&engine.session, m_history.get(), sendtest::quickOptions(3, 2));
        const sendtest::JobRun rerun = send(again, lost, oldJob);
        QCOMPARE(rerun.count(OutcomeKind::Invited), 3);
        QCOMPARE(rerun.byMsisdn.value(lost.at(0)).invitation.id, numbers.at(0).invitationId);
        verifyGroundTruth(lost);
        verifyGroundTruth(fresh);
        QCOMPARE(m_history->job(oldJob)->state, QStringLiteral("finished"));
    }

    void listUnreadable_numbersUnconfirmed_batchStaysUnknown()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            {QStringLiteral("--quiet"), QStringLiteral("--hang-share"), QStringLiteral("1")}));
        sendtest::Engine engine(sandbox.baseUrl(), 300);
        SendOptions options = sendtest::quickOptions(2, 1);
        options.reconcileDelayMs = 200;
        options.maxListAttempts = 2;
        SendJob job(&engine.session, m_history.get(), options);
        // The server goes away while the request hangs: the list cannot be read.
        connect(&job, &SendJob::batchStarted, &job, [&job, &sandbox] {
            QTimer::singleShot(100, &job, [&sandbox] { sandbox.stop(); });
        });
        const QStringList msisdns = sendtest::numbers(2);
        const sendtest::JobRun run = send(job, msisdns);
        QVERIFY(run.finished);
        QCOMPARE(run.count(OutcomeKind::Unconfirmed), 2);
        QVERIFY2(
            run.outcomes.first().error.contains(QLatin1String("invitation list could not be read")),
            qPrintable(run.outcomes.first().error));
        QCOMPARE(
            m_history->unfinishedBatches(QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47"))
                .size(),
            1);
        QCOMPARE(m_history->job(job.jobId())->state, QStringLiteral("running"));
    }

    void lateCommit_timeoutShorterThanHold_everyNumberOnce()
    {
        // Requests held 500 ms by the server and then processed; the client gives up after
        // 300 ms. Reading the list at once would miss them and a re-send would text twice.
        QVERIFY(m_control->setFaults({{QStringLiteral("lateCommitShare"), 0.4},
                                      {QStringLiteral("lateCommitMs"), 500},
                                      {QStringLiteral("seed"), 5}}));
        sendtest::Engine engine(m_sandbox.baseUrl(), 300);
        SendJob job(&engine.session, m_history.get(), withGrace(1500, 2));
        QCOMPARE(job.graceMs(), qint64(1500));
        int mostUnconfirmed = 0;
        QList<int> lastSignal;
        connect(&job, &SendJob::unconfirmed, &job, [&](int numbers, int secondsLeft) {
            mostUnconfirmed = qMax(mostUnconfirmed, numbers);
            lastSignal = {numbers, secondsLeft};
            QVERIFY(secondsLeft <= 2);
        });
        const QStringList msisdns = sendtest::numbers(18);
        const sendtest::JobRun run = send(job, msisdns);
        verifyAllInvited(run, msisdns);
        verifyGroundTruth(msisdns);
        QVERIFY(m_control->state().value(QStringLiteral("lateCommits")).toInt() > 0);
        QVERIFY(mostUnconfirmed >= 3);
        QCOMPARE(lastSignal, (QList<int>{0, 0}));
        QCOMPARE(job.unconfirmedCount(), 0);
        verifyJournal(job.jobId(), run);
    }

    void commitThatNeverComes_resentAfterTheGraceExactlyOnce()
    {
        // The first request hangs and is never processed; once the client gave up, the server
        // works normally again. The numbers are re-sent only after the grace, and once.
        QVERIFY(m_control->setFaults({{QStringLiteral("hangShare"), 1.0}}));
        sendtest::Engine engine(m_sandbox.baseUrl(), 300);
        SendJob job(&engine.session, m_history.get(), withGrace(1200, 1));
        QList<qint64> startedAt;
        QElapsedTimer clock;
        clock.start();
        connect(&job, &SendJob::batchStarted, &job, [&] { startedAt << clock.elapsed(); });
        connect(&job, &SendJob::unconfirmed, &job, [this, &job](int numbers) {
            if (numbers > 0)
                QTimer::singleShot(0, &job, [this] { QVERIFY(m_control->setFaults({})); });
        });
        const QStringList msisdns = sendtest::numbers(3, 300);
        const sendtest::JobRun run = send(job, msisdns);
        verifyAllInvited(run, msisdns);
        verifyGroundTruth(msisdns);
        QCOMPARE(m_control->state().value(QStringLiteral("invitationRequests")).toInt(), 2);
        QCOMPARE(startedAt.size(), 2);
        // batchStarted comes after the journal write that follows the send's time stamp: allow
        // for a slow write. Without the grace the re-send would follow the 300 ms time-out.
        QVERIFY2(startedAt.at(1) - startedAt.at(0) >= 1200 - 150,
                 qPrintable(QString::number(startedAt.at(1) - startedAt.at(0))));
    }

    void cancelDuringGrace_leftUnconfirmed_nextRunChecksAfterGraceWithoutResending()
    {
        QVERIFY(m_control->setFaults(
            {{QStringLiteral("lateCommitShare"), 1.0}, {QStringLiteral("lateCommitMs"), 600}}));
        sendtest::Engine engine(m_sandbox.baseUrl(), 300);
        const SendOptions options = withGrace(1200, 1);
        const QStringList msisdns = sendtest::numbers(3, 400);
        QElapsedTimer clock;
        qint64 sentAt = -1;
        qint64 jobId = 0;
        {
            SendJob job(&engine.session, m_history.get(), options);
            connect(&job, &SendJob::batchStarted, &job, [&] { sentAt = clock.elapsed(); });
            connect(&job, &SendJob::unconfirmed, &job, [&job](int numbers) {
                if (numbers > 0)
                    job.cancel();
            });
            clock.start();
            const sendtest::JobRun run = send(job, msisdns);
            QVERIFY(run.finished);
            QCOMPARE(run.count(OutcomeKind::Unconfirmed), 3);
            QVERIFY2(run.outcomes.first().error.contains(QLatin1String("check in Accessy")),
                     qPrintable(run.outcomes.first().error));
            jobId = job.jobId();
            QCOMPARE(m_history->job(jobId)->state, QStringLiteral("running"));
            const QList<history::BatchRecord> batches = m_history->batches(jobId);
            QCOMPARE(batches.size(), 1);
            QCOMPARE(batches.first().state, history::BatchState::Unknown);
        }
        QVERIFY(m_control->setFaults({}));
        // The next run (finishing the interrupted job) waits for the grace, then reads.
        SendJob again(&engine.session, m_history.get(), options);
        qint64 recoveredAt = -1;
        int waitingNumbers = 0;
        connect(&again, &SendJob::recovered, &again, [&] { recoveredAt = clock.elapsed(); });
        connect(&again, &SendJob::unconfirmed, &again,
                [&](int numbers) { waitingNumbers = qMax(waitingNumbers, numbers); });
        const sendtest::JobRun rerun = send(again, msisdns, jobId);
        QCOMPARE(waitingNumbers, 3);
        // (less a slow journal write; without the grace it would come about 300 ms after)
        QVERIFY2(recoveredAt - sentAt >= 1200 - 150, qPrintable(QString::number(recoveredAt)));
        QCOMPARE(rerun.recoveries.size(), 1);
        QCOMPARE(rerun.recoveries.first().numbersFoundInvited, 3);
        verifyAllInvited(rerun, msisdns);
        verifyGroundTruth(msisdns);
        QCOMPARE(m_control->state().value(QStringLiteral("invitationRequests")).toInt(), 1);
        QCOMPARE(m_history->job(jobId)->state, QStringLiteral("finished"));
    }

    void wrongCredentials_everyNumberFailsWithSignInReason()
    {
        accessy::ApiClient client;
        pointAt(client, m_sandbox.baseUrl());
        accessy::AccessySession session(&client);
        session.setCredentials({QStringLiteral("practice-client"), QStringLiteral("wrong"), {}});
        SendJob job(&session, m_history.get(), sendtest::quickOptions(2, 2));
        const QStringList msisdns = sendtest::numbers(3);
        const sendtest::JobRun run = send(job, msisdns);
        QVERIFY(run.finished);
        QCOMPARE(run.count(OutcomeKind::Failed), 3);
        QVERIFY2(run.outcomes.first().error.contains(QLatin1String("401")),
                 qPrintable(run.outcomes.first().error));
        QCOMPARE(m_control->state().value(QStringLiteral("invitationRequests")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSendJob)
#include "tst_sendjob.moc"
