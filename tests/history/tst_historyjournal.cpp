// The history as the engine writes it, against the real sandbox: a batch is journaled before
// its request reaches the server, and no token or secret ever lands in the file.
#include "accessy/accessgroupwalker.h"
#include "history/historystore.h"
#include "sendtestsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sending;

class TestHistoryJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchJournaledInFlight_whileItsRequestIsAtTheServer()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            {QStringLiteral("--quiet"), QStringLiteral("--hang-share"), QStringLiteral("1")}));
        sendtest::SandboxControl control(sandbox.baseUrl());
        QTemporaryDir dir;
        history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        sendtest::Engine engine(sandbox.baseUrl(), 60000);
        SendJob job(&engine.session, &store, sendtest::quickOptions(5, 1));
        job.start(SendRequest{sendtest::items(sendtest::numbers(5)), QStringLiteral("Hi"), {}, 0});
        // The server holds the request: from its point of view it has arrived.
        QTRY_COMPARE_WITH_TIMEOUT(control.state().value(QStringLiteral("hung")).toInt(), 1, 10000);

        // Another connection (as after a crash) already sees the batch in flight.
        history::HistoryStore reader;
        QVERIFY(reader.open(store.path()));
        const QList<history::BatchRecord> open =
            reader.unfinishedBatches(QStringLiteral("5a4d0b8e-1c2f-4e6a-9b7d-3f8e2a1c0d47"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, history::BatchState::InFlight);
        QCOMPARE(open.first().msisdns, sendtest::numbers(5));
        QVERIFY(open.first().sentAt.isValid());
        QVERIFY(open.first().notBefore <= open.first().sentAt);
        job.cancel();
    }

    void fileHoldsNoTokenNoSecret()
    {
        const QString secret = QStringLiteral("s3cret-Do-Not-Store-9f8e7d");
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--quiet"), QStringLiteral("--client-secret"), secret,
                               QStringLiteral("--error-share"), QStringLiteral("0.3"),
                               QStringLiteral("--seed"), QStringLiteral("3")}));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            history::HistoryStore store;
            QVERIFY(store.open(path));
            accessy::ApiClient client;
            accessy::ApiClientSettings settings;
            settings.baseUrl = sandbox.baseUrl();
            settings.transferTimeoutMs = 1000; // a 502's grace is twice this
            client.setSettings(settings);
            accessy::AccessySession session(&client);
            session.setCredentials({SandboxProcess::defaultClientId(), secret, {}});
            SendJob job(&session, &store, sendtest::quickOptions(3, 2));
            const sendtest::JobRun run = sendtest::runJob(
                job,
                SendRequest{sendtest::items(sendtest::numbers(12)), QStringLiteral("Hi"), {}, 0});
            QCOMPARE(run.count(OutcomeKind::Invited), 12); // the file really holds a send
        }
        // Every byte of the database and its WAL/shm companions.
        QByteArray bytes;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes += f.readAll();
        }
        QVERIFY(bytes.size() > 4096);
        QVERIFY(bytes.contains("+46700000011"));   // the numbers are there...
        QVERIFY(!bytes.contains(secret.toUtf8())); // ...the secret is not,
        QVERIFY(!bytes.contains("sbx."));          // nor any sandbox token,
        QVERIFY(!bytes.contains("Bearer"));        // nor a header.
    }

    // Members are journaled as members (schema 4), not as "already invited": left out as a
    // member without groups, "added to groups" with them; never texted either way.
    void members_journaledAsTheirOwnState()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--quiet")}));
        sendtest::SandboxControl control(sandbox.baseUrl());
        const QStringList numbers = sendtest::numbers(4, 500);
        QVERIFY(!control.addMember(numbers.at(0)).isEmpty());
        QVERIFY(!control.addMember(numbers.at(1)).isEmpty());
        QTemporaryDir dir;
        history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        sendtest::Engine engine(sandbox.baseUrl());

        SendJob plain(&engine.session, &store, sendtest::quickOptions(5, 2));
        const sendtest::JobRun first = sendtest::runJob(
            plain,
            SendRequest{
                sendtest::items({numbers.at(0), numbers.at(2)}), QStringLiteral("Hi"), {}, 0});
        QVERIFY(first.finished);
        QCOMPARE(first.count(OutcomeKind::Member), 1);

        // The organization's access groups, read as the window does.
        accessy::AccessGroupWalker walker(&engine.session);
        QList<accessy::AccessGroup> groups;
        bool read = false;
        connect(&walker, &accessy::AccessGroupWalker::finished, this,
                [&](const QList<accessy::AccessGroup> &all) {
                    groups = all;
                    read = true;
                });
        walker.start();
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
        QVERIFY(!groups.isEmpty());
        SendJob withGroups(&engine.session, &store, sendtest::quickOptions(5, 2));
        const sendtest::JobRun second = sendtest::runJob(
            withGroups, SendRequest{sendtest::items({numbers.at(1), numbers.at(3)}),
                                    QStringLiteral("Hi"),
                                    {groups.first().id},
                                    0});
        QVERIFY(second.finished);
        QCOMPARE(second.count(OutcomeKind::AddedToGroups), 1);

        const QList<history::JobRecord> jobs = store.jobs(); // newest first
        QCOMPARE(jobs.size(), 2);
        const QList<history::JobNumber> plainNumbers = store.jobNumbers(jobs.at(1).id);
        QCOMPARE(plainNumbers.size(), 2);
        for (const history::JobNumber &n : plainNumbers)
            QCOMPARE(n.state, n.msisdn == numbers.at(0) ? history::NumberState::Member
                                                        : history::NumberState::Invited);
        const QList<history::JobNumber> groupNumbers = store.jobNumbers(jobs.at(0).id);
        QCOMPARE(groupNumbers.size(), 2);
        for (const history::JobNumber &n : groupNumbers)
            QCOMPARE(n.state, n.msisdn == numbers.at(1) ? history::NumberState::AddedToGroups
                                                        : history::NumberState::Invited);
        QCOMPARE(store.numberStateCounts(jobs.at(1).id).value(QStringLiteral("member")), 1);
        // Ground truth: neither member was texted.
        QCOMPARE(control.perMsisdn().value(numbers.at(0)), 0);
        QCOMPARE(control.perMsisdn().value(numbers.at(1)), 0);
        QCOMPARE(control.perMsisdn().value(numbers.at(2)), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryJournal)
#include "tst_historyjournal.moc"
