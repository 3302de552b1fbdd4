// The history as the engine writes it, against the real sandbox: a batch is journaled before
// its request reaches the server, and no token or secret ever lands in the file.
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
};

QTEST_GUILESS_MAIN(TestHistoryJournal)
#include "tst_historyjournal.moc"
