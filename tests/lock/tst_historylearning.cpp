// The history learns (issue 11 item 3): statuses seen in lists and events are written, an
// invitation the server's list no longer has is no longer pending, the history never outvotes
// the server; the schema's version 3 (reminder, sender, source). Store-level cases, then the
// tracker's hook against the real sandbox.
#include "rawsqlite.h"
#include "sendtestsupport.h"

#include "history/historyschema.h"
#include "history/historystore.h"
#include "tracking/invitationtracker.h"
#include "tracking/statushistory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace history;

namespace {

const QString kOrg = QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47");

InvitationRecord record(const QString &id, const QString &msisdn, const QDateTime &created,
                        const QString &org = kOrg)
{
    InvitationRecord r;
    r.id = id;
    r.msisdn = msisdn;
    r.status = QStringLiteral("PENDING");
    r.createdAt = created;
    r.organizationId = org;
    return r;
}

QString statusOf(const HistoryStore &store, const QString &id)
{
    for (const InvitationRecord &r : store.invitations())
        if (r.id == id)
            return r.status;
    return {};
}

} // namespace

class TestHistoryLearning : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase() { QVERIFY_STARTED(m_sandbox, {QStringLiteral("--quiet")}); }

    void learnFromList_serverWins_goneOnesNotPending_recentOnesKept()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime old = now.addDays(-3);
        QVERIFY(store.recordResult(
            0, 0, BatchState::Done,
            {record("a", "+46700000001", old), record("b", "+46700000002", old),
             record("c", "+46700000003", old), record("d", "+46700000004", now.addSecs(-5)),
             record("x", "+46700000005", old, QStringLiteral("other-org"))},
            {}));
        QCOMPARE(store.pendingByMsisdn(kOrg).size(), 4);

        // The list shows a accepted and b pending; c is gone (deleted, an account reset); d
        // was created moments before the read, so its absence proves nothing yet.
        const int changed =
            store.learnFromList(kOrg,
                                {{QStringLiteral("a"), QStringLiteral("ACCEPTED")},
                                 {QStringLiteral("b"), QStringLiteral("PENDING")},
                                 {QStringLiteral("unknown-id"), QStringLiteral("PENDING")}},
                                now);
        QCOMPARE(changed, 2);
        QCOMPARE(statusOf(store, QStringLiteral("a")), QStringLiteral("ACCEPTED"));
        QCOMPARE(statusOf(store, QStringLiteral("b")), QStringLiteral("PENDING"));
        QCOMPARE(statusOf(store, QStringLiteral("c")), QString::fromLatin1(kGoneStatus));
        QCOMPARE(statusOf(store, QStringLiteral("d")), QStringLiteral("PENDING"));
        QCOMPARE(statusOf(store, QStringLiteral("x")), QStringLiteral("PENDING")); // not this org
        const auto pending = store.pendingByMsisdn(kOrg);
        QCOMPARE(pending.size(), 2);
        QVERIFY(pending.contains(QStringLiteral("+46700000002")));
        QVERIFY(pending.contains(QStringLiteral("+46700000004")));

        // The same list again changes nothing; an event's status is written once.
        QCOMPARE(store.learnFromList(kOrg,
                                     {{QStringLiteral("a"), QStringLiteral("ACCEPTED")},
                                      {QStringLiteral("b"), QStringLiteral("PENDING")}},
                                     now),
                 0);
        QCOMPARE(store.learnStatuses({{QStringLiteral("b"), QStringLiteral("REJECTED")}}), 1);
        QCOMPARE(store.learnStatuses({{QStringLiteral("b"), QStringLiteral("REJECTED")}}), 0);
        QCOMPARE(statusOf(store, QStringLiteral("b")), QStringLiteral("REJECTED"));
        // An invitation the server lists again after all is what the server says.
        QCOMPARE(store.learnFromList(kOrg, {{QStringLiteral("c"), QStringLiteral("PENDING")}}, now),
                 1);
        QCOMPARE(statusOf(store, QStringLiteral("c")), QStringLiteral("PENDING"));
    }

    void jobRecord_keepsReminderSenderSource_andCountsPerOutcome()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        JobRecord job;
        job.organizationId = kOrg;
        job.message = QStringLiteral("Reminder");
        job.reminder = true;
        job.sender = QStringLiteral("practice-client");
        job.source = QStringLiteral("members.csv");
        const qint64 id = store.createJob(
            job, {JobNumber{QStringLiteral("+46700000001"),
                            {},
                            {},
                            NumberState::Invited,
                            QStringLiteral("i1"),
                            {}},
                  JobNumber{QStringLiteral("+46700000002"), {}, {}, NumberState::Failed, {}, {}},
                  JobNumber{QStringLiteral("+46700000003"),
                            {},
                            {},
                            NumberState::Invited,
                            QStringLiteral("i3"),
                            {}}});
        QVERIFY(id > 0);
        const std::optional<JobRecord> read = store.job(id);
        QVERIFY(read);
        QVERIFY(read->reminder);
        QCOMPARE(read->sender, QStringLiteral("practice-client"));
        QCOMPARE(read->source, QStringLiteral("members.csv"));
        const QHash<QString, int> counts = store.numberStateCounts(id);
        QCOMPARE(counts.value(QStringLiteral("invited")), 2);
        QCOMPARE(counts.value(QStringLiteral("failed")), 1);
        QVERIFY(store.recordResult(id, 0, BatchState::Done,
                                   {record("i1", "+46700000001", QDateTime::currentDateTimeUtc())},
                                   {}));
        QCOMPARE(store.learnStatuses({{QStringLiteral("i1"), QStringLiteral("ACCEPTED")}}), 1);
        const QList<JobNumberStatus> numbers = store.jobNumberStatuses(id);
        QCOMPARE(numbers.size(), 3);
        QCOMPARE(numbers.at(0).currentStatus, QStringLiteral("ACCEPTED"));
        QVERIFY(numbers.at(0).statusSeenAt.isValid());
        QVERIFY(numbers.at(1).currentStatus.isEmpty()); // failed: no invitation
        QVERIFY(numbers.at(2).currentStatus.isEmpty()); // i3 was never recorded
    }

    void version2File_migratedToVersion3_keepingItsJobs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        // A version 2 file, as the app of then left it.
        QStringList version2;
        for (const char *sql :
             {"CREATE TABLE jobs (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL,"
              " organization_id TEXT NOT NULL, api_url TEXT NOT NULL DEFAULT '', message "
              "TEXT NOT NULL, group_ids TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, "
              "finished_at TEXT)",
              "CREATE TABLE batches (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL,"
              " state TEXT NOT NULL, msisdns TEXT NOT NULL, attempt INTEGER NOT NULL DEFAULT "
              "1, sent_at TEXT, finished_at TEXT, reason TEXT, not_before TEXT)",
              "CREATE TABLE invitations (id TEXT PRIMARY KEY, msisdn TEXT NOT NULL, name "
              "TEXT, status TEXT NOT NULL, created_at TEXT, message TEXT, batch_id INTEGER, "
              "job_id INTEGER, organization_id TEXT)",
              "CREATE TABLE job_numbers (job_id INTEGER NOT NULL, position INTEGER NOT NULL,"
              " msisdn TEXT NOT NULL, name TEXT, input TEXT, state TEXT NOT NULL, "
              "invitation_id TEXT, reason TEXT, PRIMARY KEY (job_id, msisdn))",
              "INSERT INTO jobs VALUES (1, '2026-10-01T08:00:00.000Z', 'org', '', 'Hej', "
              "'', 'finished', NULL)",
              "PRAGMA user_version = 2"})
            version2 << QString::fromLatin1(sql);
        QString error;
        QVERIFY2(rawsqlite::run(path, version2, &error), qPrintable(error));
        HistoryStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), schema::kCurrentVersion);
        QCOMPARE(store.jobs().size(), 1);
        QCOMPARE(store.jobs().first().message, QStringLiteral("Hej"));
        QVERIFY(!store.jobs().first().reminder);
        QVERIFY(store.jobs().first().sender.isEmpty());
    }

    void tracker_refreshAndEvents_writtenToTheHistory()
    {
        sendtest::SandboxControl control(m_sandbox.baseUrl());
        QVERIFY(control.reset());
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        sendtest::Engine engine(m_sandbox.baseUrl());
        const QStringList numbers = sendtest::numbers(3, 700);
        {
            sending::SendJob job(&engine.session, &store, sendtest::quickOptions(3, 1));
            const sendtest::JobRun run = sendtest::runJob(
                job, sending::SendRequest{sendtest::items(numbers), QStringLiteral("Hi"), {}, 0});
            QCOMPARE(run.count(sending::OutcomeKind::Invited), 3);
            QCOMPARE(store.jobs().first().sender, SandboxProcess::defaultClientId());
        }
        const QString org = engine.session.organizationId();
        QHash<QString, QString> idOf; // msisdn -> invitation id
        for (const InvitationRecord &r : store.invitations())
            idOf.insert(r.msisdn, r.id);
        QCOMPARE(idOf.size(), 3);
        // A pending invitation of an earlier day that the server no longer lists.
        QVERIFY(store.recordResult(
            0, 0, BatchState::Done,
            {record("ghost", "+46700000999", QDateTime::currentDateTimeUtc().addDays(-8), org)},
            {}));
        QVERIFY(m_sandbox.control(
            QStringLiteral("/_sandbox/invitations/%1/status").arg(idOf.value(numbers.at(0))),
            R"({"status": "ACCEPTED"})"));

        tracking::InvitationTracker tracker(&engine.session);
        tracking::StatusHistory learner(&tracker, &engine.session, [&store] { return &store; });
        QSignalSpy refreshed(&tracker, &tracking::InvitationTracker::refreshed);
        tracker.refresh(); // F5, or the periodic refresh
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        QCOMPARE(statusOf(store, idOf.value(numbers.at(0))), QStringLiteral("ACCEPTED"));
        QCOMPARE(statusOf(store, idOf.value(numbers.at(1))), QStringLiteral("PENDING"));
        QCOMPARE(statusOf(store, QStringLiteral("ghost")), QString::fromLatin1(kGoneStatus));
        QCOMPARE(learner.written(), 2);

        // A pushed event.
        tracker.applyEvent(idOf.value(numbers.at(1)), QStringLiteral("REJECTED"),
                           QDateTime::currentDateTimeUtc());
        QCOMPARE(statusOf(store, idOf.value(numbers.at(1))), QStringLiteral("REJECTED"));
        QCOMPARE(store.pendingByMsisdn(org).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryLearning)
#include "tst_historylearning.moc"
