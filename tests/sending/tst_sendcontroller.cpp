// The controller the window uses: one send at a time, rows filled in, "Retry failed".
#include "history/historystore.h"
#include "models/invitationtablemodel.h"
#include "models/sendresultsfollower.h"
#include "sending/sendcontroller.h"
#include "sendtestsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sending;

namespace {
// What the window builds around a send: a controller signed in to the sandbox (cleared of
// faults and data first), keeping a history of its own, with a results table following it.
struct ControllerRig
{
    explicit ControllerRig(const QUrl &base, int transferTimeoutMs = 2000)
        : control(base)
        , engine(base, transferTimeoutMs)
    {
        prepared = control.clear() && store.open(dir.filePath(QStringLiteral("h.sqlite")));
        controller.setHistory(&store);
    }
    sendtest::SandboxControl control;
    QTemporaryDir dir;
    history::HistoryStore store;
    bool prepared = false;
    sendtest::Engine engine;
    models::InvitationTableModel table;
    SendController controller{&engine.session};
    models::SendResultsFollower follower{&controller, &table};
};
} // namespace

class TestSendController : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase() { QVERIFY_STARTED(m_sandbox, {QStringLiteral("--quiet")}); }

    void secondStartWhileRunning_refusedAndEachNumberOnce()
    {
        ControllerRig rig(m_sandbox.baseUrl());
        auto &[control, dir, store, prepared, engine, table, controller, follower] = rig;
        QVERIFY(prepared);
        QVERIFY(control.setFaults({{QStringLiteral("latencyMs"), 200}}));
        controller.setOptions(sendtest::quickOptions(2, 2));
        QSignalSpy running(&controller, &SendController::runningChanged);
        QSignalSpy finished(&controller, &SendController::finished);

        const QList<SendItem> items = sendtest::items(sendtest::numbers(6));
        QVERIFY(controller.start(items, QStringLiteral("Hi")));
        QVERIFY(controller.isRunning());
        // A double click, and a second Send with other numbers: both refused, nothing added.
        QVERIFY(!controller.start(items, QStringLiteral("Hi")));
        QVERIFY(
            !controller.start(sendtest::items(sendtest::numbers(2, 100)), QStringLiteral("Hi")));
        QCOMPARE(table.rowCount(), 6);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(0).toInt(), 6);
        QCOMPARE(running.size(), 2);
        QVERIFY(!controller.isRunning());
        const QHash<QString, int> per = control.perMsisdn();
        QCOMPARE(per.size(), 6);
        for (int n : per)
            QCOMPARE(n, 1);
        for (int row = 0; row < 6; ++row) {
            QCOMPARE(table.row(row).status, QStringLiteral("PENDING"));
            QVERIFY(!table.row(row).invitationId.isEmpty());
        }
        // Sending the same list again leaves every number out: already invited.
        QSignalSpy planned(&controller, &SendController::planned);
        QVERIFY(controller.start(items, QStringLiteral("Hi")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(planned.size(), 1);
        QCOMPARE(planned.first().at(0).value<SendPlan>().alreadyInvited.size(), 6);
        QVERIFY(table.row(6).error.contains(QLatin1String("Already invited")));
        QCOMPARE(control.perMsisdn().value(items.first().msisdn), 1);
    }

    void lateCommits_windowSend_everyNumberOnceAndWaitingShown()
    {
        // The window's path: the controller, its job and the table, against a server that
        // processes some requests after the client gave up on them.
        ControllerRig rig(m_sandbox.baseUrl(), 300);
        auto &[control, dir, store, prepared, engine, table, controller, follower] = rig;
        QVERIFY(prepared);
        QVERIFY(control.setFaults({{QStringLiteral("lateCommitShare"), 0.35},
                                   {QStringLiteral("lateCommitMs"), 500},
                                   {QStringLiteral("seed"), 9}}));
        SendOptions options = sendtest::quickOptions(2, 2);
        options.graceMs = 1500;
        controller.setOptions(options);
        QSignalSpy finished(&controller, &SendController::finished);
        QSignalSpy unconfirmed(&controller, &SendController::unconfirmed);

        const QStringList numbers = sendtest::numbers(14, 700);
        QVERIFY(controller.start(sendtest::items(numbers), QStringLiteral("Hi")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(0).toInt(), 14);
        QVERIFY(control.state().value(QStringLiteral("lateCommits")).toInt() > 0);
        const QHash<QString, int> per = control.perMsisdn();
        QCOMPARE(per.size(), 14);
        for (const QString &n : numbers)
            QCOMPARE(per.value(n), 1);
        for (int row = 0; row < 14; ++row) {
            QCOMPARE(table.row(row).status, QStringLiteral("PENDING"));
            QVERIFY(!table.row(row).invitationId.isEmpty());
        }
        // Numbers were shown waiting, and none is left waiting at the end.
        QVERIFY(!unconfirmed.isEmpty());
        int most = 0;
        for (const QList<QVariant> &signal : unconfirmed)
            most = qMax(most, signal.at(0).toInt());
        QVERIFY(most >= 2);
        QCOMPARE(unconfirmed.last().at(0).toInt(), 0);
    }

    void retryFailed_sendsOnlyTheFailedAgain()
    {
        ControllerRig rig(m_sandbox.baseUrl());
        auto &[control, dir, store, prepared, engine, table, controller, follower] = rig;
        QVERIFY(prepared);
        SendOptions options = sendtest::quickOptions(2, 1);
        options.maxSendAttempts = 1;
        controller.setOptions(options);
        QSignalSpy finished(&controller, &SendController::finished);
        // Every POST fails with 503 → reconciled → not created → failed after one attempt.
        QVERIFY(control.setFaults({{QStringLiteral("errorShare"), 1.0},
                                   {QStringLiteral("errorCodes"), QJsonArray{503}}}));
        QVERIFY(controller.start(sendtest::items(sendtest::numbers(3)), QStringLiteral("Hi")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(controller.failedItemCount(), 3);
        QCOMPARE(table.row(0).status, models::LocalStatus::failed());
        QVERIFY(control.perMsisdn().isEmpty());

        QVERIFY(control.setFaults({}));
        QVERIFY(controller.retryFailed());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(table.rowCount(), 3); // the same rows, filled in
        for (int row = 0; row < 3; ++row)
            QCOMPARE(table.row(row).status, QStringLiteral("PENDING"));
        QCOMPARE(control.perMsisdn().size(), 3);
        QVERIFY(!controller.retryFailed()); // nothing failed any more
    }

    void preview_showsWhatWouldBeLeftOut_sendsNothing()
    {
        ControllerRig rig(m_sandbox.baseUrl());
        auto &[control, dir, store, prepared, engine, table, controller, follower] = rig;
        QVERIFY(prepared);
        const QStringList numbers = sendtest::numbers(3, 300);
        QCOMPARE(control.postInvitations(numbers.mid(0, 1)).size(), 1);
        QSignalSpy ready(&controller, &SendController::previewReady);
        controller.preview(sendtest::items(numbers));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        const SendPlan plan = ready.first().at(0).value<SendPlan>();
        QCOMPARE(plan.toSend.size(), 2);
        QCOMPARE(plan.alreadyInvited.size(), 1);
        QCOMPARE(plan.alreadyInvited.first().item.msisdn, numbers.first());
        QCOMPARE(engine.session.organizationName(), QStringLiteral("Practice Organization"));
        QCOMPARE(table.rowCount(), 0);
        QCOMPARE(control.state().value(QStringLiteral("invitationRequests")).toInt(), 1);
    }

    void interruptedSend_checkedAtStartup_thenResumed_eachNumberOnce()
    {
        ControllerRig rig(m_sandbox.baseUrl());
        auto &[control, dir, store, prepared, engine, table, controller, follower] = rig;
        QVERIFY(prepared);
        // A send that died: 4 numbers, the first batch (2) in flight, of which the server
        // had created one.
        const QStringList numbers = sendtest::numbers(4, 400);
        history::JobRecord old;
        old.organizationId = QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47");
        old.message = QStringLiteral("Hej");
        old.groupIds = {};
        QList<history::JobNumber> jobNumbers;
        for (const QString &n : numbers)
            jobNumbers << history::JobNumber{n, {}, n, history::NumberState::Pending, {}, {}};
        const qint64 jobId = store.createJob(old, jobNumbers);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store.journalBatch(jobId, numbers.mid(0, 2), 1, now, now.addSecs(-60)) > 0);
        QCOMPARE(control.postInvitations(numbers.mid(0, 1)).size(), 1);

        controller.setOptions(sendtest::quickOptions(2, 2));
        QSignalSpy recovered(&controller, &SendController::recovered);
        controller.checkInterrupted();
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 10000);
        const RecoverySummary summary = recovered.first().at(0).value<RecoverySummary>();
        QCOMPARE(summary.batchesChecked, 1);
        QCOMPARE(summary.numbersFoundInvited, 1);
        QCOMPARE(summary.numbersNotCreated, 1);
        QVERIFY(!summary.lines().isEmpty());
        QCOMPARE(control.state().value(QStringLiteral("invitationRequests")).toInt(), 1);

        QCOMPARE(controller.interruptedJobs().size(), 1);
        QSignalSpy finished(&controller, &SendController::finished);
        QVERIFY(controller.resumeInterrupted(jobId));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(table.rowCount(), 3); // the three not invited yet
        const QHash<QString, int> per = control.perMsisdn();
        for (const QString &n : numbers)
            QCOMPARE(per.value(n), 1);
        QCOMPARE(store.job(jobId)->state, QStringLiteral("finished"));
        QVERIFY(controller.interruptedJobs().isEmpty());
        QVERIFY(!controller.resumeInterrupted(jobId)); // nothing left
    }
};

QTEST_GUILESS_MAIN(TestSendController)
#include "tst_sendcontroller.moc"
